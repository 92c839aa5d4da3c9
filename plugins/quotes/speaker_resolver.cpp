#include "speaker_resolver.hpp"

#include <algorithm>

namespace quarry::quotes {
namespace {

// How far back (in bytes) a pronoun looks for its antecedent: a few paragraphs of news text.
constexpr uint32_t kAntecedentWindow = 1500;

bool compatible(ActorType type, PronounReferent referent) {
  switch (referent) {
    case PronounReferent::kPerson:
    case PronounReferent::kMale:
    case PronounReferent::kFemale:
      return type == ActorType::kPerson;
    case PronounReferent::kOrganization:
    case PronounReferent::kGroup:
      return type == ActorType::kOrganization;
    case PronounReferent::kNone:
      return false;
  }
  return false;
}

}  // namespace

std::vector<ActorMention> read_actor_mentions(const Document& doc) {
  std::vector<ActorMention> actors;
  const AnnotationList list = doc.annotations("actors");
  actors.reserve(list.size());
  for (const Annotation a : list) {
    ActorMention m;
    m.begin = a.begin();
    m.end = a.end();
    m.name = a.string("name");
    const std::string_view type = a.string("type");
    m.type = type == "person"         ? ActorType::kPerson
             : type == "organization" ? ActorType::kOrganization
                                      : ActorType::kUnknown;
    if (m.name.empty()) m.name = doc.text(m.begin, m.end);
    actors.push_back(m);
  }
  // The host lists them in (begin, end) order already; sort only if it ever does not.
  const auto by_begin = [](const ActorMention& a, const ActorMention& b) { return a.begin < b.begin; };
  if (!std::is_sorted(actors.begin(), actors.end(), by_begin)) std::stable_sort(actors.begin(), actors.end(), by_begin);
  return actors;
}

SpeakerResolver::SpeakerResolver(const DocumentScan& scan, std::vector<ActorMention> actors)
    : scan_(scan), actors_(std::move(actors)) {}

const ActorMention* SpeakerResolver::actor_for_phrase(const Mention& m) const {
  const uint32_t begin = scan_.token(m.first).begin;
  const uint32_t end = scan_.token(m.head()).end;  // an appositive after the name does not name anyone
  const uint32_t head_begin = scan_.token(m.head()).begin;
  // Mentions starting before `end`; the phrase's head (its last token) decides among overlapping ones.
  auto it = std::lower_bound(actors_.begin(), actors_.end(), end,
                             [](const ActorMention& a, uint32_t pos) { return a.begin < pos; });
  const ActorMention* fallback = nullptr;
  while (it != actors_.begin()) {
    --it;
    if (it->end <= begin) {
      if (begin - it->end > 200) break;  // mentions are short: nothing further back overlaps
      continue;
    }
    if (it->begin < end && it->end > head_begin) return person_before(*it, begin);
    // An overlapping mention that is only a possessive modifier ("Clinton's campaign") is a weaker match.
    if (it->begin < end && fallback == nullptr) {
      const std::string_view after = scan_.text().substr(it->end, 3);
      if (after.rfind("'s", 0) != 0 && after.rfind("\xE2\x80\x99", 0) != 0) fallback = &*it;
    }
  }
  return fallback;
}

// "Stephen Vladeck of the University of Texas School of Law", "Rep. X of the Y Committee": when the phrase's
// head is an organization but the phrase opens with a person, the person speaks for it.
const ActorMention* SpeakerResolver::person_before(const ActorMention& head, uint32_t phrase_begin) const {
  if (head.type != ActorType::kOrganization) return &head;
  auto it = std::lower_bound(actors_.begin(), actors_.end(), phrase_begin,
                             [](const ActorMention& a, uint32_t pos) { return a.begin < pos; });
  for (; it != actors_.end() && it->begin < head.begin; ++it) {
    if (it->type != ActorType::kPerson || it->end > head.begin) continue;
    const std::string_view after = scan_.text().substr(it->end, 3);
    if (after.rfind("'s", 0) == 0 || after.rfind("\xE2\x80\x99", 0) == 0) continue;  // "Clinton's campaign"
    return &*it;
  }
  return &head;
}

// An actor mention covering the whole phrase.
const ActorMention* SpeakerResolver::actor_spanning(const Mention& m) const {
  const uint32_t begin = scan_.token(m.first).begin;
  const uint32_t end = scan_.token(m.last - 1).end;
  auto it = std::lower_bound(actors_.begin(), actors_.end(), begin,
                             [](const ActorMention& a, uint32_t pos) { return a.begin < pos; });
  if (it != actors_.begin() && std::prev(it)->end >= end) --it;  // a mention starting before the phrase
  for (; it != actors_.end() && it->begin <= begin; ++it) {
    if (it->end >= end) return &*it;
  }
  return nullptr;
}

PronounReferent SpeakerResolver::gender_of(std::string_view name) const {
  for (const KnownGender& g : genders_) {
    if (g.name == name) return g.gender;
  }
  return PronounReferent::kPerson;
}

// The actor can be what the pronoun refers to: the right type, and not a "she" already called "he".
bool SpeakerResolver::fits(const ActorMention& actor, PronounReferent referent) const {
  if (!compatible(actor.type, referent)) return false;
  if (referent != PronounReferent::kMale && referent != PronounReferent::kFemale) return true;
  const PronounReferent known = gender_of(actor.name);
  return known == PronounReferent::kPerson || known == referent;
}

// The speaker already talking is the likeliest referent ("“...,” Smith said after meeting Jones. “...,” he
// added"); otherwise the nearest fitting actor before the pronoun.
const ActorMention* SpeakerResolver::antecedent(uint32_t position, PronounReferent referent) const {
  const RecentSpeaker& recent = refers_to_person(referent) ? last_person_ : last_organization_;
  if (recent.actor != nullptr && position > recent.position && position - recent.position <= kAntecedentWindow &&
      fits(*recent.actor, referent)) {
    return recent.actor;
  }
  auto it = std::lower_bound(actors_.begin(), actors_.end(), position,
                             [](const ActorMention& a, uint32_t pos) { return a.begin < pos; });
  while (it != actors_.begin()) {
    --it;
    if (position > it->end && position - it->end > kAntecedentWindow) break;
    if (it->end <= position && fits(*it, referent)) return &*it;
  }
  return nullptr;
}

ResolvedSpeaker SpeakerResolver::resolve(const FoundQuote& quote) {
  ResolvedSpeaker out;
  if (quote.speaker.empty()) return out;
  const Mention m = without_article(scan_, quote.speaker);
  out.has_span = true;
  out.begin = scan_.token(m.first).begin;
  out.end = scan_.token(m.last - 1).end;
  const ActorMention* actor = nullptr;
  if (m.pronoun) {
    actor = antecedent(out.begin, scan_.info(m.first).pronoun);
  } else if (m.joint) {
    actor = actor_spanning(m);  // "Procter and Gamble" is one actor; "Albright and Kelleher-Vergantini" two
  } else {
    actor = actor_for_phrase(m);
    if (actor != nullptr) {
      out.begin = actor->begin;
      out.end = actor->end;
    }
  }
  if (actor == nullptr) return out;
  out.name = actor->name;
  const PronounReferent said = m.pronoun ? scan_.info(m.first).pronoun : PronounReferent::kNone;
  if ((said == PronounReferent::kMale || said == PronounReferent::kFemale) && gender_of(actor->name) != said) {
    genders_.push_back({actor->name, said});
  }
  RecentSpeaker& recent = actor->type == ActorType::kPerson ? last_person_ : last_organization_;
  if (actor->type != ActorType::kUnknown) recent = RecentSpeaker{out.end, actor};
  return out;
}

}  // namespace quarry::quotes
