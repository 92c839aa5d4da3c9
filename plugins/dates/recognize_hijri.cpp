// Dates of the Islamic (Hijri) calendar, as Gulf, Saudi, Egyptian and South Asian papers print them beside or
// instead of Gregorian ones: "Dhul Hijjah 9, 1435", "9 Dhul Hijjah 1435 AH", "Ramadan 1, 1436". With its year a Hijri
// date is one Gregorian day (hijri_calendar.cpp); without it ("ends on Dhul Hijjah 12") it is a day that recurs every
// Hijri year, placed by the resolver like a holiday; "Ramadan 1445" is the Gregorian month of the Hijri month's middle
// day, as a bare "Ramadan" is.
#include "grammar.hpp"
#include "hijri_calendar.hpp"

namespace quarry::dates {

namespace {

// The Hijri month whose name (any spelling listed in data/holidays.txt as HIJRIMONTH) starts at i, capitalized;
// sets `end` one past it. 0 when none.
int hijri_month_at(const Grammar& g, size_t i, size_t& end) {
  const WordInfo* first = g.info(i);
  if (!first || !first->starts_holiday || !g[i].upper_initial) return 0;
  for (const Holiday& holiday : Lexicon::instance().holidays_starting(*first)) {
    if (holiday.rule.kind != HolidayRule::Kind::HijriMonth) continue;
    if (const size_t name_end = holiday_name_end(g, i, holiday); name_end > 0) {
      end = name_end;
      return holiday.rule.month;
    }
  }
  return 0;
}

// A Hijri year at i: "1435", "1435H", "1435 AH", "1435 A.H.", "1435 Hijri". Returns it (1300-1600) and sets `end`
// past its era mark, or 0.
int hijri_year_at(const Grammar& g, size_t i, size_t& end) {
  if (!g.integer(i, 4, 4) || g[i].integer < 1300 || g[i].integer > 1600) return 0;
  size_t j = i + 1;
  if (g.glued(j) && g.word(j, "h")) {  // "1435H"
    ++j;
  } else if (g.word(j, "ah") || g.word(j, "hijri") || (g.word(j, "h") && g[j].upper_initial)) {
    ++j;
  } else if (g.word(j, "a") && g.punct(j + 1, ".") && g.word(j + 2, "h")) {  // "A.H."
    j = g.skip_period(j + 3);
  }
  end = j;
  return static_cast<int>(g[i].integer);
}

}  // namespace

std::optional<Candidate> match_hijri_date(const Grammar& g, size_t i) {
  size_t j = i;
  int day = 0;
  int month = 0;
  if (g[i].kind == PieceKind::Number) {  // "9 Dhul Hijjah 1435"
    day = g.day_at(i, j);
    if (day < 1 || day > 30) return std::nullopt;
    month = hijri_month_at(g, j, j);
  } else {  // "Dhul Hijjah 9, 1435"
    month = hijri_month_at(g, i, j);
    size_t after_day = j;
    if (month != 0) day = g.day_at(j, after_day);
    if (day > 30 || g.unit(after_day) != Unit::None) day = 0;  // ("Safar 12 days ago": a count of days)
    if (day > 0) j = after_day;
  }
  if (month == 0) return std::nullopt;
  size_t year_end = j;
  const size_t year_start = day > 0 && g.punct(j, ",") ? j + 1 : j;
  const int year = hijri_year_at(g, year_start, year_end);
  Expression e;
  e.kind = ExpressionKind::Calendar;
  if (year > 0) {
    // "Ramadan 1445": the month of its middle day
    const std::optional<CivilDate> date = hijri_to_civil(year, month, day > 0 ? day : 15);
    if (!date) return std::nullopt;
    e.fields.year = date->year;
    e.fields.month = date->month;
    e.fields.day = day > 0 ? date->day : 0;
    return Candidate{year_end, std::move(e)};
  }
  if (day == 0) return std::nullopt;  // a bare month name: "Ramadan" is a holiday of its own, "Rajab" a name
  e.holiday.kind = HolidayRule::Kind::Hijri;
  e.holiday.month = month;
  e.holiday.day = day;
  e.fields.month = hijri_day_in_year(month, day, 2020).month;  // guides the choice of year, as for holidays
  e.needs_year = true;
  return Candidate{j, std::move(e)};
}

}  // namespace quarry::dates
