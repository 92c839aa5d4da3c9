// The plugin through the real pipeline, one construct at a time, each with a fixed reference date.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_dates(uint32_t);

namespace {

struct Found {
  std::string text;
  std::string type;
  std::string value;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Found& f) {
  return out << "{" << f.text << " | " << f.type << " | " << f.value << "}";
}

const quarry::testing::PluginHarness& harness() {
  static const quarry::testing::PluginHarness h{&quarry_static_plugin_dates};
  return h;
}

std::vector<Found> dates(const std::string& text, const std::string& reference = "") {
  const auto out = harness().run(text, reference);
  std::vector<Found> found;
  if (!out.contains("dates")) return found;
  for (const auto& d : out["dates"]) {
    found.push_back({d["text"].get<std::string>(), d["type"].get<std::string>(), d["value"].get<std::string>()});
  }
  return found;
}

using V = std::vector<Found>;

TEST(DatesPlugin, AbsoluteDates) {
  EXPECT_EQ(dates("The talks began on January 24, 2025.", "2025-02-01"),
            (V{{"January 24, 2025", "DATE", "2025-01-24"}}));
  EXPECT_EQ(dates("It ended 24 January 2025 in Seoul.", "2025-02-01"), (V{{"24 January 2025", "DATE", "2025-01-24"}}));
  EXPECT_EQ(dates("date 2025-02-27", "2025-02-27"), (V{{"2025-02-27", "DATE", "2025-02-27"}}));
  EXPECT_EQ(dates("Seoul, Oct. 16 (Yonhap) --", "2024-10-16"), (V{{"Oct. 16", "DATE", "2024-10-16"}}));
  EXPECT_EQ(dates("He spoke in February 2022.", "2025-02-27"), (V{{"February 2022", "DATE", "2022-02"}}));
}

TEST(DatesPlugin, DateWithClockTimeIsOneTimeSpan) {
  EXPECT_EQ(dates("Published: Feb 27, 2025, 1:38 PM IST", "2025-02-27"),
            (V{{"Feb 27, 2025, 1:38 PM IST", "TIME", "2025-02-27T13:38"}}));
  EXPECT_EQ(dates("Updated: October 16, 2024 16:45 IST", "2024-10-16"),
            (V{{"October 16, 2024 16:45 IST", "TIME", "2024-10-16T16:45"}}));
}

TEST(DatesPlugin, WeekdayWithItsDate) {
  EXPECT_EQ(dates("The JCS said on Friday (Jan 24) that it had seen troops.", "2025-01-24"),
            (V{{"Friday (Jan 24)", "DATE", "2025-01-24"}}));
  EXPECT_EQ(dates("Photo taken Tuesday, Nov. 12, 2024.", "2024-11-17"),
            (V{{"Tuesday, Nov. 12, 2024", "DATE", "2024-11-12"}}));
}

TEST(DatesPlugin, WeekdaysFollowTense) {
  // 2025-01-24 is a Friday.
  EXPECT_EQ(dates("He said on Monday that talks failed.", "2025-01-24"), (V{{"Monday", "DATE", "2025-01-20"}}));
  EXPECT_EQ(dates("He will travel to Seoul on Monday.", "2025-01-24"), (V{{"Monday", "DATE", "2025-01-27"}}));
  EXPECT_EQ(dates("The ministry said Friday.", "2025-01-24"), (V{{"Friday", "DATE", "2025-01-24"}}));
  EXPECT_EQ(dates("They met last Friday.", "2025-01-24"), (V{{"last Friday", "DATE", "2025-01-17"}}));
}

TEST(DatesPlugin, RelativeWeeksMonthsYears) {
  EXPECT_EQ(dates("NIS briefed lawmakers last week.", "2024-12-23"), (V{{"last week", "DATE", "2024-W51"}}));
  EXPECT_EQ(dates("Officials met last week.", "2025-01-02"), (V{{"last week", "DATE", "2024-W52"}}));
  EXPECT_EQ(dates("as reported earlier this month", "2025-01-24"), (V{{"earlier this month", "DATE", "2025-01"}}));
  EXPECT_EQ(dates("The pact came into force this month.", "2024-12-23"), (V{{"this month", "DATE", "2024-12"}}));
  EXPECT_EQ(dates("Sales rose last year.", "2025-01-02"), (V{{"last year", "DATE", "2024"}}));
  EXPECT_EQ(dates("It will open next month.", "2024-12-23"), (V{{"next month", "DATE", "2025-01"}}));
  EXPECT_EQ(dates("since the beginning of this month", "2025-02-27"),
            (V{{"the beginning of this month", "DATE", "2025-02"}}));
  EXPECT_EQ(dates("They arrived in November last year.", "2025-02-27"), (V{{"November last year", "DATE", "2024-11"}}));
  EXPECT_EQ(dates("Fighting between January and February this year.", "2025-02-27"),
            (V{{"January", "DATE", "2025-01"}, {"February this year", "DATE", "2025-02"}}));
}

TEST(DatesPlugin, DeicticDays) {
  EXPECT_EQ(dates("It rained yesterday.", "2025-03-01"), (V{{"yesterday", "DATE", "2025-02-28"}}));
  EXPECT_EQ(dates("It rained yesterday.", "2024-03-01"), (V{{"yesterday", "DATE", "2024-02-29"}}));
  EXPECT_EQ(dates("They left two days ago.", "2025-01-01"), (V{{"two days ago", "DATE", "2024-12-30"}}));
  EXPECT_EQ(dates("Osman Hadi Funeral Today", "2024-10-16"), (V{{"Today", "DATE", "2024-10-16"}}));
}

TEST(DatesPlugin, BareMonths) {
  EXPECT_EQ(dates("The treaty was signed in June.", "2024-12-23"), (V{{"June", "DATE", "2024-06"}}));
  EXPECT_EQ(dates("Troops have been there since December.", "2025-01-24"), (V{{"December", "DATE", "2024-12"}}));
  EXPECT_EQ(dates("The summit will be held in June.", "2024-12-23"), (V{{"June", "DATE", "2025-06"}}));
  EXPECT_EQ(dates("The treaty was signed in June.", ""), (V{{"June", "DATE", "XXXX-06"}}));
  EXPECT_EQ(dates("It may rain. June Carter sang. Visitors march in.", "2024-12-23"), V{});
}

TEST(DatesPlugin, PartsOfPeriods) {
  EXPECT_EQ(dates("in mid-January", "2025-02-27"), (V{{"mid-January", "DATE", "2025-01"}}));
  EXPECT_EQ(dates("by early 2025", "2024-10-16"), (V{{"early 2025", "DATE", "2025"}}));
  EXPECT_EQ(dates("music of the 1990s", "2024-10-16"), (V{{"the 1990s", "DATE", "199"}}));
  EXPECT_EQ(dates("in the late 1970s", "2024-10-16"), (V{{"the late 1970s", "DATE", "197"}}));
  EXPECT_EQ(dates("profit in the third quarter", "1989-11-02"), (V{{"the third quarter", "DATE", "1989-Q3"}}));
}

TEST(DatesPlugin, Durations) {
  EXPECT_EQ(dates("for four months", "2025-01-24"), (V{{"four months", "DURATION", "P4M"}}));
  EXPECT_EQ(dates("over the past three weeks", "2025-02-27"), (V{{"the past three weeks", "DURATION", "P3W"}}));
  // Modifiers stay inside the extent (SEEDS-NOTES: "about three weeks")
  EXPECT_EQ(dates("lasted about three weeks", "2025-02-27"), (V{{"about three weeks", "DURATION", "P3W"}}));
  EXPECT_EQ(dates("lasted nearly three weeks", "2025-02-27"), (V{{"nearly three weeks", "DURATION", "P3W"}}));
  EXPECT_EQ(dates("a two-year plan", "2025-02-27"), (V{{"two-year", "DURATION", "P2Y"}}));
  EXPECT_EQ(dates("for 2 1/2 years", "2025-02-27"), (V{{"2 1/2 years", "DURATION", "P2Y6M"}}));
  EXPECT_EQ(dates("after a minute and a half", "2025-02-27"), (V{{"a minute and a half", "DURATION", "PT1M30S"}}));
  EXPECT_EQ(dates("He is 52 years old.", "2025-02-27"), V{});
}

TEST(DatesPlugin, Sets) {
  EXPECT_EQ(dates("They meet every week.", "2025-02-27"), (V{{"every week", "SET", "P1W"}}));
  EXPECT_EQ(dates("a weekly meeting", "2025-02-27"), (V{{"weekly", "SET", "P1W"}}));
  EXPECT_EQ(dates("rotated every few months", "2024-11-17"), (V{{"every few months", "SET", "PXM"}}));
  EXPECT_EQ(dates("open each Thursday", "2024-11-17"), (V{{"each Thursday", "SET", "XXXX-WXX-4"}}));
  // the frequency is part of the set's extent (TimeML: "twice a month", SET P1M, freq 2X)
  EXPECT_EQ(dates("twice a year", "2024-11-17"), (V{{"twice a year", "SET", "P1Y"}}));
}

TEST(DatesPlugin, VagueReferences) {
  EXPECT_EQ(dates("He recently said so.", "2024-12-23"), (V{{"recently", "DATE", "PAST_REF"}}));
  EXPECT_EQ(dates("It is now clear.", "2024-12-23"), (V{{"now", "DATE", "PRESENT_REF"}}));
  EXPECT_EQ(dates("It will matter in the future.", "2024-12-23"), (V{{"the future", "DATE", "FUTURE_REF"}}));
  EXPECT_EQ(dates("Earlier, the ambassador said no.", "2025-02-27"), (V{{"Earlier", "DATE", "PAST_REF"}}));
  EXPECT_EQ(dates("Earlier reports were wrong. They left as soon as possible.", "2025-02-27"), V{});
}

TEST(DatesPlugin, DatelineServesAsReferenceWhenNoneIsGiven) {
  EXPECT_EQ(dates("Published: Feb 27, 2025\nThe minister said on Thursday that talks resume next week."),
            (V{{"Feb 27, 2025", "DATE", "2025-02-27"},
               {"Thursday", "DATE", "2025-02-27"},
               {"next week", "DATE", "2025-W10"}}));
}

TEST(DatesPlugin, NoReferenceLeavesRelativeValuesOpen) {
  EXPECT_EQ(dates("Officials met last week and will meet on Monday."),
            (V{{"last week", "DATE", "XXXX-WXX"}, {"Monday", "DATE", "XXXX-WXX-1"}}));
}

TEST(DatesPlugin, YearsNeedContext) {
  EXPECT_EQ(dates("In 2023 the war went on.", "2025-02-27"), (V{{"2023", "DATE", "2023"}}));
  EXPECT_EQ(dates("It sent 2000 troops and $1990 in aid.", "2025-02-27"), V{});
}

}  // namespace
