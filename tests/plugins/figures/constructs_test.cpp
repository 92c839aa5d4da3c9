// One test per construct of the issue, run through the real pipeline: digits, words, scales, Indian notation,
// fractions, qualifiers, ranges, units and counted nouns, elided nouns.
#include <gtest/gtest.h>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

using testing::figures_of;
using testing::expect_value;
using testing::only_figure;

TEST(FigureConstructs, DigitGroupings) {
  expect_value("They sent 11,000 troops.", 11000, "11,000 troops");
  expect_value("as many as 1,00,000 troops", 100000, "as many as 1,00,000 troops");
  expect_value("A crowd of 12 000 people.", 12000, "12 000 people");
  expect_value("A crowd of 12\u00a0000 people.", 12000, "12\u00a0000 people");
  expect_value("Prices rose by 2.5 points.", 2.5, "2.5 points");
  expect_value("It fell to 0.5 points.", 0.5, "0.5 points");
  expect_value("Temperatures fell to -5 degrees.", -5, "-5 degrees");
  // Treebank-tokenized text: "10 , 000 monkeys"; edited text's "1, 2, 3" stays a list.
  expect_value("predicts that 10 , 000 monkeys will type", 10000, "10 , 000 monkeys");
  EXPECT_EQ(figures_of("Scores were 1, 200 and 3.").size(), 3u);
  // A decimal comma, but not in a citation.
  expect_value("The number is 1,3.", 1.3, "1,3");
  expect_value("It was 1.111,11 in total.", 1111.11, "1.111,11");
  EXPECT_TRUE(figures_of("as shown before [25,14] and (4,35–38,44).").empty());
}

TEST(FigureConstructs, NumberWords) {
  expect_value("six North Koreans were killed", 6, "six North Koreans");
  expect_value("twenty-five people", 25, "twenty-five people");
  expect_value("a hundred people", 100, "a hundred people");
  expect_value("three hundred thousand people", 300000, "three hundred thousand people");
  expect_value("a dozen drones", 12, "a dozen drones");
  expect_value("half a dozen drones", 6, "half a dozen drones");
  expect_value("one hundred and six villages", 106, "one hundred and six villages");
  expect_value("Two North Korean soldiers were captured.", 2, "Two North Korean soldiers");
}

TEST(FigureConstructs, Scales) {
  expect_value("1.5 million people", 1500000, "1.5 million people");
  expect_value("It cost $2bn.", 2e9, "$2bn");
  expect_value("It cost £1.2m.", 1.2e6, "£1.2m");
  expect_value("We need 10k volunteers.", 10000, "10k volunteers");
  expect_value("It has 3 billion users.", 3e9, "3 billion users");
  expect_value("Super PACs raised $64.8million.", 64.8e6, "$64.8million");
}

TEST(FigureConstructs, IndianNotation) {
  expect_value("may send 1 lakh troops", 100000, "1 lakh troops");
  expect_value("about 3 lakh people", 300000, "about 3 lakh people");
  expect_value("a fine of 2 crore", 2e7, "2 crore");
  const auto f = only_figure("a package of Rs 1.2 lakh crore");
  EXPECT_EQ(f["value"], 1200000000000);
  EXPECT_EQ(f["unit"], "INR");
  EXPECT_EQ(f["text"], "Rs 1.2 lakh crore");
}

TEST(FigureConstructs, Fractions) {
  expect_value("two-thirds of voters", 2.0 / 3.0, "two-thirds of voters");
  expect_value("half of the troops", 0.5, "half of the troops");
  expect_value("more than half of them", 0.5, "more than half of them");
  expect_value("a quarter of the voters", 0.25, "a quarter of the voters");
  expect_value("one and a half million barrels", 1500000, "one and a half million barrels");
  expect_value("It took 10 1/2 miles of cable.", 10.5, "10 1/2 miles");
  expect_value("Add 3/4 cup of flour.", 0.75, "3/4 cup");
  expect_value("The answer is one over three.", 1.0 / 3.0, "one over three");
  // "over" before a counted divisor is a qualifier or a preposition, not a fraction.
  EXPECT_EQ(figures_of("I want to earn $2000 over 3 years.").size(), 1u);
}

TEST(FigureConstructs, Qualifiers) {
  const std::pair<const char*, const char*> cases[] = {
      {"about 300 soldiers", "approx"},
      {"around 300 soldiers", "approx"},
      {"roughly 300 soldiers", "approx"},
      {"some 300 soldiers", "approx"},
      {"an estimated 300 soldiers", "approx"},
      {"nearly 300 soldiers", "approx"},
      {"almost 300 soldiers", "approx"},
      {"at least 300 soldiers", "at_least"},
      {"no fewer than 300 soldiers", "at_least"},
      {"over 300 soldiers", "more_than"},
      {"more than 300 soldiers", "more_than"},
      {"above 300 soldiers", "more_than"},
      {"up to 300 soldiers", "at_most"},
      {"as many as 300 soldiers", "at_most"},
      {"under 300 soldiers", "less_than"},
      {"fewer than 300 soldiers", "less_than"},
      {"less than 300 soldiers", "less_than"},
      {"300 or more soldiers", "at_least"},
      {"300 soldiers", "exact"},
  };
  for (const auto& [text, qualifier] : cases) {
    const auto f = only_figure(text);
    EXPECT_EQ(f.value("qualifier", std::string()), qualifier) << text;
    EXPECT_EQ(f["value"], 300) << text;
    EXPECT_EQ(f["unit"], "soldiers") << text;
  }
  // Words before the number that are not qualifiers stay out of the span.
  EXPECT_EQ(only_figure("an initial 15,000 North Korean troops")["text"], "15,000 North Korean troops");
  // A modal verb does not change the qualifier.
  EXPECT_EQ(only_figure("Russia may send 300 soldiers")["qualifier"], "exact");
}

TEST(FigureConstructs, QualifierWordsBetweenTwoNumbers) {
  // "or more than" qualifies the number after it, not the one before.
  const auto two = figures_of("His score is 5000 or more than 4500.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0]["qualifier"], "exact");
  EXPECT_EQ(two[1]["qualifier"], "more_than");
  EXPECT_EQ(two[1]["value"], 4500);
  const auto money = figures_of("He is worth either less than $1 billion or more than $42 billion.");
  ASSERT_EQ(money.size(), 2u);
  EXPECT_EQ(money[0]["qualifier"], "less_than");
  EXPECT_EQ(money[1]["qualifier"], "more_than");
  // With nothing after it, "or greater than" is the number's own.
  EXPECT_EQ(only_figure("His score is 200 or greater than")["qualifier"], "at_least");
  // "or equal (to)" includes the bound.
  EXPECT_EQ(only_figure("His score is less than 5000 or equal")["qualifier"], "at_most");
  EXPECT_EQ(only_figure("His score is more than 5000 or equal to it")["qualifier"], "at_least");
  EXPECT_EQ(figures_of("more than 5000 or equal to 6000")[0]["qualifier"], "more_than");
  // A comparison before a negative number: "<-30".
  const auto negative = only_figure("Is it still the case when <-30");
  EXPECT_EQ(negative["value"], -30);
  EXPECT_EQ(negative["qualifier"], "less_than");
}

TEST(FigureConstructs, Ranges) {
  const std::string cases[] = {"between 1,000 and 3,000 North Korean troops", "1,000-3,000 troops",
                               "1,000 to 3,000 troops", "from 1,000 to 3,000 troops", "1,000–3,000 troops"};
  for (const std::string& text : cases) {
    const auto f = only_figure(text);
    EXPECT_TRUE(f["value"].is_null()) << text;
    EXPECT_EQ(f["low"], 1000) << text;
    EXPECT_EQ(f["high"], 3000) << text;
    EXPECT_EQ(f["qualifier"], "range") << text;
    EXPECT_EQ(f["unit"], "troops") << text;
  }
  const auto scaled = only_figure("between 5 and 10 million people");
  EXPECT_EQ(scaled["low"], 5000000);
  EXPECT_EQ(scaled["high"], 10000000);
  const auto money = only_figure("$5-10 million");
  EXPECT_EQ(money["low"], 5000000);
  EXPECT_EQ(money["unit"], "USD");
  // A unit after each end: "from 5 percent to 25 percent", "10 km - 20 km"; "to" needs "from" then.
  const auto percents = only_figure("Tariffs ranging from 5 percent to 25 percent.");
  EXPECT_EQ(percents["low"], 5);
  EXPECT_EQ(percents["high"], 25);
  EXPECT_EQ(percents["unit"], "percent");
  EXPECT_EQ(only_figure("a stretch of 10 km - 20 km")["unit"], "km");
  EXPECT_EQ(only_figure("altitudes from 120 m to 380 m")["high"], 380);
  EXPECT_EQ(figures_of("She lost the state 36 percent to 51 percent.").size(), 2u);
  EXPECT_EQ(figures_of("It went from 5 km to 10 miles.").size(), 2u);
  EXPECT_EQ(figures_of("By 58%-33%, voters agreed.")[1]["value"], 33);  // a split, no minus sign
  EXPECT_EQ(only_figure("a value of ∼−27‰")["value"], -27);
  const auto tilde = only_figure("These apples are about 20~100");
  EXPECT_EQ(tilde["low"], 20);
  EXPECT_EQ(tilde["high"], 100);
  const auto bounds = only_figure("The number is above 1000 and below 1500.");
  EXPECT_EQ(bounds["low"], 1000);
  EXPECT_EQ(bounds["high"], 1500);
  // A change is not a range: "fell 6.6% to $486.6 million" has two figures.
  EXPECT_EQ(figures_of("Net fell 6.6% to $486.6 million.").size(), 2u);
  // Nor is a descending pair ("5 to 4").
  EXPECT_EQ(figures_of("The vote was 5 to 4 votes.").size(), 2u);
}

TEST(FigureConstructs, MeasuresCurrenciesPercents) {
  const auto mm = only_figure("supplying 240mm rocket launchers");
  EXPECT_EQ(mm["text"], "240mm");
  EXPECT_EQ(mm["unit"], "mm");
  EXPECT_EQ(only_figure("a 2.5-mile stretch")["unit"], "mile");
  EXPECT_EQ(only_figure("a six-mile trip")["unit"], "mile");
  EXPECT_EQ(only_figure("an area of 660 square meters")["unit"], "square meters");
  // A larger and a smaller unit make one measure.
  expect_value("he is 5 feet 2 inches", 5 + 2.0 / 12, "5 feet 2 inches");
  expect_value("The length is 12 ft 2 in more or less", 12 + 2.0 / 12, "12 ft 2 in");
  expect_value("He stood five feet and two inches tall.", 5 + 2.0 / 12, "five feet and two inches");
  expect_value("The baby weighed 7 lb 4 oz.", 7.25, "7 lb 4 oz");
  EXPECT_EQ(figures_of("It was 5 feet, 2 inches and 3 pounds.").size(), 3u);
  EXPECT_EQ(figures_of("a 5 feet 20 inches wall").size(), 2u);  // 20 inches is no part of a foot
  // Unit symbols of science in mixed case: "10eV", "0.9mH", "5Rp"; not grades or names ("5G", "3D").
  EXPECT_EQ(only_figure("electrons of about 10eV")["unit"], "eV");
  EXPECT_EQ(only_figure("an inductance of 0.9mH")["unit"], "mH");
  EXPECT_EQ(only_figure("a radius of 5Rp")["unit"], "Rp");
  EXPECT_TRUE(figures_of("5G networks and 3D printers").empty());
  // One-letter units count only in their own case: "5g" grams, "5V" volts; "10M" at the end is millions.
  EXPECT_EQ(only_figure("Add 5g of salt.")["unit"], "g");
  EXPECT_EQ(only_figure("a 5V battery")["unit"], "V");
  expect_value("I can give you 10M.", 1e7, "10M");
  EXPECT_EQ(only_figure("It has 10M users.")["value"], 1e7);
  EXPECT_TRUE(figures_of("Hates. 20266The rest").empty());
  EXPECT_EQ(only_figure("It rose 15% in a day")["unit"], "percent");
  EXPECT_EQ(only_figure("It rose 15 per cent")["unit"], "percent");
  EXPECT_EQ(only_figure("It rose 0.1 percentage points")["unit"], "percentage points");
  const std::pair<const char*, const char*> money[] = {
      {"$5 million", "USD"}, {"5 million dollars", "USD"}, {"US$ 150 million", "USD"}, {"C$16 million", "CAD"},
      {"€2 million", "EUR"}, {"£60,000", "GBP"},           {"₹500 crore", "INR"},      {"Rs. 500", "INR"},
      {"500 rupees", "INR"}, {"450,000 yen", "JPY"},       {"USD 200", "USD"},         {"115USD", "USD"},
      {"50 cents", "cents"},
  };
  for (const auto& [text, unit] : money) EXPECT_EQ(only_figure(text)["unit"], unit) << text;
  EXPECT_EQ(only_figure("a $300 million contract")["unit"], "USD");  // "a $" is not Australian dollars
  // A scale after the code, or before it as finance shorthand ("MUSD": millions of US dollars).
  expect_value("They lost 75 USD million.", 75e6, "75 USD million");
  expect_value("losses in excess of 30 MUSD", 30e6, "in excess of 30 MUSD");
  expect_value("revenues of MAUD 60", 60e6, "MAUD 60");
  expect_value("a fee of 5 kEUR", 5000, "5 kEUR");
  EXPECT_EQ(only_figure("Hey, the cost is 100元!")["unit"], "CNY");
  EXPECT_EQ(figures_of("The Mark 5 is on sale.").size(), 0u);  // "Mark" is no scaled code
  const auto rupees = only_figure("It costs Rs1,00,000 now.");
  EXPECT_EQ(rupees["value"], 100000);
  EXPECT_EQ(rupees["unit"], "INR");
  EXPECT_EQ(only_figure("It costs Rs. 500 now.")["unit"], "INR");  // across the core's break after "Rs."
  EXPECT_EQ(only_figure("It cost thirteen dollars and forty-five cents.")["value"], 13.45);
  EXPECT_EQ(figures_of("It cost 5 dollars and 3 euros.").size(), 2u);
}

TEST(FigureConstructs, CountedNouns) {
  EXPECT_EQ(only_figure("Over 300 North Korean soldiers have lost their lives")["unit"], "soldiers");
  EXPECT_EQ(only_figure("up to 3,000 North Koreans due to shortages")["unit"], "North Koreans");
  EXPECT_EQ(only_figure("over 70 ISIS targets in Syria")["unit"], "targets");
  EXPECT_EQ(only_figure("the two countries")["unit"], "countries");
  EXPECT_EQ(only_figure("whom he met three times")["unit"], "times");
  EXPECT_EQ(only_figure("20 people died")["unit"], "people");
  EXPECT_EQ(only_figure("300 police officers")["unit"], "officers");
  EXPECT_EQ(only_figure("She pointed to the nine different times Sanders said it.")["unit"], "times");
  EXPECT_EQ(only_figure("one soldier was killed")["unit"], "soldier");
  const auto partitive = only_figure("around 4,000 of those troops have been killed");
  EXPECT_EQ(partitive["text"], "around 4,000 of those troops");
  EXPECT_EQ(partitive["unit"], "troops");
}

TEST(FigureConstructs, AlternativesShareTheirUnit) {
  const auto f = figures_of("Two or three people were hurt and taxes rose 3 or 4%.");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0]["unit"], "people");
  EXPECT_EQ(f[1]["unit"], "people");
  EXPECT_EQ(f[2]["unit"], "percent");
  // "and" joins two figures of their own.
  EXPECT_TRUE(figures_of("He saw two and three people left.")[0]["unit"].is_null());
}

TEST(FigureConstructs, AllCapsHeadlines) {
  const auto f = only_figure("TRUMP SAYS 300 TROOPS WILL LEAVE");
  EXPECT_EQ(f["text"], "300 TROOPS");
  EXPECT_EQ(f["unit"], "TROOPS");
  EXPECT_EQ(only_figure("over 70 ISIS targets in Syria")["unit"], "targets");
}

TEST(FigureConstructs, ElidedNounTakesTheAntecedent) {
  const auto f = figures_of("Over 300 North Korean soldiers have lost their lives, and 2,700 were injured.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1]["text"], "2,700");
  EXPECT_EQ(f[1]["unit"], "soldiers");
  const auto g = figures_of(
      "It said between 1,000 and 3,000 North Korean troops were sent. They were absent from combat. "
      "The NIS estimated that about 300 were killed and some 2,700 others were injured.");
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[1]["text"], "about 300");
  EXPECT_EQ(g[1]["unit"], "troops");
  EXPECT_EQ(g[2]["text"], "some 2,700 others");
  EXPECT_EQ(g[2]["unit"], "troops");
  // A sentence may open with a function word before an elided noun.
  EXPECT_EQ(figures_of("Another 300 were killed.").size(), 1u);
  // Without a recent counted noun the unit stays null.
  EXPECT_TRUE(only_figure("About 300 were killed.")["unit"].is_null());
}

TEST(FigureConstructs, EveryEntryHasAllAttributes) {
  for (const auto& f : figures_of("between 5 and 10 soldiers and about 3 lakh people and 40%")) {
    for (const char* key : {"value", "low", "high", "qualifier", "unit"}) EXPECT_TRUE(f.contains(key)) << key;
  }
}

}  // namespace
}  // namespace quarry::figures
