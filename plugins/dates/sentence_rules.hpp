// Rules that look at a whole sentence's expressions rather than at one: a year fronted at its head that frames
// the sentence ("In 2008, ... in mid-September", "Four years ago, ... on March 6"), clock times set off from the day
// they belong to ("at 11:40 a.m. (0340 GMT) on Sunday"), and the bare halves that a game report speaks of ("in the
// second half").
#ifndef QUARRY_DATES_SENTENCE_RULES_HPP
#define QUARRY_DATES_SENTENCE_RULES_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "calendar.hpp"
#include "pieces.hpp"
#include "recognizer.hpp"

namespace quarry::dates {

// Whether `m` stands at the head of the sentence (after an opening preposition) and is set off by a comma: "In
// 2008, the campaign began airing ads in mid-September", "Four years ago, Super Tuesday fell on March 6"; a
// year after "In" needs no comma ("In 2012 all six raised prices in October"). A year so placed frames the
// whole sentence.
bool opens_sentence_with_comma(std::span<const Piece> pieces, const Mention& m);

// Whether the relative year m ("next year", "last year", "a year ago") frames the days of the month told after it in
// its clause ("Carnival next year falls on Feb. 20"): not one owned by a noun ("last year's total", "much of last
// year", "the next school year") nor a participle's after its noun ("income earned last year is taxed by July 31").
bool frames_clause_with_year(std::span<const Piece> pieces, const Mention& m);

// Whether m is a month or a date a figure is compared with ("weaker than in December 2011", "up 5% on June 2019",
// "from May 2010").
bool compared_with(std::span<const Piece> pieces, const Mention& m);

// Whether a comma, a semicolon or a colon stands between pieces from and to (to excluded): a clause may end there.
bool has_comma_between(std::span<const Piece> pieces, size_t from, size_t to);

// Whether a modal ("will", "must", "can", "should", ...) stands between pieces from and to (to excluded).
bool has_modal_between(std::span<const Piece> pieces, size_t from, size_t to);

// Whether a "will", "shall", "won't" or "'ll" stands among pieces [from, to): "Last year grades rose by 18%, and
// Ofqual will publish its figures in December" turns from the year that framed the sentence to what lies ahead.
bool turns_to_future(std::span<const Piece> pieces, size_t from, size_t to);

// "the 2001 edition", "the 2024 election": a year alone after "the", naming a yearly event's year by a singular
// noun; the months after it in the sentence are of that year ("hopes to keep the 2001 edition in mid-October")
bool names_edition_year(std::span<const Piece> pieces, const Mention& m);

// Whether `m` is followed by "when" and the clause it opens ("in 2000, when the electors met on Dec. 18", "was
// 2012, when the caucuses fell on Jan. 3"): a year so placed frames the rest of the sentence.
bool opens_when_clause(std::span<const Piece> pieces, const Mention& m);

// Whether `m` is a month without its year standing at the head of the sentence ("In April it suspended
// withdrawals", "By June, ...").
bool opens_sentence_with_month(std::span<const Piece> pieces, const Mention& m);

// The year of a resolved value that names a year ("2008") or a season, quarter or half of one ("2009-SP");
// 0 otherwise.
int year_of_value(std::string_view value);

// Whether a resolved value names a month or a day of one ("2019-03", "2019-03-21T09:00"; not "2019-W09-WE").
bool names_month_or_day(std::string_view value);

// Whether a resolved value ("2019-03-21", "2019-03", "2019-03-21T09:00") names a day or month before `date`'s.
bool before_date(std::string_view value, const CivilDate& date);

// Whether `m` is a year after "in" opening a clause inside the sentence ("..., but in 2020 the last opinions came
// on July 9", "and in 2016 on Feb. 1"): it frames the dates after it.
bool opens_clause_with_year(std::span<const Piece> pieces, const Mention& m);

// Whether `m` is a quarter or half a figure is compared with: "up 4% from the fourth quarter of 2014",
// "compared with the first half", "versus the year-ago quarter", "against 143 in the third quarter of 2015".
bool names_comparison_base(std::span<const Piece> pieces, const Mention& m);

// The year of the only expression among `mentions`, when it is a year alone ("the region's 2014"); else 0.
int only_year(std::span<const Mention> mentions);

// The year a lead opens a clause with ("HARTFORD, Dec. 31 — In 2025, one stolen password became ..."), or 0 when
// it frames none or several.
int year_framing_lead(std::span<const Piece> pieces, std::span<const Mention> mentions);

// Gives a month or date without a year (`e`) the sentence's framing year.
void apply_frame_year(Expression& e, int year);

// When mentions[k] starts a run of clock times with no day of their own that ends, after "on" or a bracket, at
// a day ("struck at 11:40 a.m. (0340 GMT) on Sunday", "at 9 a.m. on Sunday"), that day's index; otherwise k.
size_t day_of_clock_times(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a month (or a day of one) without a year that ends a range begun by mentions[k - 1], also
// without a year ("between December and March", "from December to March", "from June 1 to November 30"): its
// year follows the start's.
bool ends_month_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// The year of a range's end month (and day, or 0), given the start's resolved value ("2014-12", "2014-12-24").
int range_end_year(std::string_view start_value, int end_month, int end_day);

// The year of mentions[k], a month (or a day of one) without a year that starts a range whose end is written with
// its year ("from September 8 to 11, 1998", "Dec. 28 to Jan. 3, 2015": 1998, 2014); 0 if it starts no such range.
// The year of a bare month listed after a month written with its year, later in the calendar, with no verb between
// ("a hard exit in March 2019, then in October"), or 0.
int listed_after_dated_month(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// The year of the period mentions[k-1] names when mentions[k] is a day set off after it by ", on" and inside it
// ("at the end of the year, on Dec. 31", "next year, on April 24"), with `previous_value` the period's resolved
// value; else 0.
int apposed_period_year(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k,
                        std::string_view previous_value);

// Whether mentions k and k+1 are a pair of the same kind joined by "and" or "or" ("October and November", "May 14
// and Nov. 2").
bool joined_pair(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// The year of mention k + 1 when it is a year alone written right after mention k, a day of a month without its
// year, with only "in" between ("falls on Feb 19 in 2015", "against April 8 in 2012"); else 0.
int year_in_after(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mention k, a month or season without its year, narrows down the year alone just before it, set off by
// a comma: "felled in 1024, probably in the spring", "built in 1924, in June".
bool narrows_year_before(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mention k, a month or a day without its year, shares the year the next one names from the reference
// ("on May 14 and Nov. 2 last year").
bool shares_relative_year(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// "move next year's show to July 18", "Last year's fair ended on Aug. 28": a day of a month without its year, after a
// year that owns a thing in the sentence ("next year's", "last year's"), is in that year; so is a holiday the year
// owns ("last year's Ramadan", "next year's Eid"). Its offset from the reference year, or 0.
int owning_year_offset(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// "between June and September", written in July: the months of a range that holds the reference month are of the
// reference year, whatever the tense ("expects 130 ship calls between June and September"); so are the days of a
// range that holds the reference day ("the hurricane season, which runs from June 1 to Nov. 30", written in
// September). When mention k starts such a range of bare months or of days without their year, the year of its
// start (the year before the reference's for a range over the year's end, "from December to March" in January),
// else 0.
int year_of_range_holding(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k,
                          const CivilDate& reference);

int range_start_year(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// A bare four-digit number within three years of the reference year between two lower-case words ("began accepting
// 2021 tax returns", "when 2020 returns are due", "would make 2017 one of the costliest years"): the year, where
// the grammar alone, not knowing the reference, reads a count. Nullopt otherwise.
std::optional<Mention> year_near_reference(std::span<const Piece> pieces, size_t i, int reference_year);

// Whether mentions[k] is a clock time with no day of its own that ends a range begun by a time of day
// ("between 6 p.m. Tuesday and 4 a.m.", "from 9 p.m. to 2 a.m."): it is on the start's day, or the next.
bool ends_clock_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// The value of a range's end time: `end_value`'s time of day on the day of `start_value`, a day later when
// the end's hour comes before the start's ("2013-03-05T18:00" .. "T04:00" -> "2013-03-06T04:00").
std::string clock_range_end_value(std::string_view start_value, std::string_view end_value);

// Whether mentions[k] is a weekday that ends a range begun by a weekday ("from 8 p.m. Monday until 4 a.m.
// Tuesday", "Thursday through Monday"): it is the first such day after the start.
bool ends_weekday_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a weekday read by tense that ends a range from a day ("from next Monday to Thursday",
// "from tomorrow to Friday").
bool ends_range_of_days(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a bare clock time of a range of hours followed by a range or pair of days ("from 8 a.m.
// to 10 p.m. Tuesday through Friday", "9 a.m. to 7 p.m., Friday through Sunday"): the hours of every one of those
// days, any day's (XXXX-XX-XXT08:00).
bool hours_over_days(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a weekday joined to the weekday before it as a pair, later in the week or over a weekend
// ("an alert for Monday and Tuesday", "closed Thursday and Friday", "on Tuesday or Wednesday", "finals on Saturday
// and Monday"): read in order, as a range's end.
bool joins_weekday_pair(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a bare weekday joined by "and", "or" or a comma to a weekly set right before it ("every
// Monday and Thursday", "sailings every Tuesday and Friday", "every Thursday, Friday and Saturday"): it recurs as the
// first does.
bool joins_a_weekly_set(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// The value of mentions[k] when it is a bare weekday joined by "and" or "or" to a weekly set of a part of the day
// right after it ("on Friday and Saturday nights": the plural covers both days), else empty.
std::string weekly_set_joined_after(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a weekday read in order after the weekday before it: a range's end or a pair's second.
bool follows_weekday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether the sentence tells of something that recurs ("usually", "every", "daily", "curfew"): its clock times
// with no day of their own are any day's ("stay indoors between 11 a.m. and 3 p.m."), XXXX-XX-XXT11:00.
bool tells_of_a_habit(std::span<const Piece> pieces);

// Whether the sentence's habit may recur over the years: any but a weekly or daily "every" ("open every Saturday
// from April until September" is this year's months; "usually peaks between August and October" any year's).
bool tells_of_a_habit_beyond_the_week(std::span<const Piece> pieces);

// Whether a recurring expression among the sentence's mentions makes its dayless clock times any day's too
// ("check in between 8 a.m. and 5 p.m. each day", "open until 8 p.m. on Tuesdays", "at 3 a.m. six days a
// week"). A frequency adjective does not ("data released at 1230 GMT showed weekly jobless claims").
bool mentions_a_recurrence(std::span<const Piece> pieces, std::span<const Mention> mentions);

// Whether a word of habit ("usually", "often", "every") or a set ("nightly", "on Saturdays", "each day") stands
// within a few words of mention k: "usually between 1 a.m. and 4 a.m.", "from noon until 10pm each day". A
// past clock time with its habit further off is one day's ("The parade stepped off at noon, as it has every year").
bool recurrence_near(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Settles the sentence's ranges of days before they are resolved (`reference_weekday` 1..7, or 0 when there is
// no reference date):
// - a range of weekdays over a working week, in a clause with neither past nor future tense and among words of
//   opening hours or clock times, is any week's days: "the office is open Monday through Friday", "charges
//   apply 08:00 to 18:00, Monday to Saturday" (XXXX-WXX-1, XXXX-WXX-5); "the trial runs Monday through Friday"
//   is one week's;
// - a range of weekdays that holds the reference's weekday is the range under way: "seats for Wednesday to
//   Sunday" on a Friday;
// - a clock time with no day of its own that starts a range ending in a clock time on a named day is on that
//   day: "open noon to 6 p.m. Saturday", "from 9 a.m. to 5 p.m. on Friday, March 3".
void settle_day_ranges(std::span<const Piece> pieces, std::span<Mention> mentions, int reference_weekday);

// Whether the sentence speaks of "other years", "ordinary years", "non-leap years" or "leap years" after "in".
bool speaks_of_other_years(std::span<const Piece> pieces);

// Whether the sentence tells of a yearly round: a yearly set ("each year", "annually") or "most years".
bool tells_of_a_yearly_round(std::span<const Piece> pieces, std::span<const Mention> mentions);

// Whether mentions[k] is a month without its year that opens or closes a span of months ("from May to October",
// "between August and October"): in a sentence that tells of a habit or a yearly round, any year's.
bool in_span_of_months(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k], a day of a month without its year, falls in every year the sentence speaks of: a
// yearly set right after it or after the range it starts ("take effect on January 1 each year", "from April 1
// to Nov. 30 each year"), or right before it ("every four years, on Jan. 20"), or a sentence that speaks of
// other years (`other_years`, "In non-leap years I celebrate on 28 February"). Its value is then any year's,
// XXXX-01-01.
bool recurs_yearly(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k, bool other_years);

// Whether mentions[k] comes right after a date of its own ("the weekly report lands Thursday at 8:30 a.m.",
// "Tuesday, Dec. 8, at 7 p.m.").
bool follows_its_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether today, tomorrow, yesterday or a weekday is named before mention k and after a set, with no set after k: "A
// bulletin is published each day; today's is due at 5pm" puts the clock time on that day, not on any.
bool day_named_after_recurrence(std::span<const Mention> mentions, size_t k);

// Whether `e` is a clock time with no day of its own that took the day in focus for want of another. (Not a
// part of the day: "as she does every year, though she visited a school in the morning" is that day's.)
bool is_dayless_clock_time(const Expression& e);

// Whether `m`, resolved to `value`, is a date with its day standing at the head of a line as a heading: "Sunday,
// July 6, 2014 · Refresh for the latest", "FRIDAY, AUG. 2", "June 12, 2023: Kulkarni is arrested".
bool heads_a_line_as_date(std::span<const Piece> pieces, const Mention& m, std::string_view value);

// Whether `m` is a clock time without a day opening a line before a dash, or after "Update" and before a colon: a
// running report's or a timetable's entry ("6:15 p.m. — Longshore Local 1870 president ...", "4 p.m. — Gates
// open", "Update, 11:20 a.m.: The review has ended").
bool is_timed_entry(std::span<const Piece> pieces, const Mention& m);

// Whether mentions[k] is a weekday opening a line, then (after a comma or not) a clock time and a dash: the
// stamp of a running report's entry, "Saturday 21:30 — Artillery is still firing", "Friday, 11:40 p.m. — ...".
bool stamps_entry_with_clock_time(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether the clock time m fills its line but for brackets and a desk's sign-off initials: "(1812 GMT)", "((1502
// GMT))", "lbx/jm 1545 GMT" closing a wire story, the hour it was filed.
bool is_filing_stamp(std::span<const Piece> pieces, const Mention& m);

// Whether the bare clock time m opens a line: an entry of a running report ("11:58 p.m. – Fireworks", "12:07 a.m.
// All quiet").
bool opens_line_with_clock_time(std::span<const Piece> pieces, const Mention& m);

// Whether `m` is a clock time without a day opening a line before a colon: under a dated heading, an entry of a
// timeline or a programme ("Sunday, June 18" then "8 a.m.: The descent begins").
bool is_colon_entry(std::span<const Piece> pieces, const Mention& m);

// Whether `reference` lies at the turn of a decade, from Dec. 15 of its last year to Jan. 10 of the next: when a bare
// "the decade" names the one ending.
bool at_turn_of_decade(const std::optional<CivilDate>& reference);

// "the first half", "the second half" with no year or "of ..." after it: in a game report, a half of the game.
bool is_bare_half(const Expression& e);

// "the fourth quarter", "a late third-quarter rally" with no year or "of ..." after it: in a report of a game
// played in quarters, a quarter of the game.
bool is_bare_quarter(const Expression& e);

// "November" alone, no day or year: in a text about an election, the month a vote may be held in.
bool is_bare_november(const Expression& e);

// "shortly after midnight", "just past midnight": a dayless midnight that something came after.
bool after_midnight(std::span<const Piece> pieces, const Mention& m);

// When a parenthesis opens at piece `at` and closes within ten pieces: the index of its closing piece, else 0.
size_t closes_parenthesis_after(std::span<const Piece> pieces, size_t at);

// Whether mentions[k] is a holiday set off by a comma right after a date with its day ("Saturday, May 1, Labor
// Day", "on Sept. 7, Labor Day").
bool names_holiday_after_date(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a holiday (no year) followed by "on" and the day of the month it falls on, with "holiday"
// between or not: "before Independence Day on October 1", "after the Democracy Day holiday on May 29".
bool names_date_after_holiday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a holiday that a bare weekday is said to be ("because Friday was Emancipation Day",
// "Monday is Labor Day"): the weekday's day, when the holiday is observed off its own date.
bool names_holiday_said_of_weekday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a holiday of a lunar calendar that the text gives a day right after ("travel for Eid
// al-Adha, expected on June 7", "celebrated Eid-ul-Fitr on Saturday"): a weekday or a day of the month, joined by
// at most three of "on", "expected", "which", "is", "was", "falls" and a comma.
bool moon_holiday_given_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a bare weekday a holiday just before it is said to fall on ("St. Patrick's Day falls on
// Saturday this year", "Christmas fell on a Sunday", "Canada Day is on Sunday"): the holiday's day, when it is that
// weekday.
bool names_weekday_holiday_falls_on(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether mentions[k] is a dayless clock time in a "when" clause that follows the day before it, within its clause
// ("until Oct. 29, when the clocks go back an hour at 2 a.m.").
bool in_when_clause_after_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether `m` is the weekday a statement was made on: "said on Saturday", "told reporters Monday", "announced
// Tuesday".
bool names_telling_day(std::span<const Piece> pieces, const Mention& m);

// Whether `m` is a day of history (a holiday with a year of its own, "VE Day") that the text says is being marked
// ("Britain marks VE Day with a silence, 70 years on"): on its anniversary, the day of the commemoration.
bool marks_day_of_history(std::span<const Piece> pieces, const Mention& m);

// Whether "would" stands among pieces [from, to): a future told from a day in the past.
bool would_between(std::span<const Piece> pieces, size_t from, size_t to);

// Whether mentions[k] is a bare weekday set off by a comma after a holiday ("sentencing on Remembrance Day,
// Wednesday"): the holiday's day, when it falls on that weekday.
bool names_weekday_after_holiday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k);

// Whether the clock time of `start` comes later in the day than that of `end` ("...T05:00" before "...T01:00"):
// a range's start that lies on the day before its end.
bool starts_later_in_day(std::string_view start, std::string_view end);

// "in the first quarter of the game", "the second half of the match": a period of play, whatever the text.
bool is_period_of_play(std::span<const Piece> pieces, const Mention& m);

// "Sunday (today)", "tomorrow (July 1)", "yesterday (Sunday)": `m` followed by the same day named again in
// parentheses, as one expression over both (as "Friday (Jan 24)" is), or nullopt. Its reading is the more exact
// of the two: a date before a day named from the reference ("today"), before a weekday.
std::optional<Mention> day_named_twice(std::span<const Piece> pieces, const Mention& m);

// "falls on Feb 6, 2027, a Saturday", "Nov 8, a Sunday": a weekday set off after a date names that date (the
// article stays out of the span). Returns the weekday's mention, read as the date is, or nullopt. A date
// without its year takes the one near `reference` in which it falls on that weekday ("June 4, a Friday").
std::optional<Mention> apposed_weekday(std::span<const Piece> pieces, Mention& date,
                                       const std::optional<CivilDate>& reference);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_SENTENCE_RULES_HPP
