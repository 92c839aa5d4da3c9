// Turns a recognized Expression into its TIMEX3 type and value against the reference date, the tense of
// its clause and what the document said before (a weekday bound to a date, the last quarter mentioned).
// One DateResolver lives for one document; resolve() is called in text order.
#ifndef QUARRY_DATES_RESOLVER_HPP
#define QUARRY_DATES_RESOLVER_HPP

#include <optional>
#include <string>

#include "calendar.hpp"
#include "expression.hpp"

namespace quarry::dates {

struct Resolution {
  TimexType type = TimexType::Date;
  std::string value;
};

class DateResolver {
 public:
  explicit DateResolver(std::optional<CivilDate> reference) : reference_(reference) {}

  // `tense` matters only for expressions that need it (weekdays, months without a year).
  Resolution resolve(const Expression& expression, Tense tense);

  // Whether an expression's value depends on the clause's tense (so the caller computes it only then).
  static bool needs_tense(const Expression& expression);

  const std::optional<CivilDate>& reference() const { return reference_; }

  // Puts a day in focus that the caller settled after resolving ("between 6 p.m. Tuesday and 4 a.m." ends on
  // Wednesday): the clock times told after it are on that day.
  // (with `small_hours`, the day came with a time before 6 a.m.: "between 10 p.m. Friday and 3 a.m.")
  void focus_on_day(const CivilDate& date, bool small_hours = false) {
    remember_date(date);
    focus_is_small_hours_ = small_hours;
  }

  // Forgets the evening clock time told in the sentence: a running report's entry stamp ("19.50 BST – Fasting in
  // London today lasts from 2.44am to 9.21pm") tells when the entry was written, not an evening whose small hours
  // would be the next day's.
  void forget_evening_clock() { evening_clock_in_sentence_ = false; }
  // Marks the start of a sentence: a date in focus named before it is an older, weaker anchor.
  void begin_sentence() {
    focus_in_sentence_ = false;
    quarter_in_sentence_ = false;
    half_in_sentence_ = 0;
    evening_clock_in_sentence_ = false;
    holiday_in_sentence_.reset();
    ++sentences_since_coming_day_;
    ++sentences_begun_;
  }

 private:
  std::string resolve_calendar(const Expression& e, Tense tense);
  // A quarter named with the day it ends on (Expression::ends_month), in that day's year.
  Resolution resolve_quarter_by_end(const Expression& e, Tense tense);
  bool in_told_year(const CalendarFields& f, const Expression& e, Tense tense) const;
  int year_near_sentence_date(const CalendarFields& f, const Expression& e, Tense tense) const;
  std::string resolve_shift(const Expression& e, Tense tense);
  std::string resolve_weekday(const Expression& e, Tense tense);
  std::string resolve_season(const Expression& e);
  // Whether `date`, named earlier in the text, lies on the side of the reference the clause's tense rules out (after
  // it in a past clause, before it in a future one).
  bool against_tense(const CivilDate& date, Tense tense) const;
  void remember(const CalendarFields& fields);
  // Takes `day`, a date `e` wrote out with its day, as the event day when it is the first fit: in the opening
  // sentences, two days to four months ahead, and no limit of a span. (Not a weekday alone: weather texts name the
  // days of a forecast, and their clock times stay on the reference day; tried, +27 -10.)
  void note_event_day(const Expression& e, const CivilDate& day);
  void remember_date(const CivilDate& date);

  std::optional<CivilDate> reference_;
  // A weekday bound to a date earlier in the text ("Friday (Jan 24)"): a later bare "Friday" is that day.
  std::optional<CivilDate> weekday_dates_[8];
  // The last quarter the text resolved ("the third quarter" → 1989-Q3), for "a year ago" and "the quarter".
  int last_quarter_year_ = -1;
  int last_quarter_ = 0;
  // The last date the text named down to the day, month or year, for "that day", "later that year".
  CalendarFields focus_;
  bool focus_in_sentence_ = false;  // whether the current sentence named the date in focus
  bool focus_is_night_ = false;     // the date in focus was a night ("the night from Saturday to Sunday")
  bool focus_is_morning_ = false;   // the date in focus was a morning ("too early to call Wednesday morning")
  // the date in focus came with a time in the small hours ("buses run till 3 am Thursday")
  bool focus_is_small_hours_ = false;
  bool focus_ends_span_ = false;  // the date in focus bounds a span ("funded through Dec. 3", "since June 9")
  // The last clock time resolved to a day ("8 p.m." → 2014-12-31T20:00), in minutes from 1970-01-01, or -1.
  int64_t last_clock_ = -1;
  // the last full date told, even one that left the focus as it was ("the 70th anniversary of the landings of June
  // 6, 1944 ... crossed the Channel that day")
  std::optional<CivilDate> last_told_day_;
  // the last year written out before the reference year's ("born on Feb. 29, 1932"), or 0: the year "that
  // February" points back to when the focus has come round to the reference year
  int last_written_past_year_ = 0;
  // whether the sentence told an evening clock time on the day in focus ("start at 11:55 p.m. tonight ... and run
  // until 12:10 a.m.": the small hours it runs until are the next day's)
  bool evening_clock_in_sentence_ = false;
  // the last day the text named in the three weeks after the reference ("will stage matches tomorrow"), for a clock
  // time in a future clause when the day in focus has gone by ("... announced Friday. Play will begin at 11:30 a.m.")
  std::optional<CivilDate> coming_day_;
  // the day of the text's own vote, once named ("the Oct. 7 recall election"), for its "Election Day"
  std::optional<CivilDate> vote_day_;
  // the day of a holiday the current sentence named within a week of the reference ("after Ascension Day on
  // Thursday"), which a bare weekday after it in the sentence is
  std::optional<CivilDate> holiday_in_sentence_;
  int sentences_since_coming_day_ = 0;
  // the day ahead the text's opening sentences name ("will drive tractors down Highway 51 on Thursday, Aug. 6"): the
  // day of the event it announces, on which its schedule's clock times fall ("The convoy will leave at 6 a.m.")
  std::optional<CivilDate> event_day_;
  int sentences_begun_ = 0;
  bool quarter_in_sentence_ = false;  // whether the current sentence named a quarter
  // the half of a year the current sentence named, or 0, and its year: "in the first half of 2011, up from 7,100 in the
  // same period last year" compares the first halves
  int half_in_sentence_ = 0;
  int half_year_ = 0;
  bool month_pair_in_focus_ = false;  // whether the month in focus ends a pair or range ("November and December")
};

}  // namespace quarry::dates

#endif  // QUARRY_DATES_RESOLVER_HPP
