#include "figure_scanner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "date_guard.hpp"
#include "number_reader.hpp"
#include "range_reader.hpp"
#include "unit_reader.hpp"

namespace quarry::figures {
namespace {

// How far back (in sentences) an elided noun may find its antecedent: "between 1,000 and 3,000 North Korean
// troops ... [one sentence] ... about 300 were killed" reaches two sentences back.
constexpr size_t kAntecedentReach = 3;

// A currency written before the number ("$", "Rs", "US$"). Letter prefixes of the dollar ("C$", "A$") must be
// glued to the "$": spaced, "a $300 million contract" would read as Australian dollars.
std::optional<PhraseMatch> currency_before(const TokenText& tokens, const Lexicon& lexicon, size_t first,
                                           size_t floor) {
  if (first <= floor) return std::nullopt;
  auto m = lexicon.currencies().match_backward(tokens, first - 1, tag::kPrefix);
  if (!m || m->begin < floor) return std::nullopt;
  bool spaced_letter = false;
  if (m->end - m->begin > 1 && m->phrase->words.front().size() == 1) {
    for (size_t k = m->begin; k + 1 < m->end; ++k) spaced_letter = spaced_letter || !tokens.glued(k, k + 1);
  }
  if (!spaced_letter) return m;
  // "a $300 million": the letter is a word of its own; the currency is the symbol alone.
  const Phrase* symbol = lexicon.currencies().find_word(tokens.lower(first - 1), tag::kPrefix);
  if (symbol == nullptr) return std::nullopt;
  return PhraseMatch{first - 1, first, symbol};
}

// "$5m", "£1.2b", "US$ 1MM", "10m people": a scale letter glued to the number, read as a scale only where
// money or a counted noun makes it one (otherwise "5m" is five metres).
void apply_glued_scale(const TokenText& tokens, const Lexicon& lexicon, const UnitReader& units, Quantity& q,
                       bool currency) {
  if (q.glued.text.empty() || q.glued.hyphenated) return;
  const WordInfo* info = lexicon.find(LowerWord(q.glued.text));
  if (info == nullptr || !info->has(role::kScale)) return;
  const bool money = info->attach == ScaleAttach::kMoney;
  if (!money && info->attach != ScaleAttach::kCurrency) return;
  // A capital "M" that ends the phrase is millions too ("I can give you 10M."): no unit is written "M".
  const bool capital_alone =
      q.glued.text == "M" && !tokens.is_word(q.glued.token + 1) && !tokens.is_number(q.glued.token + 1);
  if (!currency && !capital_alone &&
      !(money && units.counted_noun(q.glued.token + 1, false).kind == UnitKind::kCounted)) {
    return;
  }
  q.value = q.value.shifted(info->scale);
  q.has_scale = true;
  q.scale = info->scale;
  q.last = q.glued.token;
  q.plain_integer = false;
  q.glued = GluedWord{};
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50": hundredths after a
// currency named by a word. The number after must be followed by a sub-unit word or end the phrase.
void add_subunits(const TokenText& tokens, const NumberReader& reader, Quantity& q, UnitMatch& unit) {
  size_t k = unit.last + 1;
  if (tokens.is_lower(k, "and")) ++k;
  if (!tokens.is_word(unit.last) || !reader.may_start(k)) return;
  const auto cents = reader.read(k);
  if (!cents || cents->has_scale || !cents->value.is_integer() || cents->value.to_double() >= 100) return;
  const size_t after = cents->last + 1;
  const bool subunit = tokens.is_lower(after, "cents") || tokens.is_lower(after, "cent") ||
                       tokens.is_lower(after, "pence") || tokens.is_lower(after, "paise");
  if (!subunit && (tokens.is_word(after) || tokens.is_number(after))) return;
  q.value = q.value.plus(cents->value.divided_by(100));
  unit.last = subunit ? after : cents->last;
}

// "5 feet 2 inches", "12 ft 2 in", "5ft 2in", "7 lb and 4 oz": a smaller unit after a measure adds its part
// (data/compound_measures.txt).
void add_smaller_measure(const TokenText& tokens, const NumberReader& reader, const Lexicon& lexicon, Quantity& q,
                         UnitMatch& unit) {
  size_t k = unit.last + 1;
  if (tokens.is_lower(k, "and")) ++k;
  if (!reader.may_start(k)) return;
  const auto part = reader.read(k);
  if (!part || part->has_scale || part->fraction || part->value.is_zero()) return;
  size_t smaller = part->last + 1;
  std::string_view word;
  if (!part->glued.text.empty() && !part->glued.hyphenated) {
    word = part->glued.text;  // "2in"
    smaller = part->glued.token;
  } else if (tokens.is_word(smaller)) {
    word = tokens.text(smaller);
  } else {
    return;
  }
  const int parts = lexicon.compound_measure(LowerWord(unit.unit), LowerWord(word));
  if (parts == 0 || !(part->value.to_double() < parts)) return;
  q.value = q.value.plus(part->value.divided_by(parts));
  unit.last = smaller;
}

bool keeps_in_all_mode(NotAFigure why) { return why != NotAFigure::kOrdinal && why != NotAFigure::kVague; }

}  // namespace

void FigureScanner::scan(std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
                         std::vector<Figure>& out) {
  antecedent_ = {};
  antecedent_sentence_ = 0;
  size_t previous_first = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    const size_t first = std::min<size_t>(sentence.first_token, tokens.size());
    const size_t last = std::min<size_t>(first + sentence.token_count, tokens.size());
    scan_sentence(TokenText(text, tokens, first, last), std::min(previous_first, first), s, out);
    previous_first = first;
  }
}

void FigureScanner::join_bounds(const TokenText& tokens, std::vector<Figure>& out, size_t sentence_first_figure) {
  const auto lower_bound = [](Qualifier q) { return q == Qualifier::kMoreThan || q == Qualifier::kAtLeast; };
  const auto upper_bound = [](Qualifier q) { return q == Qualifier::kLessThan || q == Qualifier::kAtMost; };
  size_t write = sentence_first_figure;
  for (size_t k = sentence_first_figure; k < out.size(); ++k) {
    Figure f = out[k];
    if (k + 1 < out.size() && f.value && out[k + 1].value) {
      const Figure& g = out[k + 1];
      const bool pair = (lower_bound(f.qualifier) && upper_bound(g.qualifier)) ||
                        (upper_bound(f.qualifier) && lower_bound(g.qualifier));
      std::string_view gap = tokens.slice(f.end, std::max(f.end, g.begin));
      while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
      while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
      const bool joined = gap == "and" || gap == "but" || gap == "," || gap == ", and" || gap == ", but";
      const double low = lower_bound(f.qualifier) ? *f.value : *g.value;
      const double high = lower_bound(f.qualifier) ? *g.value : *f.value;
      if (pair && joined && low < high && (f.unit.empty() || g.unit.empty() || f.unit == g.unit)) {
        f.end = g.end;
        f.low = low;
        f.high = high;
        f.value.reset();
        f.qualifier = Qualifier::kRange;
        if (f.unit.empty()) f.unit = g.unit;
        ++k;
      }
    }
    out[write++] = f;
  }
  out.resize(write);
}

void FigureScanner::share_units(const TokenText& tokens, std::vector<Figure>& out, size_t sentence_first_figure) {
  for (size_t k = sentence_first_figure; k + 1 < out.size(); ++k) {
    Figure& f = out[k];
    const Figure& g = out[k + 1];
    if (!f.unit.empty() || g.unit.empty() || g.begin < f.end) continue;
    std::string_view gap = tokens.slice(f.end, g.begin);
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    if (gap.size() > 11) continue;
    const LowerWord lower(gap);
    if (lower.view() == "or" || lower.view() == "or even" || lower.view() == "or perhaps") f.unit = g.unit;
  }
}

bool FigureScanner::in_link(const TokenText& tokens, size_t i) {
  if (i >= link_run_first_ && i < link_run_end_) return link_run_;
  // The run of tokens with no space between them around token i (bounded: links are not that long).
  constexpr int kMaxRun = 128;
  size_t first = i, last = i;
  for (int k = 0; k < kMaxRun && first > tokens.first() && tokens.glued(first - 1, first); ++k) --first;
  for (int k = 0; k < kMaxRun && last + 1 < tokens.last() && tokens.glued(last, last + 1); ++k) ++last;
  link_run_first_ = first;
  link_run_end_ = last + 1;
  link_run_ = false;
  if (first == last) return false;
  // A link when it has a scheme, "www.", an "@" between words (e-mail), a percent-escape ("%2F"), or starts
  // with "@"/"#" (handles and hashtags: "@Fred_945", "#G20").
  const std::string_view run = tokens.slice(tokens.token(first).begin, tokens.token(last).end);
  bool link = run.front() == '@' || run.front() == '#' || run.find("://") != std::string_view::npos ||
              run.find("www.") != std::string_view::npos;
  if (!link && run.size() > 3) {
    const size_t at = run.find('@');
    link = at != std::string_view::npos && at > 0 && run.find('.', at) != std::string_view::npos;
    const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); };
    for (size_t p = run.find('%'); !link && p != std::string_view::npos && p + 2 < run.size();
         p = run.find('%', p + 1)) {
      link = hex(run[p + 1]) && hex(run[p + 2]) && run.find('%', p + 1) != std::string_view::npos;
    }
  }
  link_run_ = link;
  return link;
}

void FigureScanner::scan_sentence(const TokenText& tokens, size_t previous_first, size_t sentence_index,
                                  std::vector<Figure>& out) {
  const NumberReader reader(tokens, lexicon_);
  link_run_first_ = link_run_end_ = 0;
  const size_t first_figure = out.size();
  size_t floor = tokens.first();  // a figure's span may not reach back before this token
  for (size_t i = tokens.first(); i < tokens.last();) {
    if (!reader.may_start(i) || in_link(tokens, i)) {
      ++i;
      continue;
    }
    if (options_.all_numbers && read_number_list(tokens, i, out)) {
      ++i;
      continue;
    }
    const size_t next = read_figure(tokens, previous_first, i, floor, sentence_index, out);
    if (next > i + 1) floor = next;
    i = std::max(next, i + 1);
  }
  join_bounds(tokens, out, first_figure);
  share_units(tokens, out, first_figure);
}

bool FigureScanner::read_number_list(const TokenText& tokens, size_t i, std::vector<Figure>& out) {
  if (!tokens.is_number(i) || parse_digits(tokens.text(i))) return false;
  std::array<std::string_view, kMaxListNumbers> numbers;
  const size_t count = split_number_list(tokens.text(i), numbers);
  if (count == 0) return false;
  const std::string_view token = tokens.text(i);
  for (size_t k = 0; k < count; ++k) {
    const auto value = parse_digits(numbers[k]);
    if (!value) continue;
    Figure figure;
    figure.begin = tokens.token(i).begin + static_cast<uint32_t>(numbers[k].data() - token.data());
    figure.end = figure.begin + static_cast<uint32_t>(numbers[k].size());
    figure.value = value->to_double();
    out.push_back(figure);
  }
  return true;
}

size_t FigureScanner::read_figure(const TokenText& sentence, size_t previous_first, size_t i, size_t floor,
                                  size_t sentence_index, std::vector<Figure>& out) {
  // The core ends a sentence after "Rs." even before digits ("Rs. 500"): a number that opens its sentence may
  // take a currency from the end of the sentence before.
  const bool opens_sentence =
      i == sentence.first() && i > previous_first && sentence.widened(previous_first).is(i - 1, ".");
  const TokenText tokens = opens_sentence ? sentence.widened(previous_first) : sentence;
  if (opens_sentence) floor = previous_first;
  const NumberReader reader(tokens, lexicon_);
  const UnitReader units(tokens, lexicon_);
  const DateGuard guard(tokens, lexicon_);
  auto low = reader.read(i);
  if (!low) return i + 1;

  // Before the number: a currency, a sign.
  size_t span_first = low->first;
  std::string_view currency = low->currency;
  int currency_scale = 0;  // "MAUD 60": the scale of a scaled currency code before the number
  if (const auto m = currency.empty() ? currency_before(tokens, lexicon_, low->first, floor) : std::nullopt) {
    currency = m->phrase->payload;
    span_first = m->begin;
  } else if (currency.empty() && low->first > floor && tokens.is_word(low->first - 1)) {
    if (const Phrase* code = lexicon_.scaled_currency_code(tokens.text(low->first - 1), &currency_scale)) {
      currency = code->payload;
      span_first = low->first - 1;
    }
  }
  if (span_first > floor) {
    const size_t p = span_first - 1;
    // A minus glued to the number and not to a word or number before it; "<-30" compares a negative number.
    const bool comparison =
        p > tokens.first() && (tokens.is(p - 1, "<") || tokens.is(p - 1, ">") || tokens.is(p - 1, "=") ||
                               tokens.is(p - 1, "≤") || tokens.is(p - 1, "≥"));
    // "∼−27‰", "≈-3": an approximation sign before a negative number.
    const bool after_symbol =
        p > tokens.first() && (tokens.is(p - 1, "∼") || tokens.is(p - 1, "~") || tokens.is(p - 1, "≈"));
    const bool sign = (tokens.is(p, "-") || tokens.is(p, "−")) && tokens.glued(p, span_first) &&
                      (p == tokens.first() || !tokens.glued(p - 1, p) || comparison || after_symbol) &&
                      !tokens.is_number(p - 1);
    if (sign || tokens.is_lower(p, "minus") || tokens.is_lower(p, "negative")) {
      span_first = p;
      low->value = low->value.negated();
      low->lone_one = false;  // "minus one" is a number, not a pronoun
      low->plain_integer = false;
    }
  }

  // A range, or qualifier words before the number.
  std::optional<RangeEnd> range = read_range(tokens, lexicon_, reader, *low, span_first, floor);
  Qualifier qualifier = Qualifier::kExact;
  if (range) {
    qualifier = Qualifier::kRange;
    if (range->has_opener) span_first = range->opener;
    if (currency.empty()) currency = range->currency;
  } else if (span_first > floor) {
    if (const auto m = lexicon_.qualifiers_before().match_backward(tokens, span_first - 1)) {
      if (m->begin >= floor) {
        qualifier = static_cast<Qualifier>(m->phrase->tag);
        span_first = m->begin;
      }
    }
  }

  Quantity& tail = range ? range->high : *low;
  apply_glued_scale(tokens, lexicon_, units, tail, !currency.empty());
  if (range && !low->has_scale && tail.has_scale) {
    const Decimal scaled = low->value.shifted(tail.scale);
    if (scaled.to_double() <= tail.value.to_double()) low->value = scaled;
  }
  size_t span_last = tail.last;

  // After the number: "or more", "30-odd", "100+".
  const auto after = tail.glued.hyphenated ? std::optional<PhraseMatch>{}
                                           : lexicon_.qualifiers_after().match_forward(tokens, span_last + 1);
  if (tail.glued.hyphenated && !range) {
    if (const Phrase* p = lexicon_.qualifiers_after().find_word(LowerWord(tail.glued.text))) {
      qualifier = static_cast<Qualifier>(p->tag);
      span_last = tail.glued.token;
      tail.glued = GluedWord{};
    }
  } else if (after && !range && !reader.may_start(after->end)) {
    // "5000 or more than 4500": "more than" qualifies the next number; "200 or greater than" at the end is ours.
    const bool than = tokens.is_lower(after->end, "than");
    const auto money = than ? lexicon_.currencies().match_forward(tokens, after->end + 1, tag::kPrefix) : std::nullopt;
    if (!than || !reader.may_start(money ? money->end : after->end + 1)) {
      qualifier = static_cast<Qualifier>(after->phrase->tag);
      span_last = after->end - (than ? 0 : 1);
    }
  } else if (!range && (qualifier == Qualifier::kLessThan || qualifier == Qualifier::kMoreThan) &&
             tokens.is_lower(span_last + 1, "or") && tokens.is_lower(span_last + 2, "equal")) {
    // "less than 5000 or equal (to)": the bound is included; "or equal to 6000" is another number's.
    const bool to = tokens.is_lower(span_last + 3, "to");
    if (!to || !reader.may_start(span_last + 4)) {
      qualifier = qualifier == Qualifier::kLessThan ? Qualifier::kAtMost : Qualifier::kAtLeast;
      span_last += to ? 3 : 2;
    }
  }

  // The unit.
  const bool singular = !range && tail.value.is_integer() && tail.value.to_double() == 1.0;
  UnitMatch unit;
  if (!tail.glued.text.empty() && span_last == tail.last) {
    unit = units.read_glued(tail.glued);
    if (unit.kind != UnitKind::kNone) tail.glued = GluedWord{};
  } else if (currency.empty()) {
    unit = units.read(tail, span_last, singular);
  }
  if (unit.kind == UnitKind::kCurrency) {
    currency = unit.unit;
    if (!range) add_subunits(tokens, reader, *low, unit);
  }
  if (unit.kind == UnitKind::kMeasure && !range) add_smaller_measure(tokens, reader, lexicon_, *low, unit);
  if (const int scale = unit.kind == UnitKind::kCurrency ? unit.scale : currency_scale; scale != 0) {
    low->value = low->value.shifted(scale);
    if (range) range->high.value = range->high.value.shifted(scale);
    low->plain_integer = tail.plain_integer = false;
  }

  Candidate candidate{&*low, range ? &range->high : nullptr, unit, !currency.empty(),
                      qualifier != Qualifier::kExact && qualifier != Qualifier::kRange};
  const Verdict verdict = guard.check(candidate);
  if (verdict.why != NotAFigure::kNone && (!options_.all_numbers || !keeps_in_all_mode(verdict.why))) {
    return std::max(verdict.skip_to, low->last) + 1;
  }

  Figure figure;
  std::string_view unit_text = currency;
  if (unit_text.empty()) {
    if (unit.kind == UnitKind::kElided) {
      if (!antecedent_.empty() && sentence_index - antecedent_sentence_ <= kAntecedentReach) {
        unit_text = antecedent_;
        antecedent_sentence_ = sentence_index;
      }
    } else {
      unit_text = unit.unit;
    }
  }
  if (unit.kind == UnitKind::kCounted) {
    antecedent_ = unit.unit;
    antecedent_sentence_ = sentence_index;
  }
  if (unit.extends_span) span_last = std::max(span_last, unit.last);
  figure.begin = tokens.token(span_first).begin;
  figure.end = tokens.token(span_last).end;
  figure.qualifier = qualifier;
  figure.unit = unit_text;
  if (range) {
    figure.low = low->value.to_double();
    figure.high = range->high.value.to_double();
  } else {
    figure.value = low->value.to_double();
  }
  // Digit runs and powers beyond a double's range ("9^999") have no value to report.
  const auto finite = [](const std::optional<double>& v) { return !v || std::isfinite(*v); };
  if (finite(figure.value) && finite(figure.low) && finite(figure.high)) out.push_back(figure);
  return span_last + 1;
}

}  // namespace quarry::figures
