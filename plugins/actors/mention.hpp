// One candidate mention of an actor, as the scanner finds it and coreference completes it.
#ifndef QUARRY_ACTORS_MENTION_HPP
#define QUARRY_ACTORS_MENTION_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace quarry::actors {

enum class ActorType : uint8_t { Person, Organization };

enum class MentionKind : uint8_t {
  Name,         // a proper name, maybe with title and nationality: "US President Donald Trump", "Fox News"
  Acronym,      // an upper-case abbreviation alone: "JCS", "the NIS"
  Single,       // one capitalised word that is only an actor if it names one already found: "Kim", "Scholz"
  TitleOnly,    // a person by role alone: "The US President", "the official", "Nepal Interim PM"
  Description,  // an organization by description: "Seoul's spy agency", "the Russian military"
};

// Fields ordered by size, so that no padding is wasted: a large document has a mention every ten words or so.
struct Mention {
  // The texts below are views into the document's text (a mention lives no longer than its document).
  std::string_view name;         // the name words as written ("Kim Jong-un", "JCS", "Yonhap")
  std::string_view acronym;      // a parenthesised acronym after the name: "(JCS)"
  std::string_view description;  // TitleOnly/Description: the phrase without its article
  std::string_view affil_text;   // affiliation written out ("Ukrainian military's Special Operations Forces")
  std::string role;              // empty: none
  std::string affiliation;       // filled by affiliation inference
  uint32_t begin = 0;            // byte span, article excluded, trailing possessive excluded
  uint32_t end = 0;
  uint32_t first_word = 0;  // word range of the span
  uint32_t last_word = 0;
  int32_t title = -1;  // lexicon title entry of the role
  int32_t title_country = -1;
  int32_t place = -1;          // affiliation from a country, capital or nationality in the span
  int32_t affil_mention = -1;  // affiliation is this (hidden) organization mention
  int32_t descriptor = -1;     // organization descriptor: of a Description, or the owner of a TitleOnly's role
  int32_t known = -1;          // known organization or person (by type)
  // Filled by coreference.
  int32_t entity = -1;
  int32_t antecedent = -1;  // TitleOnly: the mention of the person who holds the role
  ActorType type = ActorType::Person;
  MentionKind kind = MentionKind::Name;
  bool gov_role = false;  // the role is a state office (its owner country may be inferred)
  bool sentence_initial = false;
  bool common_word = false;    // a Single that is also a common English word
  bool context_actor = false;  // an Acronym/Single that its context shows to be an actor (subject of "said")
  bool hidden = false;         // found only to be another mention's affiliation: not emitted
  bool dropped = false;        // filled by coreference
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_MENTION_HPP
