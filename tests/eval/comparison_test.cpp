#include "quarry/eval/comparison.hpp"

#include <gtest/gtest.h>

namespace quarry::eval {
namespace {

TEST(Fold, CaseAndSpace) {
  EXPECT_EQ(fold("  Donald \t Trump\n"), "donald trump");
  EXPECT_EQ(fold("Kim\xC2\xA0Jong-un"), "kim jong-un");
  EXPECT_EQ(fold("\xC3\x89LYS\xC3\x89"
                 "E"),
            "\xC3\x89lys\xC3\x89"
            "e");  // non-ASCII bytes kept as they are
  EXPECT_EQ(fold(""), "");
}

TEST(SameNumber, ExactUpToRounding) {
  EXPECT_TRUE(same_number(1500000, 1.5 * 1e6));
  EXPECT_TRUE(same_number(0.1 + 0.2, 0.3));
  EXPECT_FALSE(same_number(11000, 11001));
  EXPECT_FALSE(same_number(0, 1e-12));
}

TEST(Same, NullEqualsNullOnly) {
  EXPECT_TRUE(same(Attribute<double>::null(), Attribute<double>::null()));
  EXPECT_TRUE(same(Attribute<double>::null(), Attribute<double>::absent()));  // a key left out is null
  EXPECT_FALSE(same(Attribute<double>::of(0), Attribute<double>::null()));
  EXPECT_TRUE(
      same_folded(Attribute<std::string>::of("Defense Minister"), Attribute<std::string>::of("defense  minister")));
  EXPECT_FALSE(same_exact(Attribute<std::string>::of("DATE"), Attribute<std::string>::of("date")));
  EXPECT_FALSE(same_folded(Attribute<std::string>::of("x"), Attribute<std::string>::null()));
}

TEST(Describe, Values) {
  EXPECT_EQ(describe("value", Attribute<double>::of(11000)), "value=11000");
  EXPECT_EQ(describe("value", Attribute<double>::of(2.5)), "value=2.5");
  EXPECT_EQ(describe("value", Attribute<double>::null()), "value=null");
  EXPECT_EQ(describe("value", Attribute<double>::absent()), "");
  EXPECT_EQ(describe("unit", Attribute<std::string>::of("troops")), "unit=troops");
}

}  // namespace
}  // namespace quarry::eval
