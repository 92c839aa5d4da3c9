#include <gtest/gtest.h>

#include "quarry/eval/list_scorers.hpp"
#include "scorer_test_support.hpp"

namespace quarry::eval {
namespace {

using namespace testing;

// 0         1         2         3         4
// 01234567890123456789012345678901234567890123456
// about 11,000 troops and 1,500 tanks, 3-5 ships
const std::string kText = "about 11,000 troops and 1,500 tanks, 3-5 ships";
const DocumentRef kDoc{"doc", kText};

TEST(FiguresScorer, PerfectSystem) {
  const std::vector<Figure> gold = {figure(0, 19, 11000, "approx", "troops"), figure(24, 35, 1500, "exact", "tanks"),
                                    range(37, 46, 3, 5, "ships")};
  const ListScore s = score_figures(kDoc, gold, gold, {});
  EXPECT_EQ(s.prf_of("span").correct, 3u);
  EXPECT_DOUBLE_EQ(*s.prf_of("span").f1(), 1.0);
  EXPECT_DOUBLE_EQ(*s.prf_of("e2e").f1(), 1.0);
  EXPECT_DOUBLE_EQ(*s.accuracy_of("value").value(), 1.0);
  EXPECT_DOUBLE_EQ(*s.accuracy_of("qualifier").value(), 1.0);
  EXPECT_DOUBLE_EQ(*s.accuracy_of("unit").value(), 1.0);
  EXPECT_EQ(s.miss_count + s.false_alarm_count + s.mismatch_count, 0u);
}

TEST(FiguresScorer, OverlapMatchesAndWrongValuesCostOnlyE2e) {
  const std::vector<Figure> gold = {figure(0, 19, 11000, "approx", "troops"), figure(24, 35, 1500, "exact", "tanks")};
  // The system finds "11,000" alone (overlap) with the right value, "1,500" with a wrong value, and "ships".
  const std::vector<Figure> system = {figure(6, 12, 11000, "exact", "Troops"), figure(24, 29, 15000, "exact", "tanks"),
                                      figure(41, 46, 3)};
  const ListScore s = score_figures(kDoc, gold, system, keeping(5));
  EXPECT_EQ(s.prf_of("span").correct, 2u);
  EXPECT_EQ(s.prf_of("span").system, 3u);
  EXPECT_EQ(s.prf_of("span").gold, 2u);
  EXPECT_EQ(s.prf_of("e2e").correct, 1u);
  EXPECT_EQ(s.prf_of("e2e").system, 3u);
  EXPECT_EQ(s.prf_of("e2e").gold, 2u);
  EXPECT_EQ(s.accuracy_of("value").correct, 1u);
  EXPECT_EQ(s.accuracy_of("qualifier").correct, 1u);  // approx vs exact is wrong
  EXPECT_EQ(s.accuracy_of("unit").correct, 2u);       // units compare case-folded
  EXPECT_EQ(s.false_alarm_count, 1u);
  ASSERT_EQ(s.mismatches.size(), 2u);
  EXPECT_EQ(s.mismatches[0].note, "wrong qualifier");
  EXPECT_EQ(s.mismatches[1].note, "wrong value");
  EXPECT_EQ(s.false_alarms[0].system_text, "ships");
}

TEST(FiguresScorer, RangeNeedsBothEnds) {
  const std::vector<Figure> gold = {range(37, 46, 3, 5)};
  EXPECT_EQ(score_figures(kDoc, gold, {range(37, 40, 3, 5)}, {}).prf_of("e2e").correct, 1u);
  EXPECT_EQ(score_figures(kDoc, gold, {range(37, 40, 3, 6)}, {}).prf_of("e2e").correct, 0u);
  EXPECT_EQ(score_figures(kDoc, gold, {figure(37, 40, 3)}, {}).prf_of("e2e").correct, 0u);  // low/high null
}

TEST(FiguresScorer, GoldWithoutValueCountsForSpanOnly) {
  // MeasEval: the second gold figure has no value key; the system entry matched to it is left out of e2e.
  Figure unknown = figure(24, 35, std::nullopt);
  unknown.value.annotated = unknown.low.annotated = unknown.high.annotated = false;
  unknown.qualifier.annotated = false;
  const std::vector<Figure> gold = {figure(0, 19, 11000), unknown};
  const std::vector<Figure> system = {figure(6, 12, 11000), figure(24, 29, 7, "approx")};
  const ListScore s = score_figures(kDoc, gold, system, {});
  EXPECT_EQ(s.prf_of("span").correct, 2u);
  EXPECT_EQ(s.accuracy_of("value").total, 1u);
  EXPECT_EQ(s.accuracy_of("qualifier").total, 1u);  // not annotated: not checked
  EXPECT_EQ(s.prf_of("e2e").correct, 1u);
  EXPECT_EQ(s.prf_of("e2e").system, 1u);
  EXPECT_EQ(s.prf_of("e2e").gold, 1u);
  EXPECT_EQ(s.mismatch_count, 0u);
}

TEST(FiguresScorer, EmptyLists) {
  const ListScore none = score_figures(kDoc, {}, {}, {});
  EXPECT_FALSE(none.prf_of("span").f1());
  EXPECT_EQ(none.documents, 1u);
  const ListScore silent = score_figures(kDoc, {figure(0, 19, 11000)}, {}, keeping(1));
  EXPECT_DOUBLE_EQ(*silent.prf_of("span").recall(), 0.0);
  EXPECT_FALSE(silent.prf_of("span").precision());
  ASSERT_EQ(silent.misses.size(), 1u);
  EXPECT_EQ(silent.misses[0].gold_text, "about 11,000 troops");
  const ListScore noisy = score_figures(kDoc, {}, {figure(0, 5, 1)}, {});
  EXPECT_DOUBLE_EQ(*noisy.prf_of("span").precision(), 0.0);
  EXPECT_EQ(noisy.false_alarm_count, 1u);
}

TEST(FiguresScorer, DuplicateSystemEntriesAreFalseAlarms) {
  const std::vector<Figure> gold = {figure(6, 12, 11000)};
  const ListScore s = score_figures(kDoc, gold, {figure(6, 12, 11000), figure(6, 12, 11000)}, {});
  EXPECT_EQ(s.prf_of("span").correct, 1u);
  EXPECT_EQ(s.prf_of("span").system, 2u);
  EXPECT_DOUBLE_EQ(*s.prf_of("span").precision(), 0.5);
}

}  // namespace
}  // namespace quarry::eval
