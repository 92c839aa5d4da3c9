#include "quarry/eval/scores.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace quarry::eval {
namespace {

TEST(Prf, RatiosFromCounts) {
  const Prf p{3, 4, 6};
  EXPECT_DOUBLE_EQ(*p.precision(), 0.75);
  EXPECT_DOUBLE_EQ(*p.recall(), 0.5);
  EXPECT_DOUBLE_EQ(*p.f1(), 0.6);  // 2PR/(P+R) = 0.75/1.25
}

TEST(Prf, ZeroDenominatorsAreUndefinedNotZero) {
  const Prf nothing{0, 0, 0};
  EXPECT_FALSE(nothing.precision());
  EXPECT_FALSE(nothing.recall());
  EXPECT_FALSE(nothing.f1());
  const Prf silent{0, 0, 5};  // found nothing of 5
  EXPECT_FALSE(silent.precision());
  EXPECT_DOUBLE_EQ(*silent.recall(), 0.0);
  EXPECT_DOUBLE_EQ(*silent.f1(), 0.0);
  const Prf noisy{0, 3, 0};  // nothing to find, 3 false alarms
  EXPECT_DOUBLE_EQ(*noisy.precision(), 0.0);
  EXPECT_FALSE(noisy.recall());
  EXPECT_DOUBLE_EQ(*noisy.f1(), 0.0);
}

TEST(Accuracy, Ratio) {
  EXPECT_FALSE((Accuracy{0, 0}.value()));
  EXPECT_DOUBLE_EQ(*(Accuracy{1, 4}.value()), 0.25);
}

ListScore one(size_t correct, size_t system, size_t gold, size_t misses) {
  ListScore s;
  s.list = "figures";
  s.headline = "span";
  s.documents = 1;
  s.prf = {{"span", {correct, system, gold}}};
  s.accuracy = {{"value", {correct, correct}}};
  for (size_t i = 0; i < misses; ++i) {
    Example miss;
    miss.document = "d" + std::to_string(i);
    s.record(miss, 2);
  }
  return s;
}

TEST(ListScore, AddSumsCountsAndCapsExamples) {
  ListScore total;
  total.add(one(1, 2, 3, 3), 2);
  total.add(one(2, 2, 2, 1), 2);
  EXPECT_EQ(total.list, "figures");
  EXPECT_EQ(total.documents, 2u);
  EXPECT_EQ(total.prf_of("span").correct, 3u);
  EXPECT_EQ(total.prf_of("span").system, 4u);
  EXPECT_EQ(total.prf_of("span").gold, 5u);
  EXPECT_EQ(total.accuracy_of("value").total, 3u);
  EXPECT_EQ(total.miss_count, 4u);     // all counted
  EXPECT_EQ(total.misses.size(), 2u);  // two kept
  EXPECT_EQ(total.misses[0].document, "d0");
  EXPECT_THROW(total.prf_of("nope"), std::out_of_range);
}

}  // namespace
}  // namespace quarry::eval
