#include "range_reader.hpp"

namespace quarry::figures {
namespace {

// A percentage or a unit of measure starting at token i ("percent", "km", "square metres"); a one-letter unit
// only in its own case.
std::optional<PhraseMatch> unit_phrase_at(const TokenText& tokens, const Lexicon& lexicon, size_t i) {
  if (auto m = lexicon.percents().match_forward(tokens, i)) return m;
  auto m = lexicon.measures().match_forward(tokens, i);
  if (m && m->end == i + 1 && tokens.text(i).size() == 1 && !lexicon.one_letter_unit(tokens.text(i)[0])) {
    return std::nullopt;
  }
  return m;
}

bool is_range_dash(std::string_view s) { return s == "-" || s == "–" || s == "~"; }

}  // namespace

std::optional<RangeEnd> read_range(const TokenText& tokens, const Lexicon& lexicon, const NumberReader& reader,
                                   Quantity& low, size_t span_first, size_t floor) {
  RangeEnd range;
  if (span_first > floor) {
    const size_t before = span_first - 1;
    if (tokens.is_lower(before, "between") || tokens.is_lower(before, "from")) {
      range.opener = before;
      range.has_opener = true;
    }
  }
  size_t c = low.last + 1;
  // A unit after the first number too: "10%-15%", "5 percent to 10 percent", "120 m to 380 m" (checked below
  // to be the second number's).
  std::optional<PhraseMatch> low_unit;
  bool low_percent = false;
  if (tokens.is(c, "%") && tokens.glued(low.last, c)) {
    ++c;
    low_percent = true;
  } else if (low.glued.text.empty() || (!low.glued.hyphenated && low.glued.token == c)) {
    low_unit = unit_phrase_at(tokens, lexicon, c);
    if (low_unit) {
      low_percent = lexicon.percents().match_forward(tokens, c).has_value();
      c = low_unit->end;
    }
  }
  if (!tokens.valid(c)) return std::nullopt;
  const std::string_view connector = tokens.text(c);
  const bool between = range.has_opener && tokens.is_lower(range.opener, "between");
  bool ok = false;
  if ((tokens.is_punct(c) || tokens.is_symbol(c)) && is_range_dash(connector)) {
    // Glued on both sides or spaced on both sides: "1,000-3,000", "1000 - 5000"; not "Seoul -3".
    ok = tokens.glued(c - 1, c) == tokens.glued(c, c + 1);
  } else if (tokens.is_lower(c, "and")) {
    ok = between;
  } else if (tokens.is_lower(c, "to") || tokens.is_lower(c, "through")) {
    ok = !between;
  }
  if (!ok || low.bare_half || (!low.glued.text.empty() && !low_unit)) return std::nullopt;
  // With a unit written after each number, "to" needs "from": "from 5 percent to 25 percent" is a range, but
  // "lost the state 36 percent to 51 percent" a result.
  if (low_unit && tokens.is_lower(c, "to") && !range.has_opener) return std::nullopt;
  size_t k = c + 1;
  if (const auto m = lexicon.currencies().match_forward(tokens, k, tag::kPrefix)) {
    range.currency = m->phrase->payload;
    range.currency_first = k;
    k = m->end;
  }
  if (!reader.may_start(k)) return std::nullopt;
  auto high = reader.read(k);
  if (!high || high->bare_half || high->lone_one) return std::nullopt;
  // Both ends measure the same thing: "fell 6.6% to $486.6 million" is a change, not a range.
  if (low_unit) {
    const auto high_unit = unit_phrase_at(tokens, lexicon, high->last + 1);
    if (!high_unit || high_unit->phrase->payload != low_unit->phrase->payload) return std::nullopt;
  }
  const bool high_percent =
      tokens.is(high->last + 1, "%") || lexicon.percents().match_forward(tokens, high->last + 1).has_value();
  const bool low_money = span_first < low.first;
  if ((low_percent && !high_percent) || (!range.currency.empty() && !low_money) || (low_money && high_percent)) {
    return std::nullopt;
  }
  // "5-10 million", "between 1 and 3 lakh": the scale of the second number applies to the first.
  if (high->has_scale && !low.has_scale) {
    const Decimal scaled = low.value.shifted(high->scale);
    if (scaled.to_double() <= high->value.to_double()) {
      low.value = scaled;
      low.has_scale = true;
      low.scale = high->scale;
    }
  }
  if (!(low.value.to_double() < high->value.to_double())) return std::nullopt;
  range.high = *high;
  return range;
}

}  // namespace quarry::figures
