// What a number counts or measures, read from the words after it (SEEDS-NOTES §4.5): a currency ("5 million
// dollars" -> USD), a percentage, a unit of measure as written ("240mm" -> mm), a time unit (then it is a
// duration, not a figure), or the counted noun of the noun phrase that follows with only modifiers in between
// ("300 North Korean soldiers" -> soldiers, "3,000 North Koreans" -> North Koreans, "4,000 of those troops").
#ifndef QUARRY_FIGURES_UNIT_READER_HPP
#define QUARRY_FIGURES_UNIT_READER_HPP

#include <cstddef>
#include <string_view>

#include "lexicon.hpp"
#include "number_reader.hpp"
#include "token_text.hpp"

namespace quarry::figures {

enum class UnitKind {
  kNone,
  kCurrency,  // ISO code
  kPercent,
  kMeasure,   // as written: "mm", "square metres", "cents"
  kTimeUnit,  // "four months": a duration
  kCounted,   // the counted noun
  kElided,    // the noun is elided ("2,700 were injured", "some 2,700 others"): the antecedent's noun
};

struct UnitMatch {
  UnitKind kind = UnitKind::kNone;
  std::string_view unit;  // the unit text (a view of the document or of the lexicon)
  size_t last = 0;        // the last token that belongs to the figure's span
  bool extends_span = false;
  int scale = 0;  // a power of ten that goes with a currency: "75 USD million", "30 MUSD"
  bool counted_unit() const { return kind == UnitKind::kCounted; }
};

class UnitReader {
 public:
  UnitReader(const TokenText& tokens, const Lexicon& lexicon) : tokens_(tokens), lexicon_(lexicon) {}

  // The unit of a number `q` whose span so far ends at token `span_last` (after its scale and any qualifier
  // such as "or more"); `singular` when the number is one (so "one soldier" counts).
  UnitMatch read(const Quantity& q, size_t span_last, bool singular) const;

  // The unit glued to the number: "240mm", "six-mile", "115USD", "28-year-old" (a time unit).
  UnitMatch read_glued(const GluedWord& glued) const;

  // The counted noun of the noun phrase starting at token `begin`.
  UnitMatch counted_noun(size_t begin, bool singular) const;

 private:
  UnitMatch partitive(size_t of_token) const;
  bool looks_plural(size_t i, const WordInfo* info) const;
  // A one-letter measure written in its own case ("5g", not "5G").
  bool letter_case_fits(const PhraseMatch& m) const;
  UnitMatch head_noun(size_t head, size_t run_first) const;

  const TokenText& tokens_;
  const Lexicon& lexicon_;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_UNIT_READER_HPP
