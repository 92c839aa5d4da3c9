#include "phrase_reader.hpp"

#include <quarry/text_case.hpp>

namespace quarry::actors {
namespace {

// Abbreviated titles are written with a full stop that the core splits off ("Dr", ".").
bool abbreviated(std::string_view word) { return word.size() <= 4; }

// A lower-case word shaped like a third-person or past verb form: "condoles", "felicitated".
bool verb_shaped(std::string_view lower) {
  if (lower.size() < 5) return false;
  for (char c : lower) {
    if (!is_ascii_lower(c)) return false;
  }
  if (lower.ends_with("ed")) return true;
  return lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") && !lower.ends_with("is");
}

}  // namespace

bool PhraseReader::is_acronym_word(uint32_t i) const {
  if (!is_word(i)) return false;
  const Word& w = words_[i];
  int upper = 0;
  for (char c : w.text()) {
    if (is_ascii_upper(c)) ++upper;
  }
  // "JCS", "NIS", "AfSA", "U.N."; not "A" or "I".
  return upper >= 2 && w.is(kCap) && (w.is(kAllUpper) || upper * 2 >= static_cast<int>(w.text().size()));
}

std::string_view PhraseReader::text(uint32_t first, uint32_t last) const {
  if (last <= first) return {};
  const char* begin = words_[first].text().data();
  const char* end = words_[last - 1].text().data() + words_[last - 1].text().size();
  return std::string_view(begin, static_cast<size_t>(end - begin));
}

PlacePrefix PhraseReader::read_place_prefix_at(uint32_t i) const {
  PlacePrefix prefix;
  if (!is_cap(i)) return prefix;
  const PhraseMatch m = longest(i, kPhraseCountry | kPhraseCapital | kPhraseDemonym,
                                [](const PhraseInfo& p) { return p.country >= 0 || p.capital >= 0 || p.demonym >= 0; });
  if (!m) return prefix;
  const PhraseInfo& info = *m.info;
  if (is_clitic(m.end) && (info.country >= 0 || info.capital >= 0)) {
    prefix.place = info.country >= 0 ? info.country : info.capital;
    prefix.possessive = true;
    prefix.end = m.end + 1;
  } else if (info.demonym >= 0) {
    prefix.place = info.demonym;
    prefix.demonym = true;
    prefix.end = m.end;
  } else if (info.country >= 0) {
    prefix.place = info.country;
    prefix.country_noun = true;
    prefix.end = m.end;
  }
  return prefix;
}

PhraseMatch PhraseReader::title_at_word(uint32_t i) const {
  const PhraseMatch m = longest(i, kPhraseTitle, [](const PhraseInfo& p) { return p.title >= 0; });
  if (!m) return m;
  const TitleEntry& entry = lex_.title(m.info->title);
  // "general", "major": ranks only when capitalised ("a general strike", "a major city").
  if ((entry.kinds & kTitleCapOnly) && !is_cap(i)) return {};
  return m;
}

PhraseMatch PhraseReader::descriptor_at_word(uint32_t i) const {
  if (!is_word(i)) return {};
  if (words_[i].is(kCap) && style_ == SentenceStyle::Normal) return {};
  return longest(i, kPhraseDescriptor, [](const PhraseInfo& p) { return p.descriptor >= 0; });
}

uint32_t PhraseReader::modifiers_then_head(uint32_t i, bool allow_lower, PhraseMatch& head) const {
  // Only a head title within the next three words can end the modifiers: most words have none after them.
  if (!head_title_ahead(i)) return i;
  // A sentence-initial capital says nothing: "Mission director Dr. Samuel Otieno".
  const bool capitalised = is_cap(i) && !(words_[i].is(kSentenceInitial) && is_lower_word(i + 1));
  if (!capitalised && !allow_lower && !is_cap(i)) return i;
  uint32_t k = i;
  for (int n = 0; n < 3 && is_word(k); ++n, ++k) {
    const Word& w = words_[k];
    const bool cap = w.is(kCap) && !(k == i && w.is(kSentenceInitial) && !capitalised);
    if (cap != capitalised || w.is(kAllUpper)) break;
    if (!w.has(kLexEnglish) || w.has(kLexClause) || w.has(kLexNotModifier) || w.has(kLexAdverb) || is_article(k) ||
        descriptor_at(k)) {
      break;
    }
    const PhraseMatch title = title_at(k);
    if (title && k > i) {
      if (lex_.title(title.info->title).kinds & kTitleHead) {
        head = title;
        return k;
      }
      break;
    }
    if (title) break;  // the first word is a title itself: no modifiers
  }
  const PhraseMatch title = title_at(k);
  if (k > i && title && (lex_.title(title.info->title).kinds & kTitleHead)) {
    head = title;
    return k;
  }
  return i;
}

TitleRun PhraseReader::read_titles_at(uint32_t i, bool allow_lower) const {
  TitleRun run;
  run.end = i;
  int32_t position = -1;
  int32_t occupation = -1;
  int32_t rank = -1;
  std::string position_role;
  std::string occupation_role;
  std::string rank_role;
  bool position_cap = false;
  bool occupation_cap = false;
  bool rank_cap = false;
  uint32_t k = i;
  for (int n = 0; n < 4; ++n) {
    PhraseMatch m = title_at(k);
    uint32_t start = k;
    std::string modifiers;
    if (!m) {
      PhraseMatch head;
      const uint32_t head_at = modifiers_then_head(k, allow_lower || n > 0, head);
      if (head_at == k) break;
      for (uint32_t j = k; j < head_at; ++j) {
        modifiers += std::string(words_[j].lower());
        modifiers += ' ';
      }
      m = head;
      start = k;
    }
    const TitleEntry& entry = lex_.title(m.info->title);
    const bool cap = is_cap(start);
    std::string role = modifiers + entry.role;
    k = m.end;
    if (in(k) && words_[k].text() == "." && abbreviated(words_[k - 1].text()) && !words_[k].is(kSpaceBefore)) ++k;
    if ((entry.kinds & kTitleTakesTo) && is(k, "to")) {
      const uint32_t at = is(k + 1, "the") ? k + 2 : k + 1;
      const PhraseMatch place = longest(at, kPhraseCountry, [](const PhraseInfo& p) { return p.country >= 0; });
      if (place && is_cap(at)) {
        role += " to ";
        role += text(k + 1, place.end);
        k = place.end;
      }
    }
    if (entry.kinds & kTitleHonorific) {
      run.has_honorific = true;
    } else if (entry.kinds & kTitlePosition) {
      position = m.info->title;
      position_role = std::move(role);
      position_cap = cap;
    } else if (entry.kinds & kTitleOccupation) {
      occupation = m.info->title;
      occupation_role = std::move(role);
      occupation_cap = cap;
    } else if (entry.kinds & kTitleRank) {
      rank = m.info->title;
      rank_role = std::move(role);
      rank_cap = cap;
    }
    run.end = k;
  }
  if (position >= 0) {
    run.title = position;
    run.role = std::move(position_role);
    run.capitalised = position_cap;
  } else if (occupation >= 0) {
    run.title = occupation;
    run.role = std::move(occupation_role);
    run.capitalised = occupation_cap;
  } else if (rank >= 0) {
    run.title = rank;
    run.role = std::move(rank_role);
    run.capitalised = rank_cap;
  }
  run.has_position = position >= 0 || occupation >= 0;
  run.has_rank = rank >= 0;
  return run;
}

NameRun PhraseReader::read_name_run(uint32_t i) const {
  NameRun run;
  run.begin = i;
  run.end = i;
  if (!is_name_word(i)) return run;
  const bool headline = style_ != SentenceStyle::Normal;
  if (headline) {
    // In a Title Case line, capitals say little: a known name is taken whole, and a common word opens no name.
    const bool upper = words_[i].is(kAllUpper);
    const PhraseMatch known = longest(i, kPhraseKnownOrg | kPhraseKnownPerson, [&](const PhraseInfo& p) {
      return (p.known_org >= 0 && (!p.upper_only || upper)) || p.known_person >= 0;
    });
    if (known) {
      run.end = known.end;
      run.possessive_after = is_clitic(run.end);
      classify(run);
      return run;
    }
    if (words_[i].has(kLexEnglish) && !words_[i].has(kLexFirstName)) return run;
  }
  bool org_head = false;
  uint32_t k = i;
  while (in(k)) {
    if (k > i && words_[k].is(kLineStart)) break;  // a name never runs over a line break
    if (is_name_word(k)) {
      const Word& w = words_[k];
      if (k > i) {
        // "... in Washington D.C. The six-member team": an article or a common word after an abbreviation's
        // full stop starts a new sentence the splitter did not see.
        if (w.lower() == "the" || w.lower() == "a" || w.lower() == "an") break;
        // "... Elizabeth Quat In the New Territories": a capitalised preposition or conjunction before an article
        // starts a new phrase (a caption run into the next sentence); "James To of the ..." keeps its surname.
        const bool function_word = w.has(kLexConjunction) || (w.has(kLexClause) && !w.has(kLexAuxiliary));
        if (!headline && function_word && is_article(k + 1) && !w.has(kLexOrgHead)) break;
        if (words_[k - 1].text().ends_with(".") && w.has(kLexEnglish) && !w.has(kLexOrgHead) && !w.has(kLexFirstName)) {
          break;
        }
        const PhraseMatch title = title_at(k);
        if (title && is_cap(k)) {
          const TitleEntry& entry = lex_.title(title.info->title);
          if (!(entry.kinds & kTitleHonorific)) break;
        }
        if (headline && w.has(kLexEnglish) && !w.has(kLexOrgHead) && !w.has(kLexPlaceHead) && !w.has(kLexFirstName)) {
          break;
        }
      }
      if (w.has(kLexOrgHead)) org_head = true;
      ++k;
      run.end = k;
      continue;
    }
    // An initial: "Steven F. Udvar-Hazy", "L. Ron Hubbard".
    if (in(k) && words_[k].text() == "." && k > i && words_[k - 1].text().size() == 1 && is_cap(k - 1) &&
        !words_[k].is(kSpaceBefore) && is_cap(k + 1) && !org_head) {
      ++k;
      continue;
    }
    // "New People's Party": the possessive of a plural like "People" stays inside a name that goes on.
    if (is_clitic(k) && k > i && words_[k - 1].has(kLexPluralOwner) && is_name_word(k + 1)) {
      ++k;
      continue;
    }
    if (!is_word(k) || k == i) break;
    const std::string_view lower = words_[k].lower();
    if (org_head && (lower == "of" || lower == "for" || lower == "on" || lower == "and")) {
      uint32_t next = k + 1;
      if (is(next, "the")) {
        if (lower == "and") break;  // "Civic Party and the Democratic Party": two organizations
        ++next;
      }
      if (!is_name_word(next)) break;
      // "Red Cross and Red Crescent Societies", "Council on Foreign Relations" go on; "Civic Party and Tanya
      // Chan", "Kennedy Space Center on STS-1" do not: after "and"/"on" another organization head must come.
      if (lower == "and" || lower == "on") {
        bool head_follows = false;
        for (uint32_t q = next; is_name_word(q) && !head_follows; ++q) {
          head_follows = words_[q].has(kLexOrgHead);
        }
        if (!head_follows) break;
      }
      k = next;
      continue;
    }
    if (!org_head && words_[k].has(kLexParticle) && is_cap(k - 1)) {
      uint32_t next = k + 1;
      while (is_word(next) && words_[next].has(kLexParticle)) ++next;
      if (is_cap(next)) {
        k = next;
        continue;
      }
    }
    break;
  }
  run.possessive_after = is_clitic(run.end);
  classify(run);
  return run;
}

void PhraseReader::classify(NameRun& run) const {
  const uint32_t b = run.begin;
  const uint32_t e = run.end;
  run.cls = RunClass::None;
  if (e <= b) return;
  // Whole-run lexicon entries first.
  const bool upper = words_[b].is(kAllUpper);
  if (const PhraseInfo* known = exact(
          b, e, kPhraseKnownOrg, [&](const PhraseInfo& p) { return p.known_org >= 0 && (!p.upper_only || upper); })) {
    run.cls = RunClass::Organization;
    run.known = known->known_org;
    return;
  }
  if (const PhraseInfo* known =
          exact(b, e, kPhraseKnownPerson, [](const PhraseInfo& p) { return p.known_person >= 0; })) {
    run.cls = RunClass::Person;
    run.known = known->known_person;
    return;
  }
  if (const PhraseInfo* place = exact(
          b, e, kPhraseCountry | kPhraseCapital | kPhraseDemonym | kPhraseNonActor,
          [](const PhraseInfo& p) { return p.country >= 0 || p.capital >= 0 || p.demonym >= 0 || p.non_actor; })) {
    // A month that speaks is a name: "May said" (Theresa May), not "in May".
    const bool speaks = e - b == 1 && place->non_actor && place->country < 0 && place->capital < 0 &&
                        is_lower_word(e) && words_[e].has(kLexHumanVerb);
    if (!speaks) return;
    run.cls = RunClass::Single;
    return;
  }
  const Word& last = words_[e - 1];
  bool connectors = false;
  for (uint32_t k = b; k < e; ++k) {
    if (!is_name_word(k)) connectors = true;
  }
  const OrgHead head = !last.has(kLexOrgHead)     ? OrgHead::None
                       : last.has(kLexOrgGeneric) ? OrgHead::Generic
                                                  : OrgHead::Head;
  // A head word opening the run is an adjective ("International Realted Stories"), unless a connector follows
  // it ("Institute for the Study of War").
  bool any_head = connectors && words_[b].has(kLexOrgHead);
  for (uint32_t k = b + 1; k < e && !any_head; ++k) any_head = words_[k].has(kLexOrgHead);
  if ((any_head && e - b > 1) || head == OrgHead::Generic) {
    run.cls = RunClass::Organization;
    run.generic_head = e - b == 1 && head == OrgHead::Generic;
    return;
  }
  const bool first_name = words_[b].has(kLexFirstName);
  if (last.has(kLexPlaceHead)) return;
  if (e - b == 1 && head == OrgHead::Head) {
    run.cls = RunClass::Single;  // a lone "Mission" or "Agency" names nothing by itself
    return;
  }
  if (e - b == 1) {
    const Word& w = words_[b];
    if (w.text().size() < 2) return;
    // "I'm", "I’ll": a pronoun with a clitic.
    if (w.lower().starts_with("i'") || w.lower().starts_with("i\u2019")) return;
    if (is_acronym_word(b)) {
      if (!w.has(kLexEnglish)) run.cls = RunClass::Acronym;
      return;
    }
    run.cls = RunClass::Single;
    return;
  }
  // A given name opens a person's name unless every word is a common word as well ("Red Crescent Societies").
  bool uncommon = !words_[b].has(kLexEnglish);
  for (uint32_t k = b + 1; k < e && !uncommon; ++k) uncommon = is_name_word(k) && !words_[k].has(kLexEnglish);
  if (first_name && uncommon) {
    run.cls = RunClass::Person;
    return;
  }
  bool any_common = false;
  for (uint32_t k = b; k < e; ++k) {
    if (words_[k].has(kLexParticle)) continue;
    const PhraseMatch place = longest(k, kPhraseCountry | kPhraseCapital | kPhraseNonActor, [](const PhraseInfo& p) {
      return p.country >= 0 || p.capital >= 0 || p.non_actor;
    });
    if (words_[k].has(kLexEnglish) || place) any_common = true;
  }
  // Capitalised words that are no English words read as a person's name ("Hamdullah Mohib") when they are
  // shaped like names: not "PlayStation VR".
  bool name_shaped = true;
  for (uint32_t k = b; k < e && name_shaped; ++k) {
    const std::string_view t = words_[k].text();
    if (!is_name_word(k)) continue;
    for (size_t c = 1; c < t.size(); ++c) {
      const bool upper = is_ascii_upper(t[c]);
      const bool after_break = t[c - 1] == '-' || t[c - 1] == '\'' || t[c - 1] == '.';
      if (upper && !after_break) name_shaped = false;
    }
  }
  // ... or when the first word is no English word and no place and the last no longer English word ("Junius
  // Ho", not "Realted Stories").
  const bool uncommon_first = !words_[b].has(kLexEnglish) && !words_[b].has(kLexOrgHead) &&
                              (!last.has(kLexEnglish) || last.text().size() <= 3) &&
                              !longest(b, kPhraseCountry | kPhraseCapital | kPhraseNonActor, [](const PhraseInfo& p) {
                                return p.country >= 0 || p.capital >= 0 || p.non_actor;
                              });
  if ((!any_common || uncommon_first) && name_shaped) {
    run.cls = RunClass::Person;
    return;
  }
  // "Scientologist Tom Cruise": a capitalised modifier before a given name and a surname.
  for (uint32_t k = b + 1; k + 1 < e; ++k) {
    if (words_[k].has(kLexFirstName) && !words_[k].has(kLexEnglish)) {
      run.begin = k;
      run.cls = RunClass::Person;
      return;
    }
  }
  // "Meanwhile Kim ...": a capitalised sentence opener is no part of the name.
  if (words_[b].is(kSentenceInitial) && words_[b].has(kLexEnglish)) {
    run.begin = b + 1;
    classify(run);
  }
}

bool PhraseReader::clause_boundary(uint32_t i) const {
  if (!in(i)) return true;
  const Word& w = words_[i];
  if (w.is(kPunct) || w.is(kQuote)) return true;
  if (!w.is(kWord)) return false;
  if (w.is(kCap)) return false;
  // A past form ("agreed", "met") ends the phrase; an -s form may be a noun it modifies ("military ties").
  const bool past = w.has(kLexVerbForm)
                        ? !w.lower().ends_with('s')
                        : w.lower().size() >= 5 && w.lower().ends_with("ed") && !w.lower().ends_with("eed");
  const bool adverb = w.has(kLexAdverb);  // "reportedly", "publicly"
  return adverb || past || w.has(kLexClause) || w.has(kLexAuxiliary) || w.has(kLexHumanVerb);
}

bool PhraseReader::clause_start(uint32_t i) const {
  if (!in(i)) return false;
  if (words_[i].is(kSentenceInitial) || i == 0) return true;
  const Word& prev = words_[i - 1];
  if (prev.text() == "," || prev.text() == ";") return true;
  return prev.is(kWord) && !prev.is(kCap) && prev.has(kLexConjunction);
}

bool PhraseReader::finite_verb_at(uint32_t i) const {
  if (!is_word(i)) return false;
  const Word& w = words_[i];
  // Running text writes a verb in lower case; a Title Case headline capitalises it ("Netflix Alerts Users").
  if (w.is(kAllUpper) || (w.is(kCap) && style_ != SentenceStyle::TitleCase)) return false;
  const bool known = w.has(kLexVerbForm) || w.has(kLexHumanVerb);
  if (!known && (w.has(kLexEnglish) || !verb_shaped(w.lower()))) return false;
  // "Hamas attacks killed ...", "Kyiv officials say": a noun that the name modifies, the verb comes after it.
  if (!w.lower().ends_with('s') || !is_word(i + 1)) return true;
  const Word& next = words_[i + 1];
  if (next.is(kCap) && style_ != SentenceStyle::TitleCase) return true;
  return !(next.has(kLexAuxiliary) || next.has(kLexHumanVerb) ||
           (next.has(kLexVerbForm) && next.lower().ends_with("ed")));
}

bool PhraseReader::headline_noun_at(uint32_t i) const {
  if (style_ != SentenceStyle::TitleCase || !is_cap(i) || words_[i].is(kAllUpper)) return false;
  const Word& w = words_[i];
  constexpr uint32_t kNotNoun = kLexVerbForm | kLexHumanVerb | kLexAuxiliary | kLexClause | kLexConjunction |
                                kLexNotModifier | kLexParticle | kLexFirstName;
  if (!w.has(kLexEnglish) || w.has(kNotNoun) || w.has(kLexAdverb) || is_article(i)) return false;
  return !read_place_prefix(i);  // "Kim Jong Un North Korea ..."
}

}  // namespace quarry::actors
