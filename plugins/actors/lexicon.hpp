// Everything the actors plugin knows about words, loaded once per process from the embedded data files
// (data/*.txt and Debian's iso_3166-1.json): a phrase trie for multi-word entries (countries, nationality
// adjectives, capitals, titles, known organizations and people, organization descriptors) and hash sets for
// single words (English vocabulary, given names, organization and place head words, verbs).
#ifndef QUARRY_ACTORS_LEXICON_HPP
#define QUARRY_ACTORS_LEXICON_HPP

#include <array>
#include <cstdint>
#include <deque>
#include <quarry/packed_word_table.hpp>
#include <quarry/phrase_trie.hpp>
#include <quarry/word_table.hpp>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace quarry::actors {

// Bits of TitleEntry::kinds (see data/titles.txt).
enum TitleKind : uint16_t {
  kTitlePosition = 1,
  kTitleRank = 2,
  kTitleHonorific = 4,
  kTitleOccupation = 8,
  kTitleGov = 16,
  kTitleCapOnly = 32,
  kTitleTakesTo = 64,
  kTitleHead = 128,
};

struct TitleEntry {
  std::string role;  // as written in output ("defense minister", "PM", "Union minister")
  uint16_t kinds = 0;
  int32_t country = -1;  // the country the title implies ("Union Minister": India), or -1
};

struct KnownEntity {
  std::string canonical;
  int32_t country = -1;
  uint32_t classes = 0;  // organization classes (bits, see Lexicon::name_classes) its name does not show
};

// A common noun for an organization ("spy agency"); it stands for an organization of the same class.
struct Descriptor {
  std::string canonical;    // "spy agency"
  uint32_t own_class = 0;   // the class bit of the organization it names when it names one of its own
  uint32_t stands_for = 0;  // the class bits of the organizations it may stand for
};

enum class OrgHead : uint8_t { None, Head, Generic };

// What the lexicon knows about one lower-cased word, looked up once per token (see WordStream).
enum LexFlag : uint32_t {
  kLexEnglish = 1u << 0,       // a common English word
  kLexFirstName = 1u << 1,     // a given name
  kLexOrgHead = 1u << 2,       // makes a proper name an organization ("Agency")
  kLexOrgGeneric = 1u << 3,    // ... but names nothing alone ("Navy")
  kLexPlaceHead = 1u << 4,     // makes a proper name a place ("Avenue")
  kLexPremodified = 1u << 5,   // a name before it is a bare modifier ("assessments")
  kLexHumanVerb = 1u << 6,     // a verb of saying: "said", "told", "warns"
  kLexParticle = 1u << 7,      // "von", "bin"
  kLexClause = 1u << 8,        // "has", "to", "which"
  kLexNotModifier = 1u << 9,   // never modifies a title ("former")
  kLexVerbForm = 1u << 10,     // a finite verb form: "mourns", "attended", "met" (see Lexicon::mark_inflections)
  kLexAuxiliary = 1u << 11,    // "is", "has", "will": a verb that needs another one
  kLexConjunction = 1u << 12,  // opens a clause after it: "and", "while", "because"
  kLexAdverb = 1u << 13,       // an -ly adverb of a word: "reportedly", "publicly" (not "rally", "family")
  kLexCalendar = 1u << 14,     // a month or weekday: "Oct", "March", "Monday"
  kLexAddressee = 1u << 15,    // a verb whose object is spoken to: "told", "asked"
  kLexPluralOwner = 1u << 16,  // a plural whose possessive stays inside a name: "New People's Party"
};

// Kinds of phrase in the trie, as bits. Lexicon::reach(node) has the kinds of the phrases that end at a node or
// below it, so that a reader stops following words as soon as nothing it looks for can come. They share the bit
// space of LexFlag: a word's WordInfo::flags also carry the reach of its first trie step (the phrases it opens).
enum PhraseKind : uint32_t {
  kPhraseCountry = 1u << 20,
  kPhraseDemonym = 1u << 21,
  kPhraseCapital = 1u << 22,
  kPhraseTitle = 1u << 23,
  kPhraseHeadTitle = 1u << 24,  // a title of kind kTitleHead ("director" of "regional director")
  kPhraseKnownOrg = 1u << 25,
  kPhraseKnownPerson = 1u << 26,
  kPhraseDescriptor = 1u << 27,
  kPhraseOrgType = 1u << 28,
  kPhraseNonActor = 1u << 29,
  kPhraseCredit = 1u << 30,
};

struct WordInfo {
  uint32_t flags = 0;          // LexFlag and PhraseKind bits
  uint32_t root = UINT32_MAX;  // the trie node this word leads to from the root (PhraseTrie::kNone if none)
};

// What a phrase of the trie is (a phrase may be several things: "Washington" is a capital).
struct PhraseInfo {
  int32_t country = -1;    // names this place (index of Lexicon::place_name)
  int32_t demonym = -1;    // nationality adjective of this place
  int32_t capital = -1;    // a city of this country
  int32_t title = -1;      // Lexicon::title
  int32_t known_org = -1;  // Lexicon::known_org
  int32_t known_person = -1;
  int32_t descriptor = -1;  // Lexicon::descriptor
  bool org_type = false;    // "think tank", "news agency"
  bool non_actor = false;   // "G20", "White House", month names
  bool credit = false;      // opens a credit: "inputs from", "photo"
  bool upper_only = false;  // a known name written in capitals ("WHO"): "Who" in running text is not it
};

class Lexicon {
 public:
  // The process-wide lexicon, parsed on first use (thread-safe static initialisation).
  static const Lexicon& instance();

  const PhraseTrie& trie() const { return trie_; }
  // The information of a trie node, or nullptr when no phrase ends there.
  const PhraseInfo* info(uint32_t node) const {
    return node < info_index_.size() && info_index_[node] >= 0 ? &infos_[info_index_[node]] : nullptr;
  }
  // The PhraseKind bits of the phrases that end at `node` or further down the trie.
  uint32_t reach(uint32_t node) const { return node < reach_.size() ? reach_[node] : 0; }

  // Everything known about a single lower-cased word, in one hash lookup.
  WordInfo word(std::string_view lower) const {
    if (is_short(lower)) return word(pack_folded_word(lower));
    const WordInfo* info = words_.find(lower);
    return info ? *info : WordInfo{};
  }
  // The same for a word of 1 to kMaxPackedWord bytes by its key, pack_folded_word(lower) (the words are folded
  // already). For looking up a text's words in bulk: pack them, prefetch a few ahead, then look each up.
  static bool is_short(std::string_view lower) { return !lower.empty() && lower.size() <= kMaxPackedWord; }
  WordInfo word(PackedWord key) const {
    const WordInfo* info = short_words_.find(key);
    return info ? *info : WordInfo{};
  }
  void prefetch_word(PackedWord key) const { short_words_.prefetch(key); }
  std::span<const std::string> section_labels() const { return section_labels_; }
  // Whether some section label starts with byte c: most line-initial words need no look at the labels.
  bool opens_section_label(char c) const { return label_initials_[static_cast<unsigned char>(c)]; }

  const std::string& place_name(int32_t id) const { return places_[static_cast<size_t>(id)]; }
  // The nationality adjective of a place ("South Korean" for South Korea), or empty.
  std::string_view demonym_of(int32_t place) const;
  const TitleEntry& title(int32_t id) const { return titles_[static_cast<size_t>(id)]; }
  const KnownEntity& known_org(int32_t id) const { return orgs_[static_cast<size_t>(id)]; }
  const KnownEntity& known_person(int32_t id) const { return people_[static_cast<size_t>(id)]; }
  const Descriptor& descriptor(int32_t id) const { return descriptors_[static_cast<size_t>(id)]; }
  // The organization classes (bits) whose name phrases occur in a name's lower-cased words: "National
  // Intelligence Service" is an intelligence agency, "Ministry of Defence" a defence ministry.
  template <typename Words>  // a range of lower-cased words (std::string or std::string_view)
  uint32_t name_classes(const Words& tokens) const {
    uint32_t bits = 0;
    for (size_t b = 0; b < tokens.size(); ++b) {
      uint32_t node = PhraseTrie::kRoot;
      for (size_t k = b; k < tokens.size(); ++k) {
        node = class_trie_.child(node, tokens[k]);
        if (node == PhraseTrie::kNone) break;
        bits |= class_of_node_[node];
      }
    }
    return bits;
  }

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

 private:
  Lexicon();
  PhraseInfo& phrase(std::string_view text);  // the info of a phrase, created on first use
  int32_t place_id(std::string_view canonical);
  void load_countries();
  void load_demonyms();
  void load_capitals();
  void load_titles();
  void load_known(std::string_view data, bool people);
  void load_classes();
  uint32_t class_bits(std::string_view names) const;  // "a, b" -> the bits of classes a and b
  void load_descriptors();
  void load_words();
  void mark_inflections();
  void compute_reach();

  PhraseTrie trie_;
  std::vector<int32_t> info_index_;  // trie node -> index in infos_, or -1
  std::vector<PhraseInfo> infos_;
  std::vector<uint32_t> parent_;  // trie node -> the node before it (PhraseTrie::kNone for the root)
  std::vector<uint32_t> reach_;   // trie node -> PhraseKind bits (see reach())

  std::vector<std::string> places_;
  std::unordered_map<std::string, int32_t> place_ids_;
  std::unordered_map<int32_t, std::string> demonyms_;  // place -> its first nationality adjective
  std::vector<TitleEntry> titles_;
  std::vector<KnownEntity> orgs_;
  std::vector<KnownEntity> people_;
  std::vector<Descriptor> descriptors_;
  std::unordered_map<std::string, uint32_t> class_ids_;  // class name -> bit index
  PhraseTrie class_trie_;                                // name phrases of the classes
  std::vector<uint32_t> class_of_node_;                  // class_trie_ node -> class bits of the phrase ending there
  std::vector<std::string> section_labels_;
  std::array<bool, 256> label_initials_{};

  std::deque<std::string> storage_;        // owns the lower-cased words the table points to
  WordTable<WordInfo> words_;              // every word, filled while loading
  PackedWordTable<WordInfo> short_words_;  // a copy of the words of 1 to 15 bytes, for the lookups per token
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_LEXICON_HPP
