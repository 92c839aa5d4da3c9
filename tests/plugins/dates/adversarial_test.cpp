// Adversarial input: the plugin must finish quickly and never fail on odd or huge text.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_dates(uint32_t);

namespace {

const quarry::testing::PluginHarness& harness() {
  static const quarry::testing::PluginHarness h{&quarry_static_plugin_dates};
  return h;
}

// `unit` written `times` times over: the long inputs below.
std::string repeated(std::string_view unit, int times) {
  std::string text;
  text.reserve(unit.size() * static_cast<size_t>(times));
  for (int i = 0; i < times; ++i) text += unit;
  return text;
}

// Runs and returns the number of dates; the harness output must carry no error for the plugin.
size_t run_ok(const std::string& text, const std::string& reference = "2025-01-24") {
  const auto out = harness().run(text, reference);
  EXPECT_FALSE(out.contains("errors") && !out["errors"].empty()) << out.dump().substr(0, 300);
  return out.contains("dates") ? out["dates"].size() : 0;
}

TEST(DatesAdversarial, LongLineOfDigits) { run_ok(std::string(2'000'000, '7')); }

TEST(DatesAdversarial, ManyNumbersAndSeparators) {
  const std::string text = repeated("2025-13-45/1/2/99:99 ", 100000);
  run_ok(text);
}

TEST(DatesAdversarial, RepeatedDateWordsStayLinear) {
  const std::string text = repeated("the past the next early mid late last this every a few ", 50000);
  run_ok(text);
  const std::string months = repeated("January ", 50000);
  EXPECT_EQ(run_ok(months), 50000u);
}

TEST(DatesAdversarial, ChainsOfModifiersDoNotRecurseDeeply) {
  run_ok(repeated("around ", 200000) + "Nov. 1");
  const std::string early = repeated("early late mid the end of ", 200000);
  run_ok(early + "Tuesday");
  // "late night late night ...": a part of the day looks one day word ahead, no further
  const std::string parts = repeated("late night mid-afternoon ", 200000);
  run_ok(parts + "yesterday");
  // "or so", "and beyond" and ranges extend a match by a fixed number of pieces
  const std::string tails = repeated("2008-2012 or so and beyond two to three weeks or two ", 100000);
  run_ok(tails);
  // each "until" looks at its clause only, not the whole sentence
  const std::string until = repeated("until Monday ", 100000);
  run_ok(until);
  // "days, weeks, months": a joined unit looks back a few links, not the whole list
  run_ok("for " + repeated("days, even weeks or ", 100000) + "months");
}

TEST(DatesAdversarial, TimelinesAndAnniversariesStayLinear) {
  // every line an entry heading, and headings turning to what is next
  const std::string timeline =
      repeated("15 April: Gunfire erupts.\nMonday - The vote passed.\nWhat happens next\n", 20000);
  run_ok(timeline);
  const std::string ago = repeated("Seventy years ago today, election night, Holy Week, by mid-century, ", 50000);
  run_ok(ago);
}

TEST(DatesAdversarial, NewConstructsStayLinear) {
  // each day of a list looks back a fixed number of pieces
  const std::string days = repeated("Jan. 17 and 18 and 19-20 or ", 100000);
  run_ok(days);
  const std::string rates = repeated("twice a three times a week 60 hours a half past six a quarter to ", 100000);
  run_ok(rates);
  const std::string codes =
      repeated("FY FY2025 1Q24 4Q H1 H2 Q3 12.05.2024 05/12/24 10.30pm the week before last ", 100000);
  run_ok(codes);
  // a sentence-opening "Now," looks back over the quotes before it only
  run_ok(std::string(200'000, '"') + repeated(" Now, \" ( current Earlier Friday about five hours", 20000));
  std::string dotted(1'000'000, '1');
  for (size_t i = 2; i < dotted.size(); i += 3) dotted[i] = '.';
  run_ok(dotted);
}

TEST(DatesAdversarial, RangesAndRecordsStayLinear) {
  // a dotted time ending a range looks one link back, and the check for prices looks nearby
  const std::string dotted = repeated("from 11.30 to 12.30 to 13.30 to ", 20000);
  run_ok(dotted);
  // whether a sentence tells of a yearly round is read once, not for each month
  const std::string months = repeated("from March to May and ", 20000);
  run_ok(months);
  const std::string records = repeated(
      "most of most of the year, its second weekend, March corn, the wettest March, The 1975 The 2012 ", 20000);
  run_ok(records);
  // a live blog's entry times, one per line
  const std::string live = repeated("\n21.07 GOAL! Dunmore 2-1 Ormsby.", 20000);
  run_ok(live);
}

TEST(DatesAdversarial, SixteenthSessionConstructsStayLinearAndInBounds) {
  // each construct cut off where its next piece would be read
  for (const char* tail : {"the April to",
                           "in the April-to",
                           "the first three months of",
                           "T-minus",
                           "T+",
                           "L-minus",
                           "Dec. 28 to",
                           "the 1st of",
                           "the first of the",
                           "late Q2 FY",
                           "for the",
                           "9am-",
                           "the early hours",
                           "since the early hours of",
                           "its flight",
                           "the Sunday",
                           "the same period in",
                           "the spring bank",
                           "Workers\u2019",
                           "6:15 p.m. \u2014"}) {
    run_ok(tail);
  }
  run_ok(repeated(
      "9am-5pm, the April\u2013June quarter, late Q2, the 2nd quarter, T-minus 10 minutes, the first of next month, "
      "the same period of April, the Sunday Times, FY2018/19, 16 min, the small hours, Sept. 8-11, 1998. ",
      20000));
  // a running report's entries under a dated heading
  const std::string entries =
      repeated("\nSunday, July 6, 2014 \u00b7 Refresh\n6:15 p.m. \u2014 Talks resume Monday.", 20000);
  run_ok(entries);
}

TEST(DatesAdversarial, SeventeenthSessionConstructsStayLinearAndInBounds) {
  // each construct cut off where its next piece would be read
  for (const char* tail : {"every Jan.",
                           "each Sept",
                           "at 3pm New York",
                           "at 3pm New York time on",
                           "Nov. 21, 2023 at",
                           "Thu, Apr 14 2016 \u2022",
                           "November 4, 2020 /",
                           "the lunar new",
                           "the Mid-Autumn",
                           "leap",
                           "between 6 p.m. Tuesday and",
                           "left last night and got here at",
                           "in March over disputed",
                           "from next Tuesday at 5 p.m. until",
                           "at 8.30pm last",
                           "kept a warning in effect until",
                           "for July, August and",
                           "the next",
                           "ring number B-",
                           "World Environment"}) {
    run_ok(tail);
  }
  run_ok(repeated(
      "every Jan. 1, at 9pm New York time on Tuesday, the lunar new year, Leap Day, the past decade, between 6 p.m. "
      "Tuesday and 4 a.m., tonight until 1 a.m., then at 7:30 a.m. over delayed payments, from next Tuesday at 5 "
      "p.m. until Thursday morning, at 8.30pm last Monday, for July, August and September, the next morning, B-1734. ",
      20000));
  run_ok(repeated("\nPublished: Nov. 21, 2023 at 6:05 PM EST\nUpdated Thu, Apr 14 2016 \u2022 11:12 AM EDT", 20000));
}

TEST(DatesAdversarial, PunctuationAndUnicode) {
  run_ok(std::string(100000, '.'));
  run_ok("((((((((((]]]]]]]]]]\u201c\u201c\u201c Jan \u00a0 24 \u2014 \u2019 90s \u2019 \xF0\x9F\x98\x80 2025");
  run_ok("'" + std::string(500000, 'a') + " Monday");
  run_ok("Feb 29 2025 Feb 30 31st of February 0/0/0000 Q9 45th century -");
}

TEST(DatesAdversarial, HugeNumbersAreNotDurations) {
  EXPECT_EQ(run_ok("for 99999999999999999999 years and 1e308 days"), 0u);
}

// (An empty or all-blank text and a malformed reference date are refused by the core before any plugin
// runs, so they are not tested here.)
TEST(DatesAdversarial, NoReference) {
  EXPECT_EQ(run_ok("none here", ""), 0u);
  EXPECT_EQ(run_ok("last week", ""), 1u);  // an underspecified value
}

}  // namespace
