// The quote plugin's vocabularies (cue verbs, cue phrases, function words, pronouns), parsed once per process
// from the embedded data files into a hash table keyed by the lower-cased word, packed
// (quarry/packed_word_table.hpp).
#ifndef QUARRY_QUOTES_LEXICON_HPP
#define QUARRY_QUOTES_LEXICON_HPP

#include <cstdint>
#include <quarry/packed_word_table.hpp>
#include <quarry/phrase_trie.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::quotes {

// Closed word classes (function_words.txt), as bits: a word may be in several.
enum class WordClass : uint32_t {
  kNone = 0,
  kDeterminer = 1u << 0,
  kRelative = 1u << 1,
  kPreposition = 1u << 2,
  kConjunction = 1u << 3,
  kFinite = 1u << 4,
  kNegation = 1u << 5,
  kAdverb = 1u << 6,
  kTime = 1u << 7,
  kTitle = 1u << 8,
  kComplementizer = 1u << 9,
  kChannel = 1u << 10,
  kInterrogative = 1u << 11,
  kPast = 1u << 12,
  kQuantifier = 1u << 13,
};

constexpr uint32_t bit(WordClass c) { return static_cast<uint32_t>(c); }

// What a personal pronoun can refer to (pronouns.txt).
enum class PronounReferent : uint8_t { kNone, kPerson, kMale, kFemale, kOrganization, kGroup };

inline bool refers_to_person(PronounReferent r) {
  return r == PronounReferent::kPerson || r == PronounReferent::kMale || r == PronounReferent::kFemale;
}

// A speech verb form (cue_verbs.txt): only flags, so that the whole list stays a few cache lines (the finder
// reads one per cue candidate).
struct CueVerb {
  bool clause = false;      // governs a reported clause
  bool invert = false;      // "said Smith" after a quote
  bool object = false;      // takes an addressee first ("told CNN")
  bool naming = false;      // "called him a 'smart guy'"
  bool participle = false;  // "..., saying ..."
  bool question = false;    // "asked if ..."
  bool channel = false;     // "Yonhap reported": yields to a nearer speaker
  bool bare = false;        // a clause follows even with no verb recognised ("said his friends feel ...")
  bool past = false;        // the form is also the past tense ("read"), so it is no base form only
  // The form's shape, read from it at load.
  bool base_form = false;  // the form is the lemma: "say", "report"
  bool s_form = false;     // ends in -s: "says", "claims"
  bool ing_form = false;   // ends in -ing: "saying"
};

enum class PhraseRole : uint8_t { kSourceAfter, kPassive, kVerb, kNaming };

// A multi-word cue (cue_phrases.txt); its words are in Lexicon::cue_phrases().
struct CuePhrase {
  PhraseRole role = PhraseRole::kVerb;
};

// Everything the lexicon knows about one folded word, found with a single lookup per token.
struct WordEntry {
  uint32_t classes = 0;  // WordClass bits
  int32_t cue_verb = -1;
  PronounReferent pronoun = PronounReferent::kNone;
  bool starts_phrase = false;  // the first word of a multi-word cue
};

class Lexicon {
 public:
  // The process-wide lexicon, parsed from the embedded data on first use (thread-safe).
  static const Lexicon& instance();

  // Lookups take a word as written or folded: they fold it themselves (see fold_word()). nullptr when the
  // word is in no list.
  const WordEntry* lookup(std::string_view word) const { return table_.find(pack_word(word)); }
  // The same for a word inside a text whose bytes up to `readable_end` may be read (faster).
  const WordEntry* lookup(std::string_view word, const char* readable_end) const {
    return table_.find(pack_word(word, readable_end));
  }
  uint32_t classes(std::string_view word) const;
  PronounReferent pronoun(std::string_view word) const;
  // Index into cue_verbs(), or -1.
  int cue_verb(std::string_view word) const;
  const CueVerb& cue_verb_at(int index) const { return verbs_[static_cast<size_t>(index)]; }
  // The words of the multi-word cues, folded; a node that ends one has cue_phrase_ending_at() >= 0.
  const PhraseTrie& cue_phrases() const { return phrase_trie_; }
  // The index of the cue phrase (the first listed, of equal ones) whose last word reaches `node`, or -1.
  int cue_phrase_ending_at(uint32_t node) const { return phrase_ending_at_[node]; }
  const CuePhrase& phrase_at(int index) const { return phrases_[static_cast<size_t>(index)]; }

 private:
  Lexicon();
  PackedWordTable<WordEntry> table_;  // every word of every list, packed (a token is looked up once)
  std::vector<CueVerb> verbs_;
  std::vector<CuePhrase> phrases_;
  PhraseTrie phrase_trie_;
  std::vector<int32_t> phrase_ending_at_;  // trie node -> index into phrases_, or -1
};

// Folds a word for lookup into `buffer`: ASCII lower case, curly apostrophe to straight. Returns an empty view
// when the word does not fit or has other non-ASCII bytes (no lexicon entry has them).
std::string_view fold_word(std::string_view word, std::span<char> buffer);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_LEXICON_HPP
