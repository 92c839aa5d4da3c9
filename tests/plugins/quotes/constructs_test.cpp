// One test per construct of the quote finder, run through the real pipeline with fixed actor mentions.
#include <gtest/gtest.h>

#include <string>

#include "quotes_harness.hpp"

namespace quarry::testing {
namespace {

const FixtureActor kSmith{"Smith", "person", "John Smith"};
const FixtureActor kJcs{"JCS", "organization", "Joint Chiefs of Staff"};

class QuotesConstructs : public ::testing::Test {
 protected:
  nlohmann::ordered_json run(const std::string& text, const std::vector<FixtureActor>& actors = {}) {
    text_ = text;
    auto out = harness_.run(text, actors);
    EXPECT_EQ(harness_.errors(), "");
    return out;
  }
  // Checks one quote by its exact text.
  void expect_quote(const nlohmann::ordered_json& out, std::string_view text, std::string_view kind,
                    const nlohmann::ordered_json& speaker, std::string_view mention,
                    const nlohmann::ordered_json& cue) {
    const auto q = quote_with_text(out, text);
    ASSERT_FALSE(q.is_null()) << "no quote '" << text << "' in " << quotes_of(out).dump(1);
    EXPECT_EQ(q["kind"], kind) << text;
    EXPECT_EQ(q["speaker"], speaker) << text;
    EXPECT_EQ(speaker_text(text_, q), mention) << text;
    EXPECT_EQ(q["cue"], cue) << text;
  }
  QuotesHarness harness_;
  std::string text_;
};

TEST_F(QuotesConstructs, QuoteThenSubjectAndVerb) {
  const auto out = run("\"We will win,\" Smith said.", {kSmith});
  ASSERT_EQ(quotes_of(out).size(), 1u);
  expect_quote(out, "\"We will win,\"", "direct", "John Smith", "Smith", "said");
}

TEST_F(QuotesConstructs, QuoteThenInvertedSubject) {
  const auto out = run("“We will win,” said Smith, a spokesman.", {kSmith});
  expect_quote(out, "“We will win,”", "direct", "John Smith", "Smith", "said");
}

TEST_F(QuotesConstructs, ColonIntroduction) {
  const auto out = run("Smith said: “We will win.”", {kSmith});
  expect_quote(out, "“We will win.”", "direct", "John Smith", "Smith", "said");
}

TEST_F(QuotesConstructs, ColonIntroductionAcrossParagraphs) {
  const auto out = run("The ministry issued this statement:\nSmith wrote:\n“We will not yield.”", {kSmith});
  expect_quote(out, "“We will not yield.”", "direct", "John Smith", "Smith", "wrote");
}

TEST_F(QuotesConstructs, QuoteSplitByAttribution) {
  const auto out =
      run("The JCS met on Monday. “We are particularly interested,” it said, “in the possibility.”", {kJcs});
  ASSERT_EQ(quotes_of(out).size(), 2u);
  expect_quote(out, "“We are particularly interested,”", "direct", "Joint Chiefs of Staff", "it", "said");
  expect_quote(out, "“in the possibility.”", "direct", "Joint Chiefs of Staff", "it", "said");
}

TEST_F(QuotesConstructs, EveryCommonMarkForm) {
  const auto out =
      run("\"Straight,\" Smith said. “Curly,” Smith said. ‘Single,’ Smith said. «Guillemets,» Smith said.", {kSmith});
  expect_quote(out, "\"Straight,\"", "direct", "John Smith", "Smith", "said");
  expect_quote(out, "“Curly,”", "direct", "John Smith", "Smith", "said");
  expect_quote(out, "‘Single,’", "direct", "John Smith", "Smith", "said");
  expect_quote(out, "«Guillemets,»", "direct", "John Smith", "Smith", "said");
}

TEST_F(QuotesConstructs, ApostrophesAreNotQuoteMarks) {
  const auto out = run("“Korea's army was built in the '90s, and the players' union agrees,” Smith said.", {kSmith});
  ASSERT_EQ(quotes_of(out).size(), 1u);
  expect_quote(out, "“Korea's army was built in the '90s, and the players' union agrees,”", "direct", "John Smith",
               "Smith", "said");
}

TEST_F(QuotesConstructs, QuoteRunningOverParagraphs) {
  const std::string text = "Smith said:\n“The first paragraph has no closing mark.\n“The second one closes.”";
  const auto out = run(text, {kSmith});
  ASSERT_EQ(quotes_of(out).size(), 1u);
  expect_quote(out, "“The first paragraph has no closing mark.\n“The second one closes.”", "direct", "John Smith",
               "Smith", "said");
}

TEST_F(QuotesConstructs, UnclosedMarkMakesNoRunawayQuote) {
  const auto out = run("Smith said “we will win. Nobody closed this.\nA new paragraph with “a quote” here.", {kSmith});
  for (const auto& q : quotes_of(out)) {
    EXPECT_EQ(std::string(q["text"]).find('\n'), std::string::npos) << q.dump();
    EXPECT_NE(q["kind"], "direct") << q.dump();
  }
}

TEST_F(QuotesConstructs, NestedQuoteStaysInsideItsPassage) {
  const auto out = run("“He told me ‘never again’ and left,” Smith said.", {kSmith});
  ASSERT_EQ(quotes_of(out).size(), 1u);
  expect_quote(out, "“He told me ‘never again’ and left,”", "direct", "John Smith", "Smith", "said");
}

TEST_F(QuotesConstructs, ToldWithAddressee) {
  const auto out = run("Smith told CNN that the troops had withdrawn.", {kSmith});
  expect_quote(out, "the troops had withdrawn", "indirect", "John Smith", "Smith", "told");
}

TEST_F(QuotesConstructs, CitedAsTelling) {
  const auto out = run("“They were forced to withdraw,” Smith was cited as telling CNN.", {kSmith});
  expect_quote(out, "“They were forced to withdraw,”", "direct", "John Smith", "Smith", "cited as telling");
}

TEST_F(QuotesConstructs, MultiWordCueVerb) {
  const auto out = run("Smith went on to say that the troops would stay.", {kSmith});
  expect_quote(out, "the troops would stay", "indirect", "John Smith", "Smith", "went on to say");
}

TEST_F(QuotesConstructs, VerbWithAdjunctAfterQuote) {
  const auto out = run("“Memos indicate that they were pressured,” Smith claimed in comments to reporters.", {kSmith});
  ASSERT_EQ(quotes_of(out).size(), 1u) << "the reported clause inside the quote is not a quote of its own";
  expect_quote(out, "“Memos indicate that they were pressured,”", "direct", "John Smith", "Smith", "claimed");
}

TEST_F(QuotesConstructs, Responded) {
  const auto out = run("When asked about it, Smith responded, “I will, yeah.”", {kSmith});
  expect_quote(out, "“I will, yeah.”", "direct", "John Smith", "Smith", "responded");
}

TEST_F(QuotesConstructs, DescriptionAsSpeakerWithoutActor) {
  const auto out = run("“This is being closely monitored,” the ministry official said.");
  expect_quote(out, "“This is being closely monitored,”", "direct", nullptr, "ministry official", "said");
}

TEST_F(QuotesConstructs, AccordingToBefore) {
  const auto out = run("According to the JCS, about 300 soldiers were killed.", {kJcs});
  expect_quote(out, "about 300 soldiers were killed", "indirect", "Joint Chiefs of Staff", "JCS", "according to");
}

TEST_F(QuotesConstructs, AccordingToAfter) {
  const auto out = run("About 300 soldiers were killed, according to the JCS.", {kJcs});
  expect_quote(out, "About 300 soldiers were killed", "indirect", "Joint Chiefs of Staff", "JCS", "according to");
}

TEST_F(QuotesConstructs, SaidThatClause) {
  const auto out = run("The JCS said on Monday that North Korea had sent more troops.", {kJcs});
  expect_quote(out, "North Korea had sent more troops", "indirect", "Joint Chiefs of Staff", "JCS", "said");
}

TEST_F(QuotesConstructs, BareClauseAfterWarned) {
  const auto out = run("Smith warned North Korea is preparing to send more troops.", {kSmith});
  expect_quote(out, "North Korea is preparing to send more troops", "indirect", "John Smith", "Smith", "warned");
}

TEST_F(QuotesConstructs, TrailingAttributionOfAClause) {
  const auto out = run("North Korea is preparing to send more troops, the JCS warned on Friday.", {kJcs});
  expect_quote(out, "North Korea is preparing to send more troops", "indirect", "Joint Chiefs of Staff", "JCS",
               "warned");
}

TEST_F(QuotesConstructs, ChannelYieldsToTheNearerSpeaker) {
  const auto out = run("North Korea is preparing to send more troops, the JCS warned on Friday, Yonhap reported.",
                       {kJcs, {"Yonhap", "organization", "Yonhap News Agency"}});
  ASSERT_EQ(quotes_of(out).size(), 1u);
  expect_quote(out, "North Korea is preparing to send more troops", "indirect", "Joint Chiefs of Staff", "JCS",
               "warned");
}

TEST_F(QuotesConstructs, MixedClause) {
  const auto out = run("Smith said the regime “is suspected of accelerating” its plans.", {kSmith});
  expect_quote(out, "the regime “is suspected of accelerating” its plans", "mixed", "John Smith", "Smith", "said");
}

TEST_F(QuotesConstructs, QuotedWordsInANounPhraseAreDirect) {
  const auto out = run("Smith suggested he would meet Kim, calling him a \"smart guy\" in an interview.", {kSmith});
  expect_quote(out, "he would meet Kim", "indirect", "John Smith", "Smith", "suggested");
  expect_quote(out, "\"smart guy\"", "direct", "John Smith", "Smith", "calling");
}

TEST_F(QuotesConstructs, ParticipleTakesTheMainSubject) {
  const auto out = run("Meanwhile, Smith proposed a soldier swap, stating that he would hand them over.", {kSmith});
  expect_quote(out, "he would hand them over", "indirect", "John Smith", "Smith", "stating");
}

TEST_F(QuotesConstructs, NotQuotes) {
  const auto out =
      run("Smith did not say the plan failed. He noted the reports of the same. They were told to kill themselves. "
          "Smith proposed a soldier swap. South Korea believes the North is ready.",
          {kSmith});
  EXPECT_EQ(quotes_of(out).size(), 0u) << quotes_of(out).dump(1);
}

TEST_F(QuotesConstructs, TitlesAndScareQuotesAreNotQuotes) {
  const auto out = run("Smith appeared on ABC's “This Week” on Sunday. The “reform” passed.", {kSmith});
  EXPECT_EQ(quotes_of(out).size(), 0u) << quotes_of(out).dump(1);
}

TEST_F(QuotesConstructs, NonActorSourceKeepsItsSpan) {
  const auto out = run("Analysts say the deployment would happen in phases.");
  expect_quote(out, "the deployment would happen in phases", "indirect", nullptr, "Analysts", "say");
}

TEST_F(QuotesConstructs, AppositiveSubject) {
  const auto out = run("“We saw nothing,” Smith, a spokesperson for the army, said.", {kSmith});
  const auto q = quote_with_text(out, "“We saw nothing,”");
  ASSERT_FALSE(q.is_null());
  EXPECT_EQ(q["speaker"], "John Smith");
  EXPECT_EQ(speaker_text(text_, q), "Smith");
}

TEST_F(QuotesConstructs, HeadlineKickerBeforeColon) {
  const auto out = run("'Evidence of involvement': Smith says Ukraine captured two soldiers", {kSmith});
  expect_quote(out, "'Evidence of involvement'", "direct", "John Smith", "Smith", nullptr);
  expect_quote(out, "Ukraine captured two soldiers", "indirect", "John Smith", "Smith", "says");
}

TEST_F(QuotesConstructs, HeadlineColonSource) {
  const auto out = run("North Korea 'significantly benefiting' from the war: US at UNSC");
  expect_quote(out, "'significantly benefiting'", "direct", nullptr, "US", nullptr);
}

}  // namespace
}  // namespace quarry::testing
