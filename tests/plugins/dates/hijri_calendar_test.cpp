// Tests for the Umm al-Qura Hijri calendar table: Hijri dates to Gregorian ones, Hijri days inside a Gregorian
// year, and the Hijri year nearest a date.
#include "hijri_calendar.hpp"

#include <gtest/gtest.h>

namespace quarry::dates {
namespace {

TEST(HijriCalendar, DatesToGregorian) {
  EXPECT_EQ(hijri_to_civil(1446, 1, 1), (CivilDate{2024, 7, 7}));   // Islamic New Year 1446
  EXPECT_EQ(hijri_to_civil(1445, 9, 1), (CivilDate{2024, 3, 11}));  // the first day of Ramadan 1445
  EXPECT_EQ(hijri_to_civil(1447, 9, 1), (CivilDate{2026, 2, 18}));
  EXPECT_EQ(hijri_to_civil(1435, 12, 9), (CivilDate{2014, 10, 3}));  // Arafat Day 1435
  EXPECT_EQ(hijri_to_civil(1443, 5, 28), (CivilDate{2022, 1, 1}));
  EXPECT_EQ(hijri_to_civil(1380, 1, 1), (CivilDate{1960, 6, 25}));  // the table's first day
  EXPECT_EQ(hijri_to_civil(1500, 12, 29), (CivilDate{2077, 11, 15}));
}

TEST(HijriCalendar, DaysThatDoNotExistOrLieOutsideTheTable) {
  EXPECT_EQ(hijri_to_civil(1379, 12, 1), std::nullopt);
  EXPECT_EQ(hijri_to_civil(1501, 1, 1), std::nullopt);
  EXPECT_EQ(hijri_to_civil(1446, 13, 1), std::nullopt);
  EXPECT_EQ(hijri_to_civil(1446, 1, 31), std::nullopt);
  // A month has 29 or 30 days: Muharram 1446 has 29, so its 30th does not exist
  EXPECT_EQ(hijri_to_civil(1446, 1, 30), std::nullopt);
  EXPECT_EQ(hijri_to_civil(1446, 2, 1), (CivilDate{2024, 8, 5}));
}

TEST(HijriCalendar, DayInsideAGregorianYear) {
  EXPECT_EQ(hijri_day_in_year(10, 1, 2035), (CivilDate{2035, 12, 1}));    // Eid al-Fitr
  EXPECT_EQ(hijri_day_in_year(12, 10, 2009), (CivilDate{2009, 11, 27}));  // Eid al-Adha
  // 2033 holds two first days of Shawwal; the first of them
  EXPECT_EQ(hijri_day_in_year(10, 1, 2033).month, 1);
  EXPECT_EQ(hijri_day_in_year(1, 1, 2100), (CivilDate{2100, 0, 0}));  // beyond the table: the year alone
}

TEST(HijriCalendar, NearestHijriYear) {
  EXPECT_EQ(nearest_hijri_year(12, 12, CivilDate{2021, 7, 18}), 1442);  // "ends on Dhul Hijjah 12", days ahead
  EXPECT_EQ(nearest_hijri_year(9, 1, CivilDate{2024, 12, 1}), 1446);    // next Ramadan is nearer than the last
  EXPECT_EQ(nearest_hijri_year(9, 1, CivilDate{2024, 5, 1}), 1445);
  EXPECT_EQ(nearest_hijri_year(1, 1, CivilDate{1900, 1, 1}), 0);  // outside the table
}

}  // namespace
}  // namespace quarry::dates
