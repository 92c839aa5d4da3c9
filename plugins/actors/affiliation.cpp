#include "affiliation.hpp"

namespace quarry::actors {
namespace {

std::string from_span(const Mention& m, const std::vector<Mention>& mentions, const Coreference& coreference,
                      const Lexicon& lexicon) {
  if (m.place >= 0) return lexicon.place_name(m.place);
  if (!m.affil_text.empty()) return std::string(m.affil_text);
  if (m.affil_mention >= 0) {
    const Mention& owner = mentions[static_cast<size_t>(m.affil_mention)];
    if (owner.entity >= 0) return std::string(coreference.entities()[static_cast<size_t>(owner.entity)].canonical);
  }
  return {};
}

std::string role_owner(const Mention& m, size_t at, const std::vector<Mention>& mentions,
                       const Coreference& coreference, const Lexicon& lexicon, int32_t home_country) {
  if (m.title_country >= 0) return lexicon.place_name(m.title_country);
  if (m.descriptor >= 0) {
    const int32_t owner = coreference.described_entity(mentions, at, m.descriptor, -1);
    if (owner >= 0) return std::string(coreference.entities()[static_cast<size_t>(owner)].canonical);
    const std::string_view demonym = home_country >= 0 ? lexicon.demonym_of(home_country) : std::string_view{};
    if (!demonym.empty()) return std::string(demonym) + " " + lexicon.descriptor(m.descriptor).canonical;
    return {};
  }
  if (m.antecedent >= 0) return mentions[static_cast<size_t>(m.antecedent)].affiliation;
  if (!m.gov_role) return {};
  if (m.entity >= 0) {
    const int32_t place = coreference.entities()[static_cast<size_t>(m.entity)].place;
    if (place >= 0) return lexicon.place_name(place);
  }
  return home_country >= 0 ? lexicon.place_name(home_country) : std::string{};
}

}  // namespace

void assign_affiliations(std::vector<Mention>& mentions, const Coreference& coreference, const Lexicon& lexicon,
                         int32_t home_country) {
  // Role-only mentions last: they may take the affiliation of the person they refer to.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      if (m.dropped || (m.kind == MentionKind::TitleOnly) != (pass == 1)) continue;
      m.affiliation = from_span(m, mentions, coreference, lexicon);
      if (m.affiliation.empty() && m.type == ActorType::Person && !m.role.empty()) {
        m.affiliation = role_owner(m, i, mentions, coreference, lexicon, home_country);
      }
    }
  }
}

}  // namespace quarry::actors
