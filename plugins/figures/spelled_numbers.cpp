// NumberReader, the spelled-out side: cardinals in words (with digit groups where a word could stand, "3 hundred
// and 21"), fractions ("two-thirds", "a hundred trillionths", "one hundred thirty-fifths", "one twenty-fifth"),
// mixed numbers ("one and a half", "two million and three fifths"), spoken decimals ("zero point zero eight"),
// and the constructions that join two numbers ("one over three", "one in five", "two thirds of a million").
#include <optional>
#include <utility>

#include "number_reader.hpp"
#include "word_number.hpp"

namespace quarry::figures {
namespace {

bool plural_word(std::string_view lower) { return !lower.empty() && lower.back() == 's'; }

// How many tokens a denominator written as a number may take ("one hundred and fifth").
constexpr size_t kMaxDenominatorTokens = 8;

}  // namespace

bool NumberReader::accept_part(WordNumber& number, std::string_view part) const {
  const LowerWord lower(part);
  const WordInfo* info = lexicon_.find(lower);
  if (info == nullptr) return false;
  if (info->has(role::kNumber)) return number.accept_number(info->number);
  if (info->has(role::kScale) && info->attach == ScaleAttach::kWord) return number.accept_scale(info->scale);
  if (info->has(role::kMultiplier)) return number.accept_multiplier(info->multiplier);
  if (info->has(role::kFraction)) {
    return number.accept_fraction(info->denominator, plural_word(lower.view()), info->compound_only);
  }
  return false;
}

bool NumberReader::read_small_fraction(size_t n, Decimal& value, size_t& last) const {
  if (!tokens_.is_word(n)) return false;
  const LowerWord first(tokens_.text(n));
  if (first.view() == "a" || first.view() == "an") {
    // "a half", "a quarter", "a thirtieth".
    if (!tokens_.is_word(n + 1)) return false;
    const LowerWord word = tokens_.lower(n + 1);
    const WordInfo* info = lexicon_.find(word);
    if (info == nullptr || !info->has(role::kFraction) || info->compound_only || plural_word(word.view())) {
      return false;
    }
    value = Decimal::integer(1).divided_by(info->denominator);
    last = n + 1;
    return true;
  }
  // "three quarters", "three-quarters", "fifty-four hundredths", "one half": a numerator below a hundred.
  WordNumber number;
  for (size_t j = n; j < n + 3 && tokens_.is_word(j); ++j) {
    const HyphenParts parts(tokens_.text(j));
    if (!parts.complete) return false;
    for (size_t k = 0; k < parts.count; ++k) {
      const WordInfo* info = lexicon_.find(LowerWord(parts.parts[k]));
      const bool small = info != nullptr && info->has(role::kNumber) && info->number > 0 && info->number < 100;
      if (!small && (info == nullptr || !info->has(role::kFraction))) return false;
      if (!accept_part(number, parts.parts[k])) return false;
      if (number.fraction()) {
        // The fraction of a mixed number is a proper one: "one hundred and thirty fifths" is 130/5, not 106.
        if (k + 1 != parts.count || !(number.value().to_double() < 1)) return false;
        value = number.value();
        last = j;
        return true;
      }
    }
  }
  return false;
}

bool NumberReader::and_continues(const WordNumber& number, size_t and_token) const {
  const WordNumber::Last last = number.last();
  if (last != WordNumber::Last::kHundred && last != WordNumber::Last::kScale) return false;
  const size_t next = and_token + 1;
  // "one hundred and three quarters" is a mixed number (100.75), read by read_and_fraction.
  Decimal unused;
  size_t unused_last = 0;
  if (read_small_fraction(next, unused, unused_last)) return false;
  if (tokens_.is_word(next)) {
    const WordInfo* info = lexicon_.find(LowerWord(HyphenParts(tokens_.text(next)).parts[0]));
    return info != nullptr && info->has(role::kNumber) && info->number > 0 && info->number < 100;
  }
  // "3 hundred and 21"; after a scale only words go on ("2 million and 300 were hurt" is two numbers).
  if (last != WordNumber::Last::kHundred || !tokens_.is_number(next)) return false;
  bool plain = false;
  const auto v = parse_digits(tokens_.text(next), &plain);
  return v && plain && v->to_double() >= 1 && v->to_double() < 100;
}

bool NumberReader::read_denominator(WordNumber& number, size_t j, Quantity& q) const {
  if (!number.counted()) return false;
  WordNumber cardinal;
  for (size_t k = j; k < j + kMaxDenominatorTokens && tokens_.is_word(k); ++k) {
    if (tokens_.is_lower(k, "and")) {
      const WordNumber::Last last = cardinal.last();
      if (last != WordNumber::Last::kHundred && last != WordNumber::Last::kScale) return false;
      continue;
    }
    const HyphenParts parts(tokens_.text(k));
    if (!parts.complete) return false;
    for (size_t p = 0; p < parts.count; ++p) {
      const LowerWord lower(parts.parts[p]);
      const WordInfo* info = lexicon_.find(lower);
      if (info == nullptr) return false;
      if (info->has(role::kFraction)) {
        const bool plural = plural_word(lower.view());
        if (p + 1 != parts.count || !number.accept_denominator(cardinal, info->denominator, plural)) return false;
        // A singular ordinal before a noun is an ordinal ("one twenty-first century"), not a fraction.
        if (!plural && tokens_.is_word(k + 1) && !tokens_.is_lower(k + 1, "of")) return false;
        q.last = k;
        return true;
      }
      if (!info->has(role::kNumber) && !(info->has(role::kScale) && info->attach == ScaleAttach::kWord)) return false;
      if (!accept_part(cardinal, parts.parts[p])) return false;
    }
  }
  return false;
}

void NumberReader::read_cardinal(WordNumber& number, size_t j, Quantity& q) const {
  // The number before the latest "and", to give "and two hundred" back when it turns out to start a number
  // of its own ("three hundred and two hundred", "one million and three million").
  std::optional<std::pair<WordNumber, size_t>> before_and;
  for (; tokens_.valid(j); ++j) {
    if (tokens_.is_punct(j)) {
      // "fifty - two", "one - fourth": a spaced hyphen inside a number.
      if (tokens_.is(j, "-") && tokens_.is_word(j + 1)) {
        const WordInfo* info = lexicon_.find(LowerWord(HyphenParts(tokens_.text(j + 1)).parts[0]));
        const bool unit = info != nullptr && info->has(role::kNumber) && info->number > 0 && info->number < 10;
        const bool denominator = info != nullptr && info->has(role::kFraction) && !info->compound_only;
        const WordNumber::Last last = number.last();
        if ((unit && last == WordNumber::Last::kTen) ||
            (denominator &&
             (last == WordNumber::Last::kUnit || last == WordNumber::Last::kTeen || last == WordNumber::Last::kTen))) {
          continue;
        }
      }
      break;
    }
    if (tokens_.is_number(j)) {
      // "4 thousand 3 hundred": a digit group, spaced from what comes before and after it.
      bool plain = false;
      const auto v = parse_digits(tokens_.text(j), &plain);
      if (!v || !plain || tokens_.glued(j - 1, j) || v->to_double() >= 1000 ||
          !number.accept_digits(static_cast<int>(v->to_double()))) {
        break;
      }
      q.last = j;
      continue;
    }
    if (!tokens_.is_word(j)) break;
    if (tokens_.is_lower(j, "and")) {
      if (!and_continues(number, j)) break;
      before_and.emplace(number, q.last);
      number.accept_and();
      continue;
    }
    const HyphenParts parts(tokens_.text(j));
    if (!parts.complete) break;
    const WordNumber before_word = number;
    size_t accepted = 0;
    while (accepted < parts.count && accept_part(number, parts.parts[accepted])) ++accepted;
    if (accepted == 0) {
      // (Only a number word can start a denominator: skip the look-up for "two [people]".)
      if (lexicon_.may_be_number_word(parts.parts[0]) && read_denominator(number, j, q)) return;
      const WordInfo* info = lexicon_.find(LowerWord(parts.parts[0]));
      if (before_and && info != nullptr && info->has(role::kNumber | role::kScale | role::kMultiplier)) {
        number = before_and->first;
        q.last = before_and->second;
      }
      break;
    }
    if (accepted < parts.count && before_word.has_value() && lexicon_.has(LowerWord(parts.parts[0]), role::kNumber)) {
      // "$24 million one-time charge": a compound modifier after a number is a word of its own (but "2
      // million-plus" goes on with its scale).
      number = before_word;
      break;
    }
    q.last = j;
    if (accepted < parts.count) {
      // "six-mile", "three-year-old", "one-time": the rest of the word is glued to the number.
      const std::string_view word = tokens_.text(j);
      const size_t offset = static_cast<size_t>(parts.parts[accepted].data() - word.data());
      q.glued = GluedWord{word.substr(offset), j, true};
      return;
    }
  }
  // A number that stopped right after "and" ("two thousand and") gives the "and" back: q.last never moved.
}

std::optional<Quantity> NumberReader::read_words(size_t i) const {
  Quantity q;
  q.first = q.last = i;
  q.spelled = true;
  const LowerWord first_word = tokens_.lower(i);
  const std::string_view first = first_word.view();

  // "half a million", "half a dozen", "half million", "quarter million"; a bare "half" is kept for the scanner
  // to judge.
  if (first == "half" || first == "quarter") {
    const bool half = first == "half";
    q.value = half ? Decimal::scaled(5, -1) : Decimal::scaled(25, -2);
    q.fraction = true;
    size_t j = i + 1;
    if (half && (tokens_.is_lower(j, "a") || tokens_.is_lower(j, "an"))) ++j;
    const WordInfo* info = tokens_.is_word(j) ? lexicon_.find(tokens_.lower(j)) : nullptr;
    if (info != nullptr && info->has(role::kScale) && info->attach != ScaleAttach::kSuffix &&
        info->attach != ScaleAttach::kMoney && info->attach != ScaleAttach::kCurrency) {
      q.value = q.value.shifted(info->scale);
      q.has_scale = true;
      q.scale = info->scale;
      q.last = j;
    } else if (half && info != nullptr && info->has(role::kMultiplier)) {
      q.value = q.value.times(info->multiplier);
      q.last = j;
    } else if (half) {
      q.bare_half = true;
    } else {
      return std::nullopt;
    }
    return q;
  }

  WordNumber number;
  size_t j = i;
  if (first == "a" || first == "an") {
    // "a hundred", "a dozen", "a million"; "a third of", "a quarter million", "a twenty-first".
    if (!tokens_.is_word(i + 1)) return std::nullopt;
    const WordInfo* next = lexicon_.find(tokens_.lower(i + 1));
    if (next == nullptr) {
      // "a twenty-first": one over a compound ordinal, read like "one twenty-first".
      const std::string_view head_word = HyphenParts(tokens_.text(i + 1)).parts[0];
      if (!lexicon_.may_be_number_word(head_word)) return std::nullopt;
      WordNumber one;
      one.accept_number(1);
      const WordInfo* head = lexicon_.find(LowerWord(head_word));
      if (head == nullptr || !head->has(role::kNumber) || !read_denominator(one, i + 1, q)) return std::nullopt;
      q.value = one.value();
      q.fraction = true;
      q.article = true;
      return q;
    }
    q.article = true;
    if (next->has(role::kFraction) && !next->compound_only && !plural_word(tokens_.lower(i + 1).view())) {
      const WordInfo* after = tokens_.is_word(i + 2) ? lexicon_.find(tokens_.lower(i + 2)) : nullptr;
      const bool of = tokens_.is_lower(i + 2, "of");
      const bool scale = after != nullptr && after->has(role::kScale) && after->attach == ScaleAttach::kWord;
      // "a third of", "a quarter million", or standing alone ("the answer is a fifth."), or before a measure
      // ("a half percentage point", "a quarter mile"), but not "a third term".
      const bool alone = !tokens_.is_word(i + 2) && !tokens_.is_number(i + 2);
      const auto measure = lexicon_.measures().match_forward(tokens_, i + 2, tag::kSpaced);
      const bool measured = measure || lexicon_.percents().match_forward(tokens_, i + 2).has_value();
      if (!of && !scale && !alone && !measured) return std::nullopt;
      q.value = Decimal::integer(1).divided_by(next->denominator);
      q.fraction = true;
      q.last = i + 1;
      if (scale) {
        q.value = q.value.shifted(after->scale);
        q.has_scale = true;
        q.scale = after->scale;
        q.last = i + 2;
      }
      return q;
    }
    const bool hundred = next->has(role::kNumber) && next->number == 100;
    const bool scale = next->has(role::kScale) && next->attach == ScaleAttach::kWord;
    if (!hundred && !scale && !next->has(role::kMultiplier)) return std::nullopt;
    number.start_with_article();
    j = i + 1;
  } else if (first == "hundred") {
    number.start_with_article();  // "hundred thousand": may_start lets "hundred" begin only before a scale
  }

  read_cardinal(number, j, q);
  if (!number.has_value()) return std::nullopt;
  q.value = number.value();
  q.has_scale = number.has_scale();
  q.scale = number.last_scale();
  q.fraction = number.fraction();
  if (q.glued.text.empty()) {
    read_and_fraction(q);
    read_point_decimals(q);
    read_glued_word(q);
  }
  q.lone_one = q.first == q.last && !q.article && first == "one" && q.glued.text.empty();
  return q;
}

void NumberReader::read_and_fraction(Quantity& q) const {
  // "one and a half", "two and fifty-four hundredths"; after a scale the fraction is of that scale ("3 million
  // and a half", "six million and two thirds"); a smaller scale after it is its own ("one billion and a half
  // million" is 1,000,500,000), a scale after a plain number takes both ("five and a half million").
  const size_t and_token = q.last + 1;
  if (q.fraction || !tokens_.is_lower(and_token, "and")) return;
  Decimal fraction;
  size_t last = 0;
  if (!read_small_fraction(and_token + 1, fraction, last)) return;
  const WordInfo* after = scale_word_at(last + 1) ? lexicon_.find(tokens_.lower(last + 1)) : nullptr;
  if (after != nullptr && !q.has_scale) {
    q.value = q.value.plus(fraction).shifted(after->scale);
    q.has_scale = true;
    q.scale = after->scale;
    last = last + 1;
  } else if (after != nullptr && after->scale < q.scale) {
    q.value = q.value.plus(fraction.shifted(after->scale));
    last = last + 1;
  } else {
    q.value = q.value.plus(q.has_scale ? fraction.shifted(q.scale) : fraction);
  }
  q.fraction = true;
  q.plain_integer = false;
  q.last = last;
  q.lone_one = false;
  if (!q.has_scale) read_scales(q);
}

void NumberReader::read_point_decimals(Quantity& q) const {
  const size_t point = q.last + 1;
  if (q.fraction || !tokens_.is_lower(point, "point")) return;
  int64_t digits = 0;
  int count = 0;
  size_t j = point + 1;
  for (; tokens_.is_word(j) && count < 12; ++j) {
    const HyphenParts parts(tokens_.text(j));
    bool ok = parts.complete;
    for (size_t k = 0; k < parts.count && ok; ++k) {
      const WordInfo* info = lexicon_.find(LowerWord(parts.parts[k]));
      ok = info != nullptr && info->has(role::kNumber) && info->number < 100;
      if (!ok) break;
      const int n = info->number;
      if (n >= 10 && n % 10 == 0 && k + 1 < parts.count) continue;  // "seventy-one": tens then unit
      if (n >= 10 && k > 0) {
        ok = false;
        break;
      }
      const int prev_tens = k > 0 ? lexicon_.find(LowerWord(parts.parts[k - 1]))->number : 0;
      const int value = prev_tens + n;
      digits = digits * (value >= 10 ? 100 : 10) + value;
      count += value >= 10 ? 2 : 1;
    }
    if (!ok) break;
  }
  if (count == 0) return;
  q.value = q.value.plus(Decimal::scaled(digits, -count));
  q.last = j - 1;
  q.plain_integer = false;
  if (!q.has_scale) read_scales(q);  // "one point six billion"
}

void NumberReader::read_over_fraction(Quantity& q) const {
  const size_t over = q.last + 1;
  if (q.fraction || q.has_scale || !tokens_.is_lower(over, "over") || !may_start(over + 1)) return;
  const auto divisor = read_simple(over + 1);
  // "$2000 over 3 years", "over 3 km": a unit after the divisor makes "over" a preposition or a qualifier.
  if (!divisor || !divisor->glued.text.empty() || divisor->value.is_zero() || tokens_.is_word(divisor->last + 1) ||
      tokens_.is_symbol(divisor->last + 1) || tokens_.is_number(divisor->last + 1)) {
    return;
  }
  q.value = Decimal::approximate(q.value.to_double() / divisor->value.to_double());
  q.fraction = true;
  q.plain_integer = false;
  q.lone_one = false;
  q.last = divisor->last;
}

void NumberReader::read_ratio(Quantity& q) const {
  // "one in five", "nine in 10 voters", "two out of three", "1 in twenty-one": the first number is a part of
  // the second. "in" also joins a count and a place or time ("killed 5 in 2019", "3 in 10 minutes"), so there
  // the part must be small and the whole neither a year nor followed by a time unit.
  if (q.fraction || q.has_scale || q.article || !q.value.is_integer() || q.value.to_double() < 1) return;
  // "Uranium One in three transactions": a capitalised number word inside a sentence is a name.
  if (q.spelled && tokens_.capitalized(q.first) && !tokens_.starts_clause(q.first)) return;
  const size_t k = q.last + 1;
  const bool out_of = tokens_.is_lower(k, "out") && tokens_.is_lower(k + 1, "of");
  if (!out_of && !tokens_.is_lower(k, "in")) return;
  const size_t d = k + (out_of ? 2 : 1);
  if (!may_start(d)) return;
  const auto whole = read_simple(d);
  if (!whole || !whole->glued.text.empty() || whole->fraction || whole->article || whole->bare_half ||
      !whole->value.is_integer() || !(q.value.to_double() < whole->value.to_double())) {
    return;
  }
  if (!out_of) {
    const double part = q.value.to_double(), total = whole->value.to_double();
    const bool year = whole->plain_integer && whole->digit_count == 4;
    const size_t after = whole->last + 1;
    const bool time = tokens_.is_word(after) && lexicon_.has(tokens_.lower(after), role::kTimeUnit | role::kClock);
    const bool percent = tokens_.is(after, "%") || lexicon_.percents().match_forward(tokens_, after).has_value();
    if (part > 10 || total > 1000 || year || time || percent) return;
  }
  q.value = Decimal::approximate(q.value.to_double() / whole->value.to_double());
  q.fraction = true;
  q.plain_integer = false;
  q.lone_one = false;
  q.last = whole->last;
}

void NumberReader::read_of_scale(Quantity& q) const {
  // "two thirds of a million", "a quarter of a billion".
  const size_t of = q.last + 1;
  if (!q.fraction || q.has_scale || !tokens_.is_lower(of, "of")) return;
  if (!tokens_.is_lower(of + 1, "a") && !tokens_.is_lower(of + 1, "an")) return;
  if (!scale_word_at(of + 2)) return;
  const WordInfo* scale = lexicon_.find(tokens_.lower(of + 2));
  q.value = q.value.shifted(scale->scale);
  q.bare_half = false;  // "half of a million" counts
  q.has_scale = true;
  q.scale = scale->scale;
  q.last = of + 2;
}

}  // namespace quarry::figures
