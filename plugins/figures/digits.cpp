#include "digits.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace quarry::figures {
namespace {

// Comma grouping of an integer part: Western "1,234,567" (groups of three) or Indian "12,34,567" (the last
// group three digits, the ones before it two).
bool valid_grouping(std::string_view integer) {
  if (integer.find(',') == std::string_view::npos) return true;
  std::array<size_t, 16> sizes{};
  size_t count = 0, run = 0;
  for (const char c : integer) {
    if (c == ',') {
      if (count == sizes.size()) return false;
      sizes[count++] = run;
      run = 0;
    } else {
      ++run;
    }
  }
  if (count == sizes.size()) return false;
  sizes[count++] = run;
  if (sizes[0] == 0 || sizes[count - 1] != 3) return false;
  bool western = sizes[0] <= 3, indian = sizes[0] <= 2;
  for (size_t k = 1; k + 1 < count; ++k) {
    western = western && sizes[k] == 3;
    indian = indian && sizes[k] == 2;
  }
  return western || indian;
}

// Unicode vulgar fractions written as one character: numerator, denominator.
constexpr std::array<VulgarFraction, 15> kVulgarFractions{{{"½", 1, 2},
                                                           {"⅓", 1, 3},
                                                           {"⅔", 2, 3},
                                                           {"¼", 1, 4},
                                                           {"¾", 3, 4},
                                                           {"⅕", 1, 5},
                                                           {"⅖", 2, 5},
                                                           {"⅗", 3, 5},
                                                           {"⅘", 4, 5},
                                                           {"⅙", 1, 6},
                                                           {"⅚", 5, 6},
                                                           {"⅛", 1, 8},
                                                           {"⅜", 3, 8},
                                                           {"⅝", 5, 8},
                                                           {"⅞", 7, 8}}};

}  // namespace

const VulgarFraction* vulgar_fraction(std::string_view text) {
  for (const VulgarFraction& f : kVulgarFractions) {
    if (f.glyph == text) return &f;
  }
  return nullptr;
}

bool fraction_denominator(int64_t d) {
  // Not 7 or 11: "24/7", "9/11".
  return (d >= 2 && d <= 6) || d == 8 || d == 10 || d == 12 || d == 16 || d == 32 || d == 64 || d == 100;
}

bool thousands_gap(std::string_view gap) {
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89";
}

std::optional<Decimal> parse_decimal_comma(std::string_view token) {
  const size_t comma = token.find(',');
  if (comma == std::string_view::npos || token.find(',', comma + 1) != std::string_view::npos) return std::nullopt;
  const std::string_view integer = token.substr(0, comma), decimals = token.substr(comma + 1);
  if (integer.empty() || decimals.empty() || decimals.size() > 2) return std::nullopt;
  for (const char c : decimals) {
    if (!is_digit(c)) return std::nullopt;
  }
  // The integer part: digits, or groups of three after a first group of one to three, joined by points.
  size_t run = 0, groups = 0;
  for (size_t k = 0; k <= integer.size(); ++k) {
    if (k == integer.size() || integer[k] == '.') {
      if (run == 0 || (groups > 0 && run != 3) || (k < integer.size() && run > 3)) return std::nullopt;
      ++groups;
      run = 0;
    } else if (is_digit(integer[k])) {
      ++run;
    } else {
      return std::nullopt;
    }
  }
  if (integer.size() > 18) return std::nullopt;
  int64_t mantissa = 0;
  for (const char c : integer) {
    if (c != '.') mantissa = mantissa * 10 + (c - '0');
  }
  for (const char c : decimals) mantissa = mantissa * 10 + (c - '0');
  return Decimal::scaled(mantissa, -static_cast<int>(decimals.size()));
}

size_t split_number_list(std::string_view token, std::array<std::string_view, kMaxListNumbers>& numbers) {
  char separator = 0;
  size_t count = 0, start = 0;
  for (size_t k = 0; k <= token.size(); ++k) {
    if (k < token.size() && is_digit(token[k])) continue;
    if (k < token.size() && token[k] != ',' && token[k] != '.') return 0;
    if (k < token.size() && separator != 0 && token[k] != separator) return 0;
    if (k < token.size()) separator = token[k];
    if (k == start || k - start > 3 || count == numbers.size()) return 0;
    numbers[count++] = token.substr(start, k - start);
    start = k + 1;
  }
  return count >= 3 ? count : 0;
}

std::optional<Decimal> parse_digits(std::string_view token, bool* plain, int* digits) {
  if (token.empty() || !is_digit(token.front())) return std::nullopt;
  const size_t dot = token.find('.');
  if (dot != std::string_view::npos && token.find('.', dot + 1) != std::string_view::npos) return std::nullopt;
  const std::string_view integer = token.substr(0, dot);
  const std::string_view decimals = dot == std::string_view::npos ? std::string_view{} : token.substr(dot + 1);
  if (decimals.find(',') != std::string_view::npos || !valid_grouping(integer)) return std::nullopt;
  if (dot != std::string_view::npos && decimals.empty()) return std::nullopt;

  int64_t mantissa = 0;
  int significant = 0, count = 0;
  bool overflow = false;
  const auto take = [&](char c) {
    if (c == ',') return;
    ++count;
    if (significant == 0 && c == '0') return;
    if (++significant > 18) {
      overflow = true;
      return;
    }
    mantissa = mantissa * 10 + (c - '0');
  };
  for (const char c : integer) take(c);
  const int integer_digits = count;
  for (const char c : decimals) take(c);
  if (plain) *plain = decimals.empty() && integer.find(',') == std::string_view::npos;
  if (digits) *digits = integer_digits;
  if (overflow) {
    std::string cleaned;
    for (const char c : token) {
      if (c != ',') cleaned.push_back(c);
    }
    double value = 0.0;
    const auto result = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), value);
    if (result.ec != std::errc() || !std::isfinite(value)) return std::nullopt;  // beyond a double's range
    return Decimal::approximate(value);
  }
  return Decimal::scaled(mantissa, -static_cast<int>(decimals.size()));
}

}  // namespace quarry::figures
