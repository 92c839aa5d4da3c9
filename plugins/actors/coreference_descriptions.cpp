// Mentions that name no one by name: descriptions ("the spy agency", "Seoul's foreign ministry") stand for the
// nearest organization of a class they may name; role-only mentions ("The US President") for the nearest
// person with the same role. Part of Coreference (coreference.hpp); the names themselves are in coreference.cpp.
#include <algorithm>
#include <quarry/text_case.hpp>

#include "coreference.hpp"

namespace quarry::actors {
namespace {

bool same_role(const Mention& a, const Mention& b) {
  if (a.role.size() != b.role.size() || a.role.empty()) return false;
  for (size_t i = 0; i < a.role.size(); ++i) {
    if (ascii_lower(a.role[i]) != ascii_lower(b.role[i])) return false;
  }
  return true;
}

}  // namespace

int32_t Coreference::described_entity(const std::vector<Mention>& mentions, size_t at, int32_t descriptor,
                                      int32_t place) const {
  const uint32_t classes = lex_.descriptor(descriptor).stands_for;
  auto fits = [&](const Mention& m) {
    if (m.dropped || m.entity < 0) return false;
    const Entity& e = entities_[static_cast<size_t>(m.entity)];
    if (e.type != ActorType::Organization || (e.classes & classes) == 0) return false;
    return place < 0 || e.place < 0 || e.place == place;
  };
  // A description follows what it stands for; one with no antecedent may look ahead.
  const size_t low = at > kSearchWindow ? at - kSearchWindow : 0;
  for (size_t k = at; k-- > low;) {
    if (fits(mentions[k])) return mentions[k].entity;
  }
  const size_t high = std::min(mentions.size(), at + 1 + kSearchWindow);
  for (size_t k = at + 1; k < high; ++k) {
    if (fits(mentions[k])) return mentions[k].entity;
  }
  return -1;
}

void Coreference::resolve_descriptions(std::vector<Mention>& mentions) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.kind != MentionKind::Description || m.dropped) continue;
    m.entity = described_entity(mentions, i, m.descriptor, m.place);
    if (m.entity >= 0) {
      // "Seoul's spy agency" makes the National Intelligence Service South Korean for what follows.
      Entity& e = entities_[static_cast<size_t>(m.entity)];
      if (e.place < 0) e.place = m.place;
    } else if (m.place >= 0) {
      const std::string_view demonym = lex_.demonym_of(m.place);
      std::string& canonical = made_names_.emplace_back(demonym.empty() ? lex_.place_name(m.place) : demonym);
      canonical += ' ';
      canonical += m.name;
      m.entity = add_entity(canonical, ActorType::Organization, m.place, lex_.descriptor(m.descriptor).own_class);
    }
    if (m.entity < 0) m.dropped = true;
  }
}

void Coreference::resolve_title_only(std::vector<Mention>& mentions) {
  auto compatible = [&](const Mention& m, const Mention& p) {
    if (p.dropped || p.hidden || p.type != ActorType::Person || p.entity < 0 || !same_role(m, p)) return false;
    const int32_t p_place = p.place >= 0 ? p.place : entities_[static_cast<size_t>(p.entity)].place;
    if (m.place >= 0 && p_place >= 0 && m.place != p_place) return false;
    if (m.descriptor >= 0 && p.descriptor >= 0 && m.descriptor != p.descriptor) return false;
    return true;
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.kind != MentionKind::TitleOnly || m.dropped) continue;
    const size_t low = i > kSearchWindow ? i - kSearchWindow : 0;
    for (size_t k = i; k-- > low && m.entity < 0;) {
      if (compatible(m, mentions[k])) {
        m.entity = mentions[k].entity;
        m.antecedent = static_cast<int32_t>(k);
      }
    }
    const size_t high = std::min(mentions.size(), i + 1 + kSearchWindow);
    for (size_t k = i + 1; k < high && m.entity < 0; ++k) {
      if (mentions[k].kind == MentionKind::Name && compatible(m, mentions[k])) {
        m.entity = mentions[k].entity;
        m.antecedent = static_cast<int32_t>(k);
      }
    }
    if (m.entity < 0) m.entity = add_entity(m.description, ActorType::Person, m.place);
  }
}

}  // namespace quarry::actors
