// Phrases that point a date ahead or back, on pieces made by hand (one per space-separated word).
#include "tense_phrases.hpp"

#include <gtest/gtest.h>

#include <tuple>

#include "hand_pieces.hpp"

namespace quarry::dates {
namespace {

TEST(TensePhrases, PhrasesThatPointAhead) {
  const HandPieces ahead("shares rose ahead of tuesday");
  EXPECT_TRUE(looks_forward_to(ahead.pieces, ahead.index_of("tuesday")));
  const HandPieces moved("the hearing was moved to monday");
  EXPECT_TRUE(moved_to(moved.pieces, moved.index_of("monday")));
  const HandPieces runs("the festival runs through sunday");
  EXPECT_TRUE(runs_on_to(runs.pieces, runs.index_of("sunday")));
  const HandPieces ran("the festival ran through sunday");
  EXPECT_FALSE(runs_on_to(ran.pieces, ran.index_of("sunday")));
}

TEST(TensePhrases, ABidToAnEventLooksAhead) {
  const HandPieces summoned("he summoned the leaders to a meeting on wednesday");
  EXPECT_TRUE(plans_ahead(summoned.pieces, summoned.index_of("summoned"), summoned.index_of("wednesday")));
  const HandPieces met("he summoned the leaders , who met on wednesday");
  EXPECT_FALSE(plans_ahead(met.pieces, met.index_of("summoned"), met.index_of("wednesday")));
}

TEST(TensePhrases, ADateSetForSomethingLiesAhead) {
  // (text, the date's word, whether it lies scheduled)
  const std::tuple<const char*, const char*, bool> cases[] = {
      {"the final is on sunday", "sunday", true},
      {"sentencing was set for monday", "monday", true},
      {"sentencing had been set for monday", "monday", false},
      {"storms tonight and on thursday", "thursday", true},
      {"the opener was on monday", "monday", false},
  };
  for (const auto& [text, date, expected] : cases) {
    const HandPieces p(text);
    EXPECT_EQ(lies_scheduled(p.pieces, p.index_of(date)), expected) << text;
  }
}

TEST(TensePhrases, APassiveInstructionLooksAhead) {
  const HandPieces told("applicants were told to return thursday");
  EXPECT_TRUE(passive_instruction(told.pieces, told.index_of("were"), told.index_of("thursday")));
  const HandPieces allowed("residents were allowed to return saturday");
  EXPECT_FALSE(passive_instruction(allowed.pieces, allowed.index_of("were"), allowed.index_of("saturday")));
}

TEST(TensePhrases, PhrasesThatLookBack) {
  const HandPieces wake("in the wake of sunday");
  EXPECT_TRUE(looks_back_at(wake.pieces, wake.index_of("sunday")));
  const HandPieces perfect("the vote had been set for monday");
  EXPECT_TRUE(in_past_perfect(perfect.pieces, perfect.index_of("monday")));
}

TEST(TensePhrases, StartsFromAWeekdayButNotARangeNorASource) {
  const HandPieces start("the wage rises from friday");
  const size_t friday = start.index_of("friday");
  EXPECT_TRUE(starts_from(start.pieces, friday, friday + 1));
  const HandPieces range("open from monday to friday");
  const size_t monday = range.index_of("monday");
  EXPECT_FALSE(starts_from(range.pieces, monday, monday + 1));
}

TEST(TensePhrases, HeadlinesAndFixtures) {
  const HandPieces headline("talks to resume monday");
  EXPECT_TRUE(states_a_plan(headline.pieces, headline.index_of("monday")));
  const HandPieces stopped("talks to resume monday .");
  EXPECT_FALSE(states_a_plan(stopped.pieces, stopped.index_of("monday")));
  HandPieces fixture("holloway v ashworth , saturday");
  fixture.pieces[0].upper_initial = true;
  fixture.pieces[2].upper_initial = true;
  EXPECT_TRUE(names_fixture(fixture.pieces, fixture.index_of("saturday")));
}

}  // namespace
}  // namespace quarry::dates
