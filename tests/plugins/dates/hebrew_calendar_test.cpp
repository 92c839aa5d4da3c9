// Tests for the Hebrew calendar's new year and Hanukkah, computed from the calendar's rules.
#include "hebrew_calendar.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace quarry::dates {
namespace {

TEST(HebrewCalendar, DaysFromItsRules) {
  EXPECT_EQ(rosh_hashanah(2015), (CivilDate{2015, 9, 14}));
  EXPECT_EQ(rosh_hashanah(2024), (CivilDate{2024, 10, 3}));
  EXPECT_EQ(rosh_hashanah(1990), (CivilDate{1990, 9, 20}));
  EXPECT_EQ(rosh_hashanah(2026), (CivilDate{2026, 9, 12}));
  EXPECT_EQ(hanukkah(2013), (CivilDate{2013, 11, 28}));  // "Thanksgivukkah"
  EXPECT_EQ(hanukkah(2024), (CivilDate{2024, 12, 26}));  // a long Heshvan (a 355-day year)
  EXPECT_EQ(hanukkah(2025), (CivilDate{2025, 12, 15}));  // a short one (354 days)
  EXPECT_EQ(hanukkah(2026), (CivilDate{2026, 12, 5}));
  EXPECT_EQ(lunisolar_day(LunisolarDay::Hanukkah, 2026), hanukkah(2026));
  EXPECT_EQ(lunisolar_day(LunisolarDay::RoshHashanah, 2031), rosh_hashanah(2031));
}

TEST(HebrewCalendar, YearsKeepTheirLawfulLengthsAndWeekdays) {
  for (int year = 1900; year <= 2200; ++year) {
    const CivilDate start = rosh_hashanah(year);
    const int64_t length = days_from_civil(rosh_hashanah(year + 1)) - days_from_civil(start);
    const bool lawful_length = (length >= 353 && length <= 355) || (length >= 383 && length <= 385);
    EXPECT_TRUE(lawful_length) << year << ": " << length << " days";
    EXPECT_NE(weekday(start), 7) << year;  // 1 Tishrei is never a Sunday, Wednesday or Friday
    EXPECT_NE(weekday(start), 3) << year;
    EXPECT_NE(weekday(start), 5) << year;
    EXPECT_TRUE(start.month == 9 || start.month == 10) << year;
    const int64_t to_hanukkah = days_from_civil(hanukkah(year)) - days_from_civil(start);
    EXPECT_TRUE(to_hanukkah == 83 || to_hanukkah == 84) << year;
  }
}

}  // namespace
}  // namespace quarry::dates
