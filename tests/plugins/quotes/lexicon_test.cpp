// The lexicon parses its embedded data files into the word classes and cue verbs the finder relies on.
#include "lexicon.hpp"

#include <gtest/gtest.h>
#include <quarry/plugin.h>

#include <array>
#include <string>
#include <string_view>

namespace quarry::quotes {
namespace {

std::string_view fold(std::string_view word, std::array<char, 32>& buffer) { return fold_word(word, buffer); }

TEST(QuotesLexicon, FoldsCaseAndCurlyApostrophes) {
  std::array<char, 32> buffer{};
  EXPECT_EQ(fold("Said", buffer), "said");
  EXPECT_EQ(fold("didn’t", buffer), "didn't");
  EXPECT_EQ(fold("Zürich", buffer), "") << "non-ASCII words are in no lexicon";
  EXPECT_EQ(fold(std::string(40, 'a'), buffer), "") << "too long for the buffer";
}

TEST(QuotesLexicon, CueVerbsCarryTheirFeatures) {
  const Lexicon& lexicon = Lexicon::instance();
  const int said = lexicon.cue_verb("said");
  ASSERT_GE(said, 0);
  EXPECT_TRUE(lexicon.cue_verb_at(said).clause);
  EXPECT_TRUE(lexicon.cue_verb_at(said).invert);
  const int told = lexicon.cue_verb("told");
  ASSERT_GE(told, 0);
  EXPECT_TRUE(lexicon.cue_verb_at(told).object);
  const int calling = lexicon.cue_verb("calling");
  ASSERT_GE(calling, 0);
  EXPECT_TRUE(lexicon.cue_verb_at(calling).naming);
  EXPECT_TRUE(lexicon.cue_verb_at(calling).participle);
  EXPECT_TRUE(lexicon.cue_verb_at(lexicon.cue_verb("asked")).question);
  EXPECT_EQ(lexicon.cue_verb("believes"), -1) << "cognition verbs are not cues";
}

TEST(QuotesLexicon, WordClassesAndPronouns) {
  const Lexicon& lexicon = Lexicon::instance();
  EXPECT_NE(lexicon.classes("the") & bit(WordClass::kDeterminer), 0u);
  EXPECT_NE(lexicon.classes("not") & bit(WordClass::kNegation), 0u);
  EXPECT_NE(lexicon.classes("would") & bit(WordClass::kFinite), 0u);
  EXPECT_NE(lexicon.classes("mr") & bit(WordClass::kTitle), 0u);
  EXPECT_NE(lexicon.classes("citing") & bit(WordClass::kChannel), 0u);
  EXPECT_EQ(lexicon.pronoun("he"), PronounReferent::kMale);
  EXPECT_EQ(lexicon.pronoun("she"), PronounReferent::kFemale);
  EXPECT_EQ(lexicon.pronoun("it"), PronounReferent::kOrganization);
  EXPECT_EQ(lexicon.pronoun("table"), PronounReferent::kNone);
}

TEST(QuotesLexicon, MultiWordCues) {
  const Lexicon& lexicon = Lexicon::instance();
  const PhraseTrie& trie = lexicon.cue_phrases();
  const uint32_t according = trie.child(PhraseTrie::kRoot, "according");
  ASSERT_NE(according, PhraseTrie::kNone);
  EXPECT_EQ(lexicon.cue_phrase_ending_at(according), -1) << "'according' alone is no cue";
  EXPECT_TRUE(lexicon.lookup("according")->starts_phrase);
  const uint32_t according_to = trie.child(according, "to");
  ASSERT_NE(according_to, PhraseTrie::kNone);
  ASSERT_GE(lexicon.cue_phrase_ending_at(according_to), 0);
  EXPECT_EQ(lexicon.phrase_at(lexicon.cue_phrase_ending_at(according_to)).role, PhraseRole::kSourceAfter);
  const uint32_t cited_as = trie.child(trie.child(PhraseTrie::kRoot, "cited"), "as");
  ASSERT_NE(cited_as, PhraseTrie::kNone);
  EXPECT_GE(lexicon.cue_phrase_ending_at(trie.child(cited_as, "saying")), 0);
  EXPECT_EQ(trie.child(cited_as, "according"), PhraseTrie::kNone);
  EXPECT_EQ(lexicon.lookup("said")->starts_phrase, false);
}

// The lexicon's table is keyed by quarry::pack_word, which folds on its own: it must fold exactly as fold_word
// does (the phrase trie's words are folded with fold_word), at every length, case and apostrophe.
TEST(QuotesLexicon, PackedWordsFoldAsFoldWordDoes) {
  const std::string text = "Said Comey, they’re ABOUT-TO-LEAVE Zürich 0123456789abcdefXYZ didn’t’’’’ @[`{";
  for (size_t begin = 0; begin < text.size(); ++begin) {
    for (size_t n = 0; begin + n <= text.size() && n <= 24; ++n) {
      const std::string_view word(text.data() + begin, n);
      std::array<char, 32> buffer{};
      const std::string_view folded = fold(word, buffer);
      const PackedWord expected =
          folded.empty() || folded.size() > kMaxPackedWord ? PackedWord{} : pack_folded_word(folded);
      EXPECT_EQ(pack_word(word), expected) << "'" << word << "'";
      EXPECT_EQ(pack_word(word, text.data() + text.size()), expected) << "'" << word << "'";
    }
  }
}

TEST(QuotesLexicon, LooksUpWordsAsWritten) {
  const Lexicon& lexicon = Lexicon::instance();
  ASSERT_NE(lexicon.lookup("said"), nullptr);
  EXPECT_EQ(lexicon.lookup("Said"), lexicon.lookup("said"));
  EXPECT_EQ(lexicon.lookup("they’re"), lexicon.lookup("they're"));
  EXPECT_EQ(lexicon.lookup("Zürich"), nullptr);
  EXPECT_EQ(lexicon.lookup("table"), nullptr);
}

}  // namespace
}  // namespace quarry::quotes

extern "C" const quarry_plugin_info* quarry_static_plugin_quotes(uint32_t);

namespace quarry::quotes {
namespace {

TEST(QuotesDescriptor, ProvidesQuotesAndRequiresActors) {
  const quarry_plugin_info* info = quarry_static_plugin_quotes(QUARRY_ABI_MAJOR);
  ASSERT_NE(info, nullptr);
  EXPECT_STREQ(info->provided_kinds, "quotes");
  EXPECT_STREQ(info->required_kinds, "actors") << "the pipeline must run the actors plugin first";
}

}  // namespace
}  // namespace quarry::quotes
