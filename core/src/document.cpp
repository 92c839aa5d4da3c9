#include "quarry/core/document.hpp"

#include <cstdint>
#include <limits>

#include "quarry/core/text_services.hpp"
#include "quarry/core/utf8.hpp"

namespace quarry::core {

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

namespace {

void validate(const DocumentInput& input) {
  const std::string& text = input.text;
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    throw InputError("text too large: " + std::to_string(text.size()) +
                     " bytes (the limit is 4 GiB; split the file into documents)");
  }
  if (const size_t nul = text.find('\0'); nul != std::string::npos) {
    throw InputError("binary data, not text: NUL byte at offset " + std::to_string(nul));
  }
  if (const auto bad = utf8::find_invalid(text)) {
    throw InputError("invalid UTF-8 at byte offset " + std::to_string(*bad) +
                     " (convert the file to UTF-8, e.g. with iconv)");
  }
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    throw InputError(text.empty() ? "empty document" : "empty document (only whitespace)");
  }
  if (!input.reference_date.empty() && !is_iso_date(input.reference_date)) {
    throw InputError("reference date '" + input.reference_date + "' is not a valid YYYY-MM-DD date");
  }
}

}  // namespace

Document::Document(DocumentInput input) : input_(std::move(input)) {
  validate(input_);
  tokens_ = tokenize(input_.text);
  sentences_ = split_sentences(input_.text, tokens_);
}

std::string_view Document::metadata(std::string_view key) const {
  for (const auto& [k, v] : input_.metadata) {
    if (k == key) return v;
  }
  return {};
}

}  // namespace quarry::core
