#include "lexicon.hpp"

#include <quarry/text_case.hpp>
#include <quarry/word_list.hpp>
#include <stdexcept>
#include <unordered_map>

#include "quarry_data/quotes.hpp"

namespace quarry::quotes {
namespace {

// Calls on_fields with the blank-separated fields of each entry line of embedded data; a field starting with
// '#' starts a comment that runs to the end of the line.
template <typename OnFields>
void for_each_record(std::string_view data, OnFields on_fields) {
  std::vector<std::string_view> fields;
  for_each_line(data, [&](std::string_view line) {
    fields.clear();
    for (const std::string_view field : split_blanks(line)) {
      if (field.front() == '#') break;
      fields.push_back(field);
    }
    if (!fields.empty()) on_fields(std::span<const std::string_view>(fields));
  });
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
  if (name == "past") return &verb.past;
  return nullptr;
}

bool is_folded(std::string_view word) {
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80 || is_ascii_upper(c)) return false;
  }
  return true;
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
  // Nearly every word is plain ASCII that fits: lower-case it in one tight loop, and fall back to the byte
  // by byte fold below only from the first non-ASCII byte on.
  size_t i = 0;
  if (word.size() <= buffer.size()) {
    char* out = buffer.data();
    for (; i < word.size() && static_cast<unsigned char>(word[i]) < 0x80; ++i) out[i] = ascii_lower(word[i]);
    if (i == word.size()) return {out, i};
  }
  size_t n = i;
  for (; i < word.size(); ++i) {
    if (n >= buffer.size()) return {};
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      buffer[n++] = ascii_lower(word[i]);
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

Lexicon::Lexicon() {
  std::unordered_map<std::string, WordEntry> words_;  // while parsing; then put in the table
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
    const std::string_view form = f[0];
    const std::string_view lemma = f[1];
    CueVerb verb;
    for (size_t i = 2; i < f.size(); ++i) {
      bool* flag = feature_flag(verb, f[i]);
      if (flag == nullptr) throw std::runtime_error("quotes: unknown cue feature '" + std::string(f[i]) + "'");
      *flag = true;
    }
    verb.base_form = form == lemma && !verb.past;
    verb.s_form = form.ends_with("s");
    verb.ing_form = form.ends_with("ing");
    WordEntry& entry = words_[std::string(form)];
    if (entry.cue_verb >= 0) return;  // the first entry of a form wins
    entry.cue_verb = static_cast<int32_t>(verbs_.size());
    verbs_.push_back(verb);
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
    const std::span<const std::string_view> words = f.subspan(1);
    words_[std::string(words.front())].starts_phrase = true;
    const uint32_t node = phrase_trie_.insert(words);
    phrase_ending_at_.resize(phrase_trie_.node_count(), -1);
    if (phrase_ending_at_[node] < 0) phrase_ending_at_[node] = static_cast<int32_t>(phrases_.size());
    phrases_.push_back(phrase);
  });
  for (auto& [word, entry] : words_) {
    // Lookups fold the word they are given, so a listed word must be folded already to be found at all.
    const PackedWord key = pack_word(word);
    if (!key.valid() || !is_folded(word)) {
      throw std::runtime_error("quotes: lexicon word '" + word + "' is not lower-case ASCII of at most " +
                               std::to_string(kMaxPackedWord) + " bytes");
    }
    table_[key] = entry;
  }
}

uint32_t Lexicon::classes(std::string_view word) const {
  const WordEntry* e = lookup(word);
  return e ? e->classes : 0;
}

PronounReferent Lexicon::pronoun(std::string_view word) const {
  const WordEntry* e = lookup(word);
  return e ? e->pronoun : PronounReferent::kNone;
}

int Lexicon::cue_verb(std::string_view word) const {
  const WordEntry* e = lookup(word);
  return e ? e->cue_verb : -1;
}

}  // namespace quarry::quotes
