// Everything the actors plugin knows about words, loaded once per process from the embedded data files
// (data/*.txt and Debian's iso_3166-1.json): a phrase trie for multi-word entries (countries, nationality
// adjectives, capitals, titles, known organizations and people, organization descriptors) and hash sets for
// single words (English vocabulary, given names, organization and place head words, verbs).
#ifndef QUARRY_ACTORS_LEXICON_HPP
#define QUARRY_ACTORS_LEXICON_HPP

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "phrase_trie.hpp"

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
};

struct Descriptor {
  std::string canonical;           // "spy agency"
  std::vector<std::string> hints;  // lower-cased words of a named organization it may stand for
  uint32_t entity_class = 0;       // descriptors of one class name one entity per country
  std::string class_name;
};

enum class OrgHead : uint8_t { None, Head, Generic };

// What a phrase of the trie is (a phrase may be several things: "Washington" is a capital).
struct PhraseInfo {
  int32_t country = -1;     // names this place (index of Lexicon::place_name)
  int32_t demonym = -1;     // nationality adjective of this place
  int32_t capital = -1;     // a city of this country
  int32_t title = -1;       // Lexicon::title
  int32_t known_org = -1;   // Lexicon::known_org
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

  bool is_english_word(std::string_view lower) const { return english_.contains(lower); }
  bool is_first_name(std::string_view lower) const { return first_names_.contains(lower); }
  OrgHead org_head(std::string_view lower) const;
  bool is_place_head(std::string_view lower) const { return place_heads_.contains(lower); }
  bool is_premodified_noun(std::string_view lower) const { return premodified_.contains(lower); }
  bool is_human_verb(std::string_view lower) const { return human_verbs_.contains(lower); }
  bool is_particle(std::string_view lower) const { return particles_.contains(lower); }
  bool is_clause_word(std::string_view lower) const { return clause_words_.contains(lower); }
  bool is_title_modifier_stopword(std::string_view lower) const { return not_modifiers_.contains(lower); }
  std::span<const std::string> section_labels() const { return section_labels_; }

  const std::string& place_name(int32_t id) const { return places_[static_cast<size_t>(id)]; }
  // The nationality adjective of a place ("South Korean" for South Korea), or empty.
  std::string_view demonym_of(int32_t place) const;
  const TitleEntry& title(int32_t id) const { return titles_[static_cast<size_t>(id)]; }
  const KnownEntity& known_org(int32_t id) const { return orgs_[static_cast<size_t>(id)]; }
  const KnownEntity& known_person(int32_t id) const { return people_[static_cast<size_t>(id)]; }
  const Descriptor& descriptor(int32_t id) const { return descriptors_[static_cast<size_t>(id)]; }

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
  void load_descriptors();
  void load_words();

  PhraseTrie trie_;
  std::vector<int32_t> info_index_;  // trie node -> index in infos_, or -1
  std::vector<PhraseInfo> infos_;

  std::vector<std::string> places_;
  std::unordered_map<std::string, int32_t> place_ids_;
  std::unordered_map<int32_t, std::string> demonyms_;  // place -> its first nationality adjective
  std::vector<TitleEntry> titles_;
  std::vector<KnownEntity> orgs_;
  std::vector<KnownEntity> people_;
  std::vector<Descriptor> descriptors_;
  std::vector<std::string> section_labels_;

  std::deque<std::string> storage_;  // owns the lower-cased words the sets below point to
  std::unordered_set<std::string_view> english_;
  std::unordered_set<std::string_view> first_names_;
  std::unordered_map<std::string_view, OrgHead> org_heads_;
  std::unordered_set<std::string_view> place_heads_;
  std::unordered_set<std::string_view> premodified_;
  std::unordered_set<std::string_view> human_verbs_;
  std::unordered_set<std::string_view> particles_;
  std::unordered_set<std::string_view> clause_words_;
  std::unordered_set<std::string_view> not_modifiers_;
};

// Lower-cases ASCII letters (other bytes are kept: the core's tokens are UTF-8).
std::string ascii_lower(std::string_view text);

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_LEXICON_HPP
