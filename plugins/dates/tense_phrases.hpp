// Phrases around a date that tell which way it lies from the report: "ahead of", "moved to", "runs through",
// a headline's infinitive, a fixture, or "in the wake of" looking back. tense.cpp weighs them with the cues of
// tense_cues.cpp.
#ifndef QUARRY_DATES_TENSE_PHRASES_HPP
#define QUARRY_DATES_TENSE_PHRASES_HPP

#include <cstddef>
#include <span>

#include "pieces.hpp"

namespace quarry::dates {

// Whether the expression at `first` tells when a danger warned of will come: "warned of another round of severe
// storms across the Deep South Friday and Saturday", "a warning of heavy rain on Sunday".
bool warns_of(std::span<const Piece> s, size_t first);

// "ahead of Tuesday's primary", "heading into the weekend", "between now and March", "in the run-up to
// Sunday's vote", "the lead-up to Tuesday's primary": phrases that point at an event still to come. The phrase may
// stand a few words before the expression `first` starts ("ahead of New York's delegate-rich Tuesday primary"), within
// the clause.
// ("leading up to" is not one: news uses it as often for a past stretch, "in the months leading up to
// Monday's caucus".)
bool looks_forward_to(std::span<const Piece> s, size_t first);

// "All hearings were moved to Monday", "the vote was postponed to Friday", "pushed back to March", "rescheduled
// for Thursday": an event moved onto the date at `first`, which lies ahead of the report.
bool moved_to(std::span<const Piece> s, size_t first);

// "The start was pushed back from Sunday to Wednesday", "moved its show from 2pm Monday to 10am Tuesday": the
// weekday [first, end) an event was moved from, which had not come yet when it was moved.
bool moved_from_weekday(std::span<const Piece> s, size_t first, size_t end);

// Whether the expression at `first` is the date something was moved up or brought forward from ("moved the date up
// last week from late October", "brought forward from March"): a date still ahead when the move was made.
bool moved_up_from(std::span<const Piece> s, size_t first);

// "had cancelled Wednesday's call at Pier 31", "scrapped Saturday's parade": the weekday [first, end) of an event
// called off before it took place ("postponed Sunday's start" is as often done on the day, and is not one).
bool calls_off_weekday(std::span<const Piece> s, size_t first, size_t end);

// Whether the pieces before `k` end in a verb of telling: "said", "told", "announced", "told reporters" (the date at
// `k` is the day of the telling: "police said Saturday").
bool follows_telling(std::span<const Piece> s, size_t k);

// "will not know until Tuesday", "won't hear whether the flyby succeeded until 10:30 a.m. Tuesday": a future denied
// up to the date at `first`, which lies ahead whatever past verb a clause inside has.
bool denied_until(std::span<const Piece> s, size_t first);

// "The festival, founded in 2002, runs through Sunday", "talks could last until Friday", "will stay open
// until 8 p.m. Tuesday": something going on now, or under a modal, up to the date at `first`, which lies ahead
// whatever verb came before it.
bool runs_on_to(std::span<const Piece> s, size_t first);

// A headline (no final stop) whose clause holds a subject and "to" with a bare verb before the expression at
// `first`, and no tensed verb before them: the headline form of a plan ("Oxford vaccine rollout to begin on
// Monday", "Bailout exit: Ireland to leave programme on Sunday").
bool states_a_plan(std::span<const Piece> s, size_t first);

// Whether the sentence opens with a command ("Check back on Monday", "Remember to vote on Tuesday", "Please
// arrive by 9 a.m. Thursday", "Don't miss the final on Sunday"), which tells what to do in the days ahead.
bool opens_with_command(std::span<const Piece> s);

// Whether the expression ending at `end` is possessive ("Friday's vote", "Monday night's debate", "next year's
// show").
bool names_possessed_event(std::span<const Piece> s, size_t end);

// The piece after the possessive mark at `end`, when the "'s" is a piece of its own ("last year 's total"); else
// `end` itself (the mark was joined to the word before it): where the possessed noun starts.
size_t possessed_noun(std::span<const Piece> s, size_t end);

// Whether the expression [first, end) names a weekday ("Saturday", "noon Monday", "8 p.m. EDT Saturday").
bool names_weekday(std::span<const Piece> s, size_t first, size_t end);

// Whether [first, end) names a month, with no day or year written ("March", "the end of March", "mid-April").
bool names_month_alone(std::span<const Piece> s, size_t first, size_t end);

// Whether the expression [first, end) names a month and a number ("August 2", "1 April", "Aug. 2, 2025").
bool names_day_of_month(std::span<const Piece> s, size_t first, size_t end);

// Whether the word at `end` names a date set for something, which the expression before it names: "the October
// date", "the April release", "the June deadline".
bool names_set_date(std::span<const Piece> s, size_t end);

// "from Friday", "a strike from Monday": a weekday after "from" that starts something, not the start of a range
// ("from Monday to Friday") nor a source ("results from Tuesday's vote").
bool starts_from(std::span<const Piece> s, size_t first, size_t end);

// Whether the clause before `first` names a fixture: "v" or "vs" between two names ("Holloway v Ashworth Town").
bool names_fixture(std::span<const Piece> s, size_t first);

// A day set aside by the telling ("declared Thursday a day of national mourning", "have taken Friday off", "were given
// Wednesday off") or a deadline a reduced relative sets ("claims made by Wednesday should be paid"): the weekday at
// `first` (to `end`) is the coming one, whatever the tense of the verb before it.
bool sets_day_aside(std::span<const Piece> s, size_t first, size_t end);

// "extended price caps until June 30", "had frozen hiring until June", "keeps the government running until March 6",
// "a bill to fund the government through Sept. 30": a month (or a day of one, with no year) that a state set by
// extending, freezing, funding, delaying or keeping runs up to lies ahead, whatever the tense of the verb that set it.
bool state_runs_until(std::span<const Piece> s, size_t first, size_t end);

// "in the wake of Sunday's collapse", "in the aftermath of Tuesday's vote": phrases that look back at an event
// that has happened, a few words before the expression `first` starts, within the clause.
bool looks_back_at(std::span<const Piece> s, size_t first);

// "agreed to meet again on Monday", "called on both sides to return to talks on Monday": a past verb of
// deciding or bidding at `verb`, then "to" and a verb before the date at `first`: the date is the plan's, which
// lies after the report more often than not.
bool plans_ahead(std::span<const Piece> s, size_t verb, size_t first);

// Whether the expression at `first` is within the stretch a notice holds for, named after it ("issued an
// excessive heat warning from 11 a.m. Friday through 8 p.m. Sunday", "a heat advisory for Tuesday").
bool notice_holds_for(std::span<const Piece> s, size_t first);

// "had" a few words before the expression at `first`, within the clause: the past perfect ("the vote had been
// scheduled for Monday").
bool in_past_perfect(std::span<const Piece> s, size_t first);

// "Negotiators have met twice over the weekend", "the index has lost half its value since March 10": a participle
// at `verb` right after "has" or "have" (adverbs between) tells of a deed done, so a date after it that a
// preposition of time opens ("on", "over", "in", "at", "during", "since") is gone by. Not the perfect of what is
// to come ("will have finished", "should have come", "once the doctor has seen him on Monday"), nor a date that is
// the participle's object ("have taken Friday off") or that a "that" clause or a modal after it holds.
bool tells_deed_done(std::span<const Piece> s, size_t verb, size_t first);

// An event the present says is on a date ("the final is on Sunday", "a hearing is set for May 17"), a date
// something was set for ("Sentencing was set for July 22"), or a day joined to tonight or tomorrow ("tonight and on
// Thursday afternoon"): a date still to come (every one of the tuning sets' 40-odd "is on" lies ahead).
bool lies_scheduled(std::span<const Piece> s, size_t first);

// "were told to return Thursday", "was asked to appear on Monday": a passive instruction at `be` ("were told",
// "asked", "ordered", "urged", "summoned", "invited") with "to" and a verb before the date at `first`, which looks
// ahead as the active bidding does ("were allowed to return Saturday" tells of a return that took place).
bool passive_instruction(std::span<const Piece> s, size_t be, size_t first);

// "was to close Monday", "were due back in Geneva on Monday", "was supposed to be back at work on Monday": a plan
// told in the past for the weekday at `first`, which is as often still ahead as just gone (the nearer one, as a
// present clause has it; a past perfect plan, "had been set for Tuesday", is over).
bool planned_then(std::span<const Piece> s, size_t first);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_TENSE_PHRASES_HPP
