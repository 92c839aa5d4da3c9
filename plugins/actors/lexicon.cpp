#include "lexicon.hpp"

#include <quarry/text_case.hpp>
#include <quarry/word_list.hpp>
#include <string>
#include <utility>

#include "iso_countries.hpp"
#include "quarry_data/actors.hpp"

namespace quarry::actors {
namespace {

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (std::string_view piece : split(phrase, ' ')) {
    if (!piece.empty()) words.push_back(ascii_lower(piece));
  }
  return words;
}

bool is_acronym(std::string_view word) {
  int upper = 0;
  for (char c : word) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++upper;
  }
  return upper >= 2;
}

// "Defense Minister" -> "defense minister"; acronyms ("PM") keep their case.
std::string default_role(std::string_view phrase) {
  std::string out;
  for (std::string_view word : split(phrase, ' ')) {
    if (word.empty()) continue;
    if (!out.empty()) out += ' ';
    out += is_acronym(word) ? std::string(word) : ascii_lower(word);
  }
  return out;
}

}  // namespace

const Lexicon& Lexicon::instance() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::Lexicon() {
  load_countries();
  load_demonyms();
  load_capitals();
  load_titles();
  load_classes();
  load_known(quarry_data::actors::known_orgs_txt(), false);
  load_known(quarry_data::actors::known_people_txt(), true);
  load_descriptors();
  load_words();
}

PhraseInfo& Lexicon::phrase(std::string_view text) {
  const std::vector<std::string> words = phrase_words(text);
  const uint32_t node = trie_.insert(words);
  if (info_index_.size() < trie_.node_count()) info_index_.resize(trie_.node_count(), -1);
  if (parent_.size() < trie_.node_count()) parent_.resize(trie_.node_count(), PhraseTrie::kNone);
  uint32_t at = PhraseTrie::kRoot;
  for (const std::string& word : words) {
    const uint32_t next = trie_.child(at, word);
    parent_[next] = at;
    at = next;
  }
  if (info_index_[node] < 0) {
    info_index_[node] = static_cast<int32_t>(infos_.size());
    infos_.emplace_back();
  }
  return infos_[static_cast<size_t>(info_index_[node])];
}

int32_t Lexicon::place_id(std::string_view canonical) {
  const auto it = place_ids_.find(std::string(canonical));
  if (it != place_ids_.end()) return it->second;
  const auto id = static_cast<int32_t>(places_.size());
  places_.emplace_back(canonical);
  place_ids_.emplace(std::string(canonical), id);
  return id;
}

std::string_view Lexicon::demonym_of(int32_t place) const {
  const auto it = demonyms_.find(place);
  return it == demonyms_.end() ? std::string_view{} : std::string_view(it->second);
}

void Lexicon::load_countries() {
  // Renames first ("= RU | Russia"), then every iso name, then the extra aliases.
  std::unordered_map<std::string, std::string> renamed;
  for_each_line(quarry_data::actors::country_aliases_txt(), [&](std::string_view line) {
    if (line.front() != '=') return;
    const Fields<4> fields(line.substr(1), '|');
    if (fields.count() >= 2) renamed.emplace(std::string(fields[0]), std::string(fields[1]));
  });
  for (const IsoCountry& c : parse_iso_3166_1(quarry_data::actors::iso_3166_1_json())) {
    const auto rename = renamed.find(c.alpha_2);
    const std::string& canonical =
        rename != renamed.end() ? rename->second : (c.common_name.empty() ? c.name : c.common_name);
    const int32_t id = place_id(canonical);
    for (const std::string* name : {&canonical, &c.name, &c.common_name, &c.official_name}) {
      if (!name->empty()) phrase(*name).country = id;
    }
  }
  for_each_line(quarry_data::actors::country_aliases_txt(), [&](std::string_view line) {
    if (line.front() == '=') return;
    const Fields<4> fields(line, '|');
    if (fields.count() >= 2) phrase(fields[0]).country = place_id(fields[1]);
  });
}

void Lexicon::load_demonyms() {
  for_each_line(quarry_data::actors::demonyms_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    if (fields.count() < 2) return;
    const int32_t id = place_id(fields[1]);
    phrase(fields[0]).demonym = id;
    demonyms_.emplace(id, std::string(fields[0]));
    // "North Koreans", "Americans": a people, never one actor.
    phrase(std::string(fields[0]) + "s").non_actor = true;
  });
}

void Lexicon::load_capitals() {
  for_each_line(quarry_data::actors::capitals_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    if (fields.count() >= 2) phrase(fields[0]).capital = place_id(fields[1]);
  });
}

void Lexicon::load_titles() {
  for_each_line(quarry_data::actors::titles_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    if (fields.count() < 2) return;
    TitleEntry entry;
    for (std::string_view kind : split(fields[1], ' ')) {
      if (kind == "position")
        entry.kinds |= kTitlePosition;
      else if (kind == "rank")
        entry.kinds |= kTitleRank;
      else if (kind == "honorific")
        entry.kinds |= kTitleHonorific;
      else if (kind == "occupation")
        entry.kinds |= kTitleOccupation;
      else if (kind == "gov")
        entry.kinds |= kTitleGov;
      else if (kind == "cap")
        entry.kinds |= kTitleCapOnly;
      else if (kind == "to")
        entry.kinds |= kTitleTakesTo;
      else if (kind == "head")
        entry.kinds |= kTitleHead;
    }
    entry.role = fields.count() >= 3 && !fields[2].empty() ? std::string(fields[2]) : default_role(fields[0]);
    if (fields.count() >= 4 && !fields[3].empty()) entry.country = place_id(fields[3]);
    phrase(fields[0]).title = static_cast<int32_t>(titles_.size());
    titles_.push_back(std::move(entry));
  });
}

void Lexicon::load_known(std::string_view data, bool people) {
  std::vector<KnownEntity>& table = people ? people_ : orgs_;
  for_each_line(data, [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    KnownEntity entity;
    entity.canonical = std::string(fields[0]);
    if (fields.count() >= 3 && !fields[2].empty()) entity.country = place_id(fields[2]);
    if (fields.count() >= 4) entity.classes = class_bits(fields[3]);
    const auto id = static_cast<int32_t>(table.size());
    table.push_back(std::move(entity));
    auto mark = [&](std::string_view name) {
      PhraseInfo& info = phrase(name);
      (people ? info.known_person : info.known_org) = id;
      if (is_acronym(name) && name.find(' ') == std::string_view::npos) info.upper_only = true;
    };
    mark(fields[0]);
    if (fields.count() >= 2) {
      for (std::string_view alias : split(fields[1], ',')) {
        if (!alias.empty()) mark(alias);
      }
    }
  });
}

void Lexicon::load_classes() {
  for_each_line(quarry_data::actors::org_classes_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    if (fields.count() < 2 || class_ids_.size() >= 32) return;
    const uint32_t bit = 1u << class_ids_.emplace(std::string(fields[0]), class_ids_.size()).first->second;
    for (std::string_view name : split(fields[1], ',')) {
      if (name.empty()) continue;
      const uint32_t node = class_trie_.insert(phrase_words(name));
      if (class_of_node_.size() < class_trie_.node_count()) class_of_node_.resize(class_trie_.node_count(), 0);
      class_of_node_[node] |= bit;
    }
  });
}

uint32_t Lexicon::class_bits(std::string_view names) const {
  uint32_t bits = 0;
  for (std::string_view name : split(names, ',')) {
    const auto it = class_ids_.find(std::string(name));
    if (it != class_ids_.end()) bits |= 1u << it->second;
  }
  return bits;
}

void Lexicon::load_descriptors() {
  for_each_line(quarry_data::actors::org_descriptors_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    if (fields.count() < 2) return;
    Descriptor d;
    d.canonical = std::string(fields[0]);
    d.stands_for = class_bits(fields[1]);
    d.own_class = class_bits(split(fields[1], ',').front());
    phrase(fields[0]).descriptor = static_cast<int32_t>(descriptors_.size());
    descriptors_.push_back(std::move(d));
  });
  for_each_line(quarry_data::actors::org_types_txt(), [&](std::string_view line) { phrase(line).org_type = true; });
  for_each_line(quarry_data::actors::non_actors_txt(), [&](std::string_view line) { phrase(line).non_actor = true; });
  for_each_line(quarry_data::actors::calendar_words_txt(),
                [&](std::string_view line) { phrase(line).non_actor = true; });
  for_each_line(quarry_data::actors::credit_cues_txt(), [&](std::string_view line) { phrase(line).credit = true; });
}

void Lexicon::load_words() {
  auto entry = [&](std::string_view word) -> WordInfo& {
    const std::string lower = ascii_lower(word);
    if (words_.find(lower) == nullptr) return words_[storage_.emplace_back(lower)];
    return words_[lower];
  };
  auto fill = [&](std::string_view data, uint32_t flag) {
    for_each_line(data, [&](std::string_view line) { entry(line).flags |= flag; });
  };
  fill(quarry_data::actors::english_words_txt(), kLexEnglish);
  fill(quarry_data::actors::first_names_txt(), kLexFirstName);
  fill(quarry_data::actors::first_names_extra_txt(), kLexFirstName);
  fill(quarry_data::actors::place_heads_txt(), kLexPlaceHead);
  fill(quarry_data::actors::premodified_nouns_txt(), kLexPremodified);
  for_each_line(quarry_data::actors::human_verbs_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    const bool addressee = fields.count() >= 2 && fields[1] == "addressee";
    entry(fields[0]).flags |= addressee ? kLexHumanVerb | kLexAddressee : static_cast<uint32_t>(kLexHumanVerb);
  });
  fill(quarry_data::actors::name_particles_txt(), kLexParticle);
  fill(quarry_data::actors::clause_words_txt(), kLexClause);
  fill(quarry_data::actors::clause_openers_txt(), kLexConjunction);
  fill(quarry_data::actors::calendar_words_txt(), kLexCalendar);
  fill(quarry_data::actors::plural_possessives_txt(), kLexPluralOwner);
  fill(quarry_data::actors::not_title_modifiers_txt(), kLexNotModifier);
  for_each_line(quarry_data::actors::org_heads_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    const bool generic = fields.count() >= 2 && fields[1] == "generic";
    entry(fields[0]).flags |= generic ? kLexOrgHead | kLexOrgGeneric : static_cast<uint32_t>(kLexOrgHead);
  });
  for_each_line(quarry_data::actors::verb_forms_txt(), [&](std::string_view line) {
    const Fields<4> fields(line, '|');
    const bool aux = fields.count() >= 2 && fields[1] == "aux";
    entry(fields[0]).flags |= aux ? kLexAuxiliary : kLexVerbForm;
  });
  mark_inflections();
  compute_reach();
  // The first step into the phrase trie and what it may lead to, so a token needs one lookup for all.
  for (const std::string& first : trie_.root_words()) {
    WordInfo& info = entry(first);
    info.root = trie_.child(PhraseTrie::kRoot, first);
    info.flags |= reach(info.root);
  }
  short_words_.reserve(storage_.size());
  for (const std::string& word : storage_) {
    if (is_short(word)) short_words_[pack_folded_word(word)] = *words_.find(word);
  }
  for_each_line(quarry_data::actors::section_labels_txt(), [&](std::string_view line) {
    section_labels_.emplace_back(line);
    label_initials_[static_cast<unsigned char>(line.front())] = true;
  });
}

void Lexicon::compute_reach() {
  reach_.assign(trie_.node_count(), 0);
  for (uint32_t node = 0; node < trie_.node_count(); ++node) {
    const PhraseInfo* p = info(node);
    if (p == nullptr) continue;
    uint32_t kinds = 0;
    if (p->country >= 0) kinds |= kPhraseCountry;
    if (p->demonym >= 0) kinds |= kPhraseDemonym;
    if (p->capital >= 0) kinds |= kPhraseCapital;
    if (p->title >= 0) kinds |= kPhraseTitle;
    if (p->title >= 0 && (title(p->title).kinds & kTitleHead)) kinds |= kPhraseHeadTitle;
    if (p->known_org >= 0) kinds |= kPhraseKnownOrg;
    if (p->known_person >= 0) kinds |= kPhraseKnownPerson;
    if (p->descriptor >= 0) kinds |= kPhraseDescriptor;
    if (p->org_type) kinds |= kPhraseOrgType;
    if (p->non_actor) kinds |= kPhraseNonActor;
    if (p->credit) kinds |= kPhraseCredit;
    // Up to the root; a node that has every bit already has ancestors that have them too.
    for (uint32_t at = node; at != PhraseTrie::kNone && (reach_[at] & kinds) != kinds; at = parent_[at]) {
      reach_[at] |= kinds;
    }
  }
}

void Lexicon::mark_inflections() {
  // The word list has no parts of speech, but it holds the inflections. Adverbs: a word plus "-ly". Verbs: a word
  // ending in -s or -ed is a verb form when its stem is a word that also has a past form ("mourns": mourn, mourned) or,
  // for -ed, a present one ("attended": attend, attends). Plural nouns whose singular is no verb ("residents") stay
  // out; nouns that are verbs as well ("attacks") count, and the scanner reads what follows to tell them apart.
  const auto english = [&](std::string_view w) {
    const WordInfo* info = words_.find(w);
    return info != nullptr && (info->flags & kLexEnglish) != 0;
  };
  std::string probe;
  const auto english_with = [&](std::string_view stem, std::string_view ending) {
    probe.assign(stem);
    probe += ending;
    return english(probe);
  };
  const auto has_past = [&](std::string_view stem) {
    if (english_with(stem, "ed") || english_with(stem, "d")) return true;
    if (stem.ends_with('y') && english_with(stem.substr(0, stem.size() - 1), "ied")) return true;
    return english_with(stem, std::string(1, stem.back()) + "ed");  // "slam" -> "slammed"
  };
  const auto has_present = [&](std::string_view stem) {
    if (english_with(stem, "s") || english_with(stem, "es") || english_with(stem, "ing")) return true;
    return stem.ends_with('y') && english_with(stem.substr(0, stem.size() - 1), "ies");
  };
  std::vector<std::string_view> forms;
  std::vector<std::string_view> adverbs;
  for (const std::string& word : storage_) {
    if (word.size() < 4 || !english(word)) continue;
    const std::string_view w = word;
    // "-ly" on a word: "reportedly", "publicly", "happily" (happy); not "rally", "family", "Italy".
    if (w.size() >= 5 && w.ends_with("ly")) {
      const std::string_view stem = w.substr(0, w.size() - 2);
      if (english(stem) || (stem.ends_with('i') && english_with(stem.substr(0, stem.size() - 1), "y"))) {
        adverbs.push_back(w);
      }
    }
    bool verb = false;
    if (w.ends_with("ed") && w.size() >= 5) {
      const std::string_view bare = w.substr(0, w.size() - 2);    // "attend"
      const std::string_view e_stem = w.substr(0, w.size() - 1);  // "praise"
      verb = (english(bare) && has_present(bare)) || (english(e_stem) && has_present(e_stem));
      if (!verb && bare.size() >= 3 && bare.back() == bare[bare.size() - 2]) {
        const std::string_view undoubled = bare.substr(0, bare.size() - 1);  // "slamm" -> "slam"
        verb = english(undoubled) && has_present(undoubled);
      }
      if (!verb && w.ends_with("ied")) {
        probe.assign(w.substr(0, w.size() - 3));
        probe += 'y';  // "rallied" -> "rally"
        const std::string stem = probe;
        verb = english(stem) && has_present(stem);
      }
    } else if (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) {
      const std::string_view stem = w.substr(0, w.size() - 1);  // "mourn"
      verb = english(stem) && has_past(stem);
      if (!verb && w.ends_with("es")) {
        const std::string_view es_stem = w.substr(0, w.size() - 2);  // "watch"
        verb = english(es_stem) && has_past(es_stem);
      }
      if (!verb && w.ends_with("ies")) {
        probe.assign(w.substr(0, w.size() - 3));
        probe += 'y';  // "rallies" -> "rally"
        const std::string ies_stem = probe;
        verb = english(ies_stem) && has_past(ies_stem);
      }
    }
    if (verb) forms.push_back(w);
  }
  for (std::string_view w : forms) words_[w].flags |= kLexVerbForm;
  for (std::string_view w : adverbs) words_[w].flags |= kLexAdverb;
}

}  // namespace quarry::actors
