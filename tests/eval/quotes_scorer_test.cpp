#include <gtest/gtest.h>

#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/text_context.hpp"
#include "scorer_test_support.hpp"

namespace quarry::eval {
namespace {

using namespace testing;

// Curly quotes are 3 bytes each, so byte offsets differ from character offsets:
// “We will win,” he said. Officials believe the talks failed. “It’s over,” Kim told reporters.
const std::string kText =
    "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said. Officials believe the talks failed. \xE2\x80\x9CIt\xE2\x80\x99s "
    "over,\xE2\x80\x9D Kim told reporters.";
constexpr Span kFirst{0, 18};       // “We will win,”
constexpr Span kHe{19, 21};         // he
constexpr Span kOfficials{28, 37};  // Officials
constexpr Span kTalks{46, 62};      // the talks failed
constexpr Span kSecond{64, 82};     // “It’s over,”
constexpr Span kKim{83, 86};        // Kim

const DocumentRef kDoc{"doc", kText};

std::vector<Quote> gold() {
  return {quote(kFirst.start, kFirst.end, "direct", "Donald Trump", kHe),
          quote(kTalks.start, kTalks.end, "indirect", nullptr, kOfficials, "believe"),
          quote(kSecond.start, kSecond.end, "direct", "Kim Jong-un", kKim, "told")};
}

TEST(QuotesScorer, OffsetsAreBytes) {
  EXPECT_EQ(span_text(kText, kFirst), "\xE2\x80\x9CWe will win,\xE2\x80\x9D");
  EXPECT_EQ(span_text(kText, kSecond), "\xE2\x80\x9CIt\xE2\x80\x99s over,\xE2\x80\x9D");
  EXPECT_EQ(span_text(kText, kKim), "Kim");
}

TEST(QuotesScorer, SpeakerByNameOrByOverlappingMention) {
  const std::vector<Quote> system = {
      quote(kFirst.start, kFirst.end, "direct", "he", kHe),  // name wrong, mention overlaps: right
      quote(kTalks.start, kTalks.end, "indirect", nullptr, std::nullopt, "believe"),       // null = null: right
      quote(kSecond.start, kSecond.end, "direct", "KIM  JONG-UN", std::nullopt, "told")};  // folded name: right
  const ListScore s = score_quotes(kDoc, gold(), system, {});
  EXPECT_EQ(s.prf_of("detection").correct, 3u);
  EXPECT_EQ(s.accuracy_of("speaker").correct, 3u);
  EXPECT_EQ(s.prf_of("e2e").correct, 3u);
}

TEST(QuotesScorer, WrongSpeakerFailsE2e) {
  const std::vector<Quote> system = {quote(kFirst.start, kFirst.end, "direct", "Kim Jong-un", kKim)};
  const ListScore s = score_quotes(kDoc, gold(), system, keeping(3));
  EXPECT_EQ(s.prf_of("detection").correct, 1u);
  EXPECT_EQ(s.prf_of("e2e").correct, 0u);
  EXPECT_EQ(s.prf_of("e2e").gold, 3u);
  EXPECT_EQ(s.miss_count, 2u);
  ASSERT_EQ(s.mismatches.size(), 1u);
  EXPECT_EQ(s.mismatches[0].note, "wrong speaker");
}

TEST(QuotesScorer, SystemMustCoverHalfOfTheGoldSpan) {
  // 9 of the 18 bytes of the first quote: enough. 8: not.
  const ListScore half = score_quotes(kDoc, gold(), {quote(0, 9, "direct", "Donald Trump")}, {});
  EXPECT_EQ(half.prf_of("detection").correct, 1u);
  const ListScore less = score_quotes(kDoc, gold(), {quote(10, 25, "direct", "Donald Trump")}, {});
  EXPECT_EQ(less.prf_of("detection").correct, 0u);
  EXPECT_EQ(less.false_alarm_count, 1u);
}

TEST(QuotesScorer, KindsFilterBothSides) {
  ScoreOptions direct_mixed;
  direct_mixed.quote_kinds = {"direct", "mixed"};
  const std::vector<Quote> system = {quote(kTalks.start, kTalks.end, "indirect", nullptr),
                                     quote(kSecond.start, kSecond.end, "direct", "Kim Jong-un")};
  const ListScore s = score_quotes(kDoc, gold(), system, direct_mixed);
  EXPECT_EQ(s.prf_of("detection").gold, 2u);
  EXPECT_EQ(s.prf_of("detection").system, 1u);
  EXPECT_EQ(s.prf_of("detection").correct, 1u);
  EXPECT_DOUBLE_EQ(*s.prf_of("detection").precision(), 1.0);
}

TEST(QuotesScorer, KindAndCueAccuracy) {
  const std::vector<Quote> system = {quote(kFirst.start, kFirst.end, "mixed", "Donald Trump", kHe, "Said")};
  const ListScore s = score_quotes(kDoc, gold(), system, {});
  EXPECT_EQ(s.accuracy_of("kind").correct, 0u);
  EXPECT_EQ(s.accuracy_of("cue").correct, 1u);  // folded
}

TEST(QuotesScorer, OverlappingSystemQuotesCountOnce) {
  // Two system quotes over the same gold quote: one matches, the other is a false alarm.
  const std::vector<Quote> system = {quote(0, 18, "direct", "Donald Trump"), quote(1, 17, "direct", "Donald Trump")};
  const ListScore s = score_quotes(kDoc, gold(), system, {});
  EXPECT_EQ(s.prf_of("detection").correct, 1u);
  EXPECT_EQ(s.false_alarm_count, 1u);
}

}  // namespace
}  // namespace quarry::eval
