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
// English allows ("three hundred and two thousand", "twenty-one trillion", "two thirds"). accept() says whether
// the next word continues the number.
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

  // The number word n (0..90, or 100 for "hundred").
  bool accept_number(int n) {
    if (n == 100) {
      if (last_ == Last::kArticle) current_ = Decimal::integer(1);
      if (last_ != Last::kArticle && last_ != Last::kUnit && last_ != Last::kTeen && last_ != Last::kTen) return false;
      if (current_.to_double() >= 100) return false;  // "one hundred and one hundred" is two numbers
      current_ = current_.times(100);
      last_ = Last::kHundred;
      return true;
    }
    const bool after_group = last_ == Last::kNone || last_ == Last::kHundred || last_ == Last::kScale;
    if (n < 10) {
      if (!after_group && last_ != Last::kTen) return false;
      last_ = Last::kUnit;
    } else {
      if (!after_group) return false;
      last_ = n < 20 ? Last::kTeen : Last::kTen;
    }
    current_ = current_.plus(Decimal::integer(n));
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

  bool accept_multiplier(int factor) {
    if (last_ == Last::kArticle) current_ = Decimal::integer(1);
    if (last_ != Last::kArticle && last_ != Last::kUnit && last_ != Last::kTeen && last_ != Last::kTen) return false;
    current_ = current_.times(factor);
    last_ = Last::kMultiplier;
    return true;
  }

  // "two thirds", "one fifth": a small cardinal, then a denominator (plural after more than one).
  bool accept_fraction(int64_t denominator, bool plural) {
    if (last_ != Last::kUnit && last_ != Last::kTeen && last_ != Last::kTen) return false;
    if (!total_.is_zero()) return false;
    const bool one = current_.is_integer() && current_.to_double() == 1.0;
    if (plural == one) return false;
    current_ = current_.divided_by(denominator);
    fraction_ = true;
    last_ = Last::kFraction;
    return true;
  }

 private:
  Decimal total_;
  Decimal current_;
  Last last_ = Last::kNone;
  int chain_scale_ = 0;
  int last_scale_ = 0;
  bool fraction_ = false;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_WORD_NUMBER_HPP
