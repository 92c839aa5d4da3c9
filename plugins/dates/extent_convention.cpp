#include "extent_convention.hpp"

namespace quarry::dates {
namespace {

// "earlier"/"later" before one day or this week: "Earlier [Friday]", "earlier [this week]", "later [today]"
// (TE3 training gold: 1 of 9 such spans keeps the adverb). Before a month or a year it stays in ("earlier
// this month", "later this year": 10 of 14), as it does before "yesterday" (2 of 2) and "that day".
bool is_day_or_week_after_shift_adverb(std::span<const Piece> pieces, const Mention& m) {
  const size_t next = m.first + 1;
  if (next >= m.end) return false;
  const Piece& p = pieces[next];
  if (p.info && p.info->weekday != 0 && !p.info->weekday_plural && p.upper_initial) return true;
  if (p.lower == "today") return true;
  return p.lower == "this" && next + 1 < m.end && pieces[next + 1].lower == "week";
}

}  // namespace

void apply_extent_convention(std::span<const Piece> pieces, Mention& mention) {
  if (mention.end - mention.first < 2) return;
  const Piece& first = pieces[mention.first];
  if (!first.info) return;
  const Modifier m = first.info->modifier;
  if ((m == Modifier::Earlier || m == Modifier::Later) && is_day_or_week_after_shift_adverb(pieces, mention)) {
    ++mention.first;
    return;
  }
  // "about [five hours]", "about [10:35 a.m.]": the approximation stays outside a length or a clock time (TE3
  // training gold: 5 of 6); "about two years ago" keeps it (a date, and the gold keeps every qualifier before
  // "ago"). "nearly", "almost", "around", "more than", "at least" mostly stay in, and are kept.
  if (first.lower == "about" &&
      (mention.expression.type == TimexType::Duration || mention.expression.type == TimexType::Time)) {
    ++mention.first;
  }
}

}  // namespace quarry::dates
