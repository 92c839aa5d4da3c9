// Gives each quote's speaker phrase its canonical name from the actors plugin: the actor mention the phrase
// overlaps, or for a pronoun the most recent compatible actor (person for he/she, organization for it).
// A phrase that is no actor ("Analysts", "US") keeps its span and gets no name.
#ifndef QUARRY_QUOTES_SPEAKER_RESOLVER_HPP
#define QUARRY_QUOTES_SPEAKER_RESOLVER_HPP

#include <cstdint>
#include <optional>
#include <quarry/extractor.hpp>
#include <string_view>
#include <vector>

#include "document_scan.hpp"
#include "quote_finder.hpp"

namespace quarry::quotes {

enum class ActorType : uint8_t { kUnknown, kPerson, kOrganization };

struct ActorMention {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string_view name;  // borrowed from the host for the duration of process()
  ActorType type = ActorType::kUnknown;
};

struct ResolvedSpeaker {
  std::optional<std::string_view> name;
  bool has_span = false;
  uint32_t begin = 0;
  uint32_t end = 0;
};

class SpeakerResolver {
 public:
  // `actors` sorted by begin.
  SpeakerResolver(const DocumentScan& scan, std::vector<ActorMention> actors);

  // Resolve quotes in document order: a pronoun may refer back to an earlier quote's speaker.
  ResolvedSpeaker resolve(const FoundQuote& quote);

 private:
  const ActorMention* actor_for_phrase(const Mention& m) const;
  const ActorMention* actor_spanning(const Mention& m) const;
  const ActorMention* person_before(const ActorMention& head, uint32_t phrase_begin) const;
  const ActorMention* antecedent(uint32_t position, PronounReferent referent) const;

  struct RecentSpeaker {
    uint32_t position = 0;
    const ActorMention* actor = nullptr;
  };
  // What "he" or "she" already told about a person (by canonical name).
  struct KnownGender {
    std::string_view name;
    PronounReferent gender = PronounReferent::kPerson;
  };
  PronounReferent gender_of(std::string_view name) const;
  bool fits(const ActorMention& actor, PronounReferent referent) const;

  const DocumentScan& scan_;
  std::vector<ActorMention> actors_;
  std::vector<KnownGender> genders_;
  RecentSpeaker last_person_;
  RecentSpeaker last_organization_;
};

// The actors plugin's mentions in this document, sorted by begin.
std::vector<ActorMention> read_actor_mentions(const Document& doc);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_SPEAKER_RESOLVER_HPP
