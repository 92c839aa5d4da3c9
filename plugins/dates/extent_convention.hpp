// Where TimeBank's annotators draw a TIMEX3's left edge when the grammar's reading starts with a word they
// usually leave out. The recognizer matches the longest reading (the modifier tells it what the expression
// means: "about" a length, "earlier" on a day); this step then moves the start past the words that the
// TempEval-3 training gold keeps outside the extent in most of its cases.
#ifndef QUARRY_DATES_EXTENT_CONVENTION_HPP
#define QUARRY_DATES_EXTENT_CONVENTION_HPP

#include <span>

#include "pieces.hpp"
#include "recognizer.hpp"

namespace quarry::dates {

// Moves `mention.first` past a leading word left outside the extent; the meaning stays as recognized.
void apply_extent_convention(std::span<const Piece> pieces, Mention& mention);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_EXTENT_CONVENTION_HPP
