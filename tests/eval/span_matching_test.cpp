#include "quarry/eval/span_matching.hpp"

#include <gtest/gtest.h>

namespace quarry::eval {
namespace {

std::vector<std::pair<size_t, size_t>> pairs(const Matching& m) {
  std::vector<std::pair<size_t, size_t>> out;
  for (const MatchedPair& p : m.pairs) out.emplace_back(p.gold, p.system);
  return out;
}

using Pairs = std::vector<std::pair<size_t, size_t>>;

TEST(SpanMatching, EmptyListsMatchNothing) {
  const Matching none = match_spans({}, {}, MatchRule::kOverlap);
  EXPECT_TRUE(none.pairs.empty());
  const Matching only_gold = match_spans({{0, 5}}, {}, MatchRule::kOverlap);
  EXPECT_EQ(only_gold.unmatched_gold, std::vector<size_t>{0});
  const Matching only_system = match_spans({}, {{0, 5}}, MatchRule::kOverlap);
  EXPECT_EQ(only_system.unmatched_system, std::vector<size_t>{0});
}

TEST(SpanMatching, IdenticalOffsetsWinOverLargerOverlap) {
  // System 0 covers gold 0 entirely (overlap 10) but system 1 has gold 0's exact offsets (overlap 4).
  const Matching m = match_spans({{10, 14}}, {{5, 20}, {10, 14}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(m), (Pairs{{0, 1}}));
  EXPECT_EQ(m.unmatched_system, std::vector<size_t>{0});
}

TEST(SpanMatching, LargestOverlapFirstThenOneToOne) {
  // Gold 0 = 0-10, gold 1 = 8-20. System 0 = 5-18 overlaps gold 0 by 5 and gold 1 by 10: it goes to gold 1,
  // and gold 0 takes system 1 (0-3).
  const Matching m = match_spans({{0, 10}, {8, 20}}, {{5, 18}, {0, 3}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(m), (Pairs{{0, 1}, {1, 0}}));
}

TEST(SpanMatching, DuplicatesAreUsedOnce) {
  const Matching m = match_spans({{0, 4}}, {{0, 4}, {0, 4}, {1, 3}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(m), (Pairs{{0, 0}}));
  EXPECT_EQ(m.unmatched_system, (std::vector<size_t>{1, 2}));
  const Matching g = match_spans({{0, 4}, {0, 4}}, {{0, 4}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(g), (Pairs{{0, 0}}));
  EXPECT_EQ(g.unmatched_gold, std::vector<size_t>{1});
}

TEST(SpanMatching, OneSystemSpanOverTwoGoldSpansMatchesOne) {
  const Matching m = match_spans({{0, 5}, {6, 20}}, {{0, 20}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(m), (Pairs{{1, 0}}));  // 14 bytes shared beat 5
  EXPECT_EQ(m.unmatched_gold, std::vector<size_t>{0});
}

TEST(SpanMatching, TouchingSpansDoNotOverlap) {
  const Matching m = match_spans({{0, 5}}, {{5, 9}}, MatchRule::kOverlap);
  EXPECT_TRUE(m.pairs.empty());
}

TEST(SpanMatching, NestedSpansAreFound) {
  // A long system span far before the gold span still gets considered (the search window uses the longest span).
  const Matching m = match_spans({{100, 104}}, {{0, 2}, {0, 200}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(m), (Pairs{{0, 1}}));
}

TEST(SpanMatching, HalfOfGoldRule) {
  EXPECT_TRUE(eligible({0, 10}, {5, 30}, MatchRule::kHalfOfGold));   // 5 of 10
  EXPECT_FALSE(eligible({0, 10}, {6, 30}, MatchRule::kHalfOfGold));  // 4 of 10
  EXPECT_TRUE(eligible({0, 9}, {0, 5}, MatchRule::kHalfOfGold));     // 5 of 9
  EXPECT_FALSE(eligible({0, 9}, {0, 4}, MatchRule::kHalfOfGold));    // 4 of 9
  EXPECT_TRUE(eligible({0, 10}, {6, 30}, MatchRule::kOverlap));
  const Matching m = match_spans({{0, 10}}, {{7, 12}}, MatchRule::kHalfOfGold);
  EXPECT_TRUE(m.pairs.empty());
}

TEST(SpanMatching, TiesGoToTheCloserStartThenLowerIndex) {
  // Both system spans share 3 bytes with the gold span; the one starting at the same place wins.
  const Matching m = match_spans({{10, 13}}, {{8, 13}, {10, 20}}, MatchRule::kOverlap);
  EXPECT_EQ(pairs(m), (Pairs{{0, 1}}));
}

}  // namespace
}  // namespace quarry::eval
