#include "lexicon.hpp"

#include <charconv>
#include <quarry/text_case.hpp>
#include <quarry/word_list.hpp>
#include <string>

#include "quarry_data/figures.hpp"

namespace quarry::figures {
namespace {

int64_t to_int(std::string_view s) {
  int64_t value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

ScaleAttach attach_from_name(std::string_view name) {
  if (name == "suffix") return ScaleAttach::kSuffix;
  if (name == "both") return ScaleAttach::kBoth;
  if (name == "money") return ScaleAttach::kMoney;
  if (name == "currency") return ScaleAttach::kCurrency;
  return ScaleAttach::kWord;
}

}  // namespace

std::string_view qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kLessThan:
      return "less_than";
    case Qualifier::kRange:
      return "range";
  }
  return "exact";
}

std::optional<Qualifier> qualifier_from_name(std::string_view name) {
  for (const Qualifier q : {Qualifier::kExact, Qualifier::kApprox, Qualifier::kAtLeast, Qualifier::kMoreThan,
                            Qualifier::kAtMost, Qualifier::kLessThan, Qualifier::kRange}) {
    if (qualifier_name(q) == name) return q;
  }
  return std::nullopt;
}

const Phrase* Lexicon::scaled_currency_code(std::string_view word, int* scale) const {
  if (word.size() != 4 || (word[0] != 'M' && word[0] != 'k' && word[0] != 'K')) return nullptr;
  for (size_t k = 1; k < word.size(); ++k) {
    if (word[k] < 'A' || word[k] > 'Z') return nullptr;  // "MUSD", not "Mark"
  }
  const Phrase* code = currencies_.find_word(LowerWord(word.substr(1)));
  if (code == nullptr) return nullptr;
  *scale = word[0] == 'M' ? 6 : 3;
  return code;
}

const Lexicon& Lexicon::instance() {
  static const Lexicon lexicon;
  return lexicon;
}

WordInfo& Lexicon::word(std::string_view text) { return words_[ascii_lower(text)]; }

Lexicon::Lexicon() {
  namespace data = quarry_data::figures;
  for_each_entry(data::number_words_txt(), [&](const Fields<4>& e) {
    WordInfo& info = word(e[0]);
    info.roles |= role::kNumber;
    info.number = static_cast<int>(to_int(e[1]));
    if (const int key = starter_key(e[0]); key >= 0) starters_.set(static_cast<size_t>(key));
  });
  for (const std::string_view starter :
       {std::string_view("half"), std::string_view("quarter"), std::string_view("a"), std::string_view("an")}) {
    starters_.set(static_cast<size_t>(starter_key(starter)));
  }
  for_each_entry(data::scales_txt(), [&](const Fields<4>& e) {
    WordInfo& info = word(e[0]);
    info.roles |= role::kScale;
    info.scale = static_cast<int>(to_int(e[1]));
    info.attach = attach_from_name(e[2]);
  });
  for_each_entry(data::fractions_txt(), [&](const Fields<4>& e) {
    WordInfo& info = word(e[0]);
    info.roles |= role::kFraction;
    info.denominator = to_int(e[1]);
    info.compound_only = e[2] == "compound";
  });
  for_each_entry(data::multipliers_txt(), [&](const Fields<4>& e) {
    WordInfo& info = word(e[0]);
    info.roles |= role::kMultiplier;
    info.multiplier = static_cast<int>(to_int(e[1]));
  });
  for_each_entry(data::calendar_txt(), [&](const Fields<4>& e) {
    WordInfo& info = word(e[1]);
    if (e[0] == "month") info.roles |= role::kMonth;
    if (e[0] == "month-capital") info.roles |= role::kMonth | role::kMonthCapital;
    if (e[0] == "weekday") info.roles |= role::kWeekday;
  });
  const auto add_role = [&](std::string_view file, uint32_t r) {
    for_each_entry(file, [&](const Fields<4>& e) { word(e[0]).roles |= r; });
  };
  add_role(data::time_units_txt(), role::kTimeUnit);
  add_role(data::clock_words_txt(), role::kClock);
  add_role(data::noun_phrase_stops_txt(), role::kStop);
  add_role(data::plural_nouns_txt(), role::kPlural);
  add_role(data::elided_heads_txt(), role::kElidedHead);
  add_role(data::elision_cues_txt(), role::kElisionCue);
  add_role(data::partitive_determiners_txt(), role::kPartitive);
  add_role(data::label_nouns_txt(), role::kLabel);
  add_role(data::money_subunits_txt(), role::kMoneyNoun);
  add_role(data::year_cues_txt(), role::kYearCue);
  add_role(data::half_determiners_txt(), role::kHalfDeterminer);
  add_role(data::count_cues_txt(), role::kCountCue);
  add_role(data::period_openers_txt(), role::kPeriodOpener);

  const auto add_qualifiers = [](std::string_view file, PhraseTable& table) {
    for_each_entry(file, [&](const Fields<4>& e) {
      if (const auto q = qualifier_from_name(e[1])) table.add(e[0], std::string(e[1]), static_cast<uint32_t>(*q));
    });
  };
  add_qualifiers(data::qualifiers_before_txt(), qualifiers_before_);
  add_qualifiers(data::qualifiers_after_txt(), qualifiers_after_);
  for_each_entry(data::currencies_txt(), [&](const Fields<4>& e) {
    const uint32_t position = e[2] == "prefix"   ? tag::kPrefix
                              : e[2] == "suffix" ? tag::kSuffix
                                                 : tag::kPrefix | tag::kSuffix;
    currencies_.add(e[0], std::string(e[1]), position);
  });
  for_each_entry(data::percent_txt(), [&](const Fields<4>& e) { percents_.add(e[0], std::string(e[1]), 1); });
  for_each_entry(data::compound_measures_txt(), [&](const Fields<4>& e) {
    compound_measures_[ascii_lower(e[0]) + "|" + ascii_lower(e[1])] = static_cast<int>(to_int(e[2]));
  });
  for_each_entry(data::measures_txt(), [&](const Fields<4>& e) {
    if (e[0].size() == 1) one_letter_units_.set(static_cast<unsigned char>(e[0][0]));
    measures_.add(e[0], std::string(e[0]), e[1] == "glued" ? tag::kGlued : tag::kGlued | tag::kSpaced);
  });
}

}  // namespace quarry::figures
