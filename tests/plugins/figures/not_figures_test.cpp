// What is not a figure (SEEDS-NOTES §4.2): parts of dates and times, durations, ordinals, identifiers, names,
// phone numbers, page furniture, links, vague quantities without a numeral.
#include <gtest/gtest.h>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

using testing::figures_of;

void expect_none(const std::string& text) {
  EXPECT_EQ(figures_of(text).size(), 0u) << text << "\n" << figures_of(text).dump();
}

TEST(NotFigures, DatesAndTimes) {
  expect_none("the JCS warned on Friday (Jan 24).");
  expect_none("Seoul, Oct 16 South Korean defence ministry said");
  expect_none("It came into force in February 2022.");
  expect_none("Published: Feb 27, 2025, 1:38 PM IST");
  expect_none("Updated: October 16, 2024 16:45 IST");
  expect_none("At 1 p.m. he left; at 4 p.m. local news aired.");
  expect_none("Tuesday, Nov. 12, 2024.");
  expect_none("date 2025-02-27 South Korea");
  expect_none("The meeting is at 2 pm on 24 January.");
  expect_none("in the 1990s and the 90's");
  expect_none("the 2024-25 budget");
  expect_none("Any time to meet on 5/17/2018?");
}

TEST(NotFigures, Durations) {
  expect_none("four months after the North sent troops");
  expect_none("for the past three weeks");
  expect_none("a 24-hour strike by a 28-year-old man");
  expect_none("between two and three years");
  expect_none("losses in the past two quarters, spread over the next three quarters");
  expect_none("through at least the first two quarters of 1990");
}

TEST(NotFigures, OrdinalsIdentifiersNames) {
  expect_none("on force's 62nd Raising Day");
  expect_none("the 1st and 2nd rounds");
  expect_none("the upcoming G20 Summit");
  expect_none("a COVID-19 patient and an F-16");
  expect_none("in violation of Article 370 and Section 144");
  expect_none("He flew a Boeing 737 to Seoul.");
  expect_none("The Group of Seven met.");
  expect_none("Call +1-222-2222-2222 now.");
  expect_none("See page 5 and No. 1 and #3.");
  expect_none("Go to https://www.test.com/search?q=30%25%2020% today.");
  expect_none("Follow @Fred_945 for more.");
  expect_none("They won the match 3-1.");
  expect_none("A 5-5 ruling would leave the rules in place.");
  expect_none("In July. Guccifer 2.0 was branded a hacker.");
  expect_none("1. Donald Trump (Last week: 2.)\n3) Bernie's bio.");
}

TEST(NotFigures, VagueQuantities) {
  expect_none("Pyongyang has sent thousands of troops.");
  expect_none("many of its soldiers and a significant number of others");
  expect_none("dozens of drones and several hundred troops");
  expect_none("a single large-scale transfer to both countries");
  expect_none("tens of thousands of people");
  expect_none("The one who left was the first one.");
  expect_none("in the second half of the year");
  expect_none("No one wants it, and no one else knows.");
}

TEST(NotFigures, YearsBesideCountsAreYears) {
  const auto f = figures_of("In 2024 about 300 soldiers died.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["value"], 300);
  // A year before a plural noun is a year ("2016 hopefuls"), also after "some"; a qualifier makes it a count.
  expect_none("the 2024 elections, 2016 hopefuls and some 2016 presidential candidates");
  expect_none("We talked about 2016 candidates.");
  expect_none("up to 2030 and around 2000, with emissions below 2005 levels");
  const auto count = figures_of("Nearly 2000 people were evacuated.");
  ASSERT_EQ(count.size(), 1u);
  EXPECT_EQ(count[0]["value"], 2000);
  EXPECT_EQ(count[0]["unit"], "people");
}

}  // namespace
}  // namespace quarry::figures
