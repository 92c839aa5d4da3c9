// The value arithmetic of the sentence-level rules, alone: a range's end year and day, and the year a
// sentence's fronted expression names. (The rules themselves run through the pipeline in cases.jsonl.)
#include "sentence_rules.hpp"

#include <gtest/gtest.h>

namespace quarry::dates {
namespace {

TEST(SentenceRules, ARangeEndMonthBeforeTheStartsIsInTheNextYear) {
  EXPECT_EQ(range_end_year("2014-12", 3, 0), 2015);  // between December and March
  EXPECT_EQ(range_end_year("2015-03", 6, 0), 2015);  // from March to June
  EXPECT_EQ(range_end_year("2015-03", 3, 0), 2015);
  EXPECT_EQ(range_end_year("2015-12-24", 1, 2), 2016);    // Dec. 24 through Jan. 2
  EXPECT_EQ(range_end_year("2012-06-01", 11, 30), 2012);  // from June 1 to November 30
  EXPECT_EQ(range_end_year("2012-06-20", 6, 25), 2012);   // June 20 to June 25
  EXPECT_EQ(range_end_year("2012-06-20", 6, 5), 2013);    // a day before the start's, in the same month
  EXPECT_EQ(range_end_year("2012-06", 6, 5), 2012);       // (a start with no day: the same month's)
}

TEST(SentenceRules, ARangeEndYearNeedsAStartWithAYearAndMonth) {
  EXPECT_EQ(range_end_year("XXXX-12", 3, 0), -1);
  EXPECT_EQ(range_end_year("2015", 3, 0), -1);
  EXPECT_EQ(range_end_year("PAST_REF", 3, 0), -1);
  EXPECT_EQ(range_end_year("", 3, 0), -1);
}

TEST(SentenceRules, AClockRangeEndRollsPastMidnight) {
  // between 6 p.m. Tuesday and 4 a.m.
  EXPECT_EQ(clock_range_end_value("2012-02-28T18:00", "2012-02-29T04:00"), "2012-02-29T04:00");
  EXPECT_EQ(clock_range_end_value("2012-02-28T18:00", "2012-02-20T04:00"), "2012-02-29T04:00");
  // from 9 a.m. to noon: the same day
  EXPECT_EQ(clock_range_end_value("2012-02-28T09:00", "2012-03-01T12:00"), "2012-02-28T12:00");
  // across a year end and a leap day
  EXPECT_EQ(clock_range_end_value("2019-12-31T22:00", "2019-12-31T02:00"), "2020-01-01T02:00");
  EXPECT_EQ(clock_range_end_value("2016-02-28T23:00", "2016-02-28T01:30"), "2016-02-29T01:30");
}

TEST(SentenceRules, AClockRangeEndIsLeftAsItIsWhenTheStartSaysNoHour) {
  EXPECT_EQ(clock_range_end_value("2016-09-22T24:00", "2016-09-23T06:00"), "2016-09-23T06:00");  // from midnight
  EXPECT_EQ(clock_range_end_value("2016-09-22", "2016-09-23T06:00"), "2016-09-23T06:00");
  EXPECT_EQ(clock_range_end_value("2016-09-22TNI", "2016-09-23T06:00"), "2016-09-23T06:00");
  EXPECT_EQ(clock_range_end_value("garbage", "also"), "also");
}

TEST(SentenceRules, OnlyAPlainYearValueFramesASentence) {
  EXPECT_EQ(year_of_value("2008"), 2008);
  EXPECT_EQ(year_of_value("2008-09"), 0);
  EXPECT_EQ(year_of_value("200"), 0);  // a decade
  EXPECT_EQ(year_of_value("PAST"), 0);
  EXPECT_EQ(year_of_value(""), 0);
}

}  // namespace
}  // namespace quarry::dates
