// The spelled-out number grammar (spelled_numbers.cpp, word_number.hpp) through the real pipeline: fractions
// with compound denominators, mixed numbers, digit groups among number words, ratios, fractions of a scale.
#include <gtest/gtest.h>

#include <cmath>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

using testing::figures_of;
using testing::expect_value;
using testing::only_figure;

TEST(SpelledNumbers, FractionsAfterHundredsAndScales) {
  expect_value("one million two thousand two hundred three fifths", 1002203.0 / 5,
               "one million two thousand two hundred three fifths");
  expect_value("It is ninety-five hundred fifths.", 1900, "ninety-five hundred fifths");
  expect_value("a hundred trillionths", 1e-10, "a hundred trillionths");
  expect_value("a hundred thousand trillionths", 1e-7, "a hundred thousand trillionths");
  expect_value("three twentieths of the vote", 0.15, "three twentieths");
  expect_value("three quarters billion dollars", 7.5e8, "three quarters billion dollars");
}

TEST(SpelledNumbers, CompoundOrdinalDenominators) {
  // A tens word right before a unit ordinal is one ordinal with it, when a numerator comes first.
  expect_value("one hundred thirty fifths", 100.0 / 35, "one hundred thirty fifths");
  expect_value("one hundred thirty-fifths", 100.0 / 35, "one hundred thirty-fifths");
  expect_value("three twenty-firsts", 3.0 / 21, "three twenty-firsts");
  expect_value("one twenty-fifth", 1.0 / 25, "one twenty-fifth");
  expect_value("twenty twenty fifths", 0.8, "twenty twenty fifths");
  expect_value("one one hundred fifth", 1.0 / 105, "one one hundred fifth");
  expect_value("a twenty-first", 1.0 / 21, "a twenty-first");
  // "and" keeps the tens in the numerator.
  expect_value("one hundred and thirty fifths", 26, "one hundred and thirty fifths");
  // Alone, a tens word and an ordinal are numerator and denominator; "first" needs its tens word.
  expect_value("thirty fifths", 6, "thirty fifths");
  // Singular ordinals before a noun are ordinals: "a twenty-first century" has no figure.
  EXPECT_TRUE(figures_of("It is a twenty-first century problem.").empty());
  EXPECT_TRUE(figures_of("It was one twenty-first century idea.").size() <= 1u);
  // "one hundred twenty seconds" stays a duration: "second" is no denominator.
  EXPECT_TRUE(figures_of("It took one hundred twenty seconds.").empty());
}

TEST(SpelledNumbers, SpacedHyphens) {
  expect_value("one - fourth", 0.25, "one - fourth");
  expect_value("five - eighths", 0.625, "five - eighths");
  expect_value("fifty - two people", 52, "fifty - two people");
}

TEST(SpelledNumbers, MixedNumbers) {
  expect_value("one hundred and three quarters", 100.75, "one hundred and three quarters");
  expect_value("two and fifty-four hundredths", 2.54, "two and fifty-four hundredths");
  expect_value("two hundred and fifty-four hundredths", 200.54, "two hundred and fifty-four hundredths");
  expect_value("two hundred thirty two and a thirtieth", 232 + 1.0 / 30, "two hundred thirty two and a thirtieth");
  // After a scale the fraction is of the scale; a smaller scale after it is its own.
  expect_value("two million and three fifths", 2.6e6, "two million and three fifths");
  expect_value("They have two million and one half", 2.5e6, "two million and one half");
  expect_value("six million and two thirds", 6e6 + 2e6 / 3, "six million and two thirds");
  expect_value("one billion and a half million", 1.0005e9, "one billion and a half million");
  expect_value("one billion and three quarters million", 1.00075e9, "one billion and three quarters million");
  expect_value("five and a half million", 5.5e6, "five and a half million");
  expect_value("QVC agreed to pay $19 and one-eighth.", 19.125, "$19 and one-eighth");
}

TEST(SpelledNumbers, MultipliersTakeTheWordsAfterHundred) {
  expect_value("three hundred and two dozens", 324, "three hundred and two dozens");
  expect_value("two dozen eggs", 24, "two dozen eggs");
  expect_value("3 dzs", 36, "3 dzs");
}

TEST(SpelledNumbers, DigitGroupsAmongNumberWords) {
  expect_value("I can give you 3 hundred and 21 yuan.", 321, "3 hundred and 21 yuan");
  expect_value("4 thousand 3 hundred and 21 is a number.", 4321, "4 thousand 3 hundred and 21");
  expect_value("I count 6 crore and two hundred", 60000200, "6 crore and two hundred");
  expect_value("Rs 5 lakh 50 thousand", 550000, "Rs 5 lakh 50 thousand");
  // A second number after "and" that takes its own hundred or scale is a number of its own.
  const auto two = figures_of("3 hundred and 2 hundred are numbers.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0]["value"], 300);
  EXPECT_EQ(two[1]["value"], 200);
  const auto words = figures_of("between one million and three million people");
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0]["low"], 1000000);
  EXPECT_EQ(words[0]["high"], 3000000);
  // After a scale, digits after "and" start a new number ("2 million and 300 were hurt").
  EXPECT_EQ(figures_of("It displaced 2 million and 300 were hurt.").size(), 2u);
  // A number over a thousand in digits is never a group: "4000 3 hundred" is two numbers.
  EXPECT_EQ(figures_of("4000 3 hundred and 21 are two numbers.").size(), 3u);
  // A compound modifier after a scale is not part of the number: "$24 million one-time charge".
  expect_value("a $24 million one-time charge", 24e6, "$24 million");
  expect_value("the entire 11 million-person population", 11e6, "11 million-person");
}

TEST(SpelledNumbers, BareScalePhrases) {
  expect_value("hundred thousand dollars", 100000, "hundred thousand dollars");
  expect_value("It costs quarter million.", 250000, "quarter million");
  expect_value("two thirds of a million", 2e6 / 3, "two thirds of a million");
  expect_value("nearly a quarter of a trillion dollars", 2.5e11, "nearly a quarter of a trillion dollars");
  EXPECT_TRUE(figures_of("He lost a quarter.").empty() || figures_of("He lost a quarter.").size() == 1u);
  EXPECT_TRUE(figures_of("the first quarter results").empty());
  // "a half" before a measure: "a half percentage point", "a quarter mile"; not "a third term".
  const auto point = only_figure("The Fed cut rates by a half percentage point.");
  EXPECT_EQ(point["value"], 0.5);
  EXPECT_EQ(point["unit"], "percentage points");
  EXPECT_EQ(only_figure("It is a quarter mile away.")["unit"], "mile");
  EXPECT_TRUE(figures_of("He won a third term.").empty());
}

TEST(SpelledNumbers, Ratios) {
  expect_value("one out of three", 1.0 / 3, "one out of three");
  expect_value("1 in twenty-one", 1.0 / 21, "1 in twenty-one");
  const auto voters = only_figure("Six in 10 Democratic voters backed her.");
  EXPECT_NEAR(voters.value("value", -1.0), 0.6, 1e-12);
  EXPECT_EQ(voters["unit"], "voters");
  EXPECT_EQ(only_figure("nearly three in 10 voters")["qualifier"], "approx");
  // Not ratios: a larger first number, a year, a time unit, a name.
  EXPECT_EQ(figures_of("I count 12 in six boxes").size(), 2u);
  EXPECT_EQ(figures_of("He scored 3 in 10 minutes.").size(), 1u);
  EXPECT_EQ(figures_of("Five out of three pieces").size(), 2u);
  EXPECT_EQ(only_figure("He acquired Uranium One in three separate transactions.")["value"], 3);
}

TEST(SpelledNumbers, ScientificNotation) {
  expect_value("1.3x10^6", 1.3e6, "1.3x10^6");
  expect_value("6.23x10^-4", 6.23e-4, "6.23x10^-4");
  expect_value("-1.1^--23", -std::pow(1.1, 23), "-1.1^--23");
  expect_value("1.1^+23", std::pow(1.1, 23), "1.1^+23");
}

}  // namespace
}  // namespace quarry::figures
