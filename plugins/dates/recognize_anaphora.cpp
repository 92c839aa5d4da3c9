// Expressions placed from the date the text last named (the date in focus): "the day before", "the night
// before", "the week after" used as adverbs, and a day's small hours ("the early hours of Sunday").
#include "grammar.hpp"

namespace quarry::dates {
namespace {

// "the day before." / "The week before, talks had collapsed": "before"/"after" with nothing after it is an
// adverb, counted from the date in focus. ("the day before the vote" names a day by an event the text does
// not date: left alone.)
std::optional<Candidate> unit_before_after(const Grammar& g, size_t i) {
  if (!g.word(i, "the")) return std::nullopt;
  const bool before = g.word(i + 2, "before");
  if (!before && !g.word(i + 2, "after")) return std::nullopt;
  if (g.has(i + 3) && g[i + 3].kind != PieceKind::Punct) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Shift;
  e.weekday_mode = WeekdayMode::This;
  e.anaphoric = true;
  e.offset = before ? -1 : 1;
  if (const std::string_view part = g.day_part(i + 1); !part.empty()) {
    // "the night before": the part of the day before the date in focus
    e.unit = Unit::Day;
    e.fields.day_part = part;
    e.type = TimexType::Time;
    return Candidate{i + 3, std::move(e)};
  }
  const Unit unit = g.unit(i + 1);
  if (unit != Unit::Day && unit != Unit::Week && unit != Unit::Month && unit != Unit::Year) return std::nullopt;
  if (g.info(i + 1)->unit_plural) return std::nullopt;
  e.unit = unit;
  return Candidate{i + 3, std::move(e)};
}

// "the early hours of Sunday", "the early hours of Jan. 3", "the early hours of today": the night part of
// that day (TIMEX3 has no code of its own for the small hours).
std::optional<Candidate> small_hours(const Grammar& g, size_t i) {
  if (!g.word(i, "the") || !g.word(i + 1, "early") || !g.word(i + 2, "hours") || !g.word(i + 3, "of")) {
    return std::nullopt;
  }
  const size_t d = i + 4;
  std::optional<Candidate> day;
  if (g.has(d) && g[d].upper_initial) day = match_weekday(g, d);
  if (!day) day = match_deictic(g, d);
  if (!day) day = match_month_date(g, d);
  if (!day) return std::nullopt;
  Expression& e = day->expression;
  const bool whole_day =
      e.fields.day_part.empty() && e.fields.hour < 0 &&
      (e.kind == ExpressionKind::Weekday || (e.kind == ExpressionKind::Shift && e.unit == Unit::Day) ||
       (e.kind == ExpressionKind::Calendar && e.fields.day > 0));
  if (!whole_day) return std::nullopt;
  e.fields.day_part = "NI";
  e.type = TimexType::Time;
  return Candidate{day->end, std::move(e)};
}

}  // namespace

std::optional<Candidate> match_anaphora(const Grammar& g, size_t i) {
  if (auto c = unit_before_after(g, i)) return c;
  return small_hours(g, i);
}

}  // namespace quarry::dates
