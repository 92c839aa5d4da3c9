// The Solar Hijri (Persian) calendar of Iran and Afghanistan, for dates that Iranian and Afghan papers print in
// it ("29 Esfand 1384", "1 Farvardin 1403"): a year starts at Nowruz, the March equinox, with six months of 31
// days, five of 30 and a last of 29 or 30.
#ifndef QUARRY_DATES_PERSIAN_CALENDAR_HPP
#define QUARRY_DATES_PERSIAN_CALENDAR_HPP

#include <optional>

#include "calendar.hpp"

namespace quarry::dates {

// The Gregorian date of a Solar Hijri date (month 1 = Farvardin … 12 = Esfand), or nullopt when the month has no
// such day or the year is outside 1-3177.
std::optional<CivilDate> persian_to_civil(int persian_year, int month, int day);
// The Gregorian day of Nowruz (1 Farvardin) in a Gregorian year: March 20 or 21 (19 or 22 in some centuries).
CivilDate nowruz_in(int gregorian_year);
// The Solar Hijri year that begins (at Nowruz) in a Gregorian year.
inline int persian_year_starting_in(int gregorian_year) { return gregorian_year - 621; }

}  // namespace quarry::dates

#endif  // QUARRY_DATES_PERSIAN_CALENDAR_HPP
