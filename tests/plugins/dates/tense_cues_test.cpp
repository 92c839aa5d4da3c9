// Tense cues of single words in context, on pieces made by hand (one per space-separated word).
#include "tense_cues.hpp"

#include <gtest/gtest.h>

#include "hand_pieces.hpp"

namespace quarry::dates {
namespace {

Tense cue(const HandPieces& s, std::string_view word) { return cue_of(s.pieces, s.index_of(word)); }

TEST(TenseCues, PastFormsAndFutureAuxiliaries) {
  EXPECT_EQ(cue(HandPieces("troops crossed the border"), "crossed"), Tense::Past);
  EXPECT_EQ(cue(HandPieces("he said it"), "said"), Tense::Past);
  EXPECT_EQ(cue(HandPieces("the monarch will meet bush"), "will"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("the border"), "border"), Tense::Unknown);
  EXPECT_EQ(cue(HandPieces("she tore a ligament"), "tore"), Tense::Past);
  EXPECT_EQ(cue(HandPieces("england beat montenegro"), "beat"), Tense::Past);
}

TEST(TenseCues, WordsThatLookLikeCuesButAreNot) {
  // "two days left": time remaining, not the verb
  EXPECT_EQ(cue(HandPieces("a week left before the vote"), "left"), Tense::Unknown);
  EXPECT_EQ(cue(HandPieces("he left early"), "left"), Tense::Past);
  // "takes place" is as often a custom as a schedule, both present; "takes office" is a schedule
  EXPECT_EQ(cue(HandPieces("the parade takes place"), "takes"), Tense::Present);
  EXPECT_EQ(cue(HandPieces("she takes office"), "takes"), Tense::Future);
  // "next to the park" is a place
  EXPECT_EQ(cue(HandPieces("the embassy next to the park"), "next"), Tense::Unknown);
}

TEST(TenseCues, ExpectedOrDueAsAPredicateBeforeAWeekdayLooksAhead) {
  EXPECT_EQ(cue(HandPieces("results are expected late sunday night"), "expected"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("a statement is expected tuesday afternoon"), "expected"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("the budget is due tuesday"), "due"), Tense::Future);
  // not before a word that is no weekday
  EXPECT_EQ(cue(HandPieces("results are expected late"), "expected"), Tense::Unknown);
}

TEST(TenseCues, AParticipleBeforeItsNounIsAnAdjective) {
  EXPECT_EQ(cue(HandPieces("begin rescheduling postponed procedures"), "postponed"), Tense::Unknown);
  EXPECT_EQ(cue(HandPieces("a fund for vaccinated shoppers"), "vaccinated"), Tense::Unknown);
  EXPECT_EQ(cue(HandPieces("officials postponed procedures"), "postponed"), Tense::Past);
}

TEST(TenseCues, APresentWantOfSomethingLooksAhead) {
  EXPECT_EQ(cue(HandPieces("he needs a top-five finish"), "needs"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("the coach wants them back"), "wants"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("as he wanted"), "wanted"), Tense::Past);
}

TEST(TenseCues, GetsUnderWayIsAStartAhead) {
  EXPECT_EQ(cue(HandPieces("the league gets under way"), "gets"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("man gets 15 years"), "gets"), Tense::Unknown);
}

TEST(TenseCues, PlansAfterItsSubjectLookAhead) {
  EXPECT_EQ(cue(HandPieces("she plans a party"), "plans"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("the company plans to cut jobs"), "plans"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("set aside vacation plans"), "plans"), Tense::Unknown);
}

TEST(TenseCues, FollowedByInASequenceIsNoPastVerb) {
  EXPECT_EQ(cue(HandPieces("highs tuesday , followed by rain"), "followed"), Tense::Unknown);
  EXPECT_EQ(cue(HandPieces("he followed by phone"), "followed"), Tense::Past);
}

TEST(TenseCues, ACapitalizedScheduleVerbAfterAName) {
  HandPieces town("the cedar falls board");
  EXPECT_EQ(cue(town, "falls"), Tense::Future);  // "the price falls": a schedule verb, lower case
  town.pieces[town.index_of("cedar")].upper_initial = true;
  town.pieces[town.index_of("falls")].upper_initial = true;
  EXPECT_EQ(cue(town, "falls"), Tense::Unknown);  // "Cedar Falls": a name
}

TEST(TenseCues, ModalsBeforeABareVerbLookAhead) {
  EXPECT_EQ(cue(HandPieces("talks may resume"), "may"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("he could not be reached"), "could"), Tense::Past);  // the past of "cannot"
  // a negation leaves any other modal looking ahead ("talks may not resume before March")
  EXPECT_EQ(cue(HandPieces("talks might not resume"), "might"), Tense::Future);
  EXPECT_EQ(cue(HandPieces("he could not resume"), "could"), Tense::Past);
  const HandPieces s("she would go in may , said wood");
  EXPECT_TRUE(is_modal(s.pieces[s.index_of("would")]));
  EXPECT_FALSE(is_modal(s.pieces[s.index_of("wood")]));
  EXPECT_TRUE(is_modal(s.pieces[s.index_of("may")]));
  HandPieces month("votes on may day");
  month.pieces[month.index_of("may")].upper_initial = true;  // "May Day", "Theresa May": the month or a name
  EXPECT_FALSE(is_modal(month.pieces[month.index_of("may")]));
  EXPECT_EQ(cue(month, "may"), Tense::Unknown);
}

TEST(TenseCues, ClauseBreaks) {
  const HandPieces s("he left ; she stayed , then");
  EXPECT_TRUE(is_clause_break(s.pieces, s.index_of(";")));
  EXPECT_FALSE(is_clause_break(s.pieces, s.index_of(",")));
}

}  // namespace
}  // namespace quarry::dates
