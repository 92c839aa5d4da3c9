// One test per construct the plugin reads: title + name, nationality and possessive affiliation, appositions,
// acronyms, descriptions, role-only mentions, coreference to one canonical name.
#include <gtest/gtest.h>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

using testing::actors_of;
using testing::mention;
using testing::texts;

void expect_actor(const nlohmann::ordered_json& actors, const std::string& text, const std::string& name,
                  const std::string& type, const nlohmann::json& role, const nlohmann::json& affiliation) {
  const auto m = mention(actors, text);
  ASSERT_FALSE(m.is_null()) << "no mention '" << text << "' in: " << texts(actors);
  EXPECT_EQ(m["name"], name) << text;
  EXPECT_EQ(m["type"], type) << text;
  EXPECT_EQ(m["role"], role) << text;
  EXPECT_EQ(m["affiliation"], affiliation) << text;
}

TEST(ActorConstructs, TitleAndNameWithNationality) {
  const auto a = actors_of("US President Donald Trump spoke with North Korean leader Kim Jong-un.");
  ASSERT_EQ(a.size(), 2u) << texts(a);
  expect_actor(a, "US President Donald Trump", "Donald Trump", "person", "president", "United States");
  expect_actor(a, "North Korean leader Kim Jong-un", "Kim Jong-un", "person", "leader", "North Korea");
}

TEST(ActorConstructs, LowerCaseTitleWithModifier) {
  const auto a = actors_of("Ukrainian presidential adviser Mykhailo Podolyak had also noted the reports.");
  expect_actor(a, "Ukrainian presidential adviser Mykhailo Podolyak", "Mykhailo Podolyak", "person",
               "presidential adviser", "Ukraine");
}

TEST(ActorConstructs, RankAloneGivesTheRole) {
  const auto a = actors_of("Colonel Oleksandr Kindratenko told reporters the unit had moved.");
  expect_actor(a, "Colonel Oleksandr Kindratenko", "Oleksandr Kindratenko", "person", "colonel", nullptr);
}

TEST(ActorConstructs, AppositionAfterTheNameGivesRoleAndOwner) {
  const auto a = actors_of(
      "Colonel Oleksandr, a spokesperson for the Ukrainian military's Special Operations Forces, told CNN that "
      "the troops had left. Oleksandr Kindratenko was cited as telling CNN.");
  // The position wins over the rank; the organization is the affiliation, not an actor of its own.
  expect_actor(a, "Colonel Oleksandr, a spokesperson for the Ukrainian military's Special Operations Forces",
               "Oleksandr Kindratenko", "person", "spokesperson", "Ukrainian military's Special Operations Forces");
  EXPECT_TRUE(mention(a, "Special Operations Forces").is_null()) << texts(a);
  EXPECT_EQ(mention(a, "Oleksandr Kindratenko")["name"], "Oleksandr Kindratenko");
}

TEST(ActorConstructs, AppositionBeforeTheName) {
  const auto a = actors_of("Earlier, Ukraine's ambassador to South Korea, Dmytro Ponomarenko, shared concerns.");
  ASSERT_EQ(a.size(), 1u) << texts(a);
  expect_actor(a, "Ukraine's ambassador to South Korea, Dmytro Ponomarenko", "Dmytro Ponomarenko", "person",
               "ambassador to South Korea", "Ukraine");
}

TEST(ActorConstructs, OrganizationWithAcronymThenAcronymAlone) {
  const auto a = actors_of("South Korea's Joint Chiefs of Staff (JCS) said on Monday. The JCS added more.");
  ASSERT_EQ(a.size(), 2u) << texts(a);
  expect_actor(a, "South Korea's Joint Chiefs of Staff (JCS)", "Joint Chiefs of Staff", "organization", nullptr,
               "South Korea");
  expect_actor(a, "JCS", "Joint Chiefs of Staff", "organization", nullptr, nullptr);
}

TEST(ActorConstructs, CapitalPossessiveGivesTheCountry) {
  const auto a = actors_of("Seoul's National Intelligence Service (NIS) said on Thursday. The NIS estimated more.");
  expect_actor(a, "Seoul's National Intelligence Service (NIS)", "National Intelligence Service", "organization",
               nullptr, "South Korea");
  expect_actor(a, "NIS", "National Intelligence Service", "organization", nullptr, nullptr);
}

TEST(ActorConstructs, OrganizationAppositionWithBasedPlace) {
  const auto a = actors_of(
      "According to CNN, which cited the Institute for the Study of War (ISW), a Washington DC-based think tank, "
      "the front moved.");
  expect_actor(a, "Institute for the Study of War (ISW), a Washington DC-based think tank",
               "Institute for the Study of War", "organization", nullptr, "United States");
  expect_actor(a, "CNN", "CNN", "organization", nullptr, nullptr);
}

TEST(ActorConstructs, DescriptionsCorefereWithTheNamedOrganization) {
  const auto a = actors_of(
      "Seoul's spy agency briefed lawmakers. The National Intelligence Service said the spy agency had proof.");
  ASSERT_EQ(a.size(), 3u) << texts(a);
  expect_actor(a, "Seoul's spy agency", "National Intelligence Service", "organization", nullptr, "South Korea");
  expect_actor(a, "spy agency", "National Intelligence Service", "organization", nullptr, nullptr);
}

TEST(ActorConstructs, UnnamedMilitaryIsNamedByItsFirstDescription) {
  const auto a = actors_of(
      "The Russian military said it had recaptured the region. The Russian army later denied it. Military ties "
      "grew.");
  ASSERT_EQ(a.size(), 2u) << texts(a);
  expect_actor(a, "Russian military", "Russian military", "organization", nullptr, "Russia");
  expect_actor(a, "Russian army", "Russian military", "organization", nullptr, "Russia");
}

TEST(ActorConstructs, NewsAgencyBeforeAndAfterTheName) {
  const auto a = actors_of("The report was carried by South Korean news agency Yonhap. Yonhap news agency said so.");
  expect_actor(a, "South Korean news agency Yonhap", "Yonhap News Agency", "organization", nullptr, "South Korea");
  expect_actor(a, "Yonhap news agency", "Yonhap News Agency", "organization", nullptr, nullptr);
}

TEST(ActorConstructs, RoleOnlyMentionsTakeTheHoldersName) {
  const auto a = actors_of(
      "US President Donald Trump met Kim. The US President said in an interview that he would meet him again.");
  expect_actor(a, "US President", "Donald Trump", "person", "president", "United States");
}

TEST(ActorConstructs, UnnamedOfficialsAreNamedByTheirRolePhrase) {
  const auto a = actors_of(
      "Seoul, Oct 16 South Korean defence ministry said Wednesday it is monitoring. \"It is closely monitored,\" "
      "a ministry official said. A foreign ministry official said the government is watching. \"We urge a halt,\" "
      "the official said.");
  expect_actor(a, "South Korean defence ministry", "South Korean defence ministry", "organization", nullptr,
               "South Korea");
  expect_actor(a, "ministry official", "ministry official", "person", "official", "South Korean defence ministry");
  expect_actor(a, "foreign ministry official", "foreign ministry official", "person", "official",
               "South Korean foreign ministry");
  expect_actor(a, "official", "foreign ministry official", "person", "official", "South Korean foreign ministry");
}

TEST(ActorConstructs, StateTitleOwnerFromTheDatelineOrTheKnownFigure) {
  const auto a = actors_of(
      "Seoul, Oct 16 Defense Minister Kim Yong-Hyun told lawmakers that President Vladimir Putin had asked for "
      "troops.");
  expect_actor(a, "Defense Minister Kim Yong-Hyun", "Kim Yong-Hyun", "person", "defense minister", "South Korea");
  expect_actor(a, "President Vladimir Putin", "Vladimir Putin", "person", "president", "Russia");
}

TEST(ActorConstructs, TitleThatImpliesACountry) {
  const auto a = actors_of("'PM Modi to address Bengal,' says Union Minister Sukanta Majumdar");
  expect_actor(a, "PM Modi", "Narendra Modi", "person", "PM", "India");
  expect_actor(a, "Union Minister Sukanta Majumdar", "Sukanta Majumdar", "person", "Union minister", "India");
}

TEST(ActorConstructs, OccupationBeforeAName) {
  const auto a = actors_of("Rajinikanth condoles demise of filmmaker Sreenivasan; calls him an excellent actor.");
  expect_actor(a, "filmmaker Sreenivasan", "Sreenivasan", "person", "filmmaker", nullptr);
  expect_actor(a, "Rajinikanth", "Rajinikanth", "person", nullptr, nullptr);
}

TEST(ActorConstructs, OrganizationThatOwnsATitle) {
  const auto a = actors_of(
      "The World Trade Organization (WTO) hosts the talks. The WTO's director-general, Maria Santos, urged "
      "delegations to hurry.");
  expect_actor(a, "WTO's director-general, Maria Santos", "Maria Santos", "person", "director-general",
               "World Trade Organization");
}

TEST(ActorConstructs, CoreferenceToTheFullestName) {
  const auto a = actors_of(
      "Kim Jong’s North Korea may send troops. A file image shows North Korean leader Kim Jong Un. Xi met Biden. "
      "Chinese president Xi Jinping agreed. Jinping, who avoids conflict, said little.");
  expect_actor(a, "Kim Jong", "Kim Jong Un", "person", nullptr, nullptr);
  expect_actor(a, "Xi", "Xi Jinping", "person", nullptr, nullptr);
  expect_actor(a, "Jinping", "Xi Jinping", "person", nullptr, nullptr);
  // A well-known figure with only a short form in the text gets the full name.
  expect_actor(a, "Biden", "Joe Biden", "person", nullptr, nullptr);
}

TEST(ActorConstructs, PossessivesAreActorsWithTheClitcLeftOut) {
  const auto a = actors_of("Elon Musk’s new X post claims the US is to blame. Biden’s last meeting with Xi.");
  expect_actor(a, "Elon Musk", "Elon Musk", "person", nullptr, nullptr);
  expect_actor(a, "Biden", "Joe Biden", "person", nullptr, nullptr);
}

TEST(ActorConstructs, NameParticlesHyphensAndNonEnglishLetters) {
  const auto a = actors_of("Ursula von der Leyen met Bashar al-Assad and José Ramos-Horta. Von der Leyen said little.");
  expect_actor(a, "Ursula von der Leyen", "Ursula von der Leyen", "person", nullptr, nullptr);
  expect_actor(a, "Bashar al-Assad", "Bashar al-Assad", "person", nullptr, nullptr);
  expect_actor(a, "José Ramos-Horta", "José Ramos-Horta", "person", nullptr, nullptr);
}

TEST(ActorConstructs, GluedCategoryLabelIsCutOff) {
  const auto a = actors_of("InternationalNepal Interim PM calls on people to vote\n\nNationalSSB's sense of duty");
  expect_actor(a, "Nepal Interim PM", "Nepal Interim PM", "person", "interim PM", "Nepal");
  expect_actor(a, "SSB", "Sashastra Seema Bal", "organization", nullptr, nullptr);
}

}  // namespace
}  // namespace quarry::actors
