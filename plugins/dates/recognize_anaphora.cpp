// Expressions placed from the date the text last named (the date in focus): "the day before", "the night
// before", "the week after" used as adverbs; and "the year before last", "the week after next"; and a day of
// the month with no month ("after the 12th"), placed from the reference date.
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
  Expression e;
  e.kind = ExpressionKind::Shift;
  e.weekday_mode = WeekdayMode::This;
  // "the year before last", "the week after next", "the weekend before last": two units from the reference
  if ((before && g.word(i + 3, "last")) || (!before && g.word(i + 3, "next"))) {
    const Unit unit = g.unit(i + 1);
    if (unit != Unit::Week && unit != Unit::Weekend && unit != Unit::Month && unit != Unit::Year) {
      return std::nullopt;
    }
    if (g.info(i + 1)->unit_plural) return std::nullopt;
    e.unit = unit;
    e.offset = before ? -2 : 2;
    return Candidate{i + 4, std::move(e)};
  }
  // (a conjunction ends the adverb too: "arrived the day before and removed", "had misspoken the day before
  // when he ...")
  const bool conjunction = g.word(i + 3, "and") || g.word(i + 3, "but") || g.word(i + 3, "when") ||
                           g.word(i + 3, "while") || g.word(i + 3, "as");
  if (g.has(i + 3) && g[i + 3].kind != PieceKind::Punct && !conjunction) return std::nullopt;
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

// "the cup is on the 9th", "we'll know more after the 12th": a day of month with no month, after a
// preposition and before the clause ends, said of the month the reference date is in or next to. ("on the
// 18th hole", "the 22nd anniversary", "the 19th century" go on to a noun.)
std::optional<Candidate> day_of_month_alone(const Grammar& g, size_t i) {
  if (!g.word(i, "the") || i == 0) return std::nullopt;
  const std::string_view before = g[i - 1].lower;
  if (before != "on" && before != "after" && before != "before" && before != "by" && before != "until" &&
      before != "till" && before != "from" && before != "since" && before != "through") {
    return std::nullopt;
  }
  size_t end = 0;
  int day = g.day_at(i + 1, end);
  if (day != 0 && end != i + 3) return std::nullopt;  // an ordinal suffix: "9th", not "9"
  if (day == 0) {
    // "the first of the month", "the fifteenth of next month": a written ordinal only before "of ... month"
    const WordInfo* ordinal = g.info(i + 1);
    if (!ordinal || ordinal->number_kind != NumberKind::Ordinal || ordinal->number < 1 || ordinal->number > 31 ||
        !g.word(i + 2, "of")) {
      return std::nullopt;
    }
    day = ordinal->number;
    end = i + 2;
  }
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.day = day;
  // "the first of the month", "the 1st of next month", "the 15th of last month"
  if (g.word(end, "of") && g.word(end + 2, "month")) {
    const Modifier m = g.modifier(end + 1);
    if (g.word(end + 1, "the")) {
      e.month_from_reference = true;
      e.any_month_in_present = true;
      return Candidate{end + 3, std::move(e)};
    }
    if (m == Modifier::Prev || m == Modifier::This || m == Modifier::Next) {
      e.has_month_shift = true;
      e.month_shift = m == Modifier::Prev ? -1 : m == Modifier::Next ? 1 : 0;
      e.month_from_reference = true;
      return Candidate{end + 3, std::move(e)};
    }
    return std::nullopt;
  }
  // ("they have until the 19th to decide", "charge on the 28th instead": or before a word that opens no noun phrase;
  // not "by the 17th and 18th holes", a list going on, nor "the first of two earthquakes")
  const bool clause_goes_on = g.has(end) && g[end].kind == PieceKind::Word &&
                              (g.is(end, WordClass::FunctionWord) || g.word(end, "instead") || g.word(end, "like")) &&
                              !g.word(end, "and") && !g.word(end, "or") && !g.word(end, "of");
  if (day == 0 || (g.has(end) && g[end].kind != PieceKind::Punct && !clause_goes_on)) return std::nullopt;
  e.month_from_reference = true;
  e.keeps_focus = true;  // (a day said in passing: the text's own day stays in focus)
  return Candidate{end, std::move(e)};
}

}  // namespace

std::optional<Candidate> match_anaphora(const Grammar& g, size_t i) {
  if (std::optional<Candidate> day = day_of_month_alone(g, i)) return day;
  return unit_before_after(g, i);
}

}  // namespace quarry::dates
