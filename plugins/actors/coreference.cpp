#include "coreference.hpp"

#include <algorithm>
#include <quarry/text_case.hpp>
#include <unordered_map>

namespace quarry::actors {
namespace {

std::string join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

// Whether `small` occurs in `big` as a contiguous run, and is shorter.
bool contains(const std::vector<std::string>& big, const std::vector<std::string>& small) {
  if (small.empty() || small.size() >= big.size()) return false;
  return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

std::string strip_article(std::string_view name) {
  for (std::string_view article : {"The ", "the "}) {
    if (name.starts_with(article) && name.size() > article.size()) return std::string(name.substr(article.size()));
  }
  return std::string(name);
}

std::string upper_letters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_ascii_lower(c))
      out += static_cast<char>(c - 'a' + 'A');
    else if (is_ascii_upper(c))
      out += c;
  }
  return out;
}

// "Joint Chiefs of Staff" -> "JCS": initials of the capitalised words.
std::string initials(std::string_view name) {
  std::string out;
  bool word_start = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (word_start && is_ascii_upper(c)) out += c;
    word_start = false;
  }
  return out;
}

bool ends_with(const std::vector<std::string>& big, const std::vector<std::string>& small) {
  return small.size() <= big.size() &&
         std::equal(small.begin(), small.end(), big.end() - static_cast<ptrdiff_t>(small.size()));
}

// Adds a candidate entity for a short form. Forms that end with the short form ("Andy Warhol" for "Warhol")
// win over forms that only contain it ("Warhol Polaroids"): a lone surname names the person who bears it. Forms
// that open with it ("Kim Jong-un" for "Kim") compete with each other when no form ends with it.
void add_candidate(std::vector<int32_t>& candidates, bool& surname, int32_t entity, bool ends) {
  if (ends && !surname) {
    candidates.clear();
    surname = true;
  }
  if (ends != surname) return;
  if (std::find(candidates.begin(), candidates.end(), entity) == candidates.end()) candidates.push_back(entity);
}

// Lists in the indexes stop growing here; the nearest-mention searches look this far.
constexpr size_t kIndexCap = 64;
constexpr size_t kSearchWindow = 400;
constexpr size_t kRecentMentions = 6;

template <typename T>
void add_capped(std::vector<T>& list, T value) {
  if (list.size() < kIndexCap && (list.empty() || list.back() != value)) list.push_back(value);
}

bool same_role(const Mention& a, const Mention& b) {
  if (a.role.size() != b.role.size() || a.role.empty()) return false;
  for (size_t i = 0; i < a.role.size(); ++i) {
    if (ascii_lower(a.role[i]) != ascii_lower(b.role[i])) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else if (c != '.') {
      current += ascii_lower(c);
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  if (tokens.size() > 1 && tokens.front() == "the") tokens.erase(tokens.begin());
  return tokens;
}

int32_t Coreference::add_entity(std::string canonical, ActorType type, int32_t place, uint32_t classes) {
  Entity e;
  e.tokens = name_tokens(canonical);
  e.canonical = std::move(canonical);
  e.type = type;
  e.place = place;
  const auto id = static_cast<int32_t>(entities_.size());
  if (type == ActorType::Organization) {
    e.classes = classes | lex_.name_classes(e.tokens);
    for (const std::string& token : e.tokens) add_capped(orgs_by_token_[token], id);
    const std::string letters = initials(e.canonical);
    if (e.tokens.size() > 1 && letters.size() > 1) orgs_by_initials_.emplace(letters, id);
  }
  entities_.push_back(std::move(e));
  return id;
}

int32_t Coreference::nearest(const std::vector<Mention>& mentions, size_t at,
                             const std::vector<int32_t>& candidates) const {
  if (candidates.empty()) return -1;
  if (candidates.size() == 1) return candidates.front();
  auto wanted = [&](const Mention& m) {
    return !m.dropped && m.entity >= 0 && std::find(candidates.begin(), candidates.end(), m.entity) != candidates.end();
  };
  // A candidate mentioned just before (within a few mentions) is the one meant ("Kim Yong-Hyun ... Kim");
  // further back, the candidate the text mentions most is ("Hillary Clinton" over a passing "Chelsea Clinton").
  const size_t low = at > kSearchWindow ? at - kSearchWindow : 0;
  const size_t recent = at > kRecentMentions ? at - kRecentMentions : 0;
  for (size_t k = at; k-- > std::max(low, recent);) {
    if (wanted(mentions[k])) return mentions[k].entity;
  }
  int32_t best = -1;
  uint32_t best_count = 0;
  for (int32_t c : candidates) {
    const uint32_t count =
        static_cast<size_t>(c) < mention_counts_.size() ? mention_counts_[static_cast<size_t>(c)] : 0;
    if (count > best_count) {
      best = c;
      best_count = count;
    }
  }
  if (best >= 0) return best;
  const size_t high = std::min(mentions.size(), at + 1 + kSearchWindow);
  for (size_t k = at + 1; k < high; ++k) {
    if (wanted(mentions[k])) return mentions[k].entity;
  }
  return candidates.front();
}

void Coreference::resolve(std::vector<Mention>& mentions, int32_t home_country) {
  entities_.clear();
  acronyms_.clear();
  person_forms_.clear();
  person_forms_by_token_.clear();
  orgs_by_token_.clear();
  orgs_by_initials_.clear();
  mention_counts_.clear();
  home_ = home_country;
  resolve_organizations(mentions);
  resolve_people(mentions);
  resolve_acronyms(mentions);
  resolve_singles(mentions);
  settle_places(mentions);
  resolve_descriptions(mentions);
  resolve_title_only(mentions);
}

void Coreference::settle_places(const std::vector<Mention>& mentions) {
  // Each entity's country: the first explicit one among its mentions, else what the lexicon knows.
  for (const Mention& m : mentions) {
    if (!m.dropped && m.entity >= 0 && m.place >= 0 && entities_[static_cast<size_t>(m.entity)].place < 0) {
      entities_[static_cast<size_t>(m.entity)].place = m.place;
    }
  }
}

void Coreference::resolve_organizations(std::vector<Mention>& mentions) {
  std::unordered_map<std::string, int32_t> by_key;
  for (Mention& m : mentions) {
    if (m.type != ActorType::Organization || m.kind != MentionKind::Name) continue;
    std::string key;
    std::string canonical;
    int32_t place = m.place;
    uint32_t classes = 0;
    if (m.known >= 0) {
      const KnownEntity& known = lex_.known_org(m.known);
      key = "#" + std::to_string(m.known);
      canonical = known.canonical;
      classes = known.classes;
      if (place < 0) place = known.country;
    } else {
      canonical = strip_article(m.name);
      key = join(name_tokens(canonical));
    }
    if (key.empty()) {
      m.dropped = true;
      continue;
    }
    auto [it, fresh] = by_key.emplace(key, -1);
    if (fresh) it->second = add_entity(canonical, ActorType::Organization, place, classes);
    m.entity = it->second;
    if (!m.acronym.empty()) acronyms_.insert_or_assign(upper_letters(m.acronym), m.entity);
  }
  // A one-word name that starts a longer organization name of the document is that organization
  // ("Yonhap" ... "Yonhap News Agency").
  std::vector<int32_t> remap(entities_.size());
  for (size_t e = 0; e < entities_.size(); ++e) {
    remap[e] = static_cast<int32_t>(e);
    if (entities_[e].tokens.size() != 1) continue;
    const auto it = orgs_by_token_.find(entities_[e].tokens.front());
    if (it == orgs_by_token_.end()) continue;
    for (int32_t f : it->second) {
      const Entity& longer = entities_[static_cast<size_t>(f)];
      if (longer.tokens.size() > 1 && longer.tokens.front() == entities_[e].tokens.front()) {
        remap[e] = f;
        break;
      }
    }
  }
  for (auto& [acronym, entity] : acronyms_) entity = remap[static_cast<size_t>(entity)];
  for (Mention& m : mentions) {
    if (m.entity >= 0) m.entity = remap[static_cast<size_t>(m.entity)];
    // An acronym the text defines wins over the lexicon's reading of it.
    if (m.entity >= 0 && m.type == ActorType::Organization && !m.name.empty() && upper_letters(m.name) == m.name) {
      if (const auto it = acronyms_.find(m.name); it != acronyms_.end()) m.entity = it->second;
    }
  }
}

void Coreference::resolve_people(std::vector<Mention>& mentions) {
  struct Form {
    std::vector<std::string> tokens;
    std::string text;
    int32_t known = -1;
    int32_t entity = -1;
    bool maximal = true;
  };
  std::vector<Form> forms;
  std::unordered_map<std::string, size_t> by_key;
  std::vector<int32_t> form_of(mentions.size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type != ActorType::Person || m.kind != MentionKind::Name) continue;
    std::vector<std::string> tokens = name_tokens(m.name);
    if (tokens.empty()) {
      m.dropped = true;
      continue;
    }
    const std::string key = join(tokens);
    auto [it, fresh] = by_key.emplace(key, forms.size());
    if (fresh) forms.push_back(Form{std::move(tokens), m.name, m.known, -1, true});
    if (m.known >= 0) forms[it->second].known = m.known;
    form_of[i] = static_cast<int32_t>(it->second);
  }
  std::unordered_map<std::string, std::vector<uint32_t>> by_token;
  for (uint32_t g = 0; g < forms.size(); ++g) {
    for (const std::string& token : forms[g].tokens) add_capped(by_token[token], g);
  }
  // The forms that contain form f all hold its first word.
  auto containing = [&](const Form& f) -> const std::vector<uint32_t>& { return by_token[f.tokens.front()]; };
  for (Form& f : forms) {
    for (uint32_t g : containing(f)) {
      if (contains(forms[g].tokens, f.tokens)) f.maximal = false;
    }
  }
  std::unordered_map<std::string, int32_t> by_canonical;
  for (Form& f : forms) {
    if (!f.maximal) continue;
    std::string canonical = f.text;
    int32_t place = -1;
    if (f.known >= 0) {
      const KnownEntity& known = lex_.known_person(f.known);
      place = known.country;
      // The document has only a short form of a well-known name: complete it.
      if (name_tokens(known.canonical).size() > f.tokens.size()) canonical = known.canonical;
    }
    auto [it, fresh] = by_canonical.emplace(canonical, -1);
    if (fresh) it->second = add_entity(canonical, ActorType::Person, place);
    f.entity = it->second;
    for (const std::string& token : f.tokens) {
      add_capped(person_forms_by_token_[token], static_cast<uint32_t>(person_forms_.size()));
    }
    person_forms_.emplace_back(f.tokens, f.entity);
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (form_of[i] >= 0 && forms[static_cast<size_t>(form_of[i])].maximal) {
      mentions[i].entity = forms[static_cast<size_t>(form_of[i])].entity;
    }
  }
  // How often each entity is named in full: the salience that settles a short form far from its antecedent.
  mention_counts_.assign(entities_.size(), 0);
  for (const Mention& m : mentions) {
    if (m.entity >= 0) ++mention_counts_[static_cast<size_t>(m.entity)];
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (form_of[i] < 0) continue;
    const Form& f = forms[static_cast<size_t>(form_of[i])];
    if (f.maximal) continue;
    std::vector<int32_t> candidates;
    bool surname = false;
    for (uint32_t gi : containing(f)) {
      const Form& g = forms[gi];
      if (!g.maximal || !contains(g.tokens, f.tokens)) continue;
      add_candidate(candidates, surname, g.entity, ends_with(g.tokens, f.tokens));
    }
    mentions[i].entity = nearest(mentions, i, candidates);
  }
}

void Coreference::resolve_acronyms(std::vector<Mention>& mentions) {
  for (Mention& m : mentions) {
    if (m.kind != MentionKind::Acronym || m.dropped) continue;
    const std::string letters = upper_letters(m.name);
    if (const auto it = acronyms_.find(letters); it != acronyms_.end()) m.entity = it->second;
    if (m.entity < 0) {
      const auto it = orgs_by_initials_.find(letters);
      if (it != orgs_by_initials_.end()) m.entity = it->second;
    }
    if (m.entity < 0 && m.context_actor) m.entity = add_entity(m.name, ActorType::Organization, m.place);
    if (m.entity < 0) m.dropped = true;
  }
}

void Coreference::resolve_singles(std::vector<Mention>& mentions) {
  // Words whose context shows an actor first ("Rajinikanth condoles"), so that their other, bare occurrences
  // before and after find them.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < mentions.size(); ++i) {
      Mention& m = mentions[i];
      if (m.kind != MentionKind::Single || m.dropped || m.entity >= 0 || m.context_actor != (pass == 0)) continue;
      resolve_single(mentions, i);
    }
  }
}

void Coreference::resolve_single(std::vector<Mention>& mentions, size_t i) {
  Mention& m = mentions[i];
  if (m.common_word && m.sentence_initial && !m.context_actor) {
    m.dropped = true;
    return;
  }
  const std::vector<std::string> tokens = name_tokens(m.name);
  if (tokens.empty()) {
    m.dropped = true;
    return;
  }
  std::vector<int32_t> candidates;
  bool surname = false;
  if (const auto it = person_forms_by_token_.find(tokens.front()); it != person_forms_by_token_.end()) {
    for (uint32_t f : it->second) {
      const auto& [form, entity] = person_forms_[f];
      if (contains(form, tokens) || form == tokens) add_candidate(candidates, surname, entity, ends_with(form, tokens));
    }
  }
  // A person who bears the word wins over an organization named after one ("Kamen" of the Kamen Foundation),
  // and only a word that is no common word ("Yonhap", not "Republican") stands for a longer organization name:
  // one it opens ("Yonhap News Agency") or ends after "of" ("Church of Scientology").
  const auto org_it = candidates.empty() && !m.common_word ? orgs_by_token_.find(tokens.front()) : orgs_by_token_.end();
  if (const auto it = org_it; it != orgs_by_token_.end()) {
    for (int32_t e : it->second) {
      const std::vector<std::string>& name = entities_[static_cast<size_t>(e)].tokens;
      const bool opens = name.size() > 1 && name.front() == tokens.front();
      const bool ends_after_of =
          tokens.size() == 1 && name.size() > 2 && name[name.size() - 2] == "of" && name.back() == tokens.front();
      if (opens || ends_after_of) add_candidate(candidates, surname, e, false);
    }
  }
  m.entity = nearest(mentions, i, candidates);
  if (m.entity < 0 && m.context_actor && !m.common_word) {
    m.entity = add_entity(m.name, m.type, m.place);
    for (const std::string& token : tokens) {
      add_capped(person_forms_by_token_[token], static_cast<uint32_t>(person_forms_.size()));
    }
    person_forms_.emplace_back(tokens, m.entity);
  }
  if (m.entity < 0) {
    m.dropped = true;
    return;
  }
  m.type = entities_[static_cast<size_t>(m.entity)].type;
}

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
      std::string canonical = demonym.empty() ? lex_.place_name(m.place) : std::string(demonym);
      canonical += ' ';
      canonical += m.name;
      m.entity =
          add_entity(std::move(canonical), ActorType::Organization, m.place, lex_.descriptor(m.descriptor).own_class);
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
