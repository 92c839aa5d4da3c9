// What the recognizer understood of one temporal expression, before it is resolved against the reference
// date: an explicit calendar reading (possibly without its year), a shift from the reference ("last week"),
// a weekday, or a value that needs no resolution (durations, sets, PRESENT_REF).
#ifndef QUARRY_DATES_EXPRESSION_HPP
#define QUARRY_DATES_EXPRESSION_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon.hpp"

namespace quarry::dates {

enum class TimexType : uint8_t { Date, Time, Duration, Set };

inline std::string_view type_name(TimexType type) {
  switch (type) {
    case TimexType::Time:
      return "TIME";
    case TimexType::Duration:
      return "DURATION";
    case TimexType::Set:
      return "SET";
    default:
      return "DATE";
  }
}

enum class ExpressionKind : uint8_t {
  Literal,   // value fully known from the text: durations, sets, PRESENT_REF, "2025-02-27"
  Calendar,  // explicit calendar fields; the year may be missing ("Jan 24", "in June", "the third quarter")
  Shift,     // `offset` units from the reference date ("yesterday", "last week", "two years ago", "this month")
  Weekday,   // a weekday resolved by tense ("on Monday"), or by "last"/"next"/"this"
  Season     // a season relative to the reference ("last summer", "this fall")
};

// (This: the weekday of the reference's ISO week; Coming: "this Thursday" as written, the next one on or after the
// reference)
// How a bare weekday finds its day: by the clause's tense; the last, next, this or coming one; or (NearFocus, "on the
// Monday") the one nearest the date the text is telling about.
enum class WeekdayMode : uint8_t { ByTense, Last, Next, This, Coming, NearFocus };

// Calendar fields; 0 / -1 mean absent. Exactly the fields present are printed (see timex_value.hpp).
struct CalendarFields {
  int year = -1;     // full year; -1 unknown
  int century = -1;  // "19" for the 1900s / 20th century (then year is -1)
  int decade = -1;   // "199" for the 1990s
  int month = 0;
  int day = 0;
  int quarter = 0;
  int half = 0;
  int week = 0;               // ISO week
  int weekday = 0;            // with week: "2025-W03-5"
  std::string_view season;    // "SU"
  std::string_view day_part;  // "MO"
  int hour = -1;
  int minute = -1;
  int second = -1;
  bool weekend = false;  // with week: "2025-W03-WE"
};

struct Expression {
  ExpressionKind kind = ExpressionKind::Literal;
  TimexType type = TimexType::Date;
  std::string literal;      // Literal: the TIMEX3 value (an anaphoric Shift: its length, used with no date in focus)
  CalendarFields fields;    // Calendar; also the time of day / part of day added to a Shift or Weekday
  bool needs_year = false;  // Calendar: month/day/quarter/season without a year
  Unit unit = Unit::None;   // Shift: granularity; Season: Unit::Season
  int offset = 0;           // Shift: how many units from the reference (may be 0)
  int weekday = 0;          // Weekday: 1..7
  WeekdayMode weekday_mode = WeekdayMode::ByTense;
  // Calendar: the year is the reference year plus year_offset ("November last year", "June this year").
  bool year_from_reference = false;
  // Shift: "last season", a sports season as a year: from October on, the one just ended is the reference year's.
  bool season_just_ended = false;
  // Calendar: "that summer", "that June": the year of the date in focus (else read as needs_year).
  bool year_from_focus = false;
  // With year_from_focus: "for that June", "carrying that winter" point back to a time told before, not the
  // reference year's when the text wrote out an older year
  bool points_back = false;
  // With year_from_focus: "the following summer" (1) or "the previous spring" (-1), the next or last such season
  // from the date in focus
  int season_from_focus = 0;
  int year_offset = 0;
  // Calendar: "last June" (-1), "this September" (0), "next March" (+1): the month's nearest occurrence.
  bool has_month_shift = false;
  int month_shift = 0;
  HolidayRule holiday;  // Calendar: a holiday whose day depends on the resolved year
  // Calendar: the holiday named, as listed (its date may differ by country: dates_plugin.cpp settles it)
  const Holiday* named_holiday = nullptr;
  // Shift: counted from the date the text last mentioned, not the reference ("that day", "the next day",
  // "later that year"); the reference when the text has named none.
  bool anaphoric = false;
  // With anaphoric: the expression only takes the day in focus for want of another ("at 4:45 p.m.", "in the
  // morning"), where "that day", "that night" point at it; a past-tense clause ignores a future one.
  bool weak_anaphor = false;
  // "later in the week", "early in the week": a part of the week still to come, which on a weekend, in a clause
  // that does not look back, is the coming week's.
  bool week_still_ahead = false;
  // Calendar: "the day after Christmas" (1), "the week before Thanksgiving" (-7): days from the day named,
  // counted once its year is known.
  int days_from_date = 0;
  // Calendar: "the Sunday after Thanksgiving" (7), "the Friday before Christmas" (-5): the first such weekday after
  // the day named, or the last before it, as a signed weekday number.
  int weekday_from_date = 0;
  // "an hour ago", "20 minutes ago": how many minutes back; read from the last clock time the text gave (a live
  // report's entry, "It's 8 p.m. here"), or the reference day when it gave none.
  int minutes_back = 0;
  // Shift by 0 of a decade after "the end of", "the start of" ("by the end of the decade"): in a past-tense
  // clause it is the decade in focus ("moved to Kansas City in 1931, and by the end of the decade ..." is the
  // 1930s), else the reference's. (Not for "the end of the year": "tax cuts first passed in 2001 expire at the
  // end of the year" has a past participle nearest.)
  bool focus_in_past = false;
  // "The decade in charts", "ends the decade": a bare "the decade" names one only when a text is written at the turn
  // of a decade, and then the one that is ending or has just ended (dates_plugin.cpp keeps it only then).
  bool turning_decade = false;
  // "up from 164 a year earlier": a shift back from the time in focus (a year the sentence named), not from now.
  bool earlier_than_focus = false;
  // Shift by a year in a text about quarters: "a year ago" means the same quarter of the year before.
  bool follows_quarter = false;
  // A quarter named with the day it ends on ("the quarter ended Sept. 29", "its fiscal third quarter, which ends Jan.
  // 28"): that day's month and day (and year, when written), and whether it has ended; the quarter is the one of
  // that day's year (a fiscal quarter keeps its number, a bare "the quarter" takes the calendar quarter's).
  int ends_month = 0;
  int ends_day = 0;
  int ends_year = 0;
  bool ends_past = false;
  // With follows_quarter: the phrase names a quarter ("the year-ago quarter"), so with none named before it
  // is the last completed quarter's, a year back.
  bool names_quarter = false;
  // Calendar: "the week of March 6": the ISO week that holds the date; "the weekend of Jan. 21": its weekend.
  bool week_of = false;
  // With week_of: the day only picks the week ("the first week of January" takes its fourth day), so it puts the
  // month in focus, not the day.
  bool day_picks_week = false;
  bool weekend_of = false;
  // After "since": the start of something still going on, so not after the reference date ("closed since
  // Monday", "grounded since January") whatever the clause's tense.
  bool not_after_reference = false;
  // "the rest of the weekend": what is left of a period is not all behind, so a clause with no tense reads it as the
  // present does (the weekend under way or the coming one, not the last).
  bool remainder = false;
  // After "until" or "till": the end of something; in a clause that looks ahead ("a transition period runs until
  // 31 December", written in January) it is not a date already past, however near.
  bool after_until = false;
  // "6 p.m. KST, which is 4 a.m. on the East Coast", "10.30am AEDT (11.30pm GMT)": the same moment on another
  // clock, not a later time of the sentence
  bool converts_time = false;
  // "officials said at 2 p.m.", "told a briefing at 10am", "at an 11 a.m. briefing": the hour of a telling, which a
  // report gives on the day it is written, not on a day of the events told before
  bool telling_hour = false;
  // A clock hour written without "a.m." or "p.m." on a 12-hour clock ("at 7:30", "since 4:30"): which half of the
  // day it is was guessed, so a running report's time may settle it.
  bool half_guessed = false;
  // Season: shifted by "next" ("next summer"), which skips a season only weeks ahead, where "the coming winter" does
  // not.
  bool after_next = false;
  // After "until", "till", "through" or "by": a date a span runs up to, which a past verb may have set ahead
  // ("passed a stopgap bill that keeps the government funded through Dec. 3", written on Oct. 1).
  bool ends_span = false;
  // The end of a range of days ("the season runs from June 1 to Nov. 30"): like `ends_span`, a limit, not a day
  // the text is at, so later clock times are not read on it.
  bool closes_range = false;
  // The month a data release reports on ("retail sales figures for October"): the occurrence nearest the
  // reference, whatever the tense of the release.
  bool reported_month = false;
  // Followed by "that year" or "the same year" ("St Patrick's Day that year was cancelled"): in the year in focus.
  bool in_year_that_follows = false;
  // A month before "delivery", "settlement" or "contract" ("Brent for May settlement", "the December contract"):
  // a contract month traded now, so the coming one (or the current).
  bool contract_month = false;
  // Calendar: the second month of a pair or range ("November and December", "from June to August"), set by the
  // sentence's rules: the two together are no single month for "a year earlier" to go back from.
  bool ends_month_pair = false;
  // Calendar: a day named by a rule as the rule itself ("falls on the first Monday in September"): any year's
  // unless the sentence frames a year ("This year, Labor Day falls on ...").
  bool states_rule = false;
  // Calendar: a month that closes "the three months" before it ("net income in the three months to the end of
  // December"): a quarter's last month, so "a year earlier" goes back a quarter, not a month.
  bool closes_three_months = false;
  // Calendar: a bare quarter before a noun of figures ("fourth-quarter growth"): a quarter already begun, or
  // the next one when the clause looks ahead ("You'll see it in the second-quarter numbers" in March).
  bool quarter_figures = false;
  // Calendar: a quarter or half without its year after a noun of figures not yet out ("estimates for
  // fourth-quarter earnings", "its outlook for the second half"): the first one whose results are still to come.
  bool figures_ahead = false;
  // Calendar: names the date of a scheduled vote ("the November election", "the Nov. 8 election"): news
  // speaks of the coming one, or of one just held, whatever the clause's tense.
  bool scheduled_vote = false;
  // A bare "November" in a text about an election: written before November, outside a past clause, the month the
  // coming vote is held in ("Republicans have 24 Senate seats up in November", written in June).
  bool election_month = false;
  // With scheduled_vote: the vote was named before the date ("the presidential election on Nov. 5"), so a past
  // clause may tell of one held ("amid talk about the EU referendum on 23 June", written in August).
  bool vote_named_before = false;
  // Calendar with its day: the day of the text's own vote ("the Oct. 7 recall election", "polls on March 9"),
  // which a later "Election Day" or "election night" names.
  bool names_vote_day = false;
  // Calendar: "the first day of March" (1), "the last day of March" (-1): that day of the month, set once
  // the month's year is known (the month alone guides the year, as "in March" would).
  int edge_day_of_month = 0;
  // Calendar with a NthWeekday rule: "the last Sunday of the month", that weekday of the month in focus ("Clocks go
  // back on Oct. 26, the last Sunday of the month"), or else of the reference's month.
  bool month_from_focus = false;
  // Calendar: "on the 9th", "after the 12th": a day of a month the text does not name, the nearest such day
  // before the reference (a past clause) or from it on (`fields.day` holds the day).
  bool month_from_reference = false;
  // Calendar, with month_from_reference: "members meet on the first of the month" in the present is any month's
  // first (XXXX-XX-01); in a past or future clause the nearest one.
  bool any_month_in_present = false;
  // Leaves the date in focus where it was: a date that names an event ("the 9/11 attacks ... earlier in the
  // day"), or "overnight", the night before the story's day ("Results declared overnight ... resigned before
  // noon").
  bool keeps_focus = false;
  // Shift by a day: "overnight", the night before the reference day, or in a clause that looks ahead (a forecast:
  // "the storm moves out overnight") the coming one.
  bool overnight = false;
  // "Tuesday, New Year's Day": a holiday set off after its weekday, starting at this piece of the sentence (an
  // index, not a distance from the start, which a modifier before the weekday moves: "late Wednesday, leap day").
  // The two name one date but TimeML tags them apart.
  size_t apposed_holiday = 0;
  // Shift by Unit::Year: "the turn of the century" is the century year nearest the reference (2000 in 2014);
  // "the new year", "the year ahead" (coming_one) are the coming year, or the one just begun in January and
  // February; by Unit::Week, "the week ahead" is the week begun, or the next one when written on a Sunday.
  bool century_turn = false;
  bool coming_one = false;
  // Shift by Unit::Year from the school year under way ("next school year"), which starts in August.
  bool school_year = false;
  // Shift by Unit::Year: "the new fiscal year", "the fiscal year that began today": a fiscal year named by the
  // calendar year it ends in, so one starting in the second half of a year is the next year's (the U.S. federal
  // "fiscal 2014" began on Oct. 1, 2013)
  bool fiscal_year_starting = false;
  // A bare "midnight" after "at", "after", "past" or "since" ("took effect at midnight", "well past midnight"), or
  // "the night" after "through", "into", "during", "in" or a verb of spending time ("worked through the night"):
  // in a past clause, the midnight or night that began the reference day.
  bool night_passed = false;
  // A bare "midnight" after "after" or "past" ("to hunt after midnight"): the one that begins a day.
  bool begins_day = false;
  // Shift by a day, week or month: so many years back from it ("the same day last year", "the same week a
  // year earlier")
  int years_back = 0;
  // "by midweek": the Wednesday's ISO week, the next one when the clause looks ahead from a Thursday or later
  bool midweek = false;
  // A clock time standing without a day of its own ("at 10 p.m.", not "10 p.m. today"): it takes the day in focus
  bool dayless = false;
  // "that day", "that night": a demonstrative, which points at a day told before, never at the reference itself
  bool demonstrative = false;
  // "01/12/2014": both numbers could be the month, read month first as the US writes it; a text that writes its
  // dates day first ("30/11/2014" beside it, or a British one) reads it the other way round.
  bool day_month_ambiguous = false;
};

}  // namespace quarry::dates

#endif  // QUARRY_DATES_EXPRESSION_HPP
