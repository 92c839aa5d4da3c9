// Tense cues of single words in their immediate context: "said" and any -ed verb look back, "will", "plans to",
// "is to", "takes effect", a modal before a bare verb look ahead. tense.cpp weighs the cues around a date.
#ifndef QUARRY_DATES_TENSE_CUES_HPP
#define QUARRY_DATES_TENSE_CUES_HPP

#include <cstddef>
#include <span>
#include <string_view>

#include "lexicon.hpp"
#include "pieces.hpp"

namespace quarry::dates {

// The tense piece i of a sentence points to, or Unknown when it is no cue.
Tense cue_of(std::span<const Piece> s, size_t i);

// "when", "before", "once", "until", "till", "after": a conjunction that opens a clause of time, whose present
// ("when it reports in March") tells of what is still ahead.
bool opens_time_clause(const Piece& p);

// "could", "would", "must", ... (a capitalized "May" is the month: "marched on May Day", "in May")
bool is_modal(const Piece& p);

// "will", "shall", "'ll" (either apostrophe): the future's own auxiliary.
bool is_will(const Piece& p);

// A semicolon, colon or dash between clauses (not the colon of a clock time, "8:30").
bool is_clause_break(std::span<const Piece> s, size_t i);

// Whether the "earlier" at i compares each time ("going to bed earlier each night", "earlier every day"): sooner
// on every such occasion, no time gone by.
bool earlier_each_time(std::span<const Piece> s, size_t i);

// Whether the plan verb at i (in -ed, after "was" or "were") is followed in its sentence by "but" and a verb that
// moves a date: "was planned for January but was delayed", "were first scheduled for April, but postponed". Such
// a plan fell through, and its date has gone by.
bool plan_fell_through(std::span<const Piece> s, size_t i);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_TENSE_CUES_HPP
