#include "coreference.hpp"

#include <algorithm>
#include <charconv>
#include <quarry/text_case.hpp>

namespace quarry::actors {
namespace {

std::string_view strip_article(std::string_view name) {
  for (std::string_view article : {"The ", "the "}) {
    if (name.starts_with(article) && name.size() > article.size()) return name.substr(article.size());
  }
  return name;
}

// The letters of `s` in upper case, into `out`.
void upper_letters(std::string_view s, std::string& out) {
  out.clear();
  for (char c : s) {
    if (is_ascii_lower(c))
      out += static_cast<char>(c - 'a' + 'A');
    else if (is_ascii_upper(c))
      out += c;
  }
}

// "Joint Chiefs of Staff" -> "JCS": initials of the capitalised words, into `out`.
void initials(std::string_view name, std::string& out) {
  out.clear();
  bool word_start = true;
  for (char c : name) {
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (word_start && is_ascii_upper(c)) out += c;
    word_start = false;
  }
}

// Lists in the indexes stop growing here (the nearest-mention searches look Coreference::kSearchWindow far).
constexpr size_t kIndexCap = 64;
constexpr size_t kRecentMentions = 6;

void add_capped(std::vector<uint32_t>& list, uint32_t value) {
  if (list.size() < kIndexCap && (list.empty() || list.back() != value)) list.push_back(value);
}

}  // namespace

TokenRange Coreference::tokenize(std::string_view name) {
  const auto begin = static_cast<uint32_t>(pool_.size());
  scratch_.clear();
  auto flush = [&] {
    if (scratch_.empty()) return;
    pool_.push_back(words_.intern(scratch_));
    scratch_.clear();
  };
  for (char c : name) {
    if (c == ' ' || c == '-') {
      flush();
    } else if (c != '.') {
      scratch_ += ascii_lower(c);
    }
  }
  flush();
  auto count = static_cast<uint32_t>(pool_.size() - begin);
  if (count > 1 && words_.text(pool_[begin]) == "the") {
    pool_.erase(pool_.begin() + begin);
    --count;
  }
  return {begin, count};
}

uint32_t Coreference::key_of(TokenRange range) {
  scratch_.clear();
  for (uint32_t token : tokens(range)) {
    if (!scratch_.empty()) scratch_ += ' ';
    scratch_ += words_.text(token);
  }
  return words_.intern(scratch_);
}

bool Coreference::contains(TokenRange big, TokenRange small) const {
  if (small.count == 0 || small.count >= big.count) return false;
  const std::span<const uint32_t> b = tokens(big);
  const std::span<const uint32_t> s = tokens(small);
  return std::search(b.begin(), b.end(), s.begin(), s.end()) != b.end();
}

bool Coreference::ends_with(TokenRange big, TokenRange small) const {
  if (small.count > big.count) return false;
  const std::span<const uint32_t> b = tokens(big);
  const std::span<const uint32_t> s = tokens(small);
  return std::equal(s.begin(), s.end(), b.end() - static_cast<ptrdiff_t>(s.size()));
}

bool Coreference::same(TokenRange a, TokenRange b) const {
  const std::span<const uint32_t> x = tokens(a);
  const std::span<const uint32_t> y = tokens(b);
  return std::equal(x.begin(), x.end(), y.begin(), y.end());
}

// Forms that end with the short form ("Andy Warhol" for "Warhol") win over forms that only contain it ("Warhol
// Polaroids"): a lone surname names the person who bears it. Forms that open with it ("Kim Jong-un" for "Kim")
// compete with each other when no form ends with it.
void Coreference::add_candidate(int32_t entity, bool ends) {
  if (ends && !surname_candidates_) {
    candidates_.clear();
    surname_candidates_ = true;
  }
  if (ends != surname_candidates_) return;
  if (std::find(candidates_.begin(), candidates_.end(), entity) == candidates_.end()) candidates_.push_back(entity);
}

int32_t Coreference::add_entity(std::string_view canonical, ActorType type, int32_t place, uint32_t classes,
                                const TokenRange* tokens_known) {
  Entity e;
  e.tokens = tokens_known ? *tokens_known : tokenize(canonical);
  e.canonical = canonical;
  e.type = type;
  e.place = place;
  const auto id = static_cast<int32_t>(entities_.size());
  if (type == ActorType::Organization) {
    words_scratch_.clear();
    for (uint32_t token : tokens(e.tokens)) words_scratch_.push_back(words_.text(token));
    e.classes = classes | lex_.name_classes(words_scratch_);
    for (uint32_t token : tokens(e.tokens)) add_capped(orgs_by_token_[token], static_cast<uint32_t>(id));
    initials(e.canonical, scratch_);
    if (e.tokens.count > 1 && scratch_.size() > 1) {
      const uint32_t letters = words_.intern(scratch_);
      if (orgs_by_initials_.get(letters) < 0) orgs_by_initials_.set(letters, id);
    }
  }
  entities_.push_back(e);
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

void Coreference::clear() {
  words_.clear();
  pool_.clear();
  entities_.clear();
  made_names_.clear();
  acronyms_.clear();
  acronym_ids_.clear();
  person_forms_.clear();
  person_forms_by_token_.clear();
  orgs_by_token_.clear();
  orgs_by_initials_.clear();
  mention_counts_.clear();
}

void Coreference::resolve(std::vector<Mention>& mentions, int32_t home_country) {
  clear();
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
  by_key_.clear();  // name key (or "#<known organization>") -> entity
  for (Mention& m : mentions) {
    if (m.type != ActorType::Organization || m.kind != MentionKind::Name) continue;
    uint32_t key = 0;
    std::string_view canonical;
    TokenRange name;
    int32_t place = m.place;
    uint32_t classes = 0;
    if (m.known >= 0) {
      const KnownEntity& known = lex_.known_org(m.known);
      char digits[16];
      const auto printed = std::to_chars(digits, digits + sizeof digits, m.known);
      scratch_.assign("#");
      scratch_.append(digits, printed.ptr);
      key = words_.intern(scratch_);
      canonical = known.canonical;
      classes = known.classes;
      if (place < 0) place = known.country;
    } else {
      canonical = strip_article(m.name);
      name = tokenize(canonical);
      if (name.count == 0) {
        m.dropped = true;
        continue;
      }
      key = key_of(name);
    }
    int32_t entity = by_key_.get(key);
    if (entity < 0) {
      entity = add_entity(canonical, ActorType::Organization, place, classes, m.known >= 0 ? nullptr : &name);
      by_key_.set(key, entity);
    }
    m.entity = entity;
    if (!m.acronym.empty()) {
      upper_letters(m.acronym, scratch_);
      const uint32_t acronym = words_.intern(scratch_);
      if (acronyms_.get(acronym) < 0) acronym_ids_.push_back(acronym);
      acronyms_.set(acronym, m.entity);
    }
  }
  // A one-word name that starts a longer organization name of the document is that organization
  // ("Yonhap" ... "Yonhap News Agency").
  remap_.resize(entities_.size());
  for (size_t e = 0; e < entities_.size(); ++e) {
    remap_[e] = static_cast<int32_t>(e);
    if (entities_[e].tokens.count != 1) continue;
    const uint32_t word = pool_[entities_[e].tokens.begin];
    for (uint32_t f : orgs_by_token_.get(word)) {
      const Entity& longer = entities_[f];
      if (longer.tokens.count > 1 && pool_[longer.tokens.begin] == word) {
        remap_[e] = static_cast<int32_t>(f);
        break;
      }
    }
  }
  for (uint32_t acronym : acronym_ids_) acronyms_.set(acronym, remap_[static_cast<size_t>(acronyms_.get(acronym))]);
  for (Mention& m : mentions) {
    if (m.entity >= 0) m.entity = remap_[static_cast<size_t>(m.entity)];
    // An acronym the text defines wins over the lexicon's reading of it.
    if (m.entity >= 0 && m.type == ActorType::Organization && !m.name.empty()) {
      upper_letters(m.name, scratch_);
      if (scratch_ != m.name) continue;
      const uint32_t id = words_.find(m.name);
      if (id != NameWords::kNone && acronyms_.get(id) >= 0) m.entity = acronyms_.get(id);
    }
  }
}

void Coreference::resolve_people(std::vector<Mention>& mentions) {
  forms_.clear();
  by_key_.clear();  // name key -> form
  form_of_.assign(mentions.size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type != ActorType::Person || m.kind != MentionKind::Name) continue;
    const TokenRange name = tokenize(m.name);
    if (name.count == 0) {
      m.dropped = true;
      continue;
    }
    const uint32_t key = key_of(name);
    int32_t form = by_key_.get(key);
    if (form < 0) {
      form = static_cast<int32_t>(forms_.size());
      by_key_.set(key, form);
      forms_.push_back(PersonForm{name, m.name, m.known, -1, true});
    }
    if (m.known >= 0) forms_[static_cast<size_t>(form)].known = m.known;
    form_of_[i] = form;
  }
  forms_by_token_.clear();
  for (uint32_t g = 0; g < forms_.size(); ++g) {
    for (uint32_t token : tokens(forms_[g].tokens)) add_capped(forms_by_token_[token], g);
  }
  // The forms that contain form f all hold its first word.
  auto containing = [&](const PersonForm& f) { return forms_by_token_.get(pool_[f.tokens.begin]); };
  for (PersonForm& f : forms_) {
    for (uint32_t g : containing(f)) {
      if (contains(forms_[g].tokens, f.tokens)) f.maximal = false;
    }
  }
  by_canonical_.clear();
  for (PersonForm& f : forms_) {
    if (!f.maximal) continue;
    std::string_view canonical = f.text;
    int32_t place = -1;
    TokenRange known_name;
    if (f.known >= 0) {
      const KnownEntity& known = lex_.known_person(f.known);
      place = known.country;
      // The document has only a short form of a well-known name: complete it.
      known_name = tokenize(known.canonical);
      if (known_name.count > f.tokens.count) canonical = known.canonical;
    }
    const uint32_t key = words_.intern(canonical);
    int32_t entity = by_canonical_.get(key);
    if (entity < 0) {
      entity = add_entity(canonical, ActorType::Person, place, 0,
                          canonical.data() == f.text.data() ? &f.tokens : &known_name);
      by_canonical_.set(key, entity);
    }
    f.entity = entity;
    for (uint32_t token : tokens(f.tokens)) {
      add_capped(person_forms_by_token_[token], static_cast<uint32_t>(person_forms_.size()));
    }
    person_forms_.emplace_back(f.tokens, f.entity);
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (form_of_[i] >= 0 && forms_[static_cast<size_t>(form_of_[i])].maximal) {
      mentions[i].entity = forms_[static_cast<size_t>(form_of_[i])].entity;
    }
  }
  // How often each entity is named in full: the salience that settles a short form far from its antecedent.
  mention_counts_.assign(entities_.size(), 0);
  for (const Mention& m : mentions) {
    if (m.entity >= 0) ++mention_counts_[static_cast<size_t>(m.entity)];
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (form_of_[i] < 0) continue;
    const PersonForm& f = forms_[static_cast<size_t>(form_of_[i])];
    if (f.maximal) continue;
    candidates_.clear();
    surname_candidates_ = false;
    for (uint32_t gi : containing(f)) {
      const PersonForm& g = forms_[gi];
      if (!g.maximal || !contains(g.tokens, f.tokens)) continue;
      add_candidate(g.entity, ends_with(g.tokens, f.tokens));
    }
    mentions[i].entity = nearest(mentions, i, candidates_);
  }
}

void Coreference::resolve_acronyms(std::vector<Mention>& mentions) {
  for (Mention& m : mentions) {
    if (m.kind != MentionKind::Acronym || m.dropped) continue;
    upper_letters(m.name, scratch_);
    const uint32_t letters = words_.find(scratch_);
    if (letters != NameWords::kNone) {
      if (acronyms_.get(letters) >= 0) m.entity = acronyms_.get(letters);
      if (m.entity < 0 && orgs_by_initials_.get(letters) >= 0) m.entity = orgs_by_initials_.get(letters);
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
  const TokenRange name = tokenize(m.name);
  if (name.count == 0) {
    m.dropped = true;
    return;
  }
  const uint32_t first = pool_[name.begin];
  candidates_.clear();
  surname_candidates_ = false;
  for (uint32_t f : person_forms_by_token_.get(first)) {
    const auto& [form, entity] = person_forms_[f];
    if (contains(form, name) || same(form, name)) add_candidate(entity, ends_with(form, name));
  }
  // A person who bears the word wins over an organization named after one ("Kamen" of the Kamen Foundation),
  // and only a word that is no common word ("Yonhap", not "Republican") stands for a longer organization name:
  // one it opens ("Yonhap News Agency") or ends after "of" ("Church of Scientology").
  if (candidates_.empty() && !m.common_word) {
    for (uint32_t e : orgs_by_token_.get(first)) {
      const TokenRange org = entities_[e].tokens;
      const std::span<const uint32_t> words = tokens(org);
      const bool opens = org.count > 1 && words.front() == first;
      const bool ends_after_of =
          name.count == 1 && org.count > 2 && words_.text(words[org.count - 2]) == "of" && words.back() == first;
      if (opens || ends_after_of) add_candidate(static_cast<int32_t>(e), false);
    }
  }
  m.entity = nearest(mentions, i, candidates_);
  if (m.entity < 0 && m.context_actor && !m.common_word) {
    m.entity = add_entity(m.name, m.type, m.place, 0, &name);
    for (uint32_t token : tokens(name)) {
      add_capped(person_forms_by_token_[token], static_cast<uint32_t>(person_forms_.size()));
    }
    person_forms_.emplace_back(name, m.entity);
  }
  if (m.entity < 0) {
    m.dropped = true;
    return;
  }
  m.type = entities_[static_cast<size_t>(m.entity)].type;
}

}  // namespace quarry::actors
