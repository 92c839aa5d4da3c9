// Every word list of the figures plugin (data/*.txt, embedded at build time), parsed once per process into
// one hash map of single words with their roles and a few phrase tables. Read-only after construction, so
// one instance serves all threads.
#ifndef QUARRY_FIGURES_LEXICON_HPP
#define QUARRY_FIGURES_LEXICON_HPP

#include <array>
#include <bitset>
#include <cstdint>
#include <quarry/word_table.hpp>
#include <string_view>

#include "figure.hpp"
#include "phrase_table.hpp"

namespace quarry::figures {

// What a single word can be; a word may have several roles ("second": stop word and time unit).
namespace role {
inline constexpr uint32_t kNumber = 1u << 0;        // number_words.txt: "six", "hundred"
inline constexpr uint32_t kScale = 1u << 1;         // scales.txt: "million", "lakh", "bn"
inline constexpr uint32_t kFraction = 1u << 2;      // fractions.txt: "thirds", "half"
inline constexpr uint32_t kMultiplier = 1u << 3;    // multipliers.txt: "dozen"
inline constexpr uint32_t kMonth = 1u << 4;         // calendar.txt
inline constexpr uint32_t kMonthCapital = 1u << 5;  // a month only when capitalised ("May")
inline constexpr uint32_t kWeekday = 1u << 6;
inline constexpr uint32_t kTimeUnit = 1u << 7;         // time_units.txt: a duration follows
inline constexpr uint32_t kClock = 1u << 8;            // clock_words.txt: "pm", "IST"
inline constexpr uint32_t kStop = 1u << 9;             // noun_phrase_stops.txt
inline constexpr uint32_t kPlural = 1u << 10;          // plural_nouns.txt
inline constexpr uint32_t kElidedHead = 1u << 11;      // elided_heads.txt: "others"
inline constexpr uint32_t kElisionCue = 1u << 12;      // elision_cues.txt: "were"
inline constexpr uint32_t kPartitive = 1u << 13;       // partitive_determiners.txt
inline constexpr uint32_t kLabel = 1u << 14;           // label_nouns.txt: "Article", "Flight"
inline constexpr uint32_t kMoneyNoun = 1u << 15;       // money_subunits.txt: "cents", "pence"
inline constexpr uint32_t kYearCue = 1u << 16;         // year_cues.txt: "in", "since"
inline constexpr uint32_t kHalfDeterminer = 1u << 17;  // half_determiners.txt: "the", "second"
inline constexpr uint32_t kCountCue = 1u << 18;        // count_cues.txt: "nearly" (2000 people)
inline constexpr uint32_t kPeriodOpener = 1u << 19;    // period_openers.txt: "past" (two quarters)
}  // namespace role

enum class ScaleAttach : uint8_t {
  kWord,      // a separate word: "3 lakh"
  kSuffix,    // glued to digits only: "10k"
  kBoth,      // either: "2bn", "2 bn"
  kMoney,     // glued, with a currency or before a counted noun: "$5m", "10m people"
  kCurrency,  // glued, with a currency only: "US$ 1MM"
};

struct WordInfo {
  uint32_t roles = 0;
  int number = -1;  // role::kNumber: 0..90, or 100 for "hundred"
  int scale = 0;    // role::kScale: power of ten
  ScaleAttach attach = ScaleAttach::kWord;
  int64_t denominator = 0;     // role::kFraction
  bool compound_only = false;  // role::kFraction: only after a tens word ("twenty-first")
  int multiplier = 0;          // role::kMultiplier
  bool has(uint32_t r) const { return (roles & r) != 0; }
};

// Tags of the phrase tables.
namespace tag {
inline constexpr uint32_t kPrefix = 1u << 0;  // currencies: before the number
inline constexpr uint32_t kSuffix = 1u << 1;  // currencies: after the number
inline constexpr uint32_t kSpaced = 1u << 0;  // measures: may stand apart from the number
inline constexpr uint32_t kGlued = 1u << 1;   // measures: may be written against it
}  // namespace tag

class Lexicon {
 public:
  static const Lexicon& instance();

  // The roles of a lower-case word, or nullptr when it has none.
  const WordInfo* find(std::string_view lower_word) const { return words_.find(lower_word); }
  bool has(std::string_view lower_word, uint32_t roles) const {
    const WordInfo* info = find(lower_word);
    return info != nullptr && info->has(roles);
  }

  // A fast pre-test for NumberReader::may_start: false when `word` (the part before any hyphen) cannot be a
  // number word, "half", "quarter", "a" or "an". Keyed by first letter, last letter and length; no hashing.
  bool may_be_number_word(std::string_view word) const {
    const int key = starter_key(word);
    return key >= 0 && starters_[static_cast<size_t>(key)];
  }

  // Tag = Qualifier value.
  const PhraseTable& qualifiers_before() const { return qualifiers_before_; }
  const PhraseTable& qualifiers_after() const { return qualifiers_after_; }
  // Payload = ISO code; tag = kPrefix/kSuffix.
  const PhraseTable& currencies() const { return currencies_; }
  // "MUSD", "kEUR": a currency code with a scale letter before it (M million, k thousand), the finance
  // shorthand; the code's phrase and sets `scale`, or nullptr.
  const Phrase* scaled_currency_code(std::string_view word, int* scale) const;
  // Payload = unit name ("percent", "percentage points").
  const PhraseTable& percents() const { return percents_; }
  // Tag = kSpaced/kGlued; the unit is the text as written.
  const PhraseTable& measures() const { return measures_; }
  // A one-letter unit is a unit only in the case measures.txt writes it: "5g" grams but "5G" a network, "5m"
  // metres but "10M" millions, "5V" volts.
  bool one_letter_unit(char letter) const { return one_letter_units_[static_cast<unsigned char>(letter)]; }
  // How many of the smaller unit make one of the larger, for "5 feet 2 inches" (both lower-case); 0 when the
  // two do not go together.
  int compound_measure(std::string_view larger, std::string_view smaller) const {
    if (larger.size() + smaller.size() + 1 > kMaxCompoundKey) return 0;
    std::array<char, kMaxCompoundKey> key{};
    larger.copy(key.data(), larger.size());
    key[larger.size()] = '|';
    smaller.copy(key.data() + larger.size() + 1, smaller.size());
    const int* parts = compound_measures_.find(std::string_view(key.data(), larger.size() + smaller.size() + 1));
    return parts == nullptr ? 0 : *parts;
  }

 private:
  Lexicon();
  WordInfo& word(std::string_view text);
  static int starter_key(std::string_view word) {
    if (word.empty() || word.size() > 15) return -1;
    const auto letter = [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' : -1; };
    const int first = letter(word.front()), last = letter(word.back());
    if (first < 0 || last < 0) return -1;
    return (first * 26 + last) * 16 + static_cast<int>(word.size());
  }
  std::bitset<26 * 26 * 16> starters_;
  static constexpr size_t kMaxCompoundKey = 48;
  WordTable<int> compound_measures_;  // "feet|inches" -> 12
  std::bitset<256> one_letter_units_;

  WordTable<WordInfo> words_;
  PhraseTable qualifiers_before_;
  PhraseTable qualifiers_after_;
  PhraseTable currencies_;
  PhraseTable percents_;
  PhraseTable measures_;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_LEXICON_HPP
