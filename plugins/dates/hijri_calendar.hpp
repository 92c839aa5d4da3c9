// The Islamic (Hijri) calendar as Saudi Arabia's Umm al-Qura calendar fixes it, from a table of its months for
// the Hijri years 1380-1500 (1960-2077): Hijri dates written in news ("Dhul Hijjah 9, 1435") and the days of
// Islamic holidays in any Gregorian year of that span.
#ifndef QUARRY_DATES_HIJRI_CALENDAR_HPP
#define QUARRY_DATES_HIJRI_CALENDAR_HPP

#include <optional>

#include "calendar.hpp"

namespace quarry::dates {

// The Gregorian date of a Hijri date (month 1 = Muharram … 12 = Dhu al-Hijjah), or nullopt when the month has
// no such day or the year is outside the table.
std::optional<CivilDate> hijri_to_civil(int hijri_year, int month, int day);
// The first date of a Gregorian year that is the given Hijri month and day (a Hijri year is 11 days shorter, so
// one such day in most Gregorian years, two in some); the year alone (month and day 0) when none is known.
CivilDate hijri_day_in_year(int month, int day, int gregorian_year);
// The Hijri year whose Hijri month and day lies nearest to `date` (for a Hijri date written without its year).
int nearest_hijri_year(int month, int day, const CivilDate& date);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_HIJRI_CALENDAR_HPP
