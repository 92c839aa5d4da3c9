// Numbers that are not figures (SCHEMA.md, SEEDS-NOTES §4.2): parts of dates and times (years, days of the
// month, clock times), durations, ordinals, decades, and numbers inside names and identifiers (page furniture,
// phone numbers, "Article 370", "Boeing 737", "Group of Seven"). The plugin recognises these itself with a few
// light rules rather than depending on the dates plugin.
#ifndef QUARRY_FIGURES_DATE_GUARD_HPP
#define QUARRY_FIGURES_DATE_GUARD_HPP

#include <cstddef>

#include "lexicon.hpp"
#include "number_reader.hpp"
#include "token_text.hpp"
#include "unit_reader.hpp"

namespace quarry::figures {

enum class NotAFigure {
  kNone,
  kYear,
  kDayOfMonth,
  kClockTime,
  kDuration,
  kOrdinal,
  kDecade,
  kIdentifier,  // a number in a name, label, phone number, date written with separators
  kCompound,    // a number inside a compound modifier ("one-time", "two-door", "11a")
  kVague,       // "one" as a pronoun, "half" with nothing to count
};

// What the scanner knows about a candidate figure when it asks.
struct Candidate {
  const Quantity* low = nullptr;   // the number, or the first end of a range
  const Quantity* high = nullptr;  // the second end of a range, or nullptr
  UnitMatch unit;                  // what follows (kNone when nothing)
  bool currency = false;           // a currency symbol or code before it
  bool qualifier = false;          // a qualifier word before or after it
};

struct Verdict {
  NotAFigure why = NotAFigure::kNone;
  size_t skip_to = 0;  // the last token the non-figure covers ("1:38" covers "38")
};

class DateGuard {
 public:
  DateGuard(const TokenText& tokens, const Lexicon& lexicon) : tokens_(tokens), lexicon_(lexicon) {}

  Verdict check(const Candidate& c) const;

 private:
  bool is_month(size_t i) const;
  bool month_before(size_t i) const;
  bool month_after(size_t i) const;
  // The last token of a chain of numbers joined by "-", "/", ".", ":" without spaces, starting at `number`,
  // and how many numbers it holds ("2025-02-27": 3).
  size_t chain_end(size_t number, int* count) const;
  size_t chain_start(size_t number, int* count) const;
  Verdict check_glued(const Quantity& q) const;
  Verdict check_plain_integer(const Candidate& c, const Quantity& q) const;
  Verdict check_name(const Candidate& c, const Quantity& q) const;

  const TokenText& tokens_;
  const Lexicon& lexicon_;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_DATE_GUARD_HPP
