// The ambiguous cases: two people with one surname, "May" the month or the name, capitals at the start of a
// sentence, and headlines in Title Case or ALL CAPS.
#include <gtest/gtest.h>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

using testing::actors_of;
using testing::mention;
using testing::texts;

TEST(ActorAmbiguity, TwoKimsStaySeparateAndABareKimTakesTheNearest) {
  const auto a = actors_of(
      "Defense Minister Kim Yong-Hyun told lawmakers the North may deploy troops. Kim said the risk was high. "
      "Later, North Korean leader Kim Jong-un signed a treaty. Kim praised the alliance.");
  ASSERT_EQ(a.size(), 4u) << texts(a);
  EXPECT_EQ(a[0]["name"], "Kim Yong-Hyun");
  EXPECT_EQ(a[1]["text"], "Kim");
  EXPECT_EQ(a[1]["name"], "Kim Yong-Hyun");
  EXPECT_EQ(a[2]["name"], "Kim Jong-un");
  EXPECT_EQ(a[3]["text"], "Kim");
  EXPECT_EQ(a[3]["name"], "Kim Jong-un");
}

TEST(ActorAmbiguity, ABareKimBeforeAnyFullNameLooksAhead) {
  const auto a = actors_of("Trump to reach out to Kim. US President Donald Trump praised Kim Jong-un.");
  ASSERT_FALSE(mention(a, "Kim").is_null()) << texts(a);
  EXPECT_EQ(mention(a, "Kim")["name"], "Kim Jong-un");
  EXPECT_EQ(mention(a, "Trump")["name"], "Donald Trump");
}

TEST(ActorAmbiguity, AFarSurnameTakesTheMostNamedPerson) {
  const auto a = actors_of(
      "Hillary Clinton spoke in Ohio. Hillary Clinton then met Chelsea Clinton, Tim Kaine, Bill Gates, Mark "
      "Rathbun, Dean Kamen, Olaf Scholz, Elon Musk and Amina Rahman. Later that day Clinton said she was fine.");
  ASSERT_FALSE(mention(a, "Clinton").is_null()) << texts(a);
  EXPECT_EQ(mention(a, "Clinton")["name"], "Hillary Clinton");
  EXPECT_TRUE(mention(a, "Ohio").is_null());
}

TEST(ActorAmbiguity, MayTheMonthIsNoActorMayTheNameIs) {
  const auto a = actors_of("Theresa May resigned in May. May said she was sorry. The vote was held on May 3.");
  ASSERT_EQ(a.size(), 2u) << texts(a);
  EXPECT_EQ(a[0]["text"], "Theresa May");
  EXPECT_EQ(a[1]["text"], "May");
  EXPECT_EQ(a[1]["name"], "Theresa May");
  EXPECT_TRUE(actors_of("The summit is planned for May. In May the talks resumed.").empty());
}

TEST(ActorAmbiguity, SentenceInitialCapitalsAreNotNames) {
  const auto a = actors_of(
      "Notably, the Joint Chiefs of Staff did not say. However, analysts disagree. Meanwhile Scholz plans a call. "
      "Analysts say the deployment would happen in phases. Reports indicate more.");
  ASSERT_EQ(a.size(), 2u) << texts(a);
  EXPECT_EQ(a[0]["text"], "Joint Chiefs of Staff");
  EXPECT_EQ(a[1]["text"], "Scholz");
  EXPECT_EQ(a[1]["name"], "Olaf Scholz");
}

TEST(ActorAmbiguity, TitleCaseHeadlineOnlyYieldsRealNames) {
  const auto a = actors_of(
      "Google Alerts US Visa-Holding Employees About Overseas Travel Risks Amid Embassy Delays: Report\n"
      "Osman Hadi Funeral Today: Heavy Security in Dhaka as Supporters Gather at Manik Mia Avenue\n");
  ASSERT_EQ(a.size(), 1u) << texts(a);
  EXPECT_EQ(a[0]["text"], "Google");
  EXPECT_EQ(a[0]["type"], "organization");
}

TEST(ActorAmbiguity, AllCapsHeadlineFindsKnownAndDocumentNames) {
  const auto a = actors_of(
      "TRUMP SAYS KIM IS A SMART GUY AFTER CNN INTERVIEW\n"
      "US President Donald Trump said North Korean leader Kim Jong-un liked him.");
  ASSERT_GE(a.size(), 3u) << texts(a);
  EXPECT_EQ(a[0]["text"], "TRUMP");
  EXPECT_EQ(a[0]["name"], "Donald Trump");
  EXPECT_EQ(a[1]["text"], "KIM");
  EXPECT_EQ(a[1]["name"], "Kim Jong-un");
  EXPECT_EQ(a[2]["text"], "CNN");
  // Common words in capitals are not acronyms.
  EXPECT_TRUE(mention(a, "SAYS").is_null());
  EXPECT_TRUE(mention(a, "GUY").is_null());
}

TEST(ActorAmbiguity, CommonWordNotTakenForAnAcronymOrKnownName) {
  // "Who" is not the WHO; "IS" in capitals is not a group.
  const auto a = actors_of("Doctor Who fans met in Toronto. The World Health Organization (WHO) said the WHO agrees.");
  EXPECT_TRUE(mention(a, "Who").is_null()) << texts(a);
  EXPECT_EQ(mention(a, "WHO")["name"], "World Health Organization");
}

TEST(ActorAmbiguity, PersonOrOrganizationByHeadWord) {
  const auto a = actors_of("Dean Kamen founded the Kamen Foundation. Kamen said the Kamen Foundation would help.");
  EXPECT_EQ(mention(a, "Dean Kamen")["type"], "person");
  EXPECT_EQ(mention(a, "Kamen Foundation")["type"], "organization");
  EXPECT_EQ(mention(a, "Kamen")["name"], "Dean Kamen");
}

TEST(ActorAmbiguity, AnUnknownWordIsAnActorAsTheSubjectOfAVerb) {
  // Any verb form counts, regular ("mourns", "thanked") or irregular ("met"), and a Title Case headline
  // capitalises it; a noun after the name ("strikes killed", "residents said") makes the name a modifier.
  const auto a = actors_of(
      "Netflix Alerts Users To Price Rise\nIn a statement, Tokayev thanked rescuers while Mirziyoyev met the envoy. "
      "Kharkiv strikes killed five, Odesa residents said.");
  EXPECT_FALSE(mention(a, "Netflix").is_null()) << texts(a);
  EXPECT_FALSE(mention(a, "Tokayev").is_null()) << texts(a);
  EXPECT_FALSE(mention(a, "Mirziyoyev").is_null()) << texts(a);
  EXPECT_TRUE(mention(a, "Kharkiv").is_null()) << texts(a);
  EXPECT_TRUE(mention(a, "Odesa").is_null()) << texts(a);
}

TEST(ActorAmbiguity, AGivenNameAfterAnArticleIsAPlace) {
  const auto a = actors_of("The envoy waited in the Elysee while Gloria signed the deal.");
  EXPECT_TRUE(mention(a, "Elysee").is_null()) << texts(a);
  EXPECT_FALSE(mention(a, "Gloria").is_null()) << texts(a);
}

TEST(ActorAmbiguity, ALoneSurnameTakesThePersonWhoseNameEndsWithIt) {
  const auto a = actors_of("Andy Warhol took the photos. Warhol Polaroids were shown later, and Warhol was praised.");
  ASSERT_FALSE(mention(a, "Warhol").is_null()) << texts(a);
  EXPECT_EQ(mention(a, "Warhol")["name"], "Andy Warhol");
}

}  // namespace
}  // namespace quarry::actors
