// Tests for the Solar Hijri (Persian) calendar: dates to Gregorian ones (checked against the jalaali-js converter),
// the lengths of its months, and the day of Nowruz in a Gregorian year.
#include "persian_calendar.hpp"

#include <gtest/gtest.h>

namespace quarry::dates {
namespace {

TEST(PersianCalendar, DatesToGregorian) {
  EXPECT_EQ(persian_to_civil(1403, 1, 1), (CivilDate{2024, 3, 20}));  // Nowruz 1403
  EXPECT_EQ(persian_to_civil(1404, 1, 1), (CivilDate{2025, 3, 21}));
  EXPECT_EQ(persian_to_civil(1384, 12, 29), (CivilDate{2006, 3, 20}));
  EXPECT_EQ(persian_to_civil(1357, 11, 22), (CivilDate{1979, 2, 11}));  // the revolution's victory day
  EXPECT_EQ(persian_to_civil(1354, 7, 1), (CivilDate{1975, 9, 23}));    // the first 30-day month
  EXPECT_EQ(persian_to_civil(1420, 6, 31), (CivilDate{2041, 9, 21}));   // the last 31-day one
  EXPECT_EQ(persian_to_civil(1300, 10, 11), (CivilDate{1922, 1, 1}));
  EXPECT_EQ(persian_to_civil(1178, 1, 1), (CivilDate{1799, 3, 21}));
  EXPECT_EQ(persian_to_civil(1633, 12, 29), (CivilDate{2255, 3, 20}));
}

TEST(PersianCalendar, EsfandHasThirtyDaysOnlyInLeapYears) {
  EXPECT_EQ(persian_to_civil(1403, 12, 30), (CivilDate{2025, 3, 20}));
  EXPECT_EQ(persian_to_civil(1399, 12, 30), (CivilDate{2021, 3, 20}));
  EXPECT_EQ(persian_to_civil(1404, 12, 30), std::nullopt);
  EXPECT_EQ(persian_to_civil(1403, 7, 31), std::nullopt);
  EXPECT_EQ(persian_to_civil(1403, 13, 1), std::nullopt);
  EXPECT_EQ(persian_to_civil(1403, 1, 0), std::nullopt);
  EXPECT_EQ(persian_to_civil(0, 1, 1), std::nullopt);
  EXPECT_EQ(persian_to_civil(3178, 1, 1), std::nullopt);
}

// Every year ends the day before the next one starts, and runs 365 or 366 days.
TEST(PersianCalendar, YearsFollowOneAnotherWithoutGapOrOverlap) {
  for (int year = 1200; year < 1700; ++year) {
    std::optional<CivilDate> last = persian_to_civil(year, 12, 30);
    if (!last) last = persian_to_civil(year, 12, 29);
    const std::optional<CivilDate> next = persian_to_civil(year + 1, 1, 1);
    ASSERT_TRUE(last && next) << year;
    EXPECT_EQ(add_days(*last, 1), *next) << year;
  }
}

TEST(PersianCalendar, NowruzInAGregorianYear) {
  EXPECT_EQ(nowruz_in(2024), (CivilDate{2024, 3, 20}));
  EXPECT_EQ(nowruz_in(2025), (CivilDate{2025, 3, 21}));
  EXPECT_EQ(nowruz_in(2029), (CivilDate{2029, 3, 20}));  // not a Gregorian leap year, yet the 20th
  EXPECT_EQ(nowruz_in(1990), (CivilDate{1990, 3, 21}));
  EXPECT_EQ(nowruz_in(2100), (CivilDate{2100, 3, 21}));
}

}  // namespace
}  // namespace quarry::dates
