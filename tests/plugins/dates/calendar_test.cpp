// Calendar arithmetic on its own: leap years, day counts, weekdays, ISO weeks across year boundaries,
// month shifts with clamping.
#include "calendar.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace quarry::dates {
namespace {

TEST(Calendar, LeapYears) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2025));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2025, 2), 28);
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2025, 4), 30);
  EXPECT_EQ(days_in_month(2025, 13), 0);
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_date(2025, 2, 29));
  EXPECT_FALSE(is_valid_date(2025, 0, 1));
}

TEST(Calendar, DayCountsRoundTrip) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil({1970, 1, 2}), 1);
  EXPECT_EQ(days_from_civil({1969, 12, 31}), -1);
  EXPECT_EQ(days_from_civil({2000, 3, 1}) - days_from_civil({2000, 2, 28}), 2);  // 2000 is a leap year
  EXPECT_EQ(days_from_civil({1900, 3, 1}) - days_from_civil({1900, 2, 28}), 1);  // 1900 is not
  for (int64_t d = -800000; d <= 800000; d += 997) {
    EXPECT_EQ(days_from_civil(civil_from_days(d)), d);
  }
}

TEST(Calendar, Weekdays) {
  EXPECT_EQ(weekday({2025, 1, 24}), 5);   // Friday
  EXPECT_EQ(weekday({2024, 12, 23}), 1);  // Monday
  EXPECT_EQ(weekday({2024, 10, 16}), 3);  // Wednesday
  EXPECT_EQ(weekday({2024, 2, 29}), 4);   // Thursday
  EXPECT_EQ(weekday({1970, 1, 1}), 4);
  EXPECT_EQ(weekday({1969, 12, 28}), 7);  // Sunday, before the epoch
}

TEST(Calendar, AddDaysAcrossBoundaries) {
  EXPECT_EQ(add_days({2024, 12, 31}, 1), (CivilDate{2025, 1, 1}));
  EXPECT_EQ(add_days({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(add_days({2025, 2, 28}, 1), (CivilDate{2025, 3, 1}));
  EXPECT_EQ(add_days({2025, 1, 2}, -7), (CivilDate{2024, 12, 26}));
}

TEST(Calendar, AddMonthsClampsTheDay) {
  EXPECT_EQ(add_months({2025, 1, 31}, 1), (CivilDate{2025, 2, 28}));
  EXPECT_EQ(add_months({2024, 1, 31}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(add_months({2025, 1, 15}, -1), (CivilDate{2024, 12, 15}));
  EXPECT_EQ(add_months({2025, 3, 31}, -13), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(add_years({2024, 2, 29}, 1), (CivilDate{2025, 2, 28}));
  EXPECT_EQ(add_years({2024, 2, 29}, 4), (CivilDate{2028, 2, 29}));
}

TEST(Calendar, IsoWeeksAtYearBoundaries) {
  EXPECT_EQ(iso_week({2024, 12, 23}), (IsoWeek{2024, 52}));
  EXPECT_EQ(iso_week({2024, 12, 19}), (IsoWeek{2024, 51}));
  EXPECT_EQ(iso_week({2024, 12, 30}), (IsoWeek{2025, 1}));  // Monday of 2025-W01
  EXPECT_EQ(iso_week({2025, 1, 2}), (IsoWeek{2025, 1}));
  EXPECT_EQ(iso_week({2021, 1, 3}), (IsoWeek{2020, 53}));  // Sunday in the previous ISO year
  EXPECT_EQ(iso_week({2026, 1, 1}), (IsoWeek{2026, 1}));
  EXPECT_EQ(iso_week({2027, 1, 1}), (IsoWeek{2026, 53}));
  EXPECT_EQ(iso_weeks_in_year(2020), 53);
  EXPECT_EQ(iso_weeks_in_year(2024), 52);
  EXPECT_EQ(iso_weeks_in_year(2026), 53);
  EXPECT_EQ(iso_week_monday({2025, 1}), (CivilDate{2024, 12, 30}));
  EXPECT_EQ(iso_week_monday({2020, 53}), (CivilDate{2020, 12, 28}));
}

TEST(Calendar, NearestWeekday) {
  const CivilDate friday{2025, 1, 24};
  EXPECT_EQ(weekday_on_or_before(friday, 5), friday);
  EXPECT_EQ(weekday_on_or_before(friday, 5, true), (CivilDate{2025, 1, 17}));
  EXPECT_EQ(weekday_on_or_before(friday, 4), (CivilDate{2025, 1, 23}));
  EXPECT_EQ(weekday_on_or_after(friday, 1), (CivilDate{2025, 1, 27}));
  EXPECT_EQ(weekday_on_or_after(friday, 5), friday);
  EXPECT_EQ(weekday_on_or_after(friday, 5, true), (CivilDate{2025, 1, 31}));
  EXPECT_EQ(weekday_on_or_before({2025, 1, 1}, 7), (CivilDate{2024, 12, 29}));
}

TEST(Calendar, HoliFromItsTable) {
  EXPECT_EQ(lunisolar_day(LunisolarDay::Holi, 2015), (CivilDate{2015, 3, 6}));
  EXPECT_EQ(lunisolar_day(LunisolarDay::Holi, 2024), (CivilDate{2024, 3, 25}));
  EXPECT_EQ(lunisolar_day(LunisolarDay::Holi, 2030), (CivilDate{2030, 0, 0}));  // beyond the table: the year alone
}

TEST(Calendar, OrthodoxEasterFromTheJulianComputus) {
  EXPECT_EQ(orthodox_easter_sunday(2012), (CivilDate{2012, 4, 15}));
  EXPECT_EQ(orthodox_easter_sunday(2019), (CivilDate{2019, 4, 28}));
  EXPECT_EQ(orthodox_easter_sunday(2024), (CivilDate{2024, 5, 5}));  // five weeks after the Western one
  EXPECT_EQ(orthodox_easter_sunday(2010), (CivilDate{2010, 4, 4}));  // the same day as the Western one
  EXPECT_EQ(orthodox_easter_sunday(2023), (CivilDate{2023, 4, 16}));
  EXPECT_EQ(orthodox_easter_sunday(1990), (CivilDate{1990, 4, 15}));
}

TEST(Calendar, EasterAndNthWeekdays) {
  EXPECT_EQ(easter_sunday(2013), (CivilDate{2013, 3, 31}));
  EXPECT_EQ(easter_sunday(2024), (CivilDate{2024, 3, 31}));
  EXPECT_EQ(easter_sunday(2025), (CivilDate{2025, 4, 20}));
  EXPECT_EQ(easter_sunday(2000), (CivilDate{2000, 4, 23}));
  EXPECT_EQ(easter_sunday(1818), (CivilDate{1818, 3, 22}));                    // the earliest possible date
  EXPECT_EQ(nth_weekday_of_month(2024, 11, 4, 4), (CivilDate{2024, 11, 28}));  // Thanksgiving
  EXPECT_EQ(nth_weekday_of_month(2025, 5, 1, -1), (CivilDate{2025, 5, 26}));   // last Monday of May
  EXPECT_EQ(nth_weekday_of_month(2025, 9, 1, 1), (CivilDate{2025, 9, 1}));     // Labor Day on the 1st
}

TEST(Calendar, WorkingWeekRanges) {
  EXPECT_TRUE(working_week(1, 5));   // Monday to Friday
  EXPECT_TRUE(working_week(2, 6));   // Tuesday to Saturday
  EXPECT_TRUE(working_week(1, 7));   // every day
  EXPECT_FALSE(working_week(1, 4));  // Monday to Thursday: four days
  EXPECT_FALSE(working_week(4, 1));  // Thursday to Monday runs through a weekend
}

TEST(Calendar, EidTables) {
  EXPECT_EQ(eid_al_fitr(2013), (CivilDate{2013, 8, 8}));
  EXPECT_EQ(eid_al_adha(2015), (CivilDate{2015, 9, 24}));
  EXPECT_EQ(eid_al_fitr(2030), (CivilDate{2030, 2, 4}));    // the table's last year
  EXPECT_EQ(eid_al_adha(2009), (CivilDate{2009, 11, 27}));  // outside it: the Umm al-Qura calendar
  EXPECT_EQ(eid_al_fitr(2100), (CivilDate{2100, 0, 0}));    // beyond that too: the year alone
  EXPECT_EQ(lunisolar_day(LunisolarDay::EidAlAdha, 2024), eid_al_adha(2024));
  // The Islamic year is 354 or 355 days long, and Eid al-Adha comes 67 to 69 days after Eid al-Fitr
  // (two months of 29 or 30 days, and nine days more).
  for (int year = 2010; year < 2030; ++year) {
    const int64_t fitr = days_from_civil(eid_al_fitr(year));
    const int64_t to_next = days_from_civil(eid_al_fitr(year + 1)) - fitr;
    EXPECT_TRUE(to_next == 354 || to_next == 355) << year << ": " << to_next;
    const int64_t to_adha = days_from_civil(eid_al_adha(year)) - fitr;
    EXPECT_TRUE(to_adha >= 67 && to_adha <= 69) << year << ": " << to_adha;
  }
}

TEST(Calendar, LunarNewYearTable) {
  EXPECT_EQ(lunar_new_year(2013), (CivilDate{2013, 2, 10}));  // the Year of the Snake
  EXPECT_EQ(lunar_new_year(2014), (CivilDate{2014, 1, 31}));
  EXPECT_EQ(lunar_new_year(1990), (CivilDate{1990, 1, 27}));  // the table's first year
  EXPECT_EQ(lunar_new_year(2030), (CivilDate{2030, 2, 3}));   // and its last
  EXPECT_EQ(lunar_new_year(2031), (CivilDate{2031, 0, 0}));   // outside it: the year alone
  // Every entry falls between Jan. 21 and Feb. 20, and lunar years run 353 to 385 days.
  for (int year = 1990; year < 2030; ++year) {
    const CivilDate day = lunar_new_year(year);
    EXPECT_TRUE((day.month == 1 && day.day >= 21) || (day.month == 2 && day.day <= 20)) << year;
    const int64_t length = days_from_civil(lunar_new_year(year + 1)) - days_from_civil(day);
    EXPECT_TRUE((length >= 353 && length <= 355) || (length >= 383 && length <= 385)) << year;
  }
}

TEST(Calendar, DiwaliAndChuseokTables) {
  EXPECT_EQ(diwali(2024), (CivilDate{2024, 10, 31}));
  EXPECT_EQ(diwali(2021), (CivilDate{2021, 11, 4}));
  EXPECT_EQ(chuseok(2020), (CivilDate{2020, 10, 1}));
  EXPECT_EQ(chuseok(2019), (CivilDate{2019, 9, 13}));
  EXPECT_EQ(diwali(2008), (CivilDate{2008, 10, 28}));
  EXPECT_EQ(diwali(2031), (CivilDate{2031, 0, 0}));  // outside the tables: the year alone
  EXPECT_EQ(chuseok(1997), (CivilDate{1997, 9, 16}));
  EXPECT_EQ(chuseok(1989), (CivilDate{1989, 0, 0}));
  // Both follow the moon, as the Lunar New Year does: Chuseok is the 15th day of the 8th lunar month (seven
  // lunar months and 14 days after the new year, eight months in a year with a leap month); Diwali falls on a
  // new moon, so a whole number of lunations (29.53 days) after the new year's, to within two days.
  for (int year = 1990; year <= 2030; ++year) {
    const int64_t to_chuseok = days_from_civil(chuseok(year)) - days_from_civil(lunar_new_year(year));
    EXPECT_TRUE((to_chuseok >= 218 && to_chuseok <= 223) || (to_chuseok >= 248 && to_chuseok <= 253)) << year;
  }
  for (int year = 2000; year <= 2030; ++year) {
    const int64_t new_year = days_from_civil(lunar_new_year(year));
    const double lunations = static_cast<double>(days_from_civil(diwali(year)) - new_year) / 29.530588;
    EXPECT_LT(std::abs(lunations - std::round(lunations)) * 29.530588, 2.0) << year;
    const CivilDate d = diwali(year);
    EXPECT_TRUE((d.month == 10 && d.day >= 15) || (d.month == 11 && d.day <= 15)) << year;
  }
}

TEST(Calendar, NowruzOnTheMarchEquinoxInTehran) {
  // 1 Farvardin as Iran's calendar has it: March 20 in 2008, 2016, 2020, 2024; March 21 in the years between
  EXPECT_EQ(lunisolar_day(LunisolarDay::Nowruz, 2006), (CivilDate{2006, 3, 21}));
  EXPECT_EQ(lunisolar_day(LunisolarDay::Nowruz, 2008), (CivilDate{2008, 3, 20}));
  EXPECT_EQ(lunisolar_day(LunisolarDay::Nowruz, 2019), (CivilDate{2019, 3, 21}));
  EXPECT_EQ(lunisolar_day(LunisolarDay::Nowruz, 2024), (CivilDate{2024, 3, 20}));
}

TEST(Calendar, ChaharshanbeSuriOnTheEveOfTheYearsLastWednesday) {
  // Nowruz on a Thursday (2008-03-20): the Wednesday before it is the 19th, its eve the 18th
  EXPECT_EQ(lunisolar_day(LunisolarDay::ChaharshanbeSuri, 2008), (CivilDate{2008, 3, 18}));
  // Nowruz on a Wednesday (2001-03-21): the last Wednesday of the old year is a week earlier
  EXPECT_EQ(lunisolar_day(LunisolarDay::ChaharshanbeSuri, 2001), (CivilDate{2001, 3, 13}));
  // Nowruz on a Tuesday (2017-03-21)
  EXPECT_EQ(lunisolar_day(LunisolarDay::ChaharshanbeSuri, 2017), (CivilDate{2017, 3, 14}));
  for (int year = 1996; year <= 2030; ++year) {
    const CivilDate eve = lunisolar_day(LunisolarDay::ChaharshanbeSuri, year);
    EXPECT_EQ(weekday(eve), 2) << year;
    const int64_t before = days_from_civil(lunisolar_day(LunisolarDay::Nowruz, year)) - days_from_civil(eve);
    EXPECT_TRUE(before >= 2 && before <= 8) << year;
  }
}

TEST(Calendar, ParseIsoDate) {
  EXPECT_EQ(parse_iso_date("2025-01-24"), (CivilDate{2025, 1, 24}));
  EXPECT_EQ(parse_iso_date("2024-02-29"), (CivilDate{2024, 2, 29}));
  EXPECT_FALSE(parse_iso_date("2025-02-29"));
  EXPECT_FALSE(parse_iso_date(""));
  EXPECT_FALSE(parse_iso_date("2025-1-24"));
  EXPECT_FALSE(parse_iso_date("2025-01-24T10"));
  EXPECT_FALSE(parse_iso_date("20x5-01-24"));
}

}  // namespace
}  // namespace quarry::dates
