// The data-driven cases (cases.jsonl): each line gives an input, its reference date, the actor mentions the
// fixture stands in with, and the complete list of quotes expected (text, kind, speaker, speaker mention, cue).
#include <gtest/gtest.h>

#include <string>

#include "quotes_harness.hpp"
#include "test_support.hpp"

namespace quarry::testing {
namespace {

TEST(QuotesCases, EveryCaseGivesExactlyItsQuotes) {
  const QuotesHarness harness;
  const int cases = for_each_case("tests/plugins/quotes/cases.jsonl", [&](const nlohmann::json& c) {
    const std::string text = c["input"];
    std::vector<FixtureActor> actors;
    for (const auto& a : c["actors"]) actors.push_back({a["text"], a["type"], a["name"]});
    const auto out = harness.run(text, actors, c["date"]);
    const auto quotes = quotes_of(out);
    EXPECT_EQ(quotes.size(), c["expected"].size()) << text << "\n" << quotes.dump(1);
    for (const auto& e : c["expected"]) {
      const auto q = quote_with_text(out, e["text"].get<std::string>());
      if (q.is_null()) {
        ADD_FAILURE() << "missing quote '" << e["text"].get<std::string>() << "' in: " << text << "\n"
                      << quotes.dump(1);
        continue;
      }
      EXPECT_EQ(q["kind"], e["kind"]) << text;
      EXPECT_EQ(q["speaker"], e["speaker"]) << text;
      EXPECT_EQ(speaker_text(text, q), e["speaker_text"].get<std::string>()) << text;
      EXPECT_EQ(q["cue"], e["cue"]) << text;
    }
  });
  EXPECT_GT(cases, 10);
  EXPECT_EQ(harness.errors(), "");
}

}  // namespace
}  // namespace quarry::testing
