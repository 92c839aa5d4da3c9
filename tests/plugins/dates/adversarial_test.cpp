// Adversarial input: the plugin must finish quickly and never fail on odd or huge text.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_dates(uint32_t);

namespace {

const quarry::testing::PluginHarness& harness() {
  static const quarry::testing::PluginHarness h{&quarry_static_plugin_dates};
  return h;
}

// Runs and returns the number of dates; the harness output must carry no error for the plugin.
size_t run_ok(const std::string& text, const std::string& reference = "2025-01-24") {
  const auto out = harness().run(text, reference);
  EXPECT_FALSE(out.contains("errors") && !out["errors"].empty()) << out.dump().substr(0, 300);
  return out.contains("dates") ? out["dates"].size() : 0;
}

TEST(DatesAdversarial, LongLineOfDigits) { run_ok(std::string(2'000'000, '7')); }

TEST(DatesAdversarial, ManyNumbersAndSeparators) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "2025-13-45/1/2/99:99 ";
  run_ok(text);
}

TEST(DatesAdversarial, RepeatedDateWordsStayLinear) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "the past the next early mid late last this every a few ";
  run_ok(text);
  std::string months;
  for (int i = 0; i < 50000; ++i) months += "January ";
  EXPECT_EQ(run_ok(months), 50000u);
}

TEST(DatesAdversarial, ChainsOfModifiersDoNotRecurseDeeply) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "around ";
  text += "Nov. 1";
  run_ok(text);
  std::string early;
  for (int i = 0; i < 200000; ++i) early += "early late mid the end of ";
  run_ok(early + "Tuesday");
  std::string parts;  // "late night late night ...": a part of the day looks one day word ahead, no further
  for (int i = 0; i < 200000; ++i) parts += "late night mid-afternoon ";
  run_ok(parts + "yesterday");
  std::string tails;  // "or so", "and beyond" and ranges extend a match by a fixed number of pieces
  for (int i = 0; i < 100000; ++i) tails += "2008-2012 or so and beyond two to three weeks or two ";
  run_ok(tails);
  std::string until;  // each "until" looks at its clause only, not the whole sentence
  for (int i = 0; i < 100000; ++i) until += "until Monday ";
  run_ok(until);
  std::string lengths = "for ";  // "days, weeks, months": a joined unit looks back a few links, not the whole list
  for (int i = 0; i < 100000; ++i) lengths += "days, even weeks or ";
  run_ok(lengths + "months");
}

TEST(DatesAdversarial, TimelinesAndAnniversariesStayLinear) {
  std::string timeline;  // every line an entry heading, and headings turning to what is next
  for (int i = 0; i < 20000; ++i)
    timeline += "15 April: Gunfire erupts.\nMonday - The vote passed.\nWhat happens next\n";
  run_ok(timeline);
  std::string ago;
  for (int i = 0; i < 50000; ++i) ago += "Seventy years ago today, election night, Holy Week, by mid-century, ";
  run_ok(ago);
}

TEST(DatesAdversarial, NewConstructsStayLinear) {
  std::string days;  // each day of a list looks back a fixed number of pieces
  for (int i = 0; i < 100000; ++i) days += "Jan. 17 and 18 and 19-20 or ";
  run_ok(days);
  std::string rates;
  for (int i = 0; i < 100000; ++i) rates += "twice a three times a week 60 hours a half past six a quarter to ";
  run_ok(rates);
  std::string codes;
  for (int i = 0; i < 100000; ++i)
    codes += "FY FY2025 1Q24 4Q H1 H2 Q3 12.05.2024 05/12/24 10.30pm the week before last ";
  run_ok(codes);
  std::string discourse(200'000, '"');  // a sentence-opening "Now," looks back over the quotes before it only
  for (int i = 0; i < 20000; ++i) discourse += " Now, \" ( current Earlier Friday about five hours";
  run_ok(discourse);
  std::string dotted(1'000'000, '1');
  for (size_t i = 2; i < dotted.size(); i += 3) dotted[i] = '.';
  run_ok(dotted);
}

TEST(DatesAdversarial, RangesAndRecordsStayLinear) {
  std::string dotted;  // a dotted time ending a range looks one link back, and the check for prices looks nearby
  for (int i = 0; i < 20000; ++i) dotted += "from 11.30 to 12.30 to 13.30 to ";
  run_ok(dotted);
  std::string months;  // whether a sentence tells of a yearly round is read once, not for each month
  for (int i = 0; i < 20000; ++i) months += "from March to May and ";
  run_ok(months);
  std::string records;
  for (int i = 0; i < 20000; ++i)
    records += "most of most of the year, its second weekend, March corn, the wettest March, The 1975 The 2012 ";
  run_ok(records);
  std::string live;  // a live blog's entry times, one per line
  for (int i = 0; i < 20000; ++i) live += "\n21.07 GOAL! Dunmore 2-1 Ormsby.";
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
  std::string many;
  for (int i = 0; i < 20000; ++i) {
    many +=
        "9am-5pm, the April\u2013June quarter, late Q2, the 2nd quarter, T-minus 10 minutes, the first of next month, "
        "the same period of April, the Sunday Times, FY2018/19, 16 min, the small hours, Sept. 8-11, 1998. ";
  }
  run_ok(many);
  std::string entries;  // a running report's entries under a dated heading
  for (int i = 0; i < 20000; ++i)
    entries += "\nSunday, July 6, 2014 \u00b7 Refresh\n6:15 p.m. \u2014 Talks resume Monday.";
  run_ok(entries);
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
