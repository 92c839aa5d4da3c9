// Tense of the clause around a temporal expression, from the sentence's words alone: "will", "'ll",
// "is expected to", "plans" make it future; "said", "was", any -ed verb make it past. Used to pick the
// nearest Monday or June before or after the reference date ("met on Monday" vs "will meet on Monday").
#ifndef QUARRY_DATES_TENSE_HPP
#define QUARRY_DATES_TENSE_HPP

#include <cstddef>
#include <span>

#include "lexicon.hpp"
#include "pieces.hpp"

namespace quarry::dates {

// The tense that governs pieces [first, end) of `sentence`: the nearest tense cue, looking first to the
// left within the clause, then to the right. Unknown when the sentence has none.
Tense tense_around(std::span<const Piece> sentence, size_t first, size_t end);

// Whether the sentence is a short heading that turns to what is to come ("What's next", "What happens next?",
// "Looking ahead", "THE CALENDAR", "What comes in 2025").
bool heads_what_is_next(std::span<const Piece> sentence);

// Whether the sentence ends by introducing a list of what happened ("Key events:", "Selected cases from the
// quarter:", "Here is how it unfolded:"): the entries after it are told of the past.
bool introduces_past_events(std::span<const Piece> sentence);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_TENSE_HPP
