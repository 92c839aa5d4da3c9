// Printing calendar fields as TIMEX3 values.
#include "timex_value.hpp"

#include <gtest/gtest.h>

namespace quarry::dates {
namespace {

TEST(TimexValue, DatesAndCoarserPeriods) {
  EXPECT_EQ(format_timex(date_fields({2025, 1, 24})), "2025-01-24");
  CalendarFields f;
  f.year = 2024;
  f.month = 12;
  EXPECT_EQ(format_timex(f), "2024-12");
  f.month = 0;
  f.week = 3;
  EXPECT_EQ(format_timex(f), "2024-W03");
  f.weekend = true;
  EXPECT_EQ(format_timex(f), "2024-W03-WE");
  CalendarFields q;
  q.year = 1989;
  q.quarter = 3;
  EXPECT_EQ(format_timex(q), "1989-Q3");
  CalendarFields s;
  s.year = 1997;
  s.season = "FA";
  EXPECT_EQ(format_timex(s), "1997-FA");
  CalendarFields d;
  d.decade = 199;
  EXPECT_EQ(format_timex(d), "199");
  CalendarFields c;
  c.century = 19;
  EXPECT_EQ(format_timex(c), "19");
}

TEST(TimexValue, UnknownYearAndTimes) {
  CalendarFields f;
  f.month = 6;
  EXPECT_EQ(format_timex(f), "XXXX-06");
  CalendarFields t = date_fields({2025, 2, 27});
  t.hour = 13;
  t.minute = 38;
  EXPECT_EQ(format_timex(t), "2025-02-27T13:38");
  CalendarFields p = date_fields({1998, 8, 7});
  p.day_part = "MO";
  EXPECT_EQ(format_timex(p), "1998-08-07TMO");
  CalendarFields month_only;
  month_only.year = 2025;
  month_only.month = 2;
  month_only.hour = 10;
  EXPECT_EQ(format_timex(month_only), "2025-02");  // no time without a day
}

}  // namespace
}  // namespace quarry::dates
