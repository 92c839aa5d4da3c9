// Shifts by a counted amount from the reference date: "two days ago", "about two years ago", "a year
// earlier", "five years from now", "a week or so ago", "a year and a half ago"; "years ago" is only vaguely
// placed (PAST_REF).
#include "grammar.hpp"

namespace quarry::dates {

std::optional<Candidate> match_ago(const Grammar& g, size_t i) {
  // "moments ago", "just moments ago" (the "just" stays out, as below): a moment is no calendar unit
  if (g.word(i, "moments") && g.modifier(i + 1) == Modifier::Ago) {
    Expression e;
    e.kind = ExpressionKind::Literal;
    e.literal = "PAST_REF";
    return Candidate{i + 2, std::move(e)};
  }
  // "a quarter-century ago", "nearly a quarter-century ago": 25 years back
  if (const size_t a = g.modifier(i) == Modifier::Approx ? i + 1 : i;
      g.word(a, "a") && quarter_century_at(g, a + 1) && g.modifier(a + 3) == Modifier::Ago) {
    Expression e;
    e.kind = ExpressionKind::Shift;
    e.unit = Unit::Year;
    e.offset = -25;
    return Candidate{a + 4, std::move(e)};
  }
  size_t j = i;
  // Approximation words kept in the span: "about two years ago", "nearly four years ago" (TimeML's
  // mod="APPROX"). "just" and "only" in "just months ago" stress the shortness and stay out.
  if (g.modifier(j) == Modifier::Approx)
    ++j;
  else if (g.modifier(j) == Modifier::More && g.word(j + 1, "than"))
    j += 2;
  std::optional<Quantity> q = g.quantity_at(j);
  size_t u = q ? q->end : j;
  // "two and a half years ago"
  bool half = false;
  if (q && !q->vague && g.word(u, "and") && g.word(u + 1, "a") && g.word(u + 2, "half")) {
    half = true;
    u += 3;
  }
  const Unit unit = g.unit(u);
  if (unit == Unit::None || unit == Unit::Weekend || unit == Unit::Fortnight) return std::nullopt;
  const bool plural = g.info(u)->unit_plural;
  size_t k = u + 1;
  // "a year and a half ago"
  if (q && !q->vague && !half && g.word(k, "and") && g.word(k + 1, "a") && g.word(k + 2, "half")) {
    half = true;
    k += 3;
  }
  if (half && unit != Unit::Year) return std::nullopt;  // only years split evenly into a smaller unit
  if (g.word(k, "or") && g.word(k + 1, "so")) k += 2;   // "a week or so ago"
  int direction = 0;
  bool from_now = false;
  if (g.modifier(k) == Modifier::Ago) {
    direction = -1;
  } else if (g.word(k, "back") && (!g.has(k + 1) || g[k + 1].kind == PieceKind::Punct) && k > 0 &&
             !(i > 0 && g[i - 1].kind == PieceKind::Word && !g[i - 1].is(WordClass::FunctionWord) &&
               !g[i - 1].is(WordClass::Auxiliary))) {
    // "a few months back." as "ago" (not "set the plan two years back", where a verb comes before)
    direction = -1;
  } else if (g.modifier(k) == Modifier::Earlier) {
    direction = -1;
  } else if (g.word(k, "from") && g.word(k + 1, "now")) {
    direction = 1;
    from_now = true;
  } else {
    return std::nullopt;
  }
  const size_t end = from_now ? k + 2 : k + 1;
  if (!q && !plural) return std::nullopt;
  // "a year-earlier loss": the adjective "year-earlier" leaves the article out (matched from "year")
  if (q && q->article && g[k].hyphen_before) return std::nullopt;
  if (!q || q->vague) {
    // "years ago", "several months ago": only vaguely placed.
    Expression e;
    e.kind = ExpressionKind::Literal;
    e.literal = direction < 0 ? "PAST_REF" : "FUTURE_REF";
    return Candidate{end, std::move(e)};
  }
  if (q->value != static_cast<int>(q->value) || q->value > 10000) return std::nullopt;
  const int n = static_cast<int>(q->value);
  Unit shift_unit = unit;
  if (unit == Unit::Hour || unit == Unit::Minute || unit == Unit::Second) shift_unit = Unit::Day;
  Expression e;
  e.kind = ExpressionKind::Shift;
  e.unit = shift_unit;
  e.offset = shift_unit == unit ? direction * n : 0;
  e.follows_quarter = unit == Unit::Year && n == 1 && !half;
  if (half) {
    // a year and a half ago: 18 months, a date to the month
    e.unit = Unit::Month;
    e.offset = direction * (12 * n + 6);
  }
  return Candidate{end, std::move(e)};
}

}  // namespace quarry::dates
