// The Hebrew calendar's new year, computed by its fixed arithmetic rules (the molad of Tishrei and the four
// postponements), so Jewish holidays resolve in any year without a table.
#ifndef QUARRY_DATES_HEBREW_CALENDAR_HPP
#define QUARRY_DATES_HEBREW_CALENDAR_HPP

#include "calendar.hpp"

namespace quarry::dates {

// The first day of Rosh Hashanah (1 Tishrei) in a Gregorian year. Other holidays are fixed days from it:
// Passover (15 Nisan) 163 days before, Yom Kippur 9 days after, Sukkot 14 days after.
CivilDate rosh_hashanah(int year);
// The first day of Hanukkah (25 Kislev; the first candle is lit the evening before) in a Gregorian year: 83 or
// 84 days after Rosh Hashanah, as the month of Heshvan that year has 29 or 30 days.
CivilDate hanukkah(int year);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_HEBREW_CALENDAR_HPP
