// Inputs built to break a quote finder: they must finish (in linear time: the suite would time out
// otherwise), report no plugin error, and produce no runaway quote.
#include <gtest/gtest.h>

#include <string>

#include "quotes_harness.hpp"

namespace quarry::testing {
namespace {

void expect_no_runaway(const nlohmann::ordered_json& out, size_t max_length) {
  for (const auto& q : quotes_of(out)) {
    EXPECT_LE(q["end"].get<size_t>() - q["start"].get<size_t>(), max_length) << q["kind"];
  }
}

TEST(QuotesAdversarial, OneMegabyteWithASingleOpeningMark) {
  std::string text = "Smith said: “";
  while (text.size() < (1u << 20)) text += "and the talks went on without any closing mark, he said, ";
  text += "end.";
  const QuotesHarness harness;
  const auto out = harness.run(text, {{"Smith", "person", "John Smith"}});
  EXPECT_EQ(harness.errors(), "");
  for (const auto& q : quotes_of(out)) EXPECT_NE(q["kind"], "direct") << "an unclosed mark quotes nothing";
}

TEST(QuotesAdversarial, OneMegabyteOfParagraphsEachOpeningAQuote) {
  std::string text;
  while (text.size() < (1u << 20)) text += "“He said the paragraph never closes\n";
  const QuotesHarness harness;
  const auto out = harness.run(text);
  EXPECT_EQ(harness.errors(), "");
  expect_no_runaway(out, 200);
}

TEST(QuotesAdversarial, ManyAttributionsInOneSentence) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Smith said Jones told Lee that, ";
  text += "it rained.";
  const QuotesHarness harness;
  harness.run(text, {{"Smith", "person", "John Smith"}});
  EXPECT_EQ(harness.errors(), "");
}

TEST(QuotesAdversarial, AlternatingMarksAndCues) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "\" said \" ' said ' « said » ";
  const QuotesHarness harness;
  harness.run(text);
  EXPECT_EQ(harness.errors(), "");
}

// The constructs with a look-ahead or a look-back of their own: datelines, asides between dashes, long
// speaker descriptions, sentence-initial inversions, title-case passages, interview runs, non-ASCII quotes.
TEST(QuotesAdversarial, RepeatedLookAheadConstructs) {
  const QuotesHarness harness;
  const std::pair<std::string, size_t> pieces[] = {
      {"NEW YORK, Dec. 8 (UPI) — ", 40000},
      {"Smith said — on Twitter — ", 40000},
      {"\"Make Your Kid A Millionaire,\" ", 40000},
      {"Said Smith, ", 50000},
      {"Smith, an economist who is the director of the Anderson Forecast, ", 20000},
      {"“Why?” Smith asked.\n\n“Because.”\n\n", 20000},
      {"which officials said will go, ", 40000},
  };
  for (const auto& [piece, times] : pieces) {
    std::string text;
    for (size_t i = 0; i < times; ++i) text += piece;
    harness.run(text, {{"Smith", "person", "John Smith"}});
  }
  std::string wide = "“";
  for (int i = 0; i < 100000; ++i) wide += "漢字";
  for (int i = 0; i < 20000; ++i) wide += " Trump said,";
  harness.run(wide + "”");
  EXPECT_EQ(harness.errors(), "");
}

TEST(QuotesAdversarial, DigitsDotsBracketsAndOddUnicode) {
  const QuotesHarness harness;
  harness.run(std::string(10u << 20, '7'));
  harness.run(std::string(100000, '.'));
  harness.run(std::string(50000, '(') + "said" + std::string(50000, ')'));
  std::string odd;
  for (int i = 0; i < 20000; ++i) odd += "\u201d\u201c\u2019\u2018\u00bb\u00ab\u200b\U0001F600 ";
  harness.run(odd);
  harness.run("“”‘’«»\"\"''");
  EXPECT_EQ(harness.errors(), "");
}

}  // namespace
}  // namespace quarry::testing
