// Reads one number from the tokens of a sentence: digits with any grouping ("11,000", "1,00,000", "12 000",
// "2.5", "3/4", "10 1/2", "1.3x10^6"), number words ("twenty-five", "a hundred", "three hundred thousand", "half a
// dozen", "two-thirds", "one hundred thirty-fifths", "one and a half", "4 thousand 3 hundred and 21"), scales after
// either ("1.5 million", "3 lakh", "1.2 lakh crore", "$2bn"), and ratios ("one in five", "two out of three").
// It only reads the number; what surrounds it (currency, qualifier, unit, dates) is the scanner's business.
// number_reader.cpp reads digits, spelled_numbers.cpp number words.
#ifndef QUARRY_FIGURES_NUMBER_READER_HPP
#define QUARRY_FIGURES_NUMBER_READER_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "decimal.hpp"
#include "digits.hpp"
#include "lexicon.hpp"
#include "token_text.hpp"

namespace quarry::figures {

class WordNumber;

// Letters written against the number that are not part of it: "mm" in "240mm", "st" in "1st", "mile" in
// "six-mile" or "2.5-mile", "year-old" in "28-year-old".
struct GluedWord {
  std::string_view text;    // empty when there is none
  size_t token = 0;         // the token holding it
  bool hyphenated = false;  // joined by a hyphen ("six-mile", "10-gallon") rather than directly ("240mm")
};

struct Quantity {
  Decimal value;
  size_t first = 0;             // first token of the number
  size_t last = 0;              // last token of the number (inclusive)
  bool spelled = false;         // made of (or starting with) number words
  bool plain_integer = false;   // one token of bare digits: "2024", "16" (year, day, clock-time candidates)
  int digit_count = 0;          // digits of a plain integer
  bool has_scale = false;       // a scale word or suffix was applied ("million", "bn")
  int scale = 0;                // the power of ten of the last scale
  bool money_scale = false;     // the scale holds only with a currency or counted noun ("5m")
  bool currency_scale = false;  // the scale holds only with a currency ("1MM")
  bool fraction = false;        // a fraction or a ratio is part of it
  bool bare_half = false;       // just "half": a figure only with a qualifier or "of" ("more than half")
  bool lone_one = false;        // just the word "one": often a pronoun ("the one who")
  bool article = false;         // begins with "a"/"an" ("a dozen", "a hundred")
  std::string_view currency;    // a currency code written against the digits: "Rs500" -> INR
  GluedWord glued;
};

class NumberReader {
 public:
  NumberReader(const TokenText& tokens, const Lexicon& lexicon) : tokens_(tokens), lexicon_(lexicon) {}

  // The number starting at token i, or nullopt when none starts there.
  std::optional<Quantity> read(size_t i) const;

  // Can a number start at token i? A cheap test before read().
  bool may_start(size_t i) const;

 private:
  // read() without the fractions and ratios that join two numbers ("one over three", "one in five").
  std::optional<Quantity> read_simple(size_t i) const;
  std::optional<Quantity> read_digits(size_t i) const;
  std::optional<Quantity> read_words(size_t i) const;
  // Number words (and small digit groups where words could stand) from token j into `number`; sets q.last, and
  // q.glued when a word goes on after its number part ("six-mile").
  void read_cardinal(WordNumber& number, size_t j, Quantity& q) const;
  // One word part ("twenty", "million", "dozen", "fifths") given to the grammar.
  bool accept_part(WordNumber& number, std::string_view part) const;
  // After "and" in a number: does the number go on ("two hundred and six", "3 hundred and 21")?
  bool and_continues(const WordNumber& number, size_t and_token) const;
  // A denominator written as a number of its own, from token j: "one [twenty-fifth]", "one [one hundred fifth]".
  bool read_denominator(WordNumber& number, size_t j, Quantity& q) const;
  // "a half", "three quarters", "fifty-four hundredths" from token n (the fraction of a mixed number).
  bool read_small_fraction(size_t n, Decimal& value, size_t& last) const;
  // Is token i a scale word written apart ("million", "lakh")?
  bool scale_word_at(size_t i) const;
  // "Rs500", "USD115", "Rs1,00,000": a currency code run together with the digits (one word for the core).
  std::optional<Quantity> read_code_glued(size_t i) const;
  // The length of the currency-code letters of a word like "Rs500", or 0.
  size_t code_prefix(std::string_view word) const;
  // Scales, "hundred" and "dozen" after a number: "1.5 million", "1.2 lakh crore", "322 hundred".
  void read_scales(Quantity& q) const;
  // "and a half", "and three quarters", "and a quarter million" after a number.
  void read_and_fraction(Quantity& q) const;
  // "one in five", "two out of three", "1 in twenty-one": a ratio, when the first number is the smaller.
  void read_ratio(Quantity& q) const;
  // "two thirds of a million": a fraction of a scale.
  void read_of_scale(Quantity& q) const;
  // "two hundred point zero three": spoken decimals.
  void read_point_decimals(Quantity& q) const;
  // "1e10", "1.3e6", "12e-1", "12.32e+14": scientific notation glued to digits.
  void read_exponent(Quantity& q) const;
  // "one over three", "1 over 20": a fraction read out, when nothing is counted after the divisor.
  void read_over_fraction(Quantity& q) const;
  // "10^6", "2.5^-1": a power written with a caret.
  void read_power(Quantity& q) const;
  // Letters or a hyphenated word glued to the end of the number.
  void read_glued_word(Quantity& q) const;

  const TokenText& tokens_;
  const Lexicon& lexicon_;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_NUMBER_READER_HPP
