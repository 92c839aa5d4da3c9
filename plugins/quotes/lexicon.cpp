#include "lexicon.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "quarry_data/quotes.hpp"

namespace quarry::quotes {
namespace {

// Splits embedded data into lines of whitespace-separated fields, skipping blank lines and # comments.
template <typename OnFields>
void for_each_record(std::string_view data, OnFields on_fields) {
  std::vector<std::string_view> fields;
  while (!data.empty()) {
    const size_t eol = data.find('\n');
    std::string_view line = data.substr(0, eol);
    data = eol == std::string_view::npos ? std::string_view{} : data.substr(eol + 1);
    fields.clear();
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
      if (i >= line.size() || line[i] == '#') break;
      const size_t start = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
      fields.push_back(line.substr(start, i - start));
    }
    if (!fields.empty()) on_fields(std::span<const std::string_view>(fields));
  }
}

uint32_t class_named(std::string_view name) {
  static constexpr std::pair<std::string_view, WordClass> kNames[] = {
      {"determiner", WordClass::kDeterminer},
      {"relative", WordClass::kRelative},
      {"preposition", WordClass::kPreposition},
      {"conjunction", WordClass::kConjunction},
      {"finite", WordClass::kFinite},
      {"negation", WordClass::kNegation},
      {"adverb", WordClass::kAdverb},
      {"time", WordClass::kTime},
      {"title", WordClass::kTitle},
      {"complementizer", WordClass::kComplementizer},
      {"channel", WordClass::kChannel},
      {"interrogative", WordClass::kInterrogative},
      {"past", WordClass::kPast},
      {"quantifier", WordClass::kQuantifier},
  };
  for (const auto& [n, c] : kNames) {
    if (n == name) return bit(c);
  }
  throw std::runtime_error("quotes: unknown word class '" + std::string(name) + "' in function_words.txt");
}

// The CueVerb member a feature name of cue_verbs.txt sets, or nullptr for an unknown name.
bool* feature_flag(CueVerb& verb, std::string_view name) {
  if (name == "clause") return &verb.clause;
  if (name == "invert") return &verb.invert;
  if (name == "object") return &verb.object;
  if (name == "naming") return &verb.naming;
  if (name == "participle") return &verb.participle;
  if (name == "question") return &verb.question;
  if (name == "channel") return &verb.channel;
  if (name == "bare") return &verb.bare;
  return nullptr;
}

PronounReferent referent_named(std::string_view name) {
  if (name == "person") return PronounReferent::kPerson;
  if (name == "male") return PronounReferent::kMale;
  if (name == "female") return PronounReferent::kFemale;
  if (name == "organization") return PronounReferent::kOrganization;
  if (name == "group") return PronounReferent::kGroup;
  throw std::runtime_error("quotes: unknown pronoun referent '" + std::string(name) + "' in pronouns.txt");
}

}  // namespace

std::string_view fold_word(std::string_view word, std::span<char> buffer) {
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (n >= buffer.size()) return {};
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      buffer[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
               static_cast<unsigned char>(word[i + 2]) == 0x99) {
      buffer[n++] = '\'';  // U+2019 right single quotation mark used as an apostrophe
      i += 2;
    } else {
      return {};
    }
  }
  return {buffer.data(), n};
}

const Lexicon& Lexicon::instance() {
  static const Lexicon lexicon;
  return lexicon;
}

namespace {
uint64_t fnv1a(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}
}  // namespace

void WordTable::build(const std::vector<std::pair<std::string, WordEntry>>& words) {
  size_t capacity = 16;
  while (capacity < 2 * words.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  for (const auto& [word, entry] : words) {
    const uint64_t h = fnv1a(word);
    size_t i = h & (capacity - 1);
    while (slots_[i].used) i = (i + 1) & (capacity - 1);
    slots_[i] = Slot{h, static_cast<uint32_t>(chars_.size()), static_cast<uint16_t>(word.size()), 1,
                     static_cast<uint32_t>(entries_.size())};
    chars_ += word;
    entries_.push_back(entry);
    max_length_ = std::max(max_length_, word.size());
  }
}

const WordEntry* WordTable::find(std::string_view word) const {
  if (word.size() > max_length_ || slots_.empty()) return nullptr;
  const uint64_t h = fnv1a(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (!slot.used) return nullptr;
    if (slot.hash == h && slot.length == word.size() &&
        std::string_view(chars_).substr(slot.offset, slot.length) == word) {
      return &entries_[slot.entry];
    }
  }
}

Lexicon::Lexicon() {
  std::unordered_map<std::string, WordEntry> words_;  // while parsing; then flattened
  for_each_record(quarry_data::quotes::function_words_txt(), [&](std::span<const std::string_view> f) {
    uint32_t& classes = words_[std::string(f[0])].classes;
    for (size_t i = 1; i < f.size(); ++i) classes |= class_named(f[i]);
  });
  for_each_record(quarry_data::quotes::pronouns_txt(), [&](std::span<const std::string_view> f) {
    if (f.size() != 2) throw std::runtime_error("quotes: pronouns.txt wants 'pronoun referent' lines");
    words_[std::string(f[0])].pronoun = referent_named(f[1]);
  });
  for_each_record(quarry_data::quotes::cue_verbs_txt(), [&](std::span<const std::string_view> f) {
    if (f.size() < 2) throw std::runtime_error("quotes: cue_verbs.txt wants 'form lemma features...' lines");
    CueVerb verb;
    verb.form = std::string(f[0]);
    verb.lemma = std::string(f[1]);
    for (size_t i = 2; i < f.size(); ++i) {
      bool* flag = feature_flag(verb, f[i]);
      if (flag == nullptr) throw std::runtime_error("quotes: unknown cue feature '" + std::string(f[i]) + "'");
      *flag = true;
    }
    WordEntry& entry = words_[verb.form];
    if (entry.cue_verb >= 0) return;  // the first entry of a form wins
    entry.cue_verb = static_cast<int32_t>(verbs_.size());
    verbs_.push_back(std::move(verb));
  });
  for_each_record(quarry_data::quotes::cue_phrases_txt(), [&](std::span<const std::string_view> f) {
    if (f.size() < 3) throw std::runtime_error("quotes: cue_phrases.txt wants 'role word word...' lines");
    CuePhrase phrase;
    if (f[0] == "source-after")
      phrase.role = PhraseRole::kSourceAfter;
    else if (f[0] == "passive")
      phrase.role = PhraseRole::kPassive;
    else if (f[0] == "verb")
      phrase.role = PhraseRole::kVerb;
    else if (f[0] == "naming")
      phrase.role = PhraseRole::kNaming;
    else
      throw std::runtime_error("quotes: unknown cue phrase role '" + std::string(f[0]) + "'");
    for (size_t i = 1; i < f.size(); ++i) phrase.words.emplace_back(f[i]);
    words_[phrase.words.front()].phrases.push_back(static_cast<uint16_t>(phrases_.size()));
    phrases_.push_back(std::move(phrase));
  });
  std::vector<std::pair<std::string, WordEntry>> flat(words_.begin(), words_.end());
  std::sort(flat.begin(), flat.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  table_.build(flat);
}

const WordEntry* Lexicon::lookup(std::string_view folded) const { return table_.find(folded); }

uint32_t Lexicon::classes(std::string_view folded) const {
  const WordEntry* e = lookup(folded);
  return e ? e->classes : 0;
}

PronounReferent Lexicon::pronoun(std::string_view folded) const {
  const WordEntry* e = lookup(folded);
  return e ? e->pronoun : PronounReferent::kNone;
}

int Lexicon::cue_verb(std::string_view folded) const {
  const WordEntry* e = lookup(folded);
  return e ? e->cue_verb : -1;
}

std::span<const uint16_t> Lexicon::phrases_starting_with(std::string_view folded) const {
  const WordEntry* e = lookup(folded);
  if (e == nullptr) return {};
  return e->phrases;
}

}  // namespace quarry::quotes
