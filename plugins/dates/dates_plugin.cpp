// The dates plugin: finds temporal expressions sentence by sentence and emits each as a `dates`
// annotation with its TIMEX3 `type` and `value`, resolved against the document's reference date (or, when
// none is given, the first full date printed near the top: a dateline or a "Published:" line).
//
// How the parts fit:
//   pieces.*            the core's tokens of one sentence, hyphenated words split, each with its lexicon entry
//   lexicon.*, data/    every word with a temporal role (months, units, number words, modifiers, ...)
//   grammar.*, recognize_*.cpp, recognizer.*
//                       the constructs; Recognizer::match returns the longest expression at a piece:
//                       recognize_calendar (month names, weekdays), recognize_holidays, recognize_hijri (Islamic
//                       calendar dates), recognize_numeric (digits and period codes), recognize_periods (years,
//                       decades, centuries), recognize_quarters (quarters, halves, seasons), recognize_relative (last
//                       week, next month), recognize_deictic (today, tonight, in the morning), recognize_clock (10 p.m.
//                       Wednesday), recognize_ago (two days ago), recognize_anaphora (the day before),
//                       recognize_duration, recognize_set (every week, twice a month), recognize_vague (recently, now)
//   duration_value.*    printing lengths as TIMEX3 durations (P3W, PT1H30M, PXM)
//   expression.hpp      what was recognized, still unresolved (a calendar reading, a shift, a weekday, ...)
//   tense.*             the clause's tense, for weekdays and months without a year
//   tense_cues.*        the tense a single word points to in its context ("said", "will", "plans to")
//   tense_phrases.*     phrases that point a date ahead or back ("ahead of", "moved to", "runs through")
//   sentence_rules.*    rules over a sentence's expressions together (a fronted year, clock times and their day)
//   resolver.*          Expression + reference date + tense + what the text said before -> TIMEX3 value
//   calendar.*, timex_value.*
//                       calendar arithmetic (ISO weeks, leap years, Easter) and printing TIMEX3 values
//   hebrew_calendar.*, hijri_calendar.*
//                       the Hebrew calendar's new year (by its rules) and the Umm al-Qura Hijri calendar (a table)
//   country_cues.*, holiday_context.*
//                       the country a text is about and which Eid it means, for holidays whose date depends on them
#include <algorithm>
#include <optional>
#include <quarry/extractor.hpp>
#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "grammar.hpp"
#include "holiday_context.hpp"
#include "lexicon.hpp"
#include "pieces.hpp"
#include "recognizer.hpp"
#include "resolver.hpp"
#include "sentence_rules.hpp"
#include "tense.hpp"
#include "timex_value.hpp"

namespace quarry::dates {
namespace {

// A running report's timed entry: its day and its minute of the day.
struct TimedEntry {
  CivilDate day;
  int minute = 0;
};

// The day of an entry timed `minute` that its heading or the reference puts on `day`, given the entry before it: the
// next day when the report has gone on past midnight (an entry in the small hours after one late in the evening, or
// any morning entry after one already past midnight).
CivilDate day_after_previous_entry(const std::optional<TimedEntry>& previous, const CivilDate& day, int minute) {
  if (!previous) return day;
  // ("Wednesday 20:05 — ..." then "20:40 — ...", written on the Thursday): entries going on in time order after one
  // a day or two back stay on its day
  const int64_t back = days_from_civil(day) - days_from_civil(previous->day);
  if (back >= 1 && back <= 2 && minute >= previous->minute) return previous->day;
  if (minute >= 12 * 60) return day;
  const CivilDate next = add_days(day, 1);
  if (previous->day == day && previous->minute >= 20 * 60 && minute < 6 * 60) return next;
  if (previous->day == next && previous->minute <= minute) return next;
  return day;
}

// The calendar day a value starts with ("2011-01-31TNI", "2025-06-14T17:30": the 31st, the 14th), if it does.
std::optional<CivilDate> day_in_value(std::string_view value) { return parse_iso_date(value.substr(0, 10)); }

// Moves the clock time in `value` ("2025-06-14T17:30") by twelve hours when the other half of the day lies nearer
// `entry_minute`, the minute of the day of the running report's latest entry.
void settle_half_of_day(std::string& value, int entry_minute) {
  if (value.size() < 16 || value[10] != 'T' || value[13] != ':') return;
  const int hour = digits_at(value, 11, 2);
  const int minute = digits_at(value, 14, 2);
  if (hour < 1 || hour > 23 || hour == 12 || minute < 0 || minute > 59) return;
  const int other = hour < 12 ? hour + 12 : hour - 12;
  if (std::abs(other * 60 + minute - entry_minute) >= std::abs(hour * 60 + minute - entry_minute)) return;
  value[11] = static_cast<char>('0' + other / 10);
  value[12] = static_cast<char>('0' + other % 10);
}

// How far into the text a dateline or publication line may stand to serve as the reference date.
constexpr uint32_t kDatelineWindowBytes = 600;

class DatesExtractor final : public Extractor {
 public:
  void process(const Document& doc, Sink& out) override {
    const Lexicon& lexicon = Lexicon::instance();
    lower_ascii(doc.text(), lower_);
    std::optional<CivilDate> reference = parse_iso_date(doc.reference_date());
    if (!reference) reference = find_dateline(doc, lexicon);
    DateResolver resolver(reference);
    game_report_.reset();
    game_in_quarters_.reset();
    election_text_.reset();
    holidays_.reset();
    told_frame_year_ = 0;
    entries_look_back_ = false;
    entries_tell_events_ = false;
    entries_look_ahead_ = false;
    entry_day_.reset();
    heading_day_.clear();
    last_entry_.reset();
    timeline_year_ = 0;
    size_t opening_sentences = 0;
    const bool time_log = is_time_log(doc.text());
    for (const Sentence& sentence : doc.sentences()) {
      last_sentence_ = &sentence == &doc.sentences().back();
      pieces_.build(doc, sentence, lower_, lexicon);
      if (time_log) pieces_.mark_log_times();
      const auto pieces = pieces_.pieces();
      if (heads_what_is_next(pieces)) {
        entries_look_back_ = false;
        entries_tell_events_ = false;
        entries_look_ahead_ = true;
      }
      if (introduces_past_events(pieces)) {
        entries_tell_events_ = true;
        entries_look_ahead_ = false;
      }
      found_.clear();
      previous_value_.clear();
      for (size_t i = 0; i < pieces.size();) {
        std::optional<Mention> mention = Recognizer::match(pieces, i);
        if (!mention && pieces[i].digits == 4 && resolver.reference()) {
          mention = year_near_reference(pieces, i, resolver.reference()->year);
        }
        if (!mention) {
          ++i;
          continue;
        }
        if (std::optional<Mention> both = day_named_twice(pieces, *mention)) mention = std::move(both);
        i = mention->end;
        // (a country's own day, in a text not about that country, is no date)
        if (!holidays_.settle(doc, lower_, pieces, *mention, resolver.reference())) continue;
        holidays_.settle_hemisphere(doc, lower_, mention->expression);
        holidays_.settle_day_month_order(doc, lower_, mention->expression);
        if (is_bare_half(mention->expression) && reports_a_game(doc, lexicon)) continue;  // a half of a match
        // ("cut their estimates for fourth-quarter earnings", in a text that also mentions basketball: a quarter of
        // figures is the year's)
        if (is_bare_quarter(mention->expression) && reports_a_game_in_quarters(doc, lexicon) &&
            !(mention->end < pieces.size() && pieces[mention->end].is(WordClass::DataNoun))) {
          continue;
        }
        if (is_period_of_play(pieces, *mention)) continue;
        if (mention->expression.turning_decade && !at_turn_of_decade(resolver.reference())) continue;
        if (is_bare_november(mention->expression) && about_an_election(doc, lexicon)) {
          mention->expression.election_month = true;
        }
        // "up 4% from the fourth quarter of 2014", "compared with the first half": a period a figure is compared
        // with is no topic of the text; the quarter it reports on stays in focus for "the quarter" after it
        if (names_comparison_base(pieces, *mention)) mention->expression.keeps_focus = true;
        std::optional<Mention> weekday = apposed_weekday(pieces, *mention, resolver.reference());
        found_.push_back(std::move(*mention));
        if (weekday) {
          i = weekday->end;
          found_.push_back(std::move(*weekday));
        }
      }
      resolve_sentence(pieces, resolver, out);
      // (the headline's one year, or else the one year the lead tells: "In 2025, one stolen password became ...")
      if (opening_sentences == 0) timeline_year_ = only_year(found_);
      if (opening_sentences == 1 && timeline_year_ == 0) timeline_year_ = year_framing_lead(pieces, found_);
      ++opening_sentences;
    }
  }

 private:
  // Resolves the sentence's expressions in text order and emits them. A clock time set off from the day it
  // belongs to ("struck at 11:40 a.m. (0340 GMT) on Sunday") takes that day's date.
  void resolve_sentence(std::span<const Piece> pieces, DateResolver& resolver, Sink& out) {
    int frame_year = 0;                    // "In 2008, ...", "Four years ago, ...": the year the sentence tells of
    std::optional<CivilDate> telling_day;  // the weekday a statement in the sentence was made on ("said Saturday")
    size_t telling_end = 0;
    int paren_year = 0;  // the year of a quarter a parenthesis after it spells out, up to its closing piece
    std::optional<CivilDate> next_week_monday;  // the Monday of the week after the reference, once "next week" is told
    size_t paren_close = 0;
    // "It was raised in March 2017 and reached port a week later, on March 31", "Carnival next year falls on Feb.
    // 20": the month with its year, or the relative year, that a later day of a month in the sentence is told in
    int told_month = 0;
    int told_month_year = 0;
    size_t told_month_end = 0;
    int told_relative_year = 0;
    size_t told_relative_end = 0;
    resolver.begin_sentence();
    const bool habit = tells_of_a_habit(pieces);
    settle_day_ranges(pieces, found_, resolver.reference() ? weekday(*resolver.reference()) : 0);
    const bool recurrence = mentions_a_recurrence(pieces, found_);
    const bool other_years = speaks_of_other_years(pieces);
    std::optional<bool> yearly_round;  // read only for a span of months, once per sentence
    // "In 2009, redemptions overwhelmed the firm. In April it suspended withdrawals.": a month opening the next
    // sentence goes on in the year the last one was framed by
    // ("Last year nobody asked. Since January, every term sheet has ...": not the start of a state still going on;
    // nor across a paragraph: "In 1999 the CDC named it ... [new paragraph] In January, the department proposed ..."
    // turns back to the news)
    if (!found_.empty() && told_frame_year_ > 0 && opens_sentence_with_month(pieces, found_[0]) &&
        !found_[0].expression.not_after_reference && !pieces.front().newline_before) {
      apply_frame_year(found_[0].expression, told_frame_year_);
    }
    told_frame_year_ = 0;
    for (size_t k = 0; k < found_.size(); ++k) {
      // (a past year's frame ends where the sentence turns to what lies ahead)
      if (frame_year > 0 && k > 0 && resolver.reference() && frame_year < resolver.reference()->year &&
          turns_to_future(pieces, found_[k - 1].end, found_[k].first)) {
        frame_year = 0;
      }
      if (frame_year > 0) apply_frame_year(found_[k].expression, frame_year);
      // (not a month a figure is compared with, "weaker than in December 2011 ... rain on Dec. 30", nor across a
      // turn to what lies ahead, "took office in May 2010 and will be sworn in on May 29")
      if (Expression& e = found_[k].expression; e.kind == ExpressionKind::Calendar && e.fields.month > 0) {
        if (!e.needs_year && e.fields.year > 0 && e.fields.day <= 0) {
          // (not a month of a year to come: "places in September 2005 open on September 1", written in 2004, are
          // applied for this year)
          const bool ahead = resolver.reference() && e.fields.year > resolver.reference()->year;
          told_month = compared_with(pieces, found_[k]) || ahead ? 0 : e.fields.month;
          told_month_year = e.fields.year;
          told_month_end = found_[k].end;
        } else if (e.fields.month == told_month && e.fields.day > 0 &&
                   !turns_to_future(pieces, told_month_end, found_[k].first)) {
          apply_frame_year(e, told_month_year);
        } else if (told_relative_year != 0 && e.fields.day > 0 &&
                   !has_comma_between(pieces, told_relative_end, found_[k].first) &&
                   !(told_relative_year < resolver.reference()->year &&
                     has_modal_between(pieces, told_relative_end, found_[k].first))) {
          apply_frame_year(e, told_relative_year);
        }
      }
      // "Carnival next year falls on Feb. 20", "last year the shelter served 130 animals on Dec. 25": a day of a
      // month later in the clause is in the year told (not one owned by a noun, "last year's total", "much of last
      // year", "the next school year"; nor, for a past year, across a turn to what lies ahead: "tickets sold last
      // year will be honored until Jan. 31", "won last year must be returned by March 1")
      if (const Expression& e = found_[k].expression; e.kind == ExpressionKind::Shift && e.unit == Unit::Year &&
                                                      e.offset != 0 && !e.anaphoric && resolver.reference()) {
        told_relative_year = frames_clause_with_year(pieces, found_[k]) ? resolver.reference()->year + e.offset : 0;
        told_relative_end = found_[k].end;
      }
      // "the third quarter of 2015 (July to September)": the months that spell out a quarter are of its year
      if (paren_year > 0 && found_[k].first < paren_close) apply_frame_year(found_[k].expression, paren_year);
      const size_t day = day_of_clock_times(pieces, found_, k);
      const size_t last = day > k ? day : k;
      // ("under stay-at-home orders since 8 p.m. on March 22": the day of a clock time something has lasted since is
      // a start too, no day later clock times fall on)
      if (day > k && found_[k].expression.not_after_reference) found_[day].expression.not_after_reference = true;
      if (ends_month_range(pieces, found_, k)) {
        // "between December and March", "Dec. 24 through Jan. 2": the end in the year after the start's when it
        // comes earlier
        Expression& e = found_[k].expression;
        e.ends_month_pair = true;
        e.closes_range = e.fields.day > 0;
        if (const int year = range_end_year(previous_value_, e.fields.month, e.fields.day); year > 0) {
          e.fields.year = year;
          e.needs_year = false;
        }
      }
      if (const int year = listed_after_dated_month(pieces, found_, k); year > 0) {
        // "a hard exit in March 2019, then in October": a later month listed after a dated one is of its year
        found_[k].expression.fields.year = year;
        found_[k].expression.needs_year = false;
      }
      if (const int year = apposed_period_year(pieces, found_, k, previous_value_); year > 0) {
        // "at the end of the year, on Dec. 31": the day of the year (or month) just named
        found_[k].expression.fields.year = year;
        found_[k].expression.needs_year = false;
      }
      if (narrows_year_before(pieces, found_, k)) {
        // "the tree was felled in 1024, probably in the spring": the season of that year
        found_[k].expression.fields.year = found_[k - 1].expression.fields.year;
        found_[k].expression.needs_year = false;
      }
      if (names_date_after_holiday(pieces, found_, k)) {
        // "before Independence Day on October 1", "after the Democracy Day holiday on May 29": the day the text
        // gives the holiday, which may be another country's or another year's than the one the table would pick
        Expression& e = found_[k].expression;
        const CalendarFields& date = found_[k + 1].expression.fields;
        e.holiday = HolidayRule{};
        e.named_holiday = nullptr;
        e.fields.month = date.month;
        e.fields.day = date.day;
      }
      if (const int year = year_in_after(pieces, found_, k); year > 0) {
        // "Chinese New Year falls on Feb 19 in 2015": the day in the year written after it
        found_[k].expression.fields.year = year;
        found_[k].expression.needs_year = false;
      }
      if (shares_relative_year(pieces, found_, k)) {
        // "on May 14 and Nov. 2 last year": the first in the year the second is told in
        Expression& e = found_[k].expression;
        e.year_from_reference = true;
        e.year_offset = found_[k + 1].expression.year_offset;
        e.needs_year = false;
      }
      if (const auto& ref = resolver.reference(); ref && !habit && !recurrence) {
        if (const int year = year_of_range_holding(pieces, found_, k, *ref); year > 0) {
          // "between June and September", written in July: this year's (not "typically from August to October",
          // "from March to October each year"); its end too, in the same year or the next, a limit rather than a
          // day the text is at
          Expression& start = found_[k].expression;
          Expression& end = found_[k + 1].expression;
          start.fields.year = year;
          start.needs_year = false;
          end.fields.year = end.fields.month < start.fields.month ? year + 1 : year;
          end.needs_year = false;
          end.ends_month_pair = true;
          end.closes_range = end.fields.day > 0;
        }
      }
      if (const int offset = owning_year_offset(pieces, found_, k); offset != 0) {
        // "move next year's show to July 18", "last year's Ramadan": that year's day
        Expression& e = found_[k].expression;
        e.year_from_reference = true;
        e.year_offset = offset;
        e.needs_year = false;
      }
      if (const int year = range_start_year(pieces, found_, k); year > 0) {
        // "from September 8 to 11, 1998": the start in the year its end is written with
        found_[k].expression.fields.year = year;
        found_[k].expression.needs_year = false;
      }
      if (std::string literal = weekly_set_joined_after(pieces, found_, k); !literal.empty()) {
        // "on Friday and Saturday nights": the first weekday recurs with the second's part of the day
        Expression& e = found_[k].expression;
        e.kind = ExpressionKind::Literal;
        e.type = TimexType::Set;
        e.literal = std::move(literal);
      }
      if (joins_a_weekly_set(pieces, found_, k)) {
        // "every Monday and Thursday": the second weekday recurs as the first does
        Expression& e = found_[k].expression;
        e.kind = ExpressionKind::Literal;
        e.type = TimexType::Set;
        e.literal = "XXXX-WXX-" + std::to_string(e.weekday);
      }
      const bool after_weekday = follows_weekday(pieces, found_, k);
      if (after_weekday) {
        // "from 8 p.m. Monday until 4 a.m. Tuesday": the first Tuesday after that Monday (the day in focus)
        found_[k].expression.anaphoric = true;
        found_[k].expression.weekday_mode = WeekdayMode::Next;
      }
      // "Friday - The U.S. says an invasion could begin" after "Feb 10 - Russia and Belarus begin drills": in a
      // timeline told of the past, a weekday heading an entry is the one gone by (until a heading turns to what is
      // next)
      const bool entry = heads_an_entry(pieces, found_[k].first, found_[k].end);
      // ("TIMELINE: A turbulent 2022 in Central Asia", then "Jan. 2 — Protests begin": the entries of a timeline
      // whose headline names one year are of that year, whatever their tense)
      // (so is a range heading an entry: "June 6 to June 9 — The European Union elects ...")
      const bool range_entry = k + 1 < found_.size() && ends_month_range(pieces, found_, k + 1) &&
                               heads_an_entry(pieces, found_[k].first, found_[k + 1].end);
      if ((entry || range_entry) && timeline_year_ > 0) apply_frame_year(found_[k].expression, timeline_year_);
      // (so is every entry of a list introduced as what happened: "Key events:", then "Jan. 15 - Carter is taken")
      const bool look_back = (entry && entries_look_back_ && found_[k].expression.kind == ExpressionKind::Weekday) ||
                             ((entry || range_entry) && entries_tell_events_);
      // (and every entry under a heading that turns to what is to come ("THE CALENDAR", then "– July 23 to Aug. 8:
      // the Olympics", written on Jan. 1) is ahead)
      const bool look_ahead = (entry || range_entry) && entries_look_ahead_ && !look_back;
      resolutions_.clear();
      for (size_t n = k; n <= last; ++n) {
        // ("until 11:00 GMT on Saturday": the day's tense is read from where its clock time starts, so the
        // "until" or "from" before the time governs it)
        const size_t from = n == day && day > k ? found_[k].first : found_[n].first;
        Tense told = look_back && n == k ? Tense::Past : look_ahead && n == k ? Tense::Future : Tense::Unknown;
        // ("Thursday, Feb. 22: ... The weekend: ..." in a log of days gone by: a weekend heading an entry with no
        // tense of its own follows the entries before it, not the coming one)
        const Expression& told_of = found_[n].expression;
        if (entry && n == k && told == Tense::Unknown && told_of.kind == ExpressionKind::Shift &&
            told_of.unit == Unit::Weekend) {
          told = Tense::Past;
        }
        resolutions_.push_back(resolve(pieces, resolver, found_[n], from, told));
      }
      if (last == k) settle_by_neighbours(pieces, k, after_weekday, resolver.reference());
      settle_in_next_week(pieces, k, last, resolver.reference(), next_week_monday);
      // ("also said on Saturday that they would close from Sunday": a future told on a day gone by counts from that
      // day, to the first such weekday after it)
      // (the weekday next after the telling, no other date between: "said Wednesday it would apologise on
      // Wednesday" is that day)
      if (last == k && telling_day && k > 0 && found_[k - 1].end == telling_end && found_[k].first <= telling_end + 8 &&
          found_[k].expression.kind == ExpressionKind::Weekday &&
          found_[k].expression.weekday_mode == WeekdayMode::ByTense && resolutions_[0].value.size() == 10 &&
          would_between(pieces, telling_end, found_[k].first)) {
        const CivilDate next = weekday_on_or_after(*telling_day, found_[k].expression.weekday);
        resolutions_[0].value = format_timex(date_fields(next));
      }
      if (last == k && names_telling_day(pieces, found_[k])) {
        // (its part of the day set aside: "announced on Monday night that they would close Tuesday")
        telling_day = day_in_value(resolutions_[0].value);
        telling_end = found_[k].end;
      }
      // ("Monday: Jury selection begins ... Tuesday: A teller who pleaded guilty in May will be sentenced": the
      // weekdays heading a calendar's entries follow one another, whatever each entry's tense)
      if (entry && last == k && found_[k].expression.kind == ExpressionKind::Weekday &&
          found_[k].expression.fields.day <= 0) {
        if (entry_day_) {
          const int ahead = (found_[k].expression.weekday - weekday(*entry_day_) + 7) % 7;
          if (ahead > 0 && resolutions_[0].value.size() >= 10) {
            const CivilDate next = add_days(*entry_day_, ahead);
            resolutions_[0].value.replace(0, 10, format_timex(date_fields(next)));
            resolver.focus_on_day(next);
          }
        }
        entry_day_ = day_in_value(resolutions_[0].value);
      }
      // (an entry with no day or month to compare, "The weekend: ...", leaves the direction as it was)
      if (entry && last == k && resolver.reference() && names_month_or_day(resolutions_[0].value)) {
        entries_look_back_ = before_date(resolutions_[0].value, *resolver.reference());
      }
      // ("run from next Monday to Thursday": the end of a range of weekdays is the first such day after its start)
      if (last == k && ends_range_of_days(pieces, found_, k) && resolutions_[0].value.size() >= 10) {
        const auto start = day_in_value(previous_value_);
        const auto on = day_in_value(resolutions_[0].value);
        if (start && on && (*on < *start || days_from_civil(*on) - days_from_civil(*start) > 6)) {
          resolutions_[0].value.replace(
              0, 10, format_timex(date_fields(weekday_on_or_after(*start, found_[k].expression.weekday))));
        }
      }
      if (day == k && ends_clock_range(pieces, found_, k)) {
        // "between 6 p.m. Tuesday and 4 a.m.": on the start's day, or the next
        resolutions_[0].value = clock_range_end_value(previous_value_, resolutions_[0].value);
        if (const auto on = day_in_value(resolutions_[0].value)) {
          resolver.focus_on_day(*on, found_[k].expression.fields.hour >= 0 && found_[k].expression.fields.hour < 6);
        }
      }
      // "Sunday, July 6, 2014 · Refresh", then "6:15 p.m. — Pickets ...": the entries of a running report or a
      // timetable are on the day its last dated heading named, whatever days the entries themselves speak of
      if (last == k && heads_a_line_as_date(pieces, found_[k], resolutions_[0].value)) {
        heading_day_ = resolutions_[0].value.substr(0, 10);
        last_entry_.reset();  // (the entries under a new dated heading start on its day)
      } else if (last == k && resolutions_[0].value.size() > 10 &&
                 (is_timed_entry(pieces, found_[k]) || (!heading_day_.empty() && is_colon_entry(pieces, found_[k])))) {
        // (with no dated heading, a live report's own day: the reference's)
        const std::string day = !heading_day_.empty()  ? heading_day_
                                : resolver.reference() ? format_timex(date_fields(*resolver.reference()))
                                                       : std::string();
        if (day.size() == 10) resolutions_[0].value.replace(0, 10, day);
        // (and the entry's own words start from that day, not from a date the entry before told of: "since
        // midnight" after "Helene, which hit the Big Bend on Sept. 26")
        if (const auto on = parse_iso_date(day)) resolver.focus_on_day(*on);
        // (when the entry speaks of today: "19.50 BST – Fasting in London today lasts from 2.44am to 9.21pm"; not
        // "6:15 p.m. — Best time to look is after 1 a.m.", the coming night's)
        if (std::any_of(pieces.begin(), pieces.end(), [](const Piece& p) { return p.lower == "today"; })) {
          resolver.forget_evening_clock();
        }
      }
      // ("(1812 GMT)" closing a wire story: the hour it was filed, on the reference day)
      if (last == k && last_sentence_ && resolver.reference() && resolutions_[0].value.size() > 10 &&
          is_filing_stamp(pieces, found_[k])) {
        resolutions_[0].value.replace(0, 10, format_timex(date_fields(*resolver.reference())));
      }
      // ("1960: An earthquake struck Agadir at 11:40 p.m." in an on-this-day column: a year heading an entry puts
      // that year's day of the reference in focus, on which the entry's clock times and "that day" fall)
      if (last == k && k == 0 && entry && resolver.reference()) {
        const CivilDate& ref = *resolver.reference();
        const int year = only_year(std::span<const Mention>(found_).subspan(k, 1));
        if (year > 0 && is_valid_date(year, ref.month, ref.day)) {
          resolver.focus_on_day(CivilDate{year, ref.month, ref.day});
        }
      }
      if (last == k && opens_line_with_clock_time(pieces, found_[k])) {
        // ("11:58 p.m. – ..." then "12:07 a.m. – Fireworks over": a running report's entries go on in time order,
        // past midnight)
        const Expression& e = found_[k].expression;
        std::string& value = resolutions_[0].value;
        if (const auto on = day_in_value(value); on && value.size() > 10) {
          const int minute = e.fields.hour * 60 + std::max(e.fields.minute, 0);
          const CivilDate entry_day = day_after_previous_entry(last_entry_, *on, minute);
          last_entry_ = TimedEntry{entry_day, minute};
          value.replace(0, 10, format_timex(date_fields(entry_day)));
        }
      } else if (last == k &&
                 ((found_[k].first == 0 && found_[k].expression.kind == ExpressionKind::Weekday) ||
                  (k > 0 && stamps_entry_with_clock_time(pieces, found_, k - 1))) &&
                 pieces[0].newline_before && found_[k].expression.fields.hour >= 0 &&
                 resolutions_[0].value.size() > 10) {
        // ("8:34 p.m. Friday — A quake strikes" then "1:05 a.m. — A warning is issued"): an entry with its own day
        // starts the run of entries that follow it
        const Expression& e = found_[k].expression;
        if (const auto on = day_in_value(resolutions_[0].value)) {
          last_entry_ = TimedEntry{*on, e.fields.hour * 60 + std::max(e.fields.minute, 0)};
        }
      } else if (last == k && last_entry_ && found_[k].expression.half_guessed) {
        // ("11:05 p.m. — The first wave is off. Wave 2 follows at 11:15"; "7:00 a.m. — ... Volunteers have been here
        // since 4:30"): in a running report a clock time with no a.m. or p.m. is in the half of the day nearer the
        // entry's time
        settle_half_of_day(resolutions_[0].value, last_entry_->minute);
      }
      if (day > k) {
        const std::string_view date = std::string_view(resolutions_.back().value).substr(0, 10);
        for (size_t n = 0; n + 1 < resolutions_.size(); ++n) {
          // (a range's end is the day's own time, or the clock time that ends a range "until" a day without one:
          // "from 6pm until 6am on New Year's Day"; "run from 10am to 1am on the first day of Eid" gives the hours of
          // that day)
          const bool ends_before_day =
              resolutions_.back().value.size() == 10 && n + 3 == resolutions_.size() &&
              ends_clock_range(pieces, found_, k + n + 1) &&
              (pieces[found_[k + n].end].lower == "until" || pieces[found_[k + n].end].lower == "till");
          const std::string_view range_end = ends_before_day ? std::string_view(resolutions_[n + 1].value)
                                                             : std::string_view(resolutions_.back().value);
          if (date.size() != 10 || resolutions_[n].value.size() <= 10) continue;
          // ("signed the bill shortly after midnight on Thursday": the midnight that began the day, 24:00 of the
          // one before; "from 5am until 1am tonight": a range's start later in the day than its end, the day before)
          // ("between midnight and 4am on Sunday": a midnight before a morning hour begins the day, too)
          const bool midnight_opens_morning =
              found_[k + n].expression.fields.hour == 24 && ends_clock_range(pieces, found_, k + n + 1) &&
              found_[k + n + 1].expression.fields.hour >= 0 && found_[k + n + 1].expression.fields.hour < 12;
          const bool day_before = after_midnight(pieces, found_[k + n]) || midnight_opens_morning ||
                                  starts_later_in_day(resolutions_[n].value, range_end);
          const std::optional<CivilDate> on = day_before ? parse_iso_date(date) : std::nullopt;
          if (on) {
            resolutions_[n].value.replace(0, 10, format_timex(date_fields(add_days(*on, -1))));
          } else {
            resolutions_[n].value.replace(0, 10, date);
          }
        }
      }
      // ("from 8 a.m. to midnight on Saturday and Sunday": clock times on more than one day are any day's)
      // (not "between 5pm on Wednesday and 2am Thursday": the second day has an hour of its own)
      const bool days_joined = day > k && day + 1 < found_.size() && follows_weekday(pieces, found_, day + 1) &&
                               found_[day + 1].expression.fields.hour < 0;
      for (size_t n = k; n <= last; ++n) {
        Resolution& r = resolutions_[n - k];
        // "usually between midnight and 4 a.m.", "from 8 a.m. to 10 p.m. Tuesday through Friday": any day's hour
        // (not a time right after its own date: "run nightly until 9 p.m., and fireworks on Dec. 31 at 10 p.m.")
        // (nor the end of a range of hours that starts right after its day: "open today from 9 a.m. to noon, an
        // arrangement usually kept for elections")
        // ("stays open weekends until Oct. 29, when the clocks go back at 2 a.m.": nor one in a "when" clause of a day)
        const bool own_day = follows_its_day(pieces, found_, k) || day_named_after_recurrence(found_, k) ||
                             (in_when_clause_after_day(pieces, found_, k) && found_[k - 1].expression.fields.day > 0) ||
                             (k > 0 && ends_clock_range(pieces, found_, k) && follows_its_day(pieces, found_, k - 1) &&
                              !previous_value_.starts_with("XXXX"));
        const bool any_day = ((habit || recurrence) && !own_day && day == k) || (days_joined && n < day) ||
                             hours_over_days(pieces, found_, n);
        // (not a running report's entry: "11:35 a.m. — The judge says court will sit four days a week")
        if (any_day && is_dayless_clock_time(found_[n].expression) && r.value.size() > 10 &&
            !is_timed_entry(pieces, found_[n]) &&
            !(tense_around(pieces, found_[n].first, found_[n].end) == Tense::Past &&
              !recurrence_near(pieces, found_, n))) {
          r.value.replace(0, 10, "XXXX-XX-XX");
        }
        // "take effect on January 1 each year": any year's day
        if (r.value.size() == 10 && recurs_yearly(pieces, found_, n, other_years)) r.value.replace(0, 4, "XXXX");
        // "Cases usually peak between August and October", "banned from May to October each year": any year's month
        if (r.value.size() == 7 && r.value[4] == '-' && in_span_of_months(pieces, found_, n)) {
          if (!yearly_round) {
            yearly_round =
                (habit && tells_of_a_habit_beyond_the_week(pieces)) || tells_of_a_yearly_round(pieces, found_);
          }
          if (*yearly_round) r.value.replace(0, 4, "XXXX");
        }
        // "Saturday 21:30 — Artillery is still firing", "Friday, 11:40 p.m. — Negotiators ...": a running report's
        // entry stamped with its weekday and clock time is one TIME over both, with the clock time's value (each
        // read as it would be alone); the weekday waits for its clock time
        if (held_stamp_ && held_stamp_->index + 1 == n && r.type == TimexType::Time) {
          emit(out, pieces, Mention{found_[n - 1].first, found_[n].end, found_[n].expression}, r);
          held_stamp_.reset();
        } else if (stamps_entry_with_clock_time(pieces, found_, n)) {
          held_stamp_ = HeldStamp{n, r};
        } else {
          emit_held_stamp(out, pieces);
          emit(out, pieces, found_[n], r);
        }
      }
      previous_value_ = resolutions_.back().value;
      if (const size_t close = closes_parenthesis_after(pieces, found_[last].end); close > 0) {
        const std::string_view v = previous_value_;
        const bool part_of_year = v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H');
        paren_year = part_of_year ? year_of_value(v) : 0;
        paren_close = close;
      }
      // ("For fiscal 2015, which began Nov. 29": a fiscal year straddles two calendar years, so frames nothing)
      if (k == 0 && last == 0 && opens_sentence_with_comma(pieces, found_[0]) &&
          pieces[found_[0].first].lower != "fiscal")
        frame_year = told_frame_year_ = year_of_value(previous_value_);
      // ("in 2006, when it adjourned on Sept. 30": the year of a "when" clause frames what follows in it)
      else if (last == k && opens_when_clause(pieces, found_[k]) && year_of_value(previous_value_) > 0)
        frame_year = year_of_value(previous_value_);
      // ("January 2018: The plan, due to start on 22 January, is postponed": so does an entry's label with its year)
      else if (k == 0 && last == 0 && entry && found_[k].expression.kind == ExpressionKind::Calendar &&
               !found_[k].expression.needs_year && found_[k].expression.fields.year > 0)
        frame_year = found_[k].expression.fields.year;
      // ("Terms end by June 30, but in 2020 the last opinions came on July 9": so does one opening a later clause)
      else if (last == k && opens_clause_with_year(pieces, found_[k]))
        frame_year = year_of_value(previous_value_);
      // ("hopes to keep the 2001 edition in mid-October": so does the year of a yearly event's edition)
      else if (last == k && names_edition_year(pieces, found_[k]))
        frame_year = year_of_value(previous_value_);
      k = last;
    }
    emit_held_stamp(out, pieces);
  }

  // Emits a held entry weekday alone (its clock time did not follow as a TIME).
  void emit_held_stamp(Sink& out, std::span<const Piece> pieces) {
    if (!held_stamp_) return;
    emit(out, pieces, found_[held_stamp_->index], held_stamp_->resolution);
    held_stamp_.reset();
  }

  // Emits a mention with its resolution; "Tuesday, New Year's Day" as two expressions, the weekday and the
  // holiday, each with the date (the comma between stays out).
  static void emit(Sink& out, std::span<const Piece> pieces, const Mention& m, const Resolution& r) {
    const auto emit_span = [&](size_t first, size_t last) {
      out.emit("dates", pieces[first].begin, pieces[last].end, {{"type", type_name(r.type)}, {"value", r.value}});
    };
    if (const size_t holiday = m.expression.apposed_holiday; holiday > m.first + 1 && holiday < m.end) {
      emit_span(m.first, holiday - 2);
      emit_span(holiday, m.end - 1);
      return;
    }
    emit_span(m.first, m.end - 1);
  }

  // Settles the value of mention k, the last of its group, by its neighbours: a count of years back by the year
  // set off after it; a holiday set off after its date, the second weekday of a pair, a clock time in a "when"
  // clause, a weekday a holiday falls on, a holiday a weekday is said to be, by the mention before it.
  void settle_by_neighbours(std::span<const Piece> pieces, size_t k, bool after_weekday,
                            const std::optional<CivilDate>& reference) {
    // ("last hosted the Games a century ago, in 1924": a round count of years back, set off before the year it
    // means, takes that year)
    if (k + 1 < found_.size() && resolutions_[0].value.size() == 4 &&
        found_[k].expression.kind == ExpressionKind::Shift && found_[k + 1].first == found_[k].end + 2 &&
        pieces[found_[k].end].text == "," && pieces[found_[k].end + 1].lower == "in") {
      const CalendarFields& named = found_[k + 1].expression.fields;
      const int counted = digits_at(resolutions_[0].value, 0, 4);
      if (found_[k + 1].expression.kind == ExpressionKind::Calendar && named.year > 0 && named.month <= 0 &&
          counted > 0 && std::abs(named.year - counted) <= 2) {
        resolutions_[0].value = std::to_string(named.year);
      }
    }
    // ("travel for Eid al-Adha, expected on June 7", "celebrated Eid-ul-Fitr on Saturday": a holiday that waits on
    // the moon's sighting is on the day the text gives it, a day or three from the one reckoned)
    if (moon_holiday_given_day(pieces, found_, k)) {
      if (const auto own = parse_iso_date(resolutions_[0].value); own && resolutions_[0].value.size() == 10) {
        const Expression& given = found_[k + 1].expression;
        for (int shift = -3; shift <= 3; ++shift) {
          const CivilDate day = add_days(*own, shift);
          const bool same = given.kind == ExpressionKind::Weekday
                                ? weekday(day) == given.weekday
                                : day.month == given.fields.month && day.day == given.fields.day;
          if (same) {
            resolutions_[0].value = format_timex(date_fields(day));
            break;
          }
        }
      }
    }
    // ("Britain marks VE Day with a silence, 70 years on", written on May 8: the anniversary being marked)
    if (reference && marks_day_of_history(pieces, found_[k]) && resolutions_[0].value.size() == 10) {
      const auto day = parse_iso_date(resolutions_[0].value);
      if (day && day->month == reference->month && day->day == reference->day) {
        resolutions_[0].value = format_timex(date_fields(*reference));
      }
    }
    if (k == 0) return;
    // ("new marches for Saturday, May 1, Labor Day": a holiday set off after a date is that date)
    if (names_holiday_after_date(pieces, found_, k) && previous_value_.size() == 10) {
      resolutions_[0].value = previous_value_;
    }
    // ("said Saturday and Sunday were his busiest days": the second of a pair or the end of a range is the first
    // such weekday after the day the first one was resolved to, which a telling day leaves out of focus)
    if (after_weekday && found_[k].expression.fields.hour < 0 && resolutions_[0].value.size() == 10) {
      if (const auto start = day_in_value(previous_value_)) {
        resolutions_[0].value =
            format_timex(date_fields(weekday_on_or_after(*start, found_[k].expression.weekday, true)));
      }
    }
    // ("open weekends until Oct. 29, when the clocks go back an hour at 2 a.m.": a clock time in a "when" clause
    // after a day is on that day)
    if (resolutions_[0].value.size() > 10 && in_when_clause_after_day(pieces, found_, k) &&
        previous_value_.size() >= 10 && day_in_value(previous_value_)) {
      resolutions_[0].value.replace(0, 10, previous_value_.substr(0, 10));
    }
    // ("St. Patrick's Day falls on Saturday this year": a weekday a holiday falls on is the holiday's day)
    if (names_weekday_holiday_falls_on(pieces, found_, k)) {
      if (const auto on = parse_iso_date(previous_value_);
          on && previous_value_.size() == 10 && weekday(*on) == found_[k].expression.weekday) {
        resolutions_[0].value = previous_value_;
      }
    }
    // ("because Friday was Emancipation Day": a holiday observed off its own date, a day or three away, is the
    // weekday it is said to be)
    if (names_holiday_said_of_weekday(pieces, found_, k)) {
      const auto on = parse_iso_date(previous_value_);
      const auto own = parse_iso_date(resolutions_[0].value);
      if (on && own && previous_value_.size() == 10 && resolutions_[0].value.size() == 10 &&
          std::abs(days_from_civil(*on) - days_from_civil(*own)) <= 3) {
        resolutions_[0].value = previous_value_;
      }
    }
    // ("sentencing on Remembrance Day, Wednesday": a weekday set off after a holiday that falls on it is its day)
    if (names_weekday_after_holiday(pieces, found_, k)) {
      if (const auto on = parse_iso_date(previous_value_);
          on && previous_value_.size() == 10 && weekday(*on) == found_[k].expression.weekday) {
        resolutions_[0].value = previous_value_;
      }
    }
  }

  // "Highlights of next week include Mahler's songs on Thursday": a weekday told after a "next week" that frames
  // its sentence (opening it, or the week a topic is "of"; not "talks resume next week, the ministry said Friday")
  // is a day of that week. `next_week_monday` holds that week's Monday once the sentence has told it.
  void settle_in_next_week(std::span<const Piece> pieces, size_t k, size_t last,
                           const std::optional<CivilDate>& reference, std::optional<CivilDate>& next_week_monday) {
    const Expression& e = found_[k].expression;
    std::string& value = resolutions_[0].value;
    if (next_week_monday && e.kind == ExpressionKind::Weekday &&
        (e.weekday_mode == WeekdayMode::ByTense || e.weekday_mode == WeekdayMode::This) && e.weekday > 0 &&
        value.size() >= 10) {
      if (const auto on = day_in_value(value); on && *on < *next_week_monday) {
        value.replace(0, 10, format_timex(date_fields(add_days(*next_week_monday, e.weekday - 1))));
      }
    }
    if (!reference || next_week_monday || last != k) return;
    const IsoWeek next = iso_week(add_days(*reference, 7));
    CalendarFields week;
    week.year = next.year;
    week.week = next.week;
    const size_t at = found_[k].first;
    // ("will run next week, Monday through Thursday": or weekdays set off after it spell it out)
    const size_t end = found_[k].end;
    const bool spelled_out = end + 1 < pieces.size() && pieces[end].text == "," && k + 1 < found_.size() &&
                             found_[k + 1].first == end + 1 && found_[k + 1].expression.kind == ExpressionKind::Weekday;
    const bool frames =
        at == 0 || (at == 1 && pieces[0].kind != PieceKind::Word) || pieces[at - 1].lower == "of" || spelled_out;
    if (frames && value == format_timex(week)) next_week_monday = iso_week_monday(next);
  }

  // (`told`: the tense the entry's place in a list gives it, or Unknown to read it around the mention)
  static Resolution resolve(std::span<const Piece> pieces, DateResolver& resolver, const Mention& m, size_t first,
                            Tense told = Tense::Unknown) {
    const Tense tense = !DateResolver::needs_tense(m.expression) ? Tense::Unknown
                        : told != Tense::Unknown                 ? told
                                                                 : tense_around(pieces, first, m.end);
    return resolver.resolve(m.expression, tense);
  }

  // Whether the text reports a ball game (decided once per document, and only when a bare half needs it).
  bool reports_a_game(const Document& doc, const Lexicon& lexicon) {
    if (!game_report_) game_report_ = count_words_of_class(doc, lower_, lexicon, WordClass::GameWord, 1) > 0;
    return *game_report_;
  }

  // Whether the text speaks of an election (decided once per document, when a bare "November" needs it).
  bool about_an_election(const Document& doc, const Lexicon& lexicon) {
    if (!election_text_) election_text_ = count_words_of_class(doc, lower_, lexicon, WordClass::VoteNoun, 1) > 0;
    return *election_text_;
  }

  // Whether the text reports a game played in quarters (decided once per document, when a bare quarter needs it).
  bool reports_a_game_in_quarters(const Document& doc, const Lexicon& lexicon) {
    if (!game_in_quarters_) {
      game_in_quarters_ = count_words_of_class(doc, lower_, lexicon, WordClass::GameClockWord, 1) > 0;
    }
    return *game_in_quarters_;
  }

  // The first complete date (year, month, day) in the opening bytes of the text.
  std::optional<CivilDate> find_dateline(const Document& doc, const Lexicon& lexicon) {
    for (const Sentence& sentence : doc.sentences()) {
      if (sentence.begin >= kDatelineWindowBytes) break;
      pieces_.build(doc, sentence, lower_, lexicon);
      const auto pieces = pieces_.pieces();
      for (size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].begin >= kDatelineWindowBytes) break;
        const std::optional<Mention> mention = Recognizer::match(pieces, i);
        if (!mention) continue;
        const CalendarFields& f = mention->expression.fields;
        if (mention->expression.kind == ExpressionKind::Calendar && f.year > 0 && f.month > 0 && f.day > 0 &&
            is_valid_date(f.year, f.month, f.day)) {
          return CivilDate{f.year, f.month, f.day};
        }
        i = mention->end - 1;
      }
    }
    return std::nullopt;
  }

  std::string lower_;
  PieceSequence pieces_;
  std::optional<bool> game_report_;
  std::optional<bool> game_in_quarters_;
  std::optional<bool> election_text_;
  HolidayContext holidays_;              // the document's holiday dates (country, which Eid), settled on first need
  std::vector<Mention> found_;           // the current sentence's expressions, in text order
  std::vector<Resolution> resolutions_;  // reused across sentences
  std::string previous_value_;           // the value emitted last in the sentence
  int timeline_year_ = 0;                // the one year the text's headline (or else its lead) names, or 0
  int told_frame_year_ = 0;              // the year that opened the last sentence ("In 2009, ..."), or 0
  bool entries_look_back_ = false;       // the last entry heading a line was dated before the reference
  bool entries_tell_events_ = false;     // a list introduced as what happened ("Key events:") is under way
  bool entries_look_ahead_ = false;      // a heading turned to what is to come ("THE CALENDAR", "What's next")
  std::optional<CivilDate> entry_day_;   // the day of the last weekday that headed an entry
  std::string heading_day_;              // the day ("2014-07-06") of the last date that headed a line, or empty
  // A weekday stamping a running report's entry, held until its clock time
  struct HeldStamp {
    size_t index = 0;  // in found_
    Resolution resolution;
  };
  std::optional<HeldStamp> held_stamp_;
  std::optional<TimedEntry> last_entry_;  // the day and time of the last timed entry of a running report
  bool last_sentence_ = false;            // whether the sentence read is the document's last
};

}  // namespace
}  // namespace quarry::dates

QUARRY_PLUGIN(dates, quarry::dates::DatesExtractor, "0.1.0", "MIT",
              "Temporal expressions resolved to TimeML TIMEX3 type and value", "dates", "")
