// Hostile input: the plugin must finish (in linear time) and emit only well-formed mentions. Nothing here is
// timed; a hang or a crash is the failure.
#include <gtest/gtest.h>

#include <string>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

using testing::actors_of;

void expect_well_formed(const std::string& text) {
  const auto a = actors_of(text);
  for (const auto& m : a) {
    ASSERT_LE(m["start"].get<size_t>(), m["end"].get<size_t>());
    ASSERT_LE(m["end"].get<size_t>(), text.size());
    ASSERT_TRUE(m["name"].is_string());
    ASSERT_FALSE(m["name"].get<std::string>().empty());
  }
}

TEST(ActorAdversarial, LongLineOfDigits) { expect_well_formed(std::string(10'000'000, '7')); }

TEST(ActorAdversarial, OneOpeningQuoteAndAMegabyteOfText) {
  std::string text = "\"";
  while (text.size() < 1'000'000) text += "Kim Jong-un said the JCS and Seoul's spy agency agree. ";
  expect_well_formed(text);
}

TEST(ActorAdversarial, DotsBracketsAndParentheses) {
  expect_well_formed(std::string(200'000, '.'));
  std::string brackets;
  while (brackets.size() < 300'000) brackets += "((( [JCS] (NIS ( ISW ) ";
  expect_well_formed(brackets);
  expect_well_formed("(");
  expect_well_formed(")");
  expect_well_formed("The JCS (");
  expect_well_formed("Colonel Oleksandr, a spokesperson for");
  expect_well_formed("Ukraine's ambassador to");
  expect_well_formed(", , , ,");
}

TEST(ActorAdversarial, EndlessRunOfCapitalisedWords) {
  std::string text;
  while (text.size() < 1'000'000) text += "Aaron Council of Bbb and Ccc Ddd Eee Institute for the Fff ";
  expect_well_formed(text);
  std::string names;
  for (int i = 0; names.size() < 1'000'000; ++i) names += "John X" + std::to_string(i % 5000) + "a said. John said. ";
  expect_well_formed(names);
}

TEST(ActorAdversarial, ManyTitlesAndDescriptionsWithoutNames) {
  std::string text;
  while (text.size() < 1'000'000) text += "the official said the spy agency and the US President and the military ";
  expect_well_formed(text);
}

TEST(ActorAdversarial, OneSentenceOfCreditCues) {
  // Each "Image:" masks to the sentence end; a sentence of a hundred thousand of them once took half a minute.
  std::string text = "He said ";
  while (text.size() < 1'000'000) text += "Image: Photo: Source: ";
  expect_well_formed(text);
}

TEST(ActorAdversarial, OddUnicode) {
  expect_well_formed("\xE2\x80\x8B\xE2\x80\x8BKim\xE2\x80\x8BJong-un \xF0\x9F\x98\x80 said \xE2\x80\x99s \xE2\x80\x99");
  expect_well_formed("Ελληνικά Ρωσία Путин сказал 金正恩 said. Zoë Ångström-Ølsen said.");
  expect_well_formed("\xE2\x80\x99s\xE2\x80\x99s\xE2\x80\x99s Seoul\xE2\x80\x99s");
  expect_well_formed("InternationalNationalHealth'\xE2\x80\x99");
  std::string combining = "A";
  for (int i = 0; i < 100'000; ++i) combining += "\xCC\x81";  // combining acute accents
  expect_well_formed(combining);
}

// (An empty or blank text never reaches a plugin: the core refuses it as an empty document.)
TEST(ActorAdversarial, MostlyWhitespaceAndLoneLetters) {
  expect_well_formed("a\n\n\n\tb");
  expect_well_formed(" I \n A \n The \n");
  expect_well_formed("K\u2019s");
}

}  // namespace
}  // namespace quarry::actors
