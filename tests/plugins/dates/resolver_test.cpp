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
  // no tense to go by: the nearer one, ahead or behind (in a sentence of its own)
  r.begin_sentence();
  EXPECT_EQ(value(r, weekday_expr(1), Tense::Unknown), "2025-01-27");
  r.begin_sentence();
  EXPECT_EQ(value(r, weekday_expr(3), Tense::Unknown), "2025-01-22");
  // after the sentence put a day of the coming week in focus (Monday the 27th, above), the coming one
  EXPECT_EQ(value(r, weekday_expr(1), Tense::Future), "2025-01-27");
  EXPECT_EQ(value(r, weekday_expr(3), Tense::Unknown), "2025-01-29");
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

TEST(Resolver, MovableHolidaysTakeTheYearByTheirDay) {
  // Easter 2013 fell on March 31: ten days after the reference it is still this year's, whatever the tense
  Expression easter;
  easter.kind = ExpressionKind::Calendar;
  easter.holiday.kind = HolidayRule::Kind::Easter;
  easter.fields.month = 4;
  easter.needs_year = true;
  DateResolver r(CivilDate{2013, 3, 21});
  EXPECT_EQ(value(r, easter, Tense::Past), "2013-03-31");
  // US Election Day: the Tuesday on or after Nov 2 (Nov 5 in 2024, Nov 3 in 1998)
  Expression election;
  election.kind = ExpressionKind::Calendar;
  election.holiday = HolidayRule{HolidayRule::Kind::WeekdayOnOrAfter, 11, 2, 0, 2, 0};
  election.fields.month = 11;
  election.needs_year = true;
  DateResolver fall(CivilDate{2024, 11, 1});
  EXPECT_EQ(value(fall, election, Tense::Future), "2024-11-05");
  DateResolver later(CivilDate{1998, 11, 20});
  EXPECT_EQ(value(later, election, Tense::Past), "1998-11-03");
}

TEST(Resolver, DayOfAWeekCountedFromTheReference) {
  // "Monday next week" on Thursday 2013-03-21: the Monday of ISO week 13
  Expression e = shift(Unit::Week, 1);
  e.fields.weekday = 1;
  DateResolver r(CivilDate{2013, 3, 21});
  EXPECT_EQ(value(r, e), "2013-03-25");
  // across New Year: "Friday last week" on 2025-01-02 is 2024-12-27
  Expression f = shift(Unit::Week, -1);
  f.fields.weekday = 5;
  DateResolver ny(CivilDate{2025, 1, 2});
  EXPECT_EQ(value(ny, f), "2024-12-27");
}

TEST(Resolver, UnitBeforeCountsFromTheDateInFocus) {
  DateResolver r(CivilDate{2013, 3, 21});
  Expression named;
  named.kind = ExpressionKind::Calendar;
  named.fields = CalendarFields{};
  named.fields.year = 2012;
  named.fields.month = 3;
  named.fields.day = 1;  // "March 1, 2012" puts a leap day just before
  EXPECT_EQ(value(r, named), "2012-03-01");
  Expression day_before = shift(Unit::Day, -1);
  day_before.anaphoric = true;
  EXPECT_EQ(value(r, day_before), "2012-02-29");
  Expression year_before = shift(Unit::Year, -1);
  year_before.anaphoric = true;
  EXPECT_EQ(value(r, year_before), "2011");
}

TEST(Resolver, ClockTimesWithSeconds) {
  Expression e = shift(Unit::Day, 0);
  e.type = TimexType::Time;
  e.fields.hour = 15;
  e.fields.minute = 51;
  e.fields.second = 22;
  DateResolver r(CivilDate{2013, 3, 21});
  EXPECT_EQ(r.resolve(e, Tense::Unknown).value, "2013-03-21T15:51:22");
  EXPECT_EQ(r.resolve(e, Tense::Unknown).type, TimexType::Time);
}

}  // namespace
}  // namespace quarry::dates
