#include "quarry/eval/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace quarry::eval {

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      pending_space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool same_number(double a, double b) {
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool same(const Attribute<double>& gold, const Attribute<double>& system) {
  if (!gold.value || !system.value) return !gold.value && !system.value;
  return same_number(*gold.value, *system.value);
}

bool same_folded(const Attribute<std::string>& gold, const Attribute<std::string>& system) {
  if (!gold.value || !system.value) return !gold.value && !system.value;
  return fold(*gold.value) == fold(*system.value);
}

bool same_exact(const Attribute<std::string>& gold, const Attribute<std::string>& system) {
  if (!gold.value || !system.value) return !gold.value && !system.value;
  return *gold.value == *system.value;
}

std::string format_number(double v) {
  char buffer[32];
  if (std::trunc(v) == v && std::fabs(v) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.15g", v);
  }
  return buffer;
}

std::string describe(std::string_view key, const Attribute<double>& a) {
  if (!a.annotated) return "";
  return std::string(key) + "=" + (a.value ? format_number(*a.value) : "null");
}

std::string describe(std::string_view key, const Attribute<std::string>& a) {
  if (!a.annotated) return "";
  return std::string(key) + "=" + (a.value ? *a.value : "null");
}

}  // namespace quarry::eval
