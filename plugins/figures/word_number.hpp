// Number words: the grammar of spelled-out cardinals ("three hundred and two thousand", "twenty-one
// trillion", "two thirds") and the split of hyphenated words ("twenty-five", "six-mile") into their parts.
#ifndef QUARRY_FIGURES_WORD_NUMBER_HPP
#define QUARRY_FIGURES_WORD_NUMBER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "decimal.hpp"

namespace quarry::figures {

// A word split at its hyphens: "twenty-five" -> twenty, five; at most kMax parts.
struct HyphenParts {
  static constexpr size_t kMax = 6;
  std::array<std::string_view, kMax> parts{};
  size_t count = 0;
  bool complete = true;  // false when the word had more parts than kMax, or an empty one
  explicit HyphenParts(std::string_view word) {
    size_t start = 0;
    while (start <= word.size()) {
      size_t dash = word.find('-', start);
      if (dash == std::string_view::npos) dash = word.size();
      if (count == kMax || dash == start) {
        complete = false;
        return;
      }
      parts[count++] = word.substr(start, dash - start);
      start = dash + 1;
    }
  }
};

// The number-word grammar: units, teens, tens, "hundred", scales, "dozen", fraction denominators, in the order
// English allows ("three hundred and two thousand", "twenty-one trillion", "two thirds", "ninety-five hundred"),
// with small groups written in digits where a number word could stand ("4 thousand 3 hundred and 21"). The
// accept_*() calls say whether the next word continues the number.
class WordNumber {
 public:
  enum class Last { kNone, kArticle, kUnit, kTeen, kTen, kHundred, kScale, kMultiplier, kFraction };

  void start_with_article() { last_ = Last::kArticle; }
  Last last() const { return last_; }
  bool has_value() const { return last_ != Last::kNone && last_ != Last::kArticle; }
  bool has_scale() const { return last_scale_ != 0; }
  int last_scale() const { return last_scale_; }
  bool fraction() const { return fraction_; }
  Decimal value() const { return total_.plus(current_); }
  // The number is counted: it can take "hundred", a scale, a multiplier or a denominator next.
  bool counted() const {
    return last_ == Last::kUnit || last_ == Last::kTeen || last_ == Last::kTen || last_ == Last::kHundred ||
           last_ == Last::kScale;
  }

  // The number word n (0..90, or 100 for "hundred").
  bool accept_number(int n) {
    if (n == 100) {
      if (last_ == Last::kArticle) current_ = Decimal::integer(1);
      if (last_ != Last::kArticle && last_ != Last::kUnit && last_ != Last::kTeen && last_ != Last::kTen) return false;
      if (current_.to_double() >= 100) return false;  // "one hundred and one hundred" is two numbers
      current_ = current_.times(100);
      small_ = 0;
      last_ = Last::kHundred;
      return true;
    }
    const bool after_group = last_ == Last::kNone || last_ == Last::kHundred || last_ == Last::kScale;
    tens_after_and_ = after_and_ && n >= 20;
    after_and_ = false;
    if (n < 10) {
      if (!after_group && last_ != Last::kTen) return false;
      last_ = Last::kUnit;
    } else {
      if (!after_group) return false;
      last_ = n < 20 ? Last::kTeen : Last::kTen;
      tens_ = n;
    }
    small_ += n;
    current_ = current_.plus(Decimal::integer(n));
    return true;
  }

  // "and" inside a number ("one hundred and thirty"): the tens word after it belongs to the cardinal, never to
  // a compound ordinal ("one hundred and thirty fifths" is 130/5).
  void accept_and() { after_and_ = true; }

  // A group of 1..999 written in digits where number words could stand: first ("3 hundred", "4 thousand"), after
  // a scale ("4 thousand 321"), or after "hundred" when below 100 ("3 hundred and 21").
  bool accept_digits(int n) {
    if (n <= 0 || n >= 1000) return false;
    const bool ok = last_ == Last::kNone || last_ == Last::kScale || (last_ == Last::kHundred && n < 100);
    if (!ok) return false;
    current_ = current_.plus(Decimal::integer(n));
    small_ = n < 100 ? n : n % 100;
    // "3 hundred" takes "hundred" like "three"; "321" has its hundreds already (accept_number rejects a second).
    last_ = n < 10 ? Last::kUnit : n < 20 ? Last::kTeen : n % 10 == 0 && n < 100 ? Last::kTen : Last::kUnit;
    tens_ = n < 100 && n % 10 == 0 ? n : 0;
    return true;
  }

  bool accept_scale(int power) {
    const bool counted = last_ == Last::kUnit || last_ == Last::kTeen || last_ == Last::kTen ||
                         last_ == Last::kHundred || last_ == Last::kArticle || last_ == Last::kFraction;
    if (counted) {
      if (chain_scale_ != 0 && power >= chain_scale_) return false;  // "five thousand two thousand"
      if (last_ == Last::kArticle) current_ = Decimal::integer(1);
      total_ = total_.plus(current_.shifted(power));
      current_ = Decimal();
      small_ = 0;
      chain_scale_ = last_scale_ = power;
      last_ = Last::kScale;
      return true;
    }
    if (last_ == Last::kScale && power > last_scale_) {  // "lakh crore", "thousand million"
      total_ = total_.shifted(power);
      chain_scale_ = last_scale_ = power;
      return true;
    }
    return false;
  }

  // "two dozen", "three hundred and two dozen" (300 + 24: the multiplier takes the words after "hundred").
  bool accept_multiplier(int factor) {
    if (last_ == Last::kArticle) {
      current_ = Decimal::integer(1);
      small_ = 1;
    }
    if (last_ != Last::kArticle && last_ != Last::kUnit && last_ != Last::kTeen && last_ != Last::kTen) return false;
    current_ = current_.plus(Decimal::integer(static_cast<int64_t>(small_) * (factor - 1)));
    small_ *= factor;
    last_ = Last::kMultiplier;
    return true;
  }

  // A denominator after the numerator read so far: "two thirds", "one fifth", "a hundred trillionths",
  // "ninety-five hundred fifths". A tens word right before a unit ordinal belongs to the denominator when a
  // numerator comes before it: "one hundred thirty fifths" is 100/35, "one hundred twenty-firsts" 100/21. The
  // denominator is plural after any numerator but one. `compound_only` ordinals ("first") need the tens word.
  bool accept_fraction(int64_t denominator, bool plural, bool compound_only) {
    if (!counted()) return false;
    Decimal numerator = value();
    int64_t d = denominator;
    const bool tens_before = last_ == Last::kTen && denominator < 10 && !tens_after_and_;
    const Decimal before_tens = tens_before ? numerator.plus(Decimal::integer(-tens_)) : Decimal();
    if (tens_before && !before_tens.is_zero()) {
      numerator = before_tens;
      d = tens_ + denominator;
    } else if (compound_only) {
      return false;
    }
    if (!agrees(numerator, plural)) return false;
    set_fraction(numerator.divided_by(d));
    return true;
  }

  // A denominator written as a number of its own after a complete numerator: "one twenty-fifth" (1/25), "twenty
  // twenty fifths" (20/25), "one one hundred fifth" (1/105). `cardinal` holds the words before the ordinal.
  bool accept_denominator(const WordNumber& cardinal, int64_t ordinal, bool plural) {
    if (!counted() || !cardinal.has_value() || cardinal.fraction_) return false;
    const Last c = cardinal.last_;
    int64_t d = 0;
    const double base = cardinal.value().to_double();
    if (ordinal < 10) {  // "twenty fifth", "one hundred fifth", "one thousand fifth"
      if (c != Last::kTen && c != Last::kHundred && c != Last::kScale) return false;
      d = static_cast<int64_t>(base) + ordinal;
    } else if (ordinal < 100) {  // "one hundred twentieth"
      if (c != Last::kHundred && c != Last::kScale) return false;
      d = static_cast<int64_t>(base) + ordinal;
    } else {  // "two hundredths" read as "two" "hundredths" never comes here; "one two-thousandth" does
      if (c != Last::kUnit && c != Last::kTeen && c != Last::kTen) return false;
      d = static_cast<int64_t>(base) * ordinal;
    }
    if (base >= 1e12 || d <= 1) return false;
    if (!agrees(value(), plural)) return false;
    set_fraction(value().divided_by(d));
    return true;
  }

 private:
  static bool agrees(const Decimal& numerator, bool plural) {
    const bool one = numerator.is_integer() && numerator.to_double() == 1.0;
    return !numerator.is_zero() && plural != one;
  }
  void set_fraction(const Decimal& v) {
    total_ = Decimal();
    current_ = v;  // a scale may follow: "three quarters billion"
    small_ = 0;
    fraction_ = true;
    last_ = Last::kFraction;
  }

  Decimal total_;                // the groups closed by a scale word
  Decimal current_;              // the group being read (below a thousand, or "ninety-five hundred")
  int small_ = 0;                // the part of the group after its "hundred", which a multiplier multiplies
  int tens_ = 0;                 // the value of the latest tens word
  bool after_and_ = false;       // "and" came last
  bool tens_after_and_ = false;  // the latest tens word came right after "and"
  Last last_ = Last::kNone;
  int chain_scale_ = 0;
  int last_scale_ = 0;
  bool fraction_ = false;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_WORD_NUMBER_HPP
