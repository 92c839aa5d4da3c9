// Notes on an expression from the words around it, which the resolver reads: see context_notes.cpp.
#ifndef QUARRY_DATES_CONTEXT_NOTES_HPP
#define QUARRY_DATES_CONTEXT_NOTES_HPP

#include <cstddef>
#include <span>

#include "expression.hpp"
#include "pieces.hpp"

namespace quarry::dates {

// Sets the context flags of `e`, the expression matched over pieces [i, end): not_after_reference ("since
// Monday"), after_until, keeps_focus (a weekday after "said"), reported_month ("trade data for July"),
// contract_month ("Brent for May settlement"), closes_three_months ("the three months to December") and
// scheduled_vote ("the November election").
void note_context(std::span<const Piece> pieces, size_t i, size_t end, Expression& e);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_CONTEXT_NOTES_HPP
