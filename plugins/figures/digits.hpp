// Digit tokens: their value under Western ("1,234,567") or Indian ("12,34,567") grouping, and the small facts
// the number reader needs about digits: usual fraction denominators, the gap of "12 000", vulgar fractions.
#ifndef QUARRY_FIGURES_DIGITS_HPP
#define QUARRY_FIGURES_DIGITS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "decimal.hpp"

namespace quarry::figures {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The value of a digit token ("11,000", "1,00,000", "2.5"); nullopt for anything else ("1,2,3,4", "192.168.1.2", a run
// of digits beyond a double's range). `plain` is set for bare digits, `digits` to the count of integer digits.
std::optional<Decimal> parse_digits(std::string_view token, bool* plain = nullptr, int* digits = nullptr);

// "5,00", "1,3", "1.111,11": a decimal comma (continental European), with points or nothing grouping the
// thousands; one comma with one or two digits after it ("1,234" is English grouping, "22,24,26" a list).
// nullopt for anything else. The reader decides where it applies ("[25,14]" cites two references).
std::optional<Decimal> parse_decimal_comma(std::string_view token);

// A list of small numbers written as one token: "22,24,26,31", "192.168.1.2" (three or more groups of one to
// three digits, one separator throughout). Fills `numbers` and returns their count, or 0 for anything else.
inline constexpr size_t kMaxListNumbers = 16;
size_t split_number_list(std::string_view token, std::array<std::string_view, kMaxListNumbers>& numbers);

// Denominators that make "n/d" a fraction rather than a date ("5/17") or a name ("24/7", "9/11").
bool fraction_denominator(int64_t d);

// Only a space of one character (ASCII or the no-break/thin spaces typesetters use) between two tokens: the
// gap of "12 000".
bool thousands_gap(std::string_view gap);

// A Unicode vulgar fraction written as one character ("½", "¾").
struct VulgarFraction {
  std::string_view glyph;
  int numerator;
  int denominator;
};
const VulgarFraction* vulgar_fraction(std::string_view text);

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_DIGITS_HPP
