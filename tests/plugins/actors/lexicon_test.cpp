// The lexicon the plugin loads from its data files and Debian's iso_3166-1.json.
#include "lexicon.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace quarry::actors {
namespace {

const PhraseInfo* phrase(const Lexicon& lex, std::initializer_list<std::string_view> words) {
  uint32_t node = PhraseTrie::kRoot;
  for (std::string_view w : words) {
    node = lex.trie().child(node, w);
    if (node == PhraseTrie::kNone) return nullptr;
  }
  return lex.info(node);
}

TEST(ActorsLexicon, CountriesComeFromIsoCodesWithCanonicalNames) {
  const Lexicon& lex = Lexicon::instance();
  const PhraseInfo* korea = phrase(lex, {"south", "korea"});
  ASSERT_NE(korea, nullptr);
  ASSERT_GE(korea->country, 0);
  EXPECT_EQ(lex.place_name(korea->country), "South Korea");
  // iso-codes' own names reach the same canonical country.
  const PhraseInfo* iso = phrase(lex, {"russian", "federation"});
  ASSERT_NE(iso, nullptr);
  EXPECT_EQ(lex.place_name(iso->country), "Russia");
  const PhraseInfo* us = phrase(lex, {"u.s."});
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(lex.place_name(us->country), "United States");
  const PhraseInfo* chad = phrase(lex, {"chad"});  // a country only iso-codes lists
  ASSERT_NE(chad, nullptr);
  EXPECT_EQ(lex.place_name(chad->country), "Chad");
}

TEST(ActorsLexicon, DemonymsAndCapitalsPointToCountries) {
  const Lexicon& lex = Lexicon::instance();
  const PhraseInfo* demonym = phrase(lex, {"north", "korean"});
  ASSERT_NE(demonym, nullptr);
  EXPECT_EQ(lex.place_name(demonym->demonym), "North Korea");
  EXPECT_EQ(lex.demonym_of(demonym->demonym), "North Korean");
  const PhraseInfo* capital = phrase(lex, {"pyongyang"});
  ASSERT_NE(capital, nullptr);
  EXPECT_EQ(lex.place_name(capital->capital), "North Korea");
  const PhraseInfo* plural = phrase(lex, {"north", "koreans"});
  ASSERT_NE(plural, nullptr);
  EXPECT_TRUE(plural->non_actor);
}

TEST(ActorsLexicon, TitlesKnowTheirKindAndRoleForm) {
  const Lexicon& lex = Lexicon::instance();
  const PhraseInfo* pm = phrase(lex, {"pm"});
  ASSERT_NE(pm, nullptr);
  EXPECT_EQ(lex.title(pm->title).role, "PM");
  const PhraseInfo* union_minister = phrase(lex, {"union", "minister"});
  ASSERT_NE(union_minister, nullptr);
  EXPECT_EQ(lex.title(union_minister->title).role, "Union minister");
  EXPECT_EQ(lex.place_name(lex.title(union_minister->title).country), "India");
  const PhraseInfo* colonel = phrase(lex, {"colonel"});
  ASSERT_NE(colonel, nullptr);
  EXPECT_TRUE(lex.title(colonel->title).kinds & kTitleRank);
}

TEST(ActorsLexicon, OneWordLookupGivesAllFlags) {
  const Lexicon& lex = Lexicon::instance();
  EXPECT_TRUE(lex.word("said").flags & kLexHumanVerb);
  EXPECT_TRUE(lex.word("however").flags & kLexEnglish);
  EXPECT_TRUE(lex.word("dmytro").flags & kLexFirstName);
  EXPECT_TRUE(lex.word("agency").flags & kLexOrgHead);
  EXPECT_TRUE(lex.word("navy").flags & kLexOrgGeneric);
  EXPECT_TRUE(lex.word("avenue").flags & kLexPlaceHead);
  EXPECT_EQ(lex.word("zzqx").flags, 0);
  // The first trie step is cached on the word: "south" starts "South Korea".
  EXPECT_EQ(lex.word("south").root, lex.trie().child(PhraseTrie::kRoot, "south"));
}

TEST(ActorsLexicon, KnownFiguresCompleteShortForms) {
  const Lexicon& lex = Lexicon::instance();
  const PhraseInfo* trump = phrase(lex, {"trump"});
  ASSERT_NE(trump, nullptr);
  ASSERT_GE(trump->known_person, 0);
  EXPECT_EQ(lex.known_person(trump->known_person).canonical, "Donald Trump");
  const PhraseInfo* yonhap = phrase(lex, {"yonhap"});
  ASSERT_NE(yonhap, nullptr);
  EXPECT_EQ(lex.known_org(yonhap->known_org).canonical, "Yonhap News Agency");
}

TEST(ActorsLexicon, VerbFormsAndAdverbsComeFromTheWordListsInflections) {
  const Lexicon& lex = Lexicon::instance();
  for (const char* verb : {"mourns", "attended", "praised", "slammed", "rallies", "watches", "thanks"}) {
    EXPECT_TRUE(lex.word(verb).flags & kLexVerbForm) << verb;
  }
  for (const char* noun : {"residents", "officials", "news", "hundred", "rally", "burial"}) {
    EXPECT_FALSE(lex.word(noun).flags & kLexVerbForm) << noun;
  }
  EXPECT_TRUE(lex.word("met").flags & kLexVerbForm);  // irregular: from data/verb_forms.txt
  EXPECT_TRUE(lex.word("has").flags & kLexAuxiliary);
  EXPECT_TRUE(lex.word("reportedly").flags & kLexAdverb);
  EXPECT_TRUE(lex.word("happily").flags & kLexAdverb);
  EXPECT_FALSE(lex.word("rally").flags & kLexAdverb);
  EXPECT_FALSE(lex.word("family").flags & kLexAdverb);
  EXPECT_TRUE(lex.word("oct").flags & kLexCalendar);
  EXPECT_TRUE(lex.word("while").flags & kLexConjunction);
}

TEST(ActorsLexicon, DescriptorsStandForOrganizationsByClass) {
  const Lexicon& lex = Lexicon::instance();
  const PhraseInfo* spy = phrase(lex, {"spy", "agency"});
  const PhraseInfo* military = phrase(lex, {"military"});
  const PhraseInfo* ministry = phrase(lex, {"ministry"});
  ASSERT_TRUE(spy && spy->descriptor >= 0 && military && military->descriptor >= 0 && ministry);
  const uint32_t spy_classes = lex.descriptor(spy->descriptor).stands_for;
  const uint32_t military_classes = lex.descriptor(military->descriptor).stands_for;
  const std::vector<std::string> nis = {"national", "intelligence", "service"};
  const std::vector<std::string> mod = {"ministry", "of", "defence"};
  const std::vector<std::string> jcs = {"joint", "chiefs", "of", "staff"};
  EXPECT_NE(lex.name_classes(nis) & spy_classes, 0u);
  EXPECT_EQ(lex.name_classes(nis) & military_classes, 0u);
  EXPECT_NE(lex.name_classes(mod) & lex.descriptor(ministry->descriptor).stands_for, 0u);
  // No name word makes the Joint Chiefs of Staff military; the known-organization list does.
  EXPECT_EQ(lex.name_classes(jcs) & military_classes, 0u);
  const PhraseInfo* known = phrase(lex, {"joint", "chiefs", "of", "staff"});
  ASSERT_TRUE(known && known->known_org >= 0);
  EXPECT_NE(lex.known_org(known->known_org).classes & military_classes, 0u);
}

}  // namespace
}  // namespace quarry::actors
