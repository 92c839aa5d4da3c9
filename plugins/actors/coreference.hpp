// Ties the mentions of one document to entities with one canonical name each: a person's fullest name in the
// document ("Kim" -> "Kim Jong-un", the nearest Kim when there are two), a known figure's full name when the
// document has only a short form ("Trump" -> "Donald Trump"), acronyms to their expansion ("JCS" -> "Joint
// Chiefs of Staff"), descriptions to the organization they stand for ("the spy agency" -> "National
// Intelligence Service") and role-only mentions to the person who holds the role ("The US President").
#ifndef QUARRY_ACTORS_COREFERENCE_HPP
#define QUARRY_ACTORS_COREFERENCE_HPP

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon.hpp"
#include "mention.hpp"
#include "name_words.hpp"

namespace quarry::actors {

// Name words ("kim", "jong", "un": lower-cased, split at spaces and hyphens, full stops dropped, a leading "the"
// dropped) as NameWords ids, a range of Coreference's token pool.
struct TokenRange {
  uint32_t begin = 0;
  uint32_t count = 0;
};

struct Entity {
  std::string_view canonical;  // in the document's text, the lexicon or Coreference's own storage
  ActorType type = ActorType::Person;
  int32_t place = -1;    // the country the entity belongs to, when a mention or the lexicon says so
  TokenRange tokens;     // the canonical name's words
  uint32_t classes = 0;  // organization classes (Lexicon::name_classes): what a description may name
};

class Coreference {
 public:
  explicit Coreference(const Lexicon& lexicon) : lex_(lexicon) {}
  // Sets entity (or dropped) on every mention; entities() then holds the canonical names (valid as long as the
  // document's text and until the next resolve()).
  void resolve(std::vector<Mention>& mentions, int32_t home_country);
  const std::vector<Entity>& entities() const { return entities_; }
  // The organization a descriptor stands for at mention `at`: the nearest one mentioned before (else after) of a
  // class the descriptor may name and of no other country than `place` ("ministry" -> the defence ministry), or -1.
  int32_t described_entity(const std::vector<Mention>& mentions, size_t at, int32_t descriptor, int32_t place) const;

 private:
  // How far (in mentions) the nearest-mention searches look, before and after.
  static constexpr size_t kSearchWindow = 400;

  struct PersonForm {  // one full form of a person's name in the document ("Kim Jong-un")
    TokenRange tokens;
    std::string_view text;
    int32_t known = -1;
    int32_t entity = -1;
    bool maximal = true;  // no longer form of the document contains it
  };

  void clear();
  void resolve_people(std::vector<Mention>& mentions);
  void resolve_organizations(std::vector<Mention>& mentions);
  void resolve_acronyms(std::vector<Mention>& mentions);
  void resolve_singles(std::vector<Mention>& mentions);
  void resolve_single(std::vector<Mention>& mentions, size_t i);
  void resolve_descriptions(std::vector<Mention>& mentions);
  void resolve_title_only(std::vector<Mention>& mentions);
  // `tokens`: the canonical name's words when the caller has them already (else they are read here).
  int32_t add_entity(std::string_view canonical, ActorType type, int32_t place, uint32_t classes = 0,
                     const TokenRange* tokens = nullptr);
  void settle_places(const std::vector<Mention>& mentions);
  // The entity among `candidates` whose mention is nearest before `at` (else nearest after), or -1.
  int32_t nearest(const std::vector<Mention>& mentions, size_t at, const std::vector<int32_t>& candidates) const;

  // Appends the name words of `name` to the pool.
  TokenRange tokenize(std::string_view name);
  std::span<const uint32_t> tokens(TokenRange range) const { return {pool_.data() + range.begin, range.count}; }
  // The id of the name words joined by spaces: one key per distinct name.
  uint32_t key_of(TokenRange range);
  // Whether `small` occurs in `big` as a contiguous run, and is shorter.
  bool contains(TokenRange big, TokenRange small) const;
  bool ends_with(TokenRange big, TokenRange small) const;
  bool same(TokenRange a, TokenRange b) const;
  // Adds a candidate entity for a short form (see coreference.cpp).
  void add_candidate(int32_t entity, bool ends);

  const Lexicon& lex_;
  NameWords words_;             // every string below that is looked up by its text
  std::vector<uint32_t> pool_;  // name words of the ranges
  std::vector<Entity> entities_;
  std::deque<std::string> made_names_;                        // canonical names made here ("South Korean spy agency")
  IdTable acronyms_;                                          // defined in the text: "(JCS)" -> its organization
  std::vector<uint32_t> acronym_ids_;                         // the keys of acronyms_
  std::vector<std::pair<TokenRange, int32_t>> person_forms_;  // every full form of a person
  // Indexes that keep resolution linear in the document's length: name word -> person forms / organization
  // entities holding it (each list capped, so a text of thousands of "John X" stays fast).
  IdLists person_forms_by_token_;
  IdLists orgs_by_token_;
  IdTable orgs_by_initials_;
  std::vector<uint32_t> mention_counts_;  // per entity, named mentions (see nearest())
  int32_t home_ = -1;
  // Working storage of one resolve(), kept for its capacity.
  std::vector<PersonForm> forms_;
  IdTable by_key_;
  IdTable by_canonical_;
  IdLists forms_by_token_;
  std::vector<int32_t> form_of_;
  std::vector<int32_t> remap_;
  std::vector<int32_t> candidates_;
  bool surname_candidates_ = false;
  std::string scratch_;
  std::vector<std::string_view> words_scratch_;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_COREFERENCE_HPP
