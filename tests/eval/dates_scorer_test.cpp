#include <gtest/gtest.h>

#include "quarry/eval/list_scorers.hpp"
#include "scorer_test_support.hpp"

namespace quarry::eval {
namespace {

using namespace testing;

// 0         1         2         3         4         5         6
// 0123456789012345678901234567890123456789012345678901234567890123
// On Friday (Jan 24) he said that last week, for four months, ...
const std::string kText = "On Friday (Jan 24) he said that last week, for four months, talks stalled weekly.";
const DocumentRef kDoc{"doc", kText};

std::vector<DateEntry> gold() {
  return {date(3, 18, "DATE", "2025-01-24"), date(32, 41, "DATE", "2025-W03"), date(47, 58, "DURATION", "P4M"),
          date(74, 80, "SET", "P1W")};
}

TEST(DatesScorer, TempEval3Metrics) {
  const std::vector<DateEntry> system = {date(3, 9, "DATE", "2025-01-24"),      // relaxed only, right value
                                         date(32, 41, "DATE", "2025-W04"),      // strict, wrong value
                                         date(47, 58, "DURATION", "P4M"),       // strict, right
                                         date(60, 65, "DATE", "PRESENT_REF")};  // false alarm ("talks")
  const ListScore s = score_dates(kDoc, gold(), system, {});
  EXPECT_EQ(s.prf_of("strict").correct, 2u);
  EXPECT_EQ(s.prf_of("relaxed").correct, 3u);
  EXPECT_DOUBLE_EQ(*s.prf_of("relaxed").precision(), 0.75);
  EXPECT_DOUBLE_EQ(*s.prf_of("relaxed").recall(), 0.75);
  EXPECT_EQ(s.prf_of("value").correct, 2u);
  EXPECT_DOUBLE_EQ(*s.prf_of("value").f1(), 0.5);  // P = 2/4, R = 2/4
  EXPECT_EQ(s.prf_of("type").correct, 3u);
  EXPECT_EQ(s.accuracy_of("value").correct, 2u);
  EXPECT_EQ(s.accuracy_of("value").total, 3u);
  // Value F1 = relaxed F1 x value accuracy, as in the TempEval-3 paper.
  EXPECT_DOUBLE_EQ(*s.prf_of("value").f1(), *s.prf_of("relaxed").f1() * *s.accuracy_of("value").value());
  EXPECT_EQ(s.miss_count, 1u);
  EXPECT_EQ(s.false_alarm_count, 1u);
  EXPECT_EQ(s.mismatch_count, 1u);
}

TEST(DatesScorer, ValuesAreExactStrings) {
  const ListScore s = score_dates(kDoc, {date(3, 18, "DATE", "2025-01-24")}, {date(3, 18, "date", "2025-1-24")}, {});
  EXPECT_EQ(s.prf_of("strict").correct, 1u);
  EXPECT_EQ(s.prf_of("type").correct, 0u);
  EXPECT_EQ(s.prf_of("value").correct, 0u);
}

TEST(DatesScorer, IdenticalOffsetsFirstMaximisesStrict) {
  // The long system span would take "Friday (Jan 24)" by overlap, but the exact one is paired first.
  const std::vector<DateEntry> system = {date(0, 26, "DATE", "2025-01-24"), date(3, 18, "DATE", "2025-01-24")};
  const ListScore s = score_dates(kDoc, {date(3, 18, "DATE", "2025-01-24")}, system, {});
  EXPECT_EQ(s.prf_of("strict").correct, 1u);
  EXPECT_EQ(s.prf_of("relaxed").system, 2u);
  EXPECT_EQ(s.false_alarm_count, 1u);
}

}  // namespace
}  // namespace quarry::eval
