#include "number_reader.hpp"

#include <algorithm>
#include <cmath>

#include "digits.hpp"
#include "word_number.hpp"

namespace quarry::figures {

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
    // "hundred" alone is vague ("a hundred" starts at the article), but not before a scale: "hundred thousand".
    return info->number != 100 || scale_word_at(i + 1);
  }
  if (lower.view() == "quarter") return scale_word_at(i + 1);  // "quarter million"
  return lower.view() == "a" || lower.view() == "an";
}

bool NumberReader::scale_word_at(size_t i) const {
  if (!tokens_.is_word(i)) return false;
  const WordInfo* info = lexicon_.find(tokens_.lower(i));
  return info != nullptr && info->has(role::kScale) && info->attach == ScaleAttach::kWord;
}

std::optional<Quantity> NumberReader::read(size_t i) const {
  auto q = read_simple(i);
  if (q) {
    if (q->glued.text.empty()) read_over_fraction(*q);
    if (q->glued.text.empty()) read_ratio(*q);
    read_of_scale(*q);
  }
  return q;
}

std::optional<Quantity> NumberReader::read_simple(size_t i) const {
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
  auto parsed = parse_digits(tokens_.text(i), &plain, &digits);
  if (!parsed) {
    // "5,00": a decimal comma, but not in brackets or dashed runs, where "[25,14]" and "(4,35–38,44)" cite
    // references.
    const auto citation_mark = [&](size_t k) {
      return tokens_.is(k, "[") || tokens_.is(k, "(") || tokens_.is(k, "]") || tokens_.is(k, ")") ||
             tokens_.is(k, "–") || tokens_.is(k, "-");
    };
    const bool cited =
        (citation_mark(i - 1) && tokens_.glued(i - 1, i)) || (citation_mark(i + 1) && tokens_.glued(i, i + 1));
    if (cited || !(parsed = parse_decimal_comma(tokens_.text(i)))) return std::nullopt;
  }
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

  // Treebank-tokenized text spaces its thousands separators: "10 , 000 monkeys", "1 , 118 tunes". Edited text
  // never puts a space before a comma, so one spaced on both sides before three digits belongs to the number.
  // (Its spaced decimal points, "46 . 8", end a sentence for the core and stay two numbers.)
  if (plain && q.last == i && digits <= 3) {
    const auto spaced = [&](size_t a, size_t b) {
      return tokens_.slice(tokens_.token(a).end, tokens_.token(b).begin) == " ";
    };
    size_t j = i;
    Decimal value = q.value;
    while (tokens_.is(j + 1, ",") && tokens_.is_number(j + 2) && spaced(j, j + 1) && spaced(j + 1, j + 2)) {
      bool group_plain = false;
      int group_digits = 0;
      const auto group = parse_digits(tokens_.text(j + 2), &group_plain, &group_digits);
      if (!group || !group_plain || group_digits != 3) break;
      value = value.shifted(3).plus(*group);
      j += 2;
    }
    if (j != i) {
      q.value = value;
      q.last = j;
      q.plain_integer = false;
    }
  }

  // "3 hundred and 21", "4 thousand 3 hundred": a small group in digits read by the number-word grammar.
  if (plain && q.last == i && q.value.to_double() < 1000 && tokens_.is_word(i + 1) && !tokens_.glued(i, i + 1)) {
    WordNumber number;
    if (number.accept_digits(static_cast<int>(q.value.to_double()))) {
      Quantity spelled = q;
      read_cardinal(number, i + 1, spelled);
      // Digits before a fraction word ("3 quarters") are left alone: quarters of a year more often than 0.75.
      if (spelled.last > i && number.has_value() && !number.fraction()) {
        spelled.value = number.value();
        spelled.has_scale = number.has_scale();
        spelled.scale = number.last_scale();
        spelled.fraction = number.fraction();
        spelled.plain_integer = false;
        if (spelled.glued.text.empty()) {
          read_and_fraction(spelled);
          read_glued_word(spelled);
        }
        return spelled;
      }
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

void NumberReader::read_power(Quantity& q) const {
  // "10^6", "2.5^-1", "1.1^--23": a caret, optional signs, an integer exponent, all glued; "1.3x10^6" and
  // "6.23×10^-4" write scientific notation with the base ten.
  size_t k = q.last + 1;
  bool times_ten = false;
  if (tokens_.is_lower(k, "x10") && tokens_.glued(q.last, k)) {
    times_ten = true;
    ++k;
  } else if ((tokens_.is(k, "×") || tokens_.is_lower(k, "x")) && tokens_.glued(q.last, k) && tokens_.is(k + 1, "10") &&
             tokens_.glued(k, k + 1)) {
    times_ten = true;
    k += 2;
  }
  if (!tokens_.is_symbol(k) || tokens_.text(k) != "^" || !tokens_.glued(k - 1, k)) return;
  bool minus = false;
  ++k;
  int signs = 0;
  while ((tokens_.is_punct(k) || tokens_.is_symbol(k)) && tokens_.glued(k - 1, k) && signs < 2) {
    const std::string_view t = tokens_.text(k);
    if (t.empty() || t.size() > 2 || t.find_first_not_of("+-") != std::string_view::npos) return;
    for (const char c : t) minus = minus != (c == '-');
    signs += static_cast<int>(t.size());
    ++k;
  }
  bool plain = false;
  int digits = 0;
  if (!tokens_.is_number(k) || !tokens_.glued(k - 1, k)) return;
  const auto exponent = parse_digits(tokens_.text(k), &plain, &digits);
  if (!exponent || !plain || digits > 3) return;
  const double power = exponent->to_double();
  const double base = q.value.to_double();
  if (times_ten) {
    q.value = q.value.shifted(static_cast<int>(minus ? -power : power));
  } else if (q.value.is_integer() && base == 10.0) {
    q.value = Decimal::integer(1).shifted(static_cast<int>(minus ? -power : power));
  } else {
    q.value = Decimal::approximate(std::pow(base, minus ? -power : power));
  }
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

}  // namespace quarry::figures
