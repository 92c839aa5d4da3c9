#include "hebrew_calendar.hpp"

#include <cstdint>

namespace quarry::dates {
namespace {

// Hebrew years are leap (13 months) in years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle.
bool hebrew_leap_year(int64_t year) { return (7 * year + 1) % 19 < 7; }

// Days from the Hebrew epoch to 1 Tishrei of a Hebrew year, as in Reingold and Dershowitz's "Calendrical
// Calculations": the mean new moon (molad) of Tishrei in days and parts (1,080 to the hour), then the
// postponements that keep the year's length and its first weekday lawful.
int64_t hebrew_elapsed_days(int64_t year) {
  const int64_t months = (235 * year - 234) / 19;
  const int64_t parts_elapsed = 204 + 793 * (months % 1080);
  const int64_t hours = 5 + 12 * months + 793 * (months / 1080) + parts_elapsed / 1080;
  const int64_t parts = 1080 * (hours % 24) + parts_elapsed % 1080;
  int64_t day = 1 + 29 * months + hours / 24;
  if (parts >= 19440 || (day % 7 == 2 && parts >= 9924 && !hebrew_leap_year(year)) ||
      (day % 7 == 1 && parts >= 16789 && hebrew_leap_year(year - 1))) {
    ++day;  // the molad falls at or after noon, or a postponement keeps the year from a forbidden length
  }
  if (day % 7 == 0 || day % 7 == 3 || day % 7 == 5) ++day;  // 1 Tishrei never falls on Sunday, Wednesday or Friday
  return day;
}

// 1 Tishrei of Hebrew year 1 is elapsed-day 1, 1,373,428 days before 0001-01-01 (Gregorian, proleptic);
// days_from_civil counts from 1970-01-01, which is day 719,163 of that count.
constexpr int64_t kHebrewEpochToUnix = -1373429 - 719163;

}  // namespace

CivilDate rosh_hashanah(int year) {
  const int64_t hebrew_year = static_cast<int64_t>(year) + 3761;  // the Hebrew year that begins that autumn
  return civil_from_days(hebrew_elapsed_days(hebrew_year) + 1 + kHebrewEpochToUnix);
}

CivilDate hanukkah(int year) {
  const int64_t hebrew_year = static_cast<int64_t>(year) + 3761;
  const int64_t length = hebrew_elapsed_days(hebrew_year + 1) - hebrew_elapsed_days(hebrew_year);
  const int heshvan = length % 10 == 5 ? 30 : 29;           // "complete" years of 355 or 385 days have a long Heshvan
  return add_days(rosh_hashanah(year), 30 + heshvan + 24);  // Tishrei's 30 days, Heshvan, to the 25th of Kislev
}

}  // namespace quarry::dates
