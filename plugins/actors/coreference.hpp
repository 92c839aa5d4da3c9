// Ties the mentions of one document to entities with one canonical name each: a person's fullest name in the
// document ("Kim" -> "Kim Jong-un", the nearest Kim when there are two), a known figure's full name when the
// document has only a short form ("Trump" -> "Donald Trump"), acronyms to their expansion ("JCS" -> "Joint
// Chiefs of Staff"), descriptions to the organization they stand for ("the spy agency" -> "National
// Intelligence Service") and role-only mentions to the person who holds the role ("The US President").
#ifndef QUARRY_ACTORS_COREFERENCE_HPP
#define QUARRY_ACTORS_COREFERENCE_HPP

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon.hpp"
#include "mention.hpp"

namespace quarry::actors {

struct Entity {
  std::string canonical;
  ActorType type = ActorType::Person;
  int32_t place = -1;               // the country the entity belongs to, when a mention or the lexicon says so
  std::vector<std::string> tokens;  // lower-cased name words ("kim", "jong", "un")
  uint32_t classes = 0;             // organization classes (Lexicon::name_classes): what a description may name
};

class Coreference {
 public:
  explicit Coreference(const Lexicon& lexicon) : lex_(lexicon) {}
  // Sets entity (or dropped) on every mention; entities() then holds the canonical names.
  void resolve(std::vector<Mention>& mentions, int32_t home_country);
  const std::vector<Entity>& entities() const { return entities_; }
  // The organization a descriptor stands for at mention `at`: the nearest one mentioned before (else after) of a
  // class the descriptor may name and of no other country than `place` ("ministry" -> the defence ministry), or -1.
  int32_t described_entity(const std::vector<Mention>& mentions, size_t at, int32_t descriptor, int32_t place) const;

 private:
  void resolve_people(std::vector<Mention>& mentions);
  void resolve_organizations(std::vector<Mention>& mentions);
  void resolve_acronyms(std::vector<Mention>& mentions);
  void resolve_singles(std::vector<Mention>& mentions);
  void resolve_single(std::vector<Mention>& mentions, size_t i);
  void resolve_descriptions(std::vector<Mention>& mentions);
  void resolve_title_only(std::vector<Mention>& mentions);
  int32_t add_entity(std::string canonical, ActorType type, int32_t place, uint32_t classes = 0);
  void settle_places(const std::vector<Mention>& mentions);
  // The entity among `candidates` whose mention is nearest before `at` (else nearest after), or -1.
  int32_t nearest(const std::vector<Mention>& mentions, size_t at, const std::vector<int32_t>& candidates) const;

  const Lexicon& lex_;
  std::vector<Entity> entities_;
  std::unordered_map<std::string, int32_t> acronyms_;                       // defined in the text: "(JCS)"
  std::vector<std::pair<std::vector<std::string>, int32_t>> person_forms_;  // every full form of a person
  // Indexes that keep resolution linear in the document's length: name word -> person forms / organization
  // entities holding it (each list capped, so a text of thousands of "John X" stays fast).
  std::unordered_map<std::string, std::vector<uint32_t>> person_forms_by_token_;
  std::unordered_map<std::string, std::vector<int32_t>> orgs_by_token_;
  std::unordered_map<std::string, int32_t> orgs_by_initials_;
  std::vector<uint32_t> mention_counts_;  // per entity, named mentions (see nearest())
  int32_t home_ = -1;
};

// "Kim Jong-un" -> {"kim", "jong", "un"}.
std::vector<std::string> name_tokens(std::string_view name);

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_COREFERENCE_HPP
