// Dates of the two Hijri calendars, as papers print them beside or instead of Gregorian ones.
// - The Islamic (lunar) calendar of Gulf, Saudi, Egyptian and South Asian papers: "Dhul Hijjah 9, 1435",
//   "9 Dhul Hijjah 1435 AH", "Ramadan 1, 1436". With its year such a date is one Gregorian day
//   (hijri_calendar.cpp); without it ("ends on Dhul Hijjah 12") it is a day that recurs every Hijri year, placed
//   by the resolver like a holiday; "Ramadan 1445" is the Gregorian month of the Hijri month's middle day, as a
//   bare "Ramadan" is.
// - The Solar Hijri (Persian) calendar of Iranian and Afghan papers: "29 Esfand 1384", "Farvardin 1403",
//   "28 Asad 1398" (persian_calendar.cpp), read only with a year: without one, "Mehr" and "Azar" are names.
#include "grammar.hpp"
#include "hijri_calendar.hpp"
#include "persian_calendar.hpp"

namespace quarry::dates {

namespace {

// The month of the Islamic or the Persian calendar whose name (any spelling listed in data/holidays.txt as
// HIJRIMONTH, PERSIANMONTH or AFGHANMONTH) starts at i, capitalized; sets `end` one past it. Its rule's `month`
// is 0 when there is none.
HolidayRule calendar_month_at(const Grammar& g, size_t i, size_t& end) {
  const WordInfo* first = g.info(i);
  if (!first || !first->starts_holiday || !g[i].upper_initial) return HolidayRule{};
  for (const Holiday& holiday : Lexicon::instance().holidays_starting(*first)) {
    if (!holiday.rule.names_calendar_month()) continue;
    if (const size_t name_end = holiday_name_end(g, i, holiday); name_end > 0) {
      end = name_end;
      return holiday.rule;
    }
  }
  return HolidayRule{};
}

// Past the era mark of the Solar Hijri calendar at i ("SH", "S.H.", "HS", "AP", "Shamsi", "Solar Hijri"), or of the
// Islamic one ("AH", "A.H.", "Hijri", "H"; glued: "1435H"); i when there is none.
size_t era_mark_end(const Grammar& g, size_t i, bool solar) {
  if (solar) {
    if (g.word(i, "solar") && g.word(i + 1, "hijri")) return i + 2;
    if ((g.word(i, "sh") || g.word(i, "hs") || g.word(i, "ap")) && g[i].upper_initial) return i + 1;
    if (g.word(i, "shamsi")) return i + 1;
    if (g.word(i, "s") && g.punct(i + 1, ".") && g.word(i + 2, "h")) return g.skip_period(i + 3);  // "S.H."
    return i;
  }
  if (g.glued(i) && g.word(i, "h")) return i + 1;  // "1435H"
  if (g.word(i, "ah") || g.word(i, "hijri") || (g.word(i, "h") && g[i].upper_initial)) return i + 1;
  if (g.word(i, "a") && g.punct(i + 1, ".") && g.word(i + 2, "h")) return g.skip_period(i + 3);  // "A.H."
  return i;
}

// The year of a Hijri date at i: "1435", "1435H", "1435 AH", "1435 A.H.", "1435 Hijri", or of a Solar Hijri one:
// "1384", "1384 SH", "1403 Solar Hijri". Returns it (1300-1600 for the lunar calendar, 1200-1500 for the solar one)
// and sets `end` past its era mark, or 0.
int hijri_year_at(const Grammar& g, size_t i, bool solar, size_t& end) {
  const int lowest = solar ? 1200 : 1300;
  const int highest = solar ? 1500 : 1600;
  if (!g.integer(i, 4, 4) || g[i].integer < lowest || g[i].integer > highest) return 0;
  end = era_mark_end(g, i + 1, solar);
  return static_cast<int>(g[i].integer);
}

}  // namespace

bool hijri_era_after(const Grammar& g, size_t year) {
  // (only for a number that can be such a year: "Copyright 2024 AP" is the agency)
  if (!g.has(year)) return false;
  const int64_t n = g[year].integer;
  return (n >= 1300 && n <= 1600 && era_mark_end(g, year + 1, false) > year + 1) ||
         (n >= 1200 && n <= 1500 && era_mark_end(g, year + 1, true) > year + 1);
}

std::optional<Candidate> match_hijri_date(const Grammar& g, size_t i) {
  if (!g.has(i)) return std::nullopt;  // (a weekday ending its sentence asks about the piece after it)
  size_t j = i;
  int day = 0;
  HolidayRule month;
  if (g.word(i, "the")) {  // "the 10th of Muharram", "the tenth day of Muharram"
    size_t k = i + 1;
    if (const WordInfo* ordinal = g.info(k); ordinal && ordinal->number_kind == NumberKind::Ordinal) {
      day = static_cast<int>(ordinal->number);
      ++k;
    } else if (g.has(k) && g[k].kind == PieceKind::Number) {
      size_t after = k;
      day = g.day_at(k, after);
      if (after != k + 2) return std::nullopt;  // (an ordinal's suffix: "10th", not "10")
      k = after;
    }
    if (day < 1 || day > 30) return std::nullopt;
    if (g.word(k, "day")) ++k;
    if (!g.word(k, "of")) return std::nullopt;
    month = calendar_month_at(g, k + 1, j);
    if (month.kind == HolidayRule::Kind::SolarHijriMonth) return std::nullopt;
  } else if (g[i].kind == PieceKind::Number) {  // "9 Dhul Hijjah 1435"
    day = g.day_at(i, j);
    if (day < 1 || day > 31) return std::nullopt;
    month = calendar_month_at(g, j, j);
  } else {  // "Dhul Hijjah 9, 1435"
    month = calendar_month_at(g, i, j);
    size_t after_day = j;
    if (month.month != 0) day = g.day_at(j, after_day);
    if (day > 31 || g.unit(after_day) != Unit::None) day = 0;  // ("Safar 12 days ago": a count of days)
    if (day > 0) j = after_day;
  }
  if (month.month == 0) return std::nullopt;
  const bool solar = month.kind == HolidayRule::Kind::SolarHijriMonth;
  size_t year_end = j;
  const size_t year_start = day > 0 && g.punct(j, ",") ? j + 1 : j;
  const int year = hijri_year_at(g, year_start, solar, year_end);
  Expression e;
  e.kind = ExpressionKind::Calendar;
  if (year > 0) {
    if (month.zodiac_name && day == 0) return std::nullopt;
    // "Ramadan 1445", "Farvardin 1403": the month of its middle day
    const std::optional<CivilDate> date = solar ? persian_to_civil(year, month.month, day > 0 ? day : 15)
                                                : hijri_to_civil(year, month.month, day > 0 ? day : 15);
    if (!date) return std::nullopt;
    e.fields.year = date->year;
    e.fields.month = date->month;
    e.fields.day = day > 0 ? date->day : 0;
    return Candidate{year_end, std::move(e)};
  }
  // a bare month name: "Ramadan" is a holiday of its own, "Rajab" a name; a Persian day needs its year
  if (day == 0 || day > 30 || solar) return std::nullopt;
  e.holiday.kind = HolidayRule::Kind::Hijri;
  e.holiday.month = month.month;
  e.holiday.day = day;
  e.fields.month = hijri_day_in_year(month.month, day, 2020).month;  // guides the choice of year, as for holidays
  e.needs_year = true;
  return Candidate{j, std::move(e)};
}

}  // namespace quarry::dates
