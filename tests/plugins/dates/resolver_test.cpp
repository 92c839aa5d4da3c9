// Resolution of recognized expressions against fixed reference dates: weeks across New Year, leap days,
// tense-dependent weekdays and months, quarter anaphora, and the underspecified values with no reference.
#include "resolver.hpp"

#include <gtest/gtest.h>

namespace quarry::dates {
namespace {

Expression shift(Unit unit, int offset) {
  Expression e;
  e.kind = ExpressionKind::Shift;
  e.unit = unit;
  e.offset = offset;
  e.weekday_mode = WeekdayMode::This;
  return e;
}

Expression weekday_expr(int day, WeekdayMode mode = WeekdayMode::ByTense) {
  Expression e;
  e.kind = ExpressionKind::Weekday;
  e.weekday = day;
  e.weekday_mode = mode;
  return e;
}

Expression bare_month(int month) {
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.month = month;
  e.needs_year = true;
  return e;
}

std::string value(DateResolver& r, const Expression& e, Tense tense = Tense::Unknown) {
  return r.resolve(e, tense).value;
}

TEST(Resolver, LastWeekAcrossNewYear) {
  DateResolver r(CivilDate{2025, 1, 2});
  EXPECT_EQ(value(r, shift(Unit::Week, -1)), "2024-W52");
  EXPECT_EQ(value(r, shift(Unit::Week, 0)), "2025-W01");  // 2025-W01 began on 2024-12-30
  DateResolver seed(CivilDate{2024, 12, 23});
  EXPECT_EQ(value(seed, shift(Unit::Week, -1)), "2024-W51");
  DateResolver w53(CivilDate{2021, 1, 8});
  EXPECT_EQ(value(w53, shift(Unit::Week, -1)), "2020-W53");
}

TEST(Resolver, DaysAcrossLeapDays) {
  DateResolver r(CivilDate{2024, 3, 1});
  EXPECT_EQ(value(r, shift(Unit::Day, -1)), "2024-02-29");
  DateResolver leap(CivilDate{2024, 2, 29});
  EXPECT_EQ(value(leap, shift(Unit::Day, 1)), "2024-03-01");
  EXPECT_EQ(value(leap, shift(Unit::Year, -1)), "2023");
  DateResolver new_year(CivilDate{2025, 1, 1});
  EXPECT_EQ(value(new_year, shift(Unit::Day, -1)), "2024-12-31");
  EXPECT_EQ(value(new_year, shift(Unit::Month, -1)), "2024-12");
  EXPECT_EQ(value(new_year, shift(Unit::Quarter, -1)), "2024-Q4");
}

TEST(Resolver, WeekdaysByTense) {
  DateResolver r(CivilDate{2025, 1, 24});  // a Friday
  EXPECT_EQ(value(r, weekday_expr(5), Tense::Past), "2025-01-24");
  EXPECT_EQ(value(r, weekday_expr(4), Tense::Past), "2025-01-23");
  EXPECT_EQ(value(r, weekday_expr(1), Tense::Future), "2025-01-27");
  EXPECT_EQ(value(r, weekday_expr(1), Tense::Unknown), "2025-01-20");
  EXPECT_EQ(value(r, weekday_expr(5, WeekdayMode::Last)), "2025-01-17");
  EXPECT_EQ(value(r, weekday_expr(5, WeekdayMode::Next)), "2025-01-31");
  EXPECT_EQ(value(r, weekday_expr(1, WeekdayMode::This)), "2025-01-20");
}

TEST(Resolver, BareMonthsByTense) {
  DateResolver r(CivilDate{2024, 12, 23});
  EXPECT_EQ(value(r, bare_month(6), Tense::Past), "2024-06");
  EXPECT_EQ(value(r, bare_month(12), Tense::Past), "2024-12");
  EXPECT_EQ(value(r, bare_month(1), Tense::Future), "2025-01");
  EXPECT_EQ(value(r, bare_month(12), Tense::Future), "2024-12");
  DateResolver january(CivilDate{2025, 1, 10});
  EXPECT_EQ(value(january, bare_month(12), Tense::Unknown), "2024-12");
}

TEST(Resolver, MonthAndDayTakeTheNearestYear) {
  DateResolver r(CivilDate{2000, 1, 5});
  Expression deadline = bare_month(1);
  deadline.fields.day = 14;
  EXPECT_EQ(value(r, deadline, Tense::Past), "2000-01-14");
  Expression december = bare_month(12);
  december.fields.day = 30;
  EXPECT_EQ(value(r, december), "1999-12-30");
  Expression leap_day = bare_month(2);
  leap_day.fields.day = 29;
  DateResolver in_2025(CivilDate{2025, 3, 1});
  EXPECT_EQ(value(in_2025, leap_day), "2024-02-29");  // 2025 has no Feb 29
}

TEST(Resolver, WeekdayWithDateAnchorsLaterWeekday) {
  DateResolver r(CivilDate{2025, 1, 30});
  Expression dated = bare_month(1);
  dated.fields.day = 24;
  dated.fields.weekday = 5;
  EXPECT_EQ(value(r, dated), "2025-01-24");
  EXPECT_EQ(value(r, weekday_expr(5), Tense::Past), "2025-01-24");
}

TEST(Resolver, YearAgoFollowsTheQuarterInFocus) {
  DateResolver r(CivilDate{1989, 11, 2});
  Expression quarter;
  quarter.kind = ExpressionKind::Calendar;
  quarter.fields.quarter = 3;
  quarter.needs_year = true;
  EXPECT_EQ(value(r, quarter, Tense::Past), "1989-Q3");
  Expression ago = shift(Unit::Year, -1);
  ago.follows_quarter = true;
  EXPECT_EQ(value(r, ago), "1988-Q3");
  DateResolver plain(CivilDate{1989, 11, 2});
  EXPECT_EQ(value(plain, ago), "1988");
}

TEST(Resolver, SeasonsRelativeToTheReference) {
  Expression last_fall;
  last_fall.kind = ExpressionKind::Season;
  last_fall.fields.season = "FA";
  last_fall.fields.month = 9;
  last_fall.offset = -1;
  DateResolver february(CivilDate{1998, 2, 6});
  EXPECT_EQ(value(february, last_fall), "1997-FA");
  Expression next_summer = last_fall;
  next_summer.fields.season = "SU";
  next_summer.fields.month = 6;
  next_summer.offset = 1;
  EXPECT_EQ(value(february, next_summer), "1998-SU");
}

TEST(Resolver, NoReferenceLeavesValuesUnderspecified) {
  DateResolver r(std::nullopt);
  EXPECT_EQ(value(r, shift(Unit::Week, -1)), "XXXX-WXX");
  EXPECT_EQ(value(r, shift(Unit::Day, -1)), "XXXX-XX-XX");
  EXPECT_EQ(value(r, shift(Unit::Year, 0)), "XXXX");
  EXPECT_EQ(value(r, bare_month(6), Tense::Past), "XXXX-06");
  EXPECT_EQ(value(r, weekday_expr(1), Tense::Past), "XXXX-WXX-1");
}

}  // namespace
}  // namespace quarry::dates
