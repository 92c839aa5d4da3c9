// Calendar arithmetic for resolving temporal expressions: proleptic Gregorian civil dates, day counts,
// weekdays, ISO weeks, quarters and month/year shifts. Pure functions on small value types, no state, no
// allocation; everything the resolver computes about dates goes through here so it can be tested alone.
#ifndef QUARRY_DATES_CALENDAR_HPP
#define QUARRY_DATES_CALENDAR_HPP

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace quarry::dates {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

struct IsoWeek {
  int year = 0;  // the ISO week-numbering year (differs from the civil year around New Year)
  int week = 0;  // 1..53
  friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Days since 1970-01-01 (negative before), and back.
int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(int64_t days);

// 1 = Monday … 7 = Sunday (ISO 8601).
int weekday(const CivilDate& date);

CivilDate add_days(const CivilDate& date, int64_t days);
// Shifts by whole months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
CivilDate add_months(const CivilDate& date, int months);
CivilDate add_years(const CivilDate& date, int years);

IsoWeek iso_week(const CivilDate& date);
// The Monday of an ISO week.
CivilDate iso_week_monday(const IsoWeek& week);
// Number of ISO weeks (52 or 53) of an ISO week-numbering year.
int iso_weeks_in_year(int iso_year);

inline int quarter_of(int month) { return (month - 1) / 3 + 1; }

// The closest date with the given weekday on or before `date` (or strictly before when `strict`).
CivilDate weekday_on_or_before(const CivilDate& date, int target_weekday, bool strict = false);
// The closest date with the given weekday on or after `date` (or strictly after when `strict`).
CivilDate weekday_on_or_after(const CivilDate& date, int target_weekday, bool strict = false);

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
CivilDate easter_sunday(int year);
// Easter Sunday of the Orthodox churches (the Julian computus), as a Gregorian date.
CivilDate orthodox_easter_sunday(int year);
// Holidays of lunar and lunisolar calendars. Most need astronomy (or a moon sighting) for their Gregorian day, so
// they come from tables: outside a table, the year alone (month and day 0). The Hebrew calendar's days follow
// from its arithmetic rules in any year (hebrew_calendar.hpp).
enum class LunisolarDay : uint8_t {
  LunarNewYear,  // the first day of the Chinese lunar year that begins in the Gregorian year; 1990-2030
  Diwali,        // the day of Lakshmi Puja, as India's holiday lists give it; 2000-2030
  Chuseok,       // the 15th day of the 8th lunar month; 1990-2030
  // The first day of Eid al-Fitr (1 Shawwal) and of Eid al-Adha (10 Dhu al-Hijjah) as Saudi Arabia declares
  // them, which most of the Arab world follows; South Asia often keeps them a day later. 2010-2030 from a table
  // (the years from 2026 as the Umm al-Qura calendar predicts them), other years from that calendar
  // (hijri_calendar.hpp) as far as it reaches, 1960-2077.
  EidAlFitr,
  EidAlAdha,
  Holi,  // the day of colours after Holika Dahan, as India's holiday lists give it; 2010-2025
  // Chinese festivals by the lunar calendar, as China's holiday calendar gives them (1990-2035): the Dragon Boat
  // Festival (5th day of the 5th month), Qixi (7th of the 7th), the Double Ninth (9th of the 9th); and two by the
  // solar terms, Qingming (April 4 or 5) and Dongzhi (the winter solstice in China, December 21 or 22)
  DragonBoat,
  Qixi,
  DoubleNinth,
  Qingming,
  Dongzhi,
  RoshHashanah,  // computed: rosh_hashanah()
  Hanukkah,      // computed: hanukkah()
  // The Persian new year (1 Farvardin), the day of the March equinox in Tehran: March 20 in the years divisible by
  // four, else March 21, from 1996 to 2031
  Nowruz,
  // Chaharshanbe Suri, the fire festival on the eve of the year's last Wednesday: the Tuesday before the last
  // Wednesday before Nowruz
  ChaharshanbeSuri
};
CivilDate lunisolar_day(LunisolarDay which, int year);
CivilDate lunar_new_year(int year);
CivilDate diwali(int year);
CivilDate chuseok(int year);
CivilDate eid_al_fitr(int year);
CivilDate eid_al_adha(int year);
// Whether the weekdays first..last (1 = Monday) span a working week or more without running through a weekend
// into the next week: Monday to Friday, Tuesday to Saturday, Monday to Sunday, not Thursday to Monday; or a working
// week that starts at the weekend, Sunday to Thursday, Saturday to Wednesday.
bool working_week(int first, int last);
// The n-th (1-based) given weekday of a month, or the last one when n is -1 ("fourth Thursday of November").
CivilDate nth_weekday_of_month(int year, int month, int target_weekday, int n);

// Parses "YYYY-MM-DD" (exactly); nullopt when malformed or not a real date.
std::optional<CivilDate> parse_iso_date(std::string_view text);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_CALENDAR_HPP
