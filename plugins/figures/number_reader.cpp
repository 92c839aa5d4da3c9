#include "number_reader.hpp"

#include <algorithm>
#include <cmath>

#include "digits.hpp"
#include "word_number.hpp"

namespace quarry::figures {
namespace {

bool plural_word(std::string_view lower) { return !lower.empty() && lower.back() == 's'; }

}  // namespace

size_t NumberReader::code_prefix(std::string_view word) const {
  if (word.size() < 2 || !is_digit(word.back())) return 0;
  size_t p = 0;
  while (p < word.size() && !is_digit(word[p])) ++p;
  if (p == 0 || p > 4) return 0;
  for (size_t k = p; k < word.size(); ++k) {
    if (!is_digit(word[k])) return 0;
  }
  return lexicon_.currencies().find_word(LowerWord(word.substr(0, p)), tag::kPrefix) != nullptr ? p : 0;
}

std::optional<Quantity> NumberReader::read_code_glued(size_t i) const {
  const std::string_view word = tokens_.text(i);
  const size_t p = code_prefix(word);
  if (p == 0) return std::nullopt;
  // The digits may go on as glued groups or decimals: "Rs1,00,000" is "Rs1" "," "00" "," "000" for the core.
  size_t last = i;
  while (tokens_.is_punct(last + 1) && (tokens_.text(last + 1) == "," || tokens_.text(last + 1) == ".") &&
         tokens_.glued(last, last + 1) && tokens_.is_number(last + 2) && tokens_.glued(last + 1, last + 2)) {
    last += 2;
  }
  const uint32_t begin = tokens_.token(i).begin + static_cast<uint32_t>(p);
  auto value = parse_digits(tokens_.slice(begin, tokens_.token(last).end));
  if (!value) return std::nullopt;
  Quantity q;
  q.value = *value;
  q.first = i;
  q.last = last;
  q.currency = lexicon_.currencies().find_word(LowerWord(word.substr(0, p)), tag::kPrefix)->payload;
  read_scales(q);
  return q;
}

bool NumberReader::may_start(size_t i) const {
  if (tokens_.is_number(i)) return true;
  if (tokens_.is_symbol(i)) return vulgar_fraction(tokens_.text(i)) != nullptr;
  if (!tokens_.is_word(i)) return false;
  const std::string_view word = tokens_.text(i);
  if (code_prefix(word) != 0) return true;
  const size_t dash = word.find('-');
  const std::string_view head = dash == std::string_view::npos ? word : word.substr(0, dash);
  if (!lexicon_.may_be_number_word(head)) return false;
  const LowerWord lower(head);
  const WordInfo* info = lexicon_.find(lower);
  if (info != nullptr && (info->has(role::kNumber) || (info->has(role::kFraction) && lower.view() == "half"))) {
    return info->number != 100;  // "hundred" alone is vague; "a hundred" starts at the article
  }
  return lower.view() == "a" || lower.view() == "an";
}

std::optional<Quantity> NumberReader::read(size_t i) const {
  if (!tokens_.valid(i)) return std::nullopt;
  if (tokens_.is_number(i)) return read_digits(i);
  if (tokens_.is_symbol(i)) {
    const VulgarFraction* f = vulgar_fraction(tokens_.text(i));
    if (f == nullptr) return std::nullopt;
    Quantity q;
    q.value = Decimal::integer(f->numerator).divided_by(f->denominator);
    q.first = q.last = i;
    q.fraction = true;
    read_glued_word(q);
    return q;
  }
  if (tokens_.is_word(i)) return code_prefix(tokens_.text(i)) != 0 ? read_code_glued(i) : read_words(i);
  return std::nullopt;
}

std::optional<Quantity> NumberReader::read_digits(size_t i) const {
  bool plain = false;
  int digits = 0;
  const auto parsed = parse_digits(tokens_.text(i), &plain, &digits);
  if (!parsed) return std::nullopt;
  Quantity q;
  q.value = *parsed;
  q.first = q.last = i;
  q.plain_integer = plain;
  q.digit_count = digits;

  // ".08": a decimal written without its leading zero (the period is not glued to a word before it).
  if (plain && i > tokens_.first() && tokens_.is(i - 1, ".") && tokens_.glued(i - 1, i) &&
      (i - 1 == tokens_.first() || !tokens_.glued(i - 2, i - 1))) {
    q.value = q.value.shifted(-static_cast<int>(std::min<size_t>(tokens_.text(i).size(), 400)));
    q.first = i - 1;
    q.plain_integer = false;
    read_glued_word(q);
    return q;
  }

  // "12 000", "1 234 567.89": groups of three after a short first group, one space apart.
  if (plain && digits <= 3) {
    size_t j = i;
    Decimal value = q.value;
    while (tokens_.is_number(j + 1) && thousands_gap(tokens_.slice(tokens_.token(j).end, tokens_.token(j + 1).begin))) {
      bool group_plain = false;
      int group_digits = 0;
      const auto group = parse_digits(tokens_.text(j + 1), &group_plain, &group_digits);
      const std::string_view group_text = tokens_.text(j + 1);
      if (!group || group_digits != 3 || group_text.find(',') != std::string_view::npos) break;
      value = value.shifted(3).plus(*group);
      ++j;
      if (!group_plain) break;  // decimals end the number
    }
    if (j != i) {
      q.value = value;
      q.last = j;
      q.plain_integer = false;
    }
  }

  // "3/4" and "10 1/2": a fraction when the denominator is a usual one and the numerator smaller.
  const auto fraction_at = [&](size_t n) -> std::optional<Decimal> {
    if (!tokens_.is_number(n) || !tokens_.is(n + 1, "/") || !tokens_.glued(n, n + 1) || !tokens_.is_number(n + 2) ||
        !tokens_.glued(n + 1, n + 2) || (tokens_.is(n + 3, "/") && tokens_.glued(n + 2, n + 3))) {
      return std::nullopt;
    }
    bool num_plain = false, den_plain = false;
    const auto num = parse_digits(tokens_.text(n), &num_plain);
    const auto den = parse_digits(tokens_.text(n + 2), &den_plain);
    if (!num || !den || !num_plain || !den_plain) return std::nullopt;
    const auto d = static_cast<int64_t>(den->to_double());
    if (!fraction_denominator(d) || num->to_double() >= den->to_double() || num->is_zero()) return std::nullopt;
    return num->divided_by(d);
  };
  if (q.last == i) {
    if (const auto f = fraction_at(i)) {
      q.value = *f;
      q.last = i + 2;
      q.fraction = true;
      q.plain_integer = false;
    } else if (plain && tokens_.is_number(i + 1) && !tokens_.glued(i, i + 1)) {
      if (const auto mixed = fraction_at(i + 1)) {
        q.value = q.value.plus(*mixed);
        q.last = i + 3;
        q.fraction = true;
        q.plain_integer = false;
      }
    } else if (tokens_.is_symbol(i + 1) && tokens_.glued(i, i + 1)) {
      if (const VulgarFraction* v = vulgar_fraction(tokens_.text(i + 1))) {  // "2½"
        q.value = q.value.plus(Decimal::integer(v->numerator).divided_by(v->denominator));
        q.last = i + 1;
        q.fraction = true;
        q.plain_integer = false;
      }
    }
  }

  // Scales glued to the digits: "10k", "$2bn". "5m" and "1MM" wait for the scanner (metres? millions?).
  const size_t next = q.last + 1;
  if (tokens_.is_word(next) && tokens_.glued(q.last, next)) {
    const WordInfo* info = lexicon_.find(tokens_.lower(next));
    // "10k", "$2bn", and word scales run together with the digits ("$64.8million").
    if (info != nullptr && info->has(role::kScale) &&
        (info->attach == ScaleAttach::kSuffix || info->attach == ScaleAttach::kBoth ||
         info->attach == ScaleAttach::kWord)) {
      q.value = q.value.shifted(info->scale);
      q.has_scale = true;
      q.scale = info->scale;
      q.last = next;
      q.plain_integer = false;
    }
  }
  read_exponent(q);
  read_power(q);
  read_scales(q);
  read_and_fraction(q);
  read_glued_word(q);
  if (q.glued.text.empty()) read_over_fraction(q);
  return q;
}

void NumberReader::read_scales(Quantity& q) const {
  int last_scale = q.has_scale ? q.scale : 0;
  for (size_t j = q.last + 1; tokens_.is_word(j); ++j) {
    // A word glued to the digits is a unit ("240mm"); glued scales were taken by read_digits.
    if (tokens_.glued(j - 1, j) && tokens_.is_number(j - 1)) return;
    const WordInfo* info = lexicon_.find(tokens_.lower(j));
    if (info == nullptr) return;
    int power = 0;
    if (info->has(role::kScale) && (info->attach == ScaleAttach::kWord || info->attach == ScaleAttach::kBoth)) {
      power = info->scale;
    } else if (info->has(role::kNumber) && info->number == 100 && last_scale == 0) {
      power = 2;  // "322 hundred"
    } else if (info->has(role::kMultiplier) && last_scale == 0) {
      q.value = q.value.times(info->multiplier);  // "two dozen"
      q.last = j;
      q.plain_integer = false;
      return;
    } else {
      return;
    }
    if (last_scale != 0 && power <= last_scale) return;  // "million thousand" is two numbers at most
    q.value = q.value.shifted(power);
    q.has_scale = true;
    q.scale = last_scale = power;
    q.last = j;
    q.plain_integer = false;
  }
}

void NumberReader::read_and_fraction(Quantity& q) const {
  // "one and a half", "two and three quarters", then an optional scale ("two and a half million").
  const size_t and_token = q.last + 1;
  if (q.fraction || !tokens_.is_lower(and_token, "and")) return;
  const size_t n = and_token + 1;
  if (!tokens_.is_word(n) || !tokens_.is_word(n + 1)) return;
  const LowerWord count_word = tokens_.lower(n);
  const WordInfo* count = lexicon_.find(count_word);
  const WordInfo* denominator = lexicon_.find(tokens_.lower(n + 1));
  if (denominator == nullptr || !denominator->has(role::kFraction)) return;
  const bool plural = plural_word(tokens_.lower(n + 1).view());
  int numerator = 0;
  if (count_word.view() == "a" || count_word.view() == "an") {
    numerator = plural ? 0 : 1;
  } else if (count != nullptr && count->has(role::kNumber) && count->number > 0 && count->number < 20) {
    numerator = (count->number == 1) != plural ? count->number : 0;
  }
  if (numerator == 0) return;
  // After a scale the fraction is of that scale: "3 million and a half" is 3.5 million.
  const Decimal fraction = Decimal::integer(numerator).divided_by(denominator->denominator);
  q.value = q.value.plus(q.has_scale ? fraction.shifted(q.scale) : fraction);
  q.fraction = true;
  q.plain_integer = false;
  q.last = n + 1;
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

void NumberReader::read_exponent(Quantity& q) const {
  const size_t e = q.last + 1;
  if (!tokens_.is_word(e) || !tokens_.glued(q.last, e)) return;
  const std::string_view word = tokens_.text(e);
  if (word.empty() || (word[0] != 'e' && word[0] != 'E')) return;
  std::string_view digits = word.substr(1);
  bool minus = false;
  size_t last = e;
  if (digits.empty() && (tokens_.is(e + 1, "+") || tokens_.is(e + 1, "-")) && tokens_.glued(e, e + 1) &&
      tokens_.is_number(e + 2) && tokens_.glued(e + 1, e + 2)) {
    minus = tokens_.is(e + 1, "-");
    digits = tokens_.text(e + 2);
    last = e + 2;
  } else if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
    minus = digits[0] == '-';
    digits.remove_prefix(1);
  }
  if (digits.empty() || digits.size() > 2) return;
  int power = 0;
  for (const char c : digits) {
    if (!is_digit(c)) return;
    power = power * 10 + (c - '0');
  }
  q.value = q.value.shifted(minus ? -power : power);
  q.last = last;
  q.plain_integer = false;
}

void NumberReader::read_over_fraction(Quantity& q) const {
  const size_t over = q.last + 1;
  if (q.fraction || q.has_scale || !tokens_.is_lower(over, "over") || !may_start(over + 1)) return;
  const auto divisor = read(over + 1);
  // "$2000 over 3 years", "over 3 km": a unit after the divisor makes "over" a preposition or a qualifier.
  if (!divisor || !divisor->glued.text.empty() || divisor->value.is_zero() || tokens_.is_word(divisor->last + 1) ||
      tokens_.is_symbol(divisor->last + 1) || tokens_.is_number(divisor->last + 1)) {
    return;
  }
  q.value = Decimal::approximate(q.value.to_double() / divisor->value.to_double());
  q.fraction = true;
  q.plain_integer = false;
  q.last = divisor->last;
}

void NumberReader::read_power(Quantity& q) const {
  // "10^6", "2.5^-1", "1.1^+23": a caret, optional signs, an integer exponent, all glued.
  size_t k = q.last + 1;
  if (!tokens_.is_symbol(k) || tokens_.text(k) != "^" || !tokens_.glued(q.last, k)) return;
  bool minus = false;
  ++k;
  for (int signs = 0; signs < 2 && (tokens_.is(k, "-") || tokens_.is(k, "+")) && tokens_.glued(k - 1, k); ++signs) {
    minus = minus != tokens_.is(k, "-");
    ++k;
  }
  bool plain = false;
  int digits = 0;
  if (!tokens_.is_number(k) || !tokens_.glued(k - 1, k)) return;
  const auto exponent = parse_digits(tokens_.text(k), &plain, &digits);
  if (!exponent || !plain || digits > 3) return;
  const double power = exponent->to_double();
  const double base = q.value.to_double();
  const bool ten = q.value.is_integer() && base == 10.0;
  q.value = ten ? Decimal::integer(1).shifted(static_cast<int>(minus ? -power : power))
                : Decimal::approximate(std::pow(base, minus ? -power : power));
  q.last = k;
  q.plain_integer = false;
}

void NumberReader::read_glued_word(Quantity& q) const {
  if (!q.glued.text.empty()) return;
  const size_t next = q.last + 1;
  if (tokens_.is_word(next) && tokens_.glued(q.last, next)) {
    q.glued = GluedWord{tokens_.text(next), next, false};
  } else if (tokens_.is(next, "-") && tokens_.glued(q.last, next) && tokens_.is_word(next + 1) &&
             tokens_.glued(next, next + 1)) {
    q.glued = GluedWord{tokens_.text(next + 1), next + 1, true};
  }
}

std::optional<Quantity> NumberReader::read_words(size_t i) const {
  Quantity q;
  q.first = q.last = i;
  q.spelled = true;
  const LowerWord first_word = tokens_.lower(i);
  const std::string_view first = first_word.view();

  // "half a million", "half a dozen", "half million"; a bare "half" is kept for the scanner to judge.
  if (first == "half") {
    q.value = Decimal::scaled(5, -1);
    q.fraction = true;
    size_t j = i + 1;
    if (tokens_.is_lower(j, "a") || tokens_.is_lower(j, "an")) ++j;
    const WordInfo* info = tokens_.is_word(j) ? lexicon_.find(tokens_.lower(j)) : nullptr;
    if (info != nullptr && info->has(role::kScale) && info->attach != ScaleAttach::kSuffix &&
        info->attach != ScaleAttach::kMoney && info->attach != ScaleAttach::kCurrency) {
      q.value = q.value.shifted(info->scale);
      q.has_scale = true;
      q.scale = info->scale;
      q.last = j;
    } else if (info != nullptr && info->has(role::kMultiplier)) {
      q.value = q.value.times(info->multiplier);
      q.last = j;
    } else {
      q.bare_half = true;
    }
    return q;
  }

  WordNumber number;
  size_t j = i;
  if (first == "a" || first == "an") {
    // "a hundred", "a dozen", "a million"; "a third of", "a quarter million".
    if (!tokens_.is_word(i + 1)) return std::nullopt;
    const WordInfo* next = lexicon_.find(tokens_.lower(i + 1));
    if (next == nullptr) return std::nullopt;
    q.article = true;
    if (next->has(role::kFraction) && !plural_word(tokens_.lower(i + 1).view())) {
      const WordInfo* after = tokens_.is_word(i + 2) ? lexicon_.find(tokens_.lower(i + 2)) : nullptr;
      const bool of = tokens_.is_lower(i + 2, "of");
      const bool scale = after != nullptr && after->has(role::kScale) && after->attach == ScaleAttach::kWord;
      // "a third of", "a quarter million", or standing alone ("the answer is a fifth."), but not "a third term".
      const bool alone = !tokens_.is_word(i + 2) && !tokens_.is_number(i + 2);
      if (!of && !scale && !alone) return std::nullopt;
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
  }

  bool stop = false;
  for (; tokens_.valid(j) && !stop; ++j) {
    if (tokens_.is_punct(j)) {
      // "fifty - two": a spaced hyphen between a tens word and a unit word.
      if (tokens_.is(j, "-") && number.last() == WordNumber::Last::kTen && tokens_.is_word(j + 1)) {
        const WordInfo* unit = lexicon_.find(tokens_.lower(j + 1));
        if (unit != nullptr && unit->has(role::kNumber) && unit->number > 0 && unit->number < 10) continue;
      }
      break;
    }
    if (!tokens_.is_word(j)) break;
    const LowerWord lower = tokens_.lower(j);
    if (lower.view() == "and") {
      // "one hundred and six", "two thousand and two hundred": only after hundred or a scale, before a number word.
      const bool after_group = number.last() == WordNumber::Last::kHundred || number.last() == WordNumber::Last::kScale;
      const WordInfo* next =
          tokens_.is_word(j + 1) ? lexicon_.find(LowerWord(HyphenParts(tokens_.text(j + 1)).parts[0])) : nullptr;
      if (after_group && next != nullptr && next->has(role::kNumber) && next->number > 0 && next->number < 100) {
        continue;
      }
      break;
    }
    const HyphenParts parts(tokens_.text(j));
    if (!parts.complete) break;
    size_t accepted = 0;
    for (; accepted < parts.count; ++accepted) {
      const LowerWord part(parts.parts[accepted]);
      const WordInfo* info = lexicon_.find(part);
      bool ok = false;
      if (info != nullptr) {
        if (info->has(role::kNumber)) {
          ok = number.accept_number(info->number);
        } else if (info->has(role::kScale) && info->attach == ScaleAttach::kWord) {
          ok = number.accept_scale(info->scale);
        } else if (info->has(role::kMultiplier)) {
          ok = number.accept_multiplier(info->multiplier);
        } else if (info->has(role::kFraction)) {
          ok = number.accept_fraction(info->denominator, plural_word(part.view()));
        }
      }
      if (!ok) break;
    }
    if (accepted == 0) break;
    q.last = j;
    if (accepted < parts.count) {
      // "six-mile", "three-year-old", "one-time": the rest of the word is glued to the number.
      const std::string_view word = tokens_.text(j);
      const size_t offset = static_cast<size_t>(parts.parts[accepted].data() - word.data());
      q.glued = GluedWord{word.substr(offset), j, true};
      stop = true;
    }
  }
  if (!number.has_value()) return std::nullopt;
  q.value = number.value();
  q.has_scale = number.has_scale();
  q.scale = number.last_scale();
  q.fraction = number.fraction();
  if (q.glued.text.empty()) {
    read_and_fraction(q);
    read_point_decimals(q);
    read_glued_word(q);
    if (q.glued.text.empty()) read_over_fraction(q);
  }
  q.lone_one = q.first == q.last && !q.article && first == "one" && q.glued.text.empty();
  return q;
}

}  // namespace quarry::figures
