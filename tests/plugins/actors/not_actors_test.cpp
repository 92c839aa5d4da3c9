// What is not an actor: countries, capitals, groups, documents, credits, bare pre-modifiers, places.
#include <gtest/gtest.h>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

using testing::actors_of;
using testing::mention;
using testing::texts;

TEST(NotActors, CountriesCapitalsAndGovernments) {
  EXPECT_TRUE(actors_of("North Korea sent troops to Russia, South Korea said, and Pyongyang denied it. The regime "
                        "and the government in Moscow agreed; the North kept quiet. South Korea, the United States "
                        "and others accused Beijing.")
                  .empty());
}

TEST(NotActors, GroupsAndPlurals) {
  EXPECT_TRUE(actors_of("Ukrainian forces and Russian troops clashed. Analysts, officials, lawmakers and reporters "
                        "watched. Six North Koreans were killed. Former Indian envoys warn of anarchy.")
                  .empty());
}

TEST(NotActors, BylinesCreditsAndAgencyTags) {
  const auto a = actors_of(
      "Source : NEW INDIAN EXPRESS NEWS\nBy IANS | Updated: October 16, 2024\nANI |Published: Feb 27, 2025\n"
      "Seoul [South Korea], February 27 (ANI): The claim was made.\n(AP Photo/Ahn Young-joon)\n"
      "(Inputs from Bloomberg)\n(With inputs from agencies)\nEarlier, Bloomberg reported the figure.");
  ASSERT_EQ(a.size(), 1u) << texts(a);
  EXPECT_EQ(a[0]["text"], "Bloomberg");
}

TEST(NotActors, BareNounPreModifiers) {
  const auto a = actors_of(
      "G20 assessments suggest more troops. The strikes hit over 70 ISIS targets in violation of UN Security "
      "Council resolutions. Osman Hadi Funeral Today.");
  EXPECT_TRUE(a.empty()) << texts(a);
}

TEST(NotActors, PlacesAndOfficesUsedAsPlaces) {
  const auto a = actors_of(
      "A TV screen at the Seoul Railway Station showed Kim, whom Trump met during his first term in the White "
      "House. The rally was held at Manik Mia Avenue near the Korean Peninsula.");
  EXPECT_TRUE(mention(a, "Seoul Railway Station").is_null()) << texts(a);
  EXPECT_TRUE(mention(a, "White House").is_null()) << texts(a);
  EXPECT_TRUE(mention(a, "Manik Mia Avenue").is_null()) << texts(a);
  EXPECT_TRUE(mention(a, "Korean Peninsula").is_null()) << texts(a);
}

TEST(NotActors, PronounsAndGenericDescriptions) {
  const auto a = actors_of("He said it would help. They were reviewed by an editor. An agency feed carried it.");
  EXPECT_TRUE(a.empty()) << texts(a);
}

TEST(NotActors, MilitaryAsAnAdjective) {
  const auto a = actors_of("North Korea's military contributions grew, as did military ties with Russia.");
  EXPECT_TRUE(a.empty()) << texts(a);
}

}  // namespace
}  // namespace quarry::actors
