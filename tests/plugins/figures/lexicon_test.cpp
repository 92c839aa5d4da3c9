// The embedded word lists load, and words carry the roles the scanner relies on.
#include "lexicon.hpp"

#include <gtest/gtest.h>

namespace quarry::figures {
namespace {

TEST(Lexicon, NumberWordsAndScales) {
  const Lexicon& lex = Lexicon::instance();
  ASSERT_NE(lex.find("twenty"), nullptr);
  EXPECT_EQ(lex.find("twenty")->number, 20);
  EXPECT_EQ(lex.find("hundred")->number, 100);
  EXPECT_EQ(lex.find("lakh")->scale, 5);
  EXPECT_EQ(lex.find("crore")->scale, 7);
  EXPECT_EQ(lex.find("bn")->attach, ScaleAttach::kBoth);
  EXPECT_EQ(lex.find("k")->attach, ScaleAttach::kSuffix);
  EXPECT_EQ(lex.find("thirds")->denominator, 3);
  EXPECT_EQ(lex.find("dozen")->multiplier, 12);
}

TEST(Lexicon, Roles) {
  const Lexicon& lex = Lexicon::instance();
  EXPECT_TRUE(lex.has("january", role::kMonth));
  EXPECT_TRUE(lex.has("may", role::kMonthCapital));
  EXPECT_TRUE(lex.has("months", role::kTimeUnit));
  EXPECT_TRUE(lex.has("ist", role::kClock));
  EXPECT_TRUE(lex.has("were", role::kStop | role::kElisionCue));
  EXPECT_TRUE(lex.has("people", role::kPlural));
  EXPECT_TRUE(lex.has("article", role::kLabel));
  EXPECT_FALSE(lex.has("soldiers", role::kStop));
  EXPECT_EQ(lex.find("no-such-word"), nullptr);
}

TEST(Lexicon, PhraseTablesAreFilled) {
  const Lexicon& lex = Lexicon::instance();
  ASSERT_NE(lex.currencies().find_word("₹", tag::kPrefix), nullptr);
  EXPECT_EQ(lex.currencies().find_word("₹", tag::kPrefix)->payload, "INR");
  EXPECT_EQ(lex.currencies().find_word("rupees", tag::kSuffix)->payload, "INR");
  EXPECT_EQ(lex.currencies().find_word("rupees", tag::kPrefix), nullptr);
  EXPECT_NE(lex.measures().find_word("mm"), nullptr);
  EXPECT_EQ(lex.percents().find_word("%")->payload, "percent");
  EXPECT_NE(lex.qualifiers_before().find_word("about"), nullptr);
  EXPECT_EQ(static_cast<Qualifier>(lex.qualifiers_before().find_word("under")->tag), Qualifier::kLessThan);
}

TEST(Lexicon, QualifierNames) {
  for (const Qualifier q : {Qualifier::kExact, Qualifier::kApprox, Qualifier::kAtLeast, Qualifier::kMoreThan,
                            Qualifier::kAtMost, Qualifier::kLessThan, Qualifier::kRange}) {
    EXPECT_EQ(qualifier_from_name(qualifier_name(q)), q);
  }
  EXPECT_FALSE(qualifier_from_name("roughly"));
}

}  // namespace
}  // namespace quarry::figures
