// Tense detection from a sentence's words, on pieces made by hand (one per space-separated word).
#include "tense.hpp"

#include <gtest/gtest.h>

#include "hand_pieces.hpp"

namespace quarry::dates {
namespace {

TEST(Tense, PastVerbs) {
  EXPECT_EQ(HandPieces("the jcs said on friday").tense_of("friday"), Tense::Past);
  EXPECT_EQ(HandPieces("troops crossed the border on monday").tense_of("monday"), Tense::Past);
  EXPECT_EQ(HandPieces("the king met monday with the leaders").tense_of("monday"), Tense::Past);
}

TEST(Tense, FutureModals) {
  EXPECT_EQ(HandPieces("the monarch will meet bush on thursday").tense_of("thursday"), Tense::Future);
  EXPECT_EQ(HandPieces("he said talks would resume on monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("they'll vote in june").tense_of("june"), Tense::Future);
  EXPECT_EQ(HandPieces("the talks are expected to resume in june").tense_of("june"), Tense::Future);
}

TEST(Tense, PlansLookAheadEvenWithoutTo) {
  EXPECT_EQ(HandPieces("protesters planned a rally on saturday").tense_of("saturday"), Tense::Future);
  EXPECT_EQ(HandPieces("he has scheduled a news conference thursday").tense_of("thursday"), Tense::Future);
  EXPECT_EQ(HandPieces("talks set to resume monday").tense_of("monday"), Tense::Future);
  // adjectives and old plans do not
  EXPECT_EQ(HandPieces("the hastily planned trip on friday").tense_of("friday"), Tense::Unknown);
  EXPECT_EQ(HandPieces("the vote had been scheduled for monday").tense_of("monday"), Tense::Past);
  EXPECT_EQ(HandPieces("he set the record on monday").tense_of("monday"), Tense::Unknown);
}

TEST(Tense, AdverbsDoNotMakeParticiples) {
  EXPECT_EQ(
      HandPieces("trump also joined the debate , announcing on wednesday he would meet them").tense_of("wednesday"),
      Tense::Past);
  EXPECT_EQ(HandPieces("to have also joined on monday").tense_of("monday"), Tense::Unknown);
}

TEST(Tense, APresentPerfectTellsOfADeedDone) {
  EXPECT_EQ(HandPieces("he has also joined on monday").tense_of("monday"), Tense::Past);
  EXPECT_EQ(HandPieces("delegations have negotiated over weekend").tense_of("weekend"), Tense::Past);
  EXPECT_EQ(HandPieces("once the doctor has seen him on monday").tense_of("monday"), Tense::Unknown);
  EXPECT_EQ(HandPieces("a mediator has called a meeting at friday").tense_of("friday"), Tense::Unknown);
}

TEST(Tense, PresentAcrossACommaDecidesNothing) {
  EXPECT_EQ(HandPieces("after a defeat in new hampshire tuesday , clinton is staggering").tense_of("tuesday"),
            Tense::Unknown);
  EXPECT_EQ(HandPieces("on monday , the talks are expected to resume").tense_of("monday"), Tense::Future);
}

TEST(Tense, AnEventThatIsOnADateLiesAhead) {
  EXPECT_EQ(HandPieces("the vote is on monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("the vote is monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("the hearings are set for monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("the opener was on monday").tense_of("monday"), Tense::Past);
}

TEST(Tense, ParticiplesTakeTheAuxiliarysTense) {
  // "held" after "be" is a participle: the future comes from "will".
  EXPECT_EQ(HandPieces("the vote will be held on sunday").tense_of("sunday"), Tense::Future);
  EXPECT_EQ(HandPieces("the deal was signed in june").tense_of("june"), Tense::Past);
}

TEST(Tense, DueToLooksAheadOnlyAsAPredicateBeforeAVerb) {
  EXPECT_EQ(HandPieces("the plane is due to arrive on monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("the offer , due to expire on friday").tense_of("friday"), Tense::Future);
  // a cause, not a schedule: the past verb after it decides
  EXPECT_EQ(HandPieces("on friday , due to the storm , schools were closed").tense_of("friday"), Tense::Past);
  EXPECT_EQ(HandPieces("on friday , flights due to snow were cancelled").tense_of("friday"), Tense::Past);
  // "going to" a place is not a plan
  EXPECT_EQ(HandPieces("on monday , going to the market was risky").tense_of("monday"), Tense::Past);
}

TEST(Tense, AsSoonAsPointsAhead) {
  EXPECT_EQ(HandPieces("they could arrive as soon as tuesday").tense_of("tuesday"), Tense::Future);
}

TEST(Tense, NoCueIsUnknown) {
  EXPECT_EQ(HandPieces("friday").tense_of("friday"), Tense::Unknown);
  EXPECT_EQ(HandPieces("on monday , the red bed").tense_of("monday"), Tense::Unknown);
}

TEST(Tense, BeforeADateInAPresentClauseLooksAhead) {
  EXPECT_EQ(HandPieces("they are under pressure to unite before friday 's vote").tense_of("friday"), Tense::Future);
  EXPECT_EQ(HandPieces("before friday").tense_of("friday"), Tense::Future);
  // so does a past clause, of a weekday alone, but not one in the past perfect
  EXPECT_EQ(HandPieces("the ruling was delivered a day before thursday 's holiday").tense_of("thursday"),
            Tense::Future);
  EXPECT_EQ(HandPieces("shares had risen for five sessions before monday 's dip").tense_of("monday"), Tense::Past);
}

TEST(Tense, ScheduledPresentLooksAhead) {
  EXPECT_EQ(HandPieces("the leftist , who governed brazil , takes office on january").tense_of("january"),
            Tense::Future);
  EXPECT_EQ(HandPieces("the new majority takes control of the house thursday").tense_of("thursday"), Tense::Future);
}

TEST(Tense, ADateSaidToComeLooksAhead) {
  EXPECT_EQ(HandPieces("forecasters said sunday would be milder").tense_of("sunday"), Tense::Future);
  EXPECT_EQ(HandPieces("the weather service said monday should be dry").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("a roadmap announced wednesday would be followed").tense_of("wednesday"), Tense::Past);
}

TEST(Tense, AnEventMovedToADateLooksAhead) {
  EXPECT_EQ(HandPieces("all hearings were moved to monday").tense_of("monday"), Tense::Future);
  // (the new date may be set off by a comma, "a six-month extension , to october")
  EXPECT_EQ(HandPieces("the vote was postponed until later , to friday").tense_of("friday"), Tense::Future);
  EXPECT_EQ(HandPieces("they asked for a six-month extension , to october").tense_of("october"), Tense::Future);
  EXPECT_EQ(HandPieces("he moved to boston in june").tense_of("june"), Tense::Past);
  EXPECT_EQ(HandPieces("an ordinance extending tax deadlines to june").tense_of("june"), Tense::Future);
  EXPECT_EQ(HandPieces("which moves the filing deadline to october").tense_of("october"), Tense::Future);
}

TEST(Tense, ForecastAdjectivesAndDeadlinesLookAhead) {
  EXPECT_EQ(HandPieces("thunderstorms were likely overnight and into tuesday").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("more storms were possible across the plains tuesday").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("the certification deadline is tuesday").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("a poll of likely voters conducted tuesday").tense_of("tuesday"), Tense::Past);
}

TEST(Tense, RisesAndTurnsScheduleWhatFollows) {
  EXPECT_EQ(HandPieces("the minimum wage rises to $9 in july").tense_of("july"), Tense::Future);
  EXPECT_EQ(HandPieces("his sister , who turns three in march , met him").tense_of("march"), Tense::Future);
}

TEST(Tense, AFixtureIsStillToBePlayed) {
  HandPieces fixture("next up : calder vale v stanmoor , saturday");
  for (const char* name : {"calder", "vale", "stanmoor"}) fixture.pieces[fixture.index_of(name)].upper_initial = true;
  EXPECT_EQ(fixture.tense_of("saturday"), Tense::Future);
  EXPECT_EQ(HandPieces("the games , held every two years , end on sunday").tense_of("sunday"), Tense::Future);
}

TEST(Tense, FromAWeekdayInAPresentClauseStartsAhead) {
  EXPECT_EQ(HandPieces("the minimum wage rises from friday").tense_of("friday"), Tense::Future);
  EXPECT_NE(HandPieces("the shop is open from monday to friday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("the stores were closed from monday").tense_of("monday"), Tense::Past);
}

TEST(Tense, AWeekdayHeadingATimetableLineLooksAhead) {
  EXPECT_EQ(HandPieces("friday : first practice").tense_of("friday"), Tense::Future);
  EXPECT_EQ(HandPieces("\u2022 friday : the commission publishes guidance").tense_of("friday"), Tense::Future);
  EXPECT_EQ(HandPieces("on friday : a practice").tense_of("friday"), Tense::Unknown);
}

TEST(Tense, AnEntryOfATimelineTellsWhatHappened) {
  // a weekday heading an entry whose verb is past: the day that went by
  EXPECT_EQ(HandPieces("monday : the governor vetoed the bill").tense_of("monday"), Tense::Past);
  // a month or a day of the month heading an entry: no tense, so the nearest one (timelines look back, timetables
  // ahead)
  EXPECT_EQ(HandPieces("june \u2014 last day of school").tense_of("june"), Tense::Unknown);
  EXPECT_EQ(HandPieces("june : gunfire erupts in the capital").tense_of("june"), Tense::Unknown);
}

TEST(Tense, ByADateUnderAnObligationLooksAhead) {
  EXPECT_EQ(HandPieces("we have to pick ourselves up by wednesday , he said").tense_of("wednesday"), Tense::Future);
  EXPECT_EQ(HandPieces("they had finished by wednesday").tense_of("wednesday"), Tense::Past);
}

TEST(Tense, ByADateInAPresentClauseLooksAhead) {
  EXPECT_EQ(HandPieces("anyone who says this is over by christmas is guessing").tense_of("christmas"), Tense::Future);
  EXPECT_EQ(HandPieces("it was over by christmas").tense_of("christmas"), Tense::Past);
}

TEST(Tense, ThroughAWeekdayIsADeadlineAsUntilIs) {
  EXPECT_EQ(HandPieces("officials extended the alert through monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("the library is closed through sunday").tense_of("sunday"), Tense::Future);
  EXPECT_EQ(HandPieces("crews worked through sunday .").tense_of("sunday"), Tense::Past);
  EXPECT_EQ(HandPieces("officials postponed classes until at least wednesday").tense_of("wednesday"), Tense::Future);
  // a period ended "through" a month is no deadline
  EXPECT_EQ(HandPieces("profit for the nine months through december rose").tense_of("december"), Tense::Past);
}

TEST(Tense, AHeadlinesParticipleAfterItsNounTellsNoPast) {
  // no full stop: a headline, whose passive leaves its auxiliary out
  EXPECT_EQ(HandPieces("general strike thursday , transport guaranteed at peak times").tense_of("thursday"),
            Tense::Unknown);
  EXPECT_EQ(HandPieces("the strike was on thursday , and transport guaranteed at peak times .").tense_of("thursday"),
            Tense::Past);
  EXPECT_EQ(HandPieces("report shows hiring slowed in september").tense_of("september"), Tense::Past);
}

TEST(Tense, ADateOpeningAThatClauseTakesItsVerb) {
  EXPECT_EQ(HandPieces("officials warned that thursday could bring snow").tense_of("thursday"), Tense::Future);
  EXPECT_EQ(HandPieces("officials will say that monday was the worst day").tense_of("monday"), Tense::Past);
}

TEST(Tense, AHeadlinesInfinitiveLooksAhead) {
  EXPECT_EQ(HandPieces("vaccine rollout to begin on monday as cases surge").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("bailout exit : ireland to leave programme on sunday").tense_of("sunday"), Tense::Future);
  // a sentence with its stop is no headline ("sought" is a past verb the cues do not know)
  EXPECT_EQ(HandPieces("candidates sought to appeal to voters on tuesday .").tense_of("tuesday"), Tense::Unknown);
}

TEST(Tense, WhatRunsOnToADateLooksAhead) {
  EXPECT_EQ(HandPieces("the festival , founded in 2002 , runs through sunday").tense_of("sunday"), Tense::Future);
  EXPECT_EQ(HandPieces("officials said the storm could last through friday").tense_of("friday"), Tense::Future);
  EXPECT_EQ(HandPieces("the summit opened monday and runs well into tuesday").tense_of("tuesday"), Tense::Future);
  // a past run keeps the clause's tense
  EXPECT_EQ(HandPieces("the festival ran through sunday").tense_of("sunday"), Tense::Past);
  EXPECT_EQ(HandPieces("the festival , which began friday , was a success").tense_of("friday"), Tense::Past);
}

TEST(Tense, ScheduleVerbsAfterPronounsLookAhead) {
  EXPECT_EQ(HandPieces("i start on monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("cuts that take effect tuesday").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("leaders return to talks on tuesday").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("he wants to return on tuesday").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("it reports results on thursday").tense_of("thursday"), Tense::Future);
  {
    HandPieces opening("reno open a road trip on wednesday");
    opening.pieces[0].upper_initial = true;  // a name opening the sentence
    EXPECT_EQ(tense_around(opening.pieces, opening.index_of("wednesday"), opening.index_of("wednesday") + 1),
              Tense::Future);
  }
  EXPECT_EQ(HandPieces("the republicans debate again thursday").tense_of("thursday"), Tense::Future);
  // a noun, not a verb after its subject
  EXPECT_EQ(HandPieces("members filed compliance reports by wednesday").tense_of("wednesday"), Tense::Past);
}

TEST(Tense, WhatIsForAWeekdayLooksAhead) {
  EXPECT_EQ(HandPieces("the agency issued an alert for monday").tense_of("monday"), Tense::Future);
  EXPECT_EQ(HandPieces("all cases listed for friday were adjourned").tense_of("friday"), Tense::Future);
  EXPECT_EQ(HandPieces("sales for june rose").tense_of("june"), Tense::Past);
}

TEST(Tense, TimeLeftIsNoPastVerb) {
  EXPECT_EQ(HandPieces("with less than a week left before tuesday 's election").tense_of("tuesday"), Tense::Future);
  EXPECT_EQ(HandPieces("he left on tuesday").tense_of("tuesday"), Tense::Past);
}

TEST(Tense, ClauseBreakStopsTheSearch) {
  EXPECT_EQ(HandPieces("he will go ; on monday it rained").tense_of("monday"), Tense::Past);
}

}  // namespace
}  // namespace quarry::dates
