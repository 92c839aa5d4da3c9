// Word-level readers over one sentence of the WordStream: the pieces a noun phrase about an actor is made of
// (nationality or possessive prefix, titles, organization descriptors, capitalised name runs) and the class of
// a name run (person, organization, acronym, lone word, or no actor at all).
#ifndef QUARRY_ACTORS_PHRASE_READER_HPP
#define QUARRY_ACTORS_PHRASE_READER_HPP

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.hpp"
#include "mention.hpp"
#include "word_stream.hpp"

namespace quarry::actors {

struct PhraseMatch {
  uint32_t end = 0;
  const PhraseInfo* info = nullptr;
  explicit operator bool() const { return info != nullptr; }
};

// "South Korea's", "Seoul's", "South Korean", "US" (before a title or name).
struct PlacePrefix {
  uint32_t end = 0;
  int32_t place = -1;
  bool possessive = false;
  bool demonym = false;
  bool country_noun = false;  // a country name used as a modifier: "US President", "Nepal Interim PM"
  explicit operator bool() const { return place >= 0; }
};

// "US President", "Colonel", "Defense Minister", "Mission director Dr.", "ambassador to South Korea".
struct TitleRun {
  uint32_t end = 0;
  int32_t title = -1;  // the entry that gives the role (position > occupation > rank)
  std::string role;
  bool has_position = false;
  bool has_rank = false;
  bool has_honorific = false;
  bool capitalised = false;  // the role-giving title is capitalised in the text
  bool any() const { return title >= 0 || has_honorific; }
};

enum class RunClass : uint8_t { None, Person, Organization, Acronym, Single };

struct NameRun {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive
  RunClass cls = RunClass::None;
  int32_t known = -1;         // known organization/person entry (by class)
  bool generic_head = false;  // a lone generic organization head ("Navy")
  bool possessive_after = false;
  explicit operator bool() const { return end > begin && cls != RunClass::None; }
};

class PhraseReader {
 public:
  PhraseReader(const Lexicon& lexicon, std::span<const Word> words) : lex_(lexicon), words_(words) {}
  void set_sentence(const SentenceSpan& sentence) {
    limit_ = sentence.last < words_.size() ? sentence.last : static_cast<uint32_t>(words_.size());
    style_ = sentence.style;
  }
  SentenceStyle style() const { return style_; }
  uint32_t limit() const { return limit_; }

  const Word& word(uint32_t i) const { return words_[i]; }
  bool in(uint32_t i) const { return i < limit_; }
  // Words of credits and bylines (kMasked) are read as if they were not words.
  bool is_word(uint32_t i) const { return in(i) && (words_[i].flags & (kWord | kClitic | kMasked)) == kWord; }
  bool is_cap(uint32_t i) const { return is_word(i) && words_[i].is(kCap); }
  bool is_lower_word(uint32_t i) const { return is_word(i) && !words_[i].is(kCap); }
  bool is_clitic(uint32_t i) const { return in(i) && words_[i].is(kClitic); }
  bool is(uint32_t i, std::string_view lower) const { return in(i) && words_[i].lower() == lower; }
  bool is_article(uint32_t i) const { return in(i) && words_[i].is(kArticle); }
  // A capitalised word, or a name part like "al-Assad".
  bool is_name_word(uint32_t i) const { return is_word(i) && words_[i].is(kNameWord); }
  bool is_acronym_word(uint32_t i) const;

  // The longest phrase of the lexicon starting at word i whose information passes accept(), which accepts only
  // phrases of the PhraseKind bits `kinds` (the walk stops where no such phrase can come).
  template <typename Accept>
  PhraseMatch longest(uint32_t i, uint32_t kinds, Accept accept) const {
    PhraseMatch best;
    if (!is_word(i) || !words_[i].has(kinds)) return best;
    uint32_t node = words_[i].lex.root;
    for (uint32_t k = i;;) {
      const PhraseInfo* info = lex_.info(node);
      if (info && accept(*info)) best = PhraseMatch{k + 1, info};
      if (!is_word(++k)) break;
      node = lex_.trie().child(node, words_[k].lower());
      if (node == PhraseTrie::kNone || (lex_.reach(node) & kinds) == 0) break;
    }
    return best;
  }

  // The phrase of exactly words [b, e) if the lexicon has it and accept() passes (see longest() for kinds), else
  // nullptr.
  template <typename Accept>
  const PhraseInfo* exact(uint32_t b, uint32_t e, uint32_t kinds, Accept accept) const {
    if (e <= b) {
      const PhraseInfo* info = lex_.info(PhraseTrie::kRoot);
      return info && accept(*info) ? info : nullptr;
    }
    if (!is_word(b) || !words_[b].has(kinds)) return nullptr;
    uint32_t node = words_[b].lex.root;
    for (uint32_t k = b + 1; k < e; ++k) {
      if (!is_word(k)) return nullptr;
      node = lex_.trie().child(node, words_[k].lower());
      if (node == PhraseTrie::kNone || (lex_.reach(node) & kinds) == 0) return nullptr;
    }
    const PhraseInfo* info = lex_.info(node);
    return info && accept(*info) ? info : nullptr;
  }

  // The readers below first ask the word's lexicon flags whether what they read can start there at all (most
  // words start nothing), inline, and only then read.
  PlacePrefix read_place_prefix(uint32_t i) const {
    return may_start(i, kPhraseCountry | kPhraseCapital | kPhraseDemonym) ? read_place_prefix_at(i) : PlacePrefix{};
  }
  // Titles from word i; lower-case modifier words ("presidential", "regional") only when allow_lower.
  TitleRun read_titles(uint32_t i, bool allow_lower) const {
    if (may_start(i, kPhraseTitle) || head_title_ahead(i)) return read_titles_at(i, allow_lower);
    TitleRun none;
    none.end = i;
    return none;
  }
  // The title entry starting at i (capitalisation checked), or an empty match.
  PhraseMatch title_at(uint32_t i) const { return may_start(i, kPhraseTitle) ? title_at_word(i) : PhraseMatch{}; }
  PhraseMatch descriptor_at(uint32_t i) const {
    return may_start(i, kPhraseDescriptor) ? descriptor_at_word(i) : PhraseMatch{};
  }
  NameRun read_name_run(uint32_t i) const;
  // Whether the word after a noun phrase ends it as a subject or object (punctuation, a verb, "and", ...).
  bool clause_boundary(uint32_t i) const;
  // Whether word i opens a clause: first of its sentence, or after a comma, semicolon or conjunction.
  bool clause_start(uint32_t i) const;
  // Whether word i reads as the finite verb of a clause whose subject comes just before it: "mourns",
  // "attended", "met", "condoles" (an -s/-ed word the word list lacks), but not the noun of "Hamas attacks
  // killed" or "Gaza residents said".
  bool finite_verb_at(uint32_t i) const;
  // Whether word i, right after a name in a Title Case headline, is a common noun the name modifies
  // ("Osman Hadi Burial", "Trump Visit Sparks Protest"), not a verb, function word or place.
  bool headline_noun_at(uint32_t i) const;
  // The words' source text, spaces as in the source (a view into the document's text).
  std::string_view text(uint32_t first, uint32_t last) const;

 private:
  void classify(NameRun& run) const;
  uint32_t modifiers_then_head(uint32_t i, bool allow_lower, PhraseMatch& head) const;
  // Whether a phrase of one of the PhraseKind bits `kinds` may start at word i.
  bool may_start(uint32_t i, uint32_t kinds) const { return in(i) && words_[i].has(kinds); }
  // Whether a head title ("director" of "regional director") may start in the three words after i: the only way
  // modifiers_then_head() reads anything.
  bool head_title_ahead(uint32_t i) const {
    for (uint32_t k = i + 1; k <= i + 3 && in(k); ++k) {
      if (words_[k].has(kPhraseHeadTitle)) return true;
    }
    return false;
  }
  PlacePrefix read_place_prefix_at(uint32_t i) const;
  TitleRun read_titles_at(uint32_t i, bool allow_lower) const;
  PhraseMatch title_at_word(uint32_t i) const;
  PhraseMatch descriptor_at_word(uint32_t i) const;

  const Lexicon& lex_;
  std::span<const Word> words_;
  uint32_t limit_ = 0;
  SentenceStyle style_ = SentenceStyle::Normal;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_PHRASE_READER_HPP
