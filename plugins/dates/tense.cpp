#include "tense.hpp"

#include "grammar.hpp"
#include "tense_cues.hpp"
#include "tense_phrases.hpp"

namespace quarry::dates {
namespace {

constexpr size_t kWindow = 15;
constexpr size_t kFarWindow = 25;  // how far back a "will" still governs when nothing nearer does
constexpr size_t kNearWindow = 5;  // how many words away a "near" cue (a present modal) still governs

// A "near" cue `distance` words from the date is too far to govern it.
bool beyond_reach(const Piece& cue, size_t distance) {
  return cue.info && cue.info->tense_strength == TenseStrength::Near && distance > kNearWindow;
}

// Whether the quotation mark at i closes a quotation ("“After October the price goes up,” he said": the
// attribution after it is told in its own tense).
bool closes_quotation(const Piece& p) { return p.kind == PieceKind::Quote && p.quote_closes && !p.quote_opens; }

// Whether the quotation mark p opens a quotation ("in July, RT is ''providing a perspective you won't get ...''":
// what is quoted after the expression is told in its own tense).
bool opens_quotation(const Piece& p) { return p.kind == PieceKind::Quote && p.quote_opens && !p.quote_closes; }

// The nearest tense cue after `end` within the clause. A present-tense "is"/"are" across a comma belongs to
// the main clause, not to a fronted adjunct ("After a defeat in New Hampshire Tuesday, Clinton is
// staggering"): it decides nothing, though a later modal or past form still may ("On Monday, the talks are
// expected to ...").
Tense tense_to_the_right(std::span<const Piece> sentence, size_t end) {
  bool comma = false;
  bool present = false;
  for (size_t i = end; i < sentence.size() && i < end + kWindow; ++i) {
    if (is_clause_break(sentence, i) || closes_quotation(sentence[i]) || (i > end && opens_quotation(sentence[i])))
      break;
    if (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",") comma = true;
    if (beyond_reach(sentence[i], i - end + 1)) continue;
    if (sentence[i].info && (sentence[i].info->tense_strength == TenseStrength::Schedule ||
                             sentence[i].info->tense_strength == TenseStrength::ScheduleBare ||
                             sentence[i].info->tense_strength == TenseStrength::Aim)) {
      continue;
    }
    const Tense t = cue_of(sentence, i);
    if (t == Tense::Present) {
      if (!comma && !present) return t;
      present = true;
      continue;
    }
    if (t != Tense::Unknown) return t;
  }
  return Tense::Unknown;
}

// "and on Monday, ...", "but Tuesday, ...": the expression [first, end), with its preposition, opens a clause
// after a conjunction and is set off by a comma.
bool opens_clause_before_comma(std::span<const Piece> sentence, size_t first, size_t end) {
  if (end >= sentence.size() || sentence[end].kind != PieceKind::Punct || sentence[end].text != ",") return false;
  size_t p = first;
  if (p > 0 && sentence[p - 1].is(WordClass::FunctionWord) && sentence[p - 1].lower != "and" &&
      sentence[p - 1].lower != "but") {
    --p;  // "on", "by", "since"
  }
  if (p == 0) return false;
  // ("collected this afternoon and Sunday, Boyd said": the second of two dates joined, no clause of its own)
  if (p >= 2 &&
      (sentence[p - 2].kind == PieceKind::Number || (sentence[p - 2].info && sentence[p - 2].info->temporal))) {
    return false;
  }
  const std::string_view before = sentence[p - 1].lower;
  // ("peaks between 3 p.m. and 7 p.m. Wednesday, it said": the end of a range "between" opened)
  if (before == "and") {
    for (size_t k = p - 1; k > 0 && p - 1 - k < 6; --k) {
      if (sentence[k - 1].lower == "between") return false;
    }
  }
  return before == "and" || before == "but" || before == "while" || before == "yet";
}

// Whether "is open" or "are open" stands a few words before `at` in its clause ("Markets are open tomorrow and").
bool follows_opening(std::span<const Piece> sentence, size_t at) {
  for (size_t k = at; k > 1 && at - k < 12; --k) {
    if (is_clause_break(sentence, k - 1)) return false;
    if (sentence[k - 1].lower == "open" && (sentence[k - 2].lower == "is" || sentence[k - 2].lower == "are"))
      return true;
  }
  return false;
}

// "The semifinal, scheduled for 8 p.m. Friday, began at 10:30 p.m.": the date [first, end) of a plan set off by
// commas, whose clause then tells in the past what came of it.
// (not "the race, scheduled for Sunday, had been cancelled": a plan called off was for a day still ahead)
bool plan_told_as_past(std::span<const Piece> sentence, size_t first, size_t end) {
  if (first < 3 || sentence[first - 1].lower != "for" || !sentence[first - 2].lower.ends_with("ed") ||
      sentence[first - 3].kind != PieceKind::Punct || sentence[first - 3].text != "," || end + 1 >= sentence.size() ||
      sentence[end].text != ",") {
    return false;
  }
  for (size_t k = end + 1; k < sentence.size() && k <= end + 3; ++k) {
    const std::string_view w = sentence[k].lower;
    if (w == "had" || w == "cancelled" || w == "canceled" || w == "scrapped" || w == "called" ||
        sentence[k].is(WordClass::MovesDate)) {
      return false;
    }
  }
  return tense_to_the_right(sentence, end + 1) == Tense::Past;
}

// Whether a comma stands a few words before the speech verb at `verb` (", Kovac said,"), with only names or a
// pronoun between: the attribution is set off from the clause it reports.
bool set_off_before(std::span<const Piece> sentence, size_t verb) {
  for (size_t k = verb; k > 0 && verb - k < 4; --k) {
    const Piece& p = sentence[k - 1];
    if (p.kind == PieceKind::Punct) return p.text == ",";
    if (p.kind != PieceKind::Word || !(p.upper_initial || p.lower == "he" || p.lower == "she" || p.lower == "they")) {
      return false;
    }
  }
  return false;
}

}  // namespace

bool introduces_past_events(std::span<const Piece> sentence) {
  constexpr size_t kReach = 5;  // words before the colon
  if (sentence.size() < 2 || sentence.back().text != ":") return false;
  for (size_t k = sentence.size() - 1; k > 0 && sentence.size() - 1 - k < kReach; --k) {
    const std::string_view w = sentence[k - 1].lower;
    if (w == "events" || w == "timeline" || w == "chronology" || w == "happened" || w == "unfolded" ||
        w == "developments" || w == "cases" || w == "incidents") {
      return true;
    }
  }
  return false;
}

bool heads_what_is_next(std::span<const Piece> sentence) {
  if (sentence.empty() || !sentence[0].newline_before) return false;
  // (the heading's own line: "THE CALENDAR" with the list's first entry on the next line of the same sentence)
  size_t line_end = 1;
  while (line_end < sentence.size() && !sentence[line_end].newline_before) ++line_end;
  if (line_end > 6) return false;
  for (const Piece& p : sentence.first(line_end)) {
    if (p.kind == PieceKind::Number) return false;
    if (p.lower == "next" || p.lower == "ahead" || p.lower == "upcoming" || p.lower == "comes" ||
        p.lower == "calendar" || p.lower == "schedule") {
      return true;
    }
  }
  return false;
}

namespace {

// Whether the past verb at `verb` states the condition of a reported outcome: "analysts said the cushion would not
// last if the strike ran into March", "output would be hit if the shutdown lasted beyond Friday". The "if" clause
// is told in the past after "would", but what it supposes is still to come.
bool reported_condition(std::span<const Piece> sentence, size_t verb) {
  size_t if_at = verb;
  for (size_t d = 1; d <= 4 && d <= verb; ++d) {
    if (sentence[verb - d].kind == PieceKind::Punct) return false;
    if (sentence[verb - d].lower == "if") {
      if_at = verb - d;
      break;
    }
  }
  if (if_at == verb) return false;
  for (size_t k = if_at; k > 0; --k) {
    const std::string_view w = sentence[k - 1].lower;
    if (w == "would" || w == "could" || w == "might") return true;
  }
  return false;
}

// Whether the date [first, end) opens a clause as its subject, a word after it: "..., and January doesn't get
// easier" (joined after a comma), "returns are due Monday because Friday was a holiday" (after a conjunction).
bool subject_of_clause(std::span<const Piece> sentence, size_t first, size_t end) {
  if (first == 0 || end >= sentence.size() || sentence[end].kind != PieceKind::Word) return false;
  const std::string_view before = sentence[first - 1].lower;
  if (before == "and" || before == "but") {
    return first >= 2 && sentence[first - 2].kind == PieceKind::Punct && sentence[first - 2].text == ",";
  }
  // ("Because National Day fell on a Sunday, Monday is a public holiday": the main clause after an opening
  // subordinate one)
  if (sentence[first - 1].text == ",") {
    const std::string_view opener = sentence[0].lower;
    if (opener != "because" && opener != "although" && opener != "though" && opener != "since" && opener != "as" &&
        opener != "if" && opener != "when" && opener != "while" && opener != "once" && opener != "unless") {
      return false;
    }
    for (size_t k = 1; k + 1 < first; ++k) {
      if (sentence[k].text == ",") return false;
    }
    return true;
  }
  return before == "because" || before == "although" || before == "though" || before == "whereas" || before == "that" ||
         before == "if" || before == "unless";
}

Tense tense_by_cues(std::span<const Piece> sentence, size_t first, size_t end) {
  // "as soon as Tuesday", "as early as next week": a future expectation whatever the verb.
  if (first >= 3 && sentence[first - 1].lower == "as" && sentence[first - 3].lower == "as" &&
      (sentence[first - 2].lower == "soon" || sentence[first - 2].lower == "early")) {
    // ("were probably spreading the virus as early as mid-June": a past verb before it, with no modal, keeps
    // it in the past)
    for (size_t d = 4; d <= kWindow && d <= first; ++d) {
      const size_t i = first - d;
      if (is_clause_break(sentence, i) || is_modal(sentence[i])) break;
      if (const Tense t = cue_of(sentence, i); t != Tense::Unknown)
        return t == Tense::Past ? Tense::Past : Tense::Future;
    }
    return Tense::Future;
  }
  // "sales to come in below May", "a jump compared with March", "volume versus Monday": the month or day a figure
  // is measured against has its figure already
  if (first >= 1) {
    const std::string_view before = sentence[first - 1].lower;
    if (before == "below" || before == "above" || before == "versus" || before == "vs" ||
        (first >= 2 && (before == "with" || before == "to") && sentence[first - 2].lower == "compared")) {
      return Tense::Past;
    }
  }
  // ("India blamed Pakistan for Tuesday's attack", "crews can clear Monday's snowfall": an event no one schedules,
  // owned by its weekday, is over, whatever the verb or preposition around it)
  if (names_possessed_event(sentence, end) && names_weekday(sentence, first, end)) {
    size_t noun = possessed_noun(sentence, end);
    if (noun < sentence.size() && !sentence[noun].is(WordClass::UnplannedEvent)) ++noun;  // one adjective between
    // (the noun must end its phrase: "Thursday's earthquake drill" is a drill, which is planned)
    const size_t after = noun + 1;
    const bool phrase_ends = after >= sentence.size() || sentence[after].kind != PieceKind::Word ||
                             sentence[after].upper_initial || sentence[after].info ||
                             sentence[after].is(WordClass::FunctionWord) || sentence[after].is(WordClass::Auxiliary) ||
                             sentence[after].is(WordClass::BeForm) || sentence[after].lower.ends_with("ed");
    if (noun < sentence.size() && sentence[noun].is(WordClass::UnplannedEvent) && phrase_ends) return Tense::Past;
  }
  // ("bookings for the summer had not yet been hurt", written in April): what is booked for a season or a month is
  // for the nearest one not long over, whatever the tense
  if (first >= 2 && sentence[first - 1].lower == "for") {
    const std::string_view noun = sentence[first - 2].lower;
    if ((noun == "bookings" || noun == "reservations" || noun == "booking") && !names_weekday(sentence, first, end)) {
      return Tense::Present;
    }
  }
  // ("minutes of the December policy meeting", "the account of the January meeting": a meeting whose record is
  // published has been held)
  if (first >= 3 && sentence[first - 1].lower == "the" && sentence[first - 2].lower == "of") {
    const std::string_view record = sentence[first - 3].lower;
    if (record == "minutes" || record == "transcript" || record == "transcripts" || record == "account" ||
        record == "accounts" || record == "record") {
      return Tense::Past;
    }
  }
  // "Friday: first practice 4pm", "Jan. 21 — No school", "• 15 April: Gunfire erupts in Khartoum" heading a line:
  // an entry of a timetable or of a timeline of events
  if (heads_an_entry(sentence, first, end)) {
    // A day of the month or a month: no tense, so the latest one unless it is a few months ahead at most, as
    // timelines list the months behind and timetables the weeks ahead ("January — Bushfires destroy 140 homes" in
    // a look back at the year).
    if (!names_weekday(sentence, first, end)) return Tense::Unknown;
    // ("10.45pm Thursday — Good evening and welcome to our New Year's Eve coverage": a clock time with its weekday
    // stamps a live report's entry, written on the nearest such day)
    for (size_t k = first; k < end; ++k) {
      if (sentence[k].kind == PieceKind::Number) return Tense::Present;
    }
    // A weekday: the coming one, unless the entry tells what happened ("Monday: The governor vetoed the bill").
    return tense_to_the_right(sentence, end + 1) == Tense::Past ? Tense::Past : Tense::Future;
  }
  if (names_weekday(sentence, first, end) && planned_then(sentence, first)) return Tense::Present;
  if (looks_forward_to(sentence, first) || moved_to(sentence, first) || moved_from_weekday(sentence, first, end) ||
      moved_up_from(sentence, first) || runs_on_to(sentence, first) || denied_until(sentence, first) ||
      warns_of(sentence, first) || (names_possessed_event(sentence, end) && calls_off_weekday(sentence, first, end))) {
    return Tense::Future;
  }
  // ("issued an excessive heat warning from 11 a.m. Friday through 8 p.m. Sunday", "a heat advisory from noon to 8
  // p.m. Tuesday": the stretch a notice holds for lies ahead of its issue, whatever the verb's tense)
  if (names_weekday(sentence, first, end) && notice_holds_for(sentence, first)) return Tense::Future;
  // "issued an orange alert for Monday", "cases listed for Friday", "flights for Thursday": what is for a weekday
  // is set for one still to come (unless in the past perfect: "the vote had been scheduled for Monday")
  // ("rain is forecast for the weekend", "demand for the weekend was strong": so is the weekend, the one not yet
  // over)
  const bool weekend = first + 1 < end && (sentence[first].lower == "the" || sentence[first].lower == "this") &&
                       sentence[first + 1].lower == "weekend";
  // ("rain is forecast for Thursday and the weekend": so is the second of a pair after "for")
  const bool for_pair = first >= 3 && sentence[first - 1].lower == "and" && sentence[first - 3].lower == "for" &&
                        sentence[first - 2].info && sentence[first - 2].info->weekday != 0;
  // ("talks were booked for 2pm Friday": so is a clock time on a weekday; not "closed for most of Friday", a stretch)
  const bool weekday_first = sentence[first].info && sentence[first].info->weekday != 0;
  const bool timed_weekday = (sentence[first].kind == PieceKind::Number || sentence[first].lower == "noon" ||
                              sentence[first].lower == "midnight") &&
                             names_weekday(sentence, first, end);
  const bool plan_came_about = plan_told_as_past(sentence, first, end);
  if (first >= 1 && (sentence[first - 1].lower == "for" || for_pair) && (weekday_first || timed_weekday || weekend) &&
      !in_past_perfect(sentence, first) && !plan_came_about) {
    return Tense::Future;
  }
  // "Forecasters said Sunday would be milder": the date is the subject of a verb that looks ahead
  // (after a verb of saying, or opening the sentence or a clause; "a roadmap announced Wednesday would be followed"
  // is no such subject)
  // ("said Monday should be dry and sunny": so does a modal of what is to come before "be")
  const bool looks_ahead_after =
      end < sentence.size() && (sentence[end].lower == "will" || sentence[end].lower == "would" ||
                                ((sentence[end].lower == "should" || sentence[end].lower == "could" ||
                                  sentence[end].lower == "may" || sentence[end].lower == "might") &&
                                 end + 1 < sentence.size() && sentence[end + 1].lower == "be"));
  // ("a decision on Thursday would come by 8 p.m.", "a ruling about Tuesday will follow": so is a day a noun
  // before the modal is about)
  const bool about_day = first >= 2 && (sentence[first - 1].lower == "on" || sentence[first - 1].lower == "about") &&
                         sentence[first - 2].kind == PieceKind::Word && !sentence[first - 2].upper_initial &&
                         !sentence[first - 2].info && !sentence[first - 2].lower.ends_with("ed") &&
                         !sentence[first - 2].is(WordClass::FunctionWord) &&
                         !sentence[first - 2].is(WordClass::SpeechVerb);
  if (looks_ahead_after && (first == 0 || sentence[first - 1].kind != PieceKind::Word ||
                            sentence[first - 1].is(WordClass::SpeechVerb) || about_day)) {
    return Tense::Future;
  }
  // "warning that Thursday night into Friday could bring the lowest temperatures": a date opening a clause after
  // "that" belongs to that clause's verb, not to the verb of saying
  if (first >= 2 && sentence[first - 1].lower == "that" && sentence[first - 2].kind == PieceKind::Word) {
    if (const Tense t = tense_to_the_right(sentence, end); t != Tense::Unknown) return t;
  }
  if (sets_day_aside(sentence, first, end)) return Tense::Future;
  if (looks_back_at(sentence, first)) return Tense::Past;
  if (lies_scheduled(sentence, first)) return Tense::Future;
  // "markets are shut Thursday for the holiday", "the library is closed Friday": a present closing on a weekday
  // is the coming one's ("is open Monday through Saturday" gives opening hours, any week's)
  // ("Main Library: open until 5 p.m. today; closed Thursday and Friday": so is a notice's "closed" opening a clause)
  // ("Markets are open tomorrow and closed on Wednesday": so is one joined to an opening, with "on" or without)
  const size_t shut = first >= 2 && sentence[first - 1].lower == "on" ? first - 2 : first - 1;
  if (first >= 1 && (sentence[shut].lower == "closed" || sentence[shut].lower == "shut") &&
      names_weekday(sentence, first, end) &&
      (shut == 0 || sentence[shut - 1].lower == "is" || sentence[shut - 1].lower == "are" ||
       is_clause_break(sentence, shut - 1) ||
       (sentence[shut - 1].lower == "and" && follows_opening(sentence, shut - 1)) ||
       // ("Markets, closed Tuesday, reopen on Wednesday": set off in a clause that does not look back)
       (sentence[shut - 1].text == "," && end + 1 < sentence.size() && sentence[end].text == "," &&
        tense_to_the_right(sentence, end + 1) != Tense::Past))) {
    return Tense::Future;
  }
  // "The state's certification deadline is Tuesday": a deadline still in force lies ahead
  if (first >= 2 && sentence[first - 1].lower == "is" && sentence[first - 2].lower == "deadline") return Tense::Future;
  // "effective Feb. 1": a date set by the announcement, as often ahead as behind; nearness decides.
  // ("the fiscal year ending Sept. 30": so is the end of a period, the current one or the one just closed)
  // ("with effect from Thursday", "effective from Saturday": likewise)
  // ("the fiscal year ending in March", written in October: the end of the year now running, the nearer one)
  if (first >= 2 && sentence[first - 1].lower == "in" && sentence[first - 2].lower == "ending" &&
      names_month_alone(sentence, first, end)) {
    return Tense::Present;
  }
  if ((first >= 1 && (sentence[first - 1].lower == "effective" || sentence[first - 1].lower == "ending")) ||
      (first >= 2 && sentence[first - 1].lower == "from" &&
       (sentence[first - 2].lower == "effect" || sentence[first - 2].lower == "effective"))) {
    return Tense::Unknown;
  }
  // "until Monday", "extended its deadline until 9 a.m. Tuesday": a deadline ahead, unless a past
  // auxiliary governs ("Until Thursday, they had not called him").
  // ("no later than Wednesday" is a deadline as "until Wednesday" is)
  // ("until at least Wednesday": the deadline's floor)
  const size_t floor = first >= 3 && sentence[first - 1].lower == "least" && sentence[first - 2].lower == "at" ? 2 : 0;
  const bool until =
      first >= 1 && (sentence[first - 1 - floor].lower == "until" || sentence[first - 1 - floor].lower == "till" ||
                     (sentence[first - 1].lower == "through" &&
                      (names_weekday(sentence, first, end) || names_day_of_month(sentence, first, end))) ||
                     (first >= 3 && sentence[first - 1].lower == "than" && sentence[first - 2].lower == "later" &&
                      (sentence[first - 3].lower == "no" || sentence[first - 3].lower == "not")));
  if (until) {
    // "Those who filed by April 15 have until Oct. 15": "have until", "has until" give time still left
    if (first >= 2 && sentence[first - 1].lower == "until" &&
        (sentence[first - 2].lower == "have" || sentence[first - 2].lower == "has")) {
      return Tense::Future;
    }
    // ("Until Wednesday, nobody from any agency came down her street": fronted, the date is what a past clause held
    // up to)
    // (a weekday: "Until spring, she said, the shop will run on locals" reads its tense past an attribution)
    if (first == 1 + floor && end < sentence.size() && sentence[end].text == "," &&
        names_weekday(sentence, first, end) && tense_to_the_right(sentence, end + 1) == Tense::Past) {
      return Tense::Past;
    }
    // ("The other five preferred to wait until December": an infinitive up to a date is a plan, however far back
    // it was made)
    if (first >= 3 && sentence[first - 1].lower == "until" && sentence[first - 3].lower == "to" &&
        sentence[first - 2].kind == PieceKind::Word && !sentence[first - 2].info &&
        !sentence[first - 2].lower.ends_with("ed") && !sentence[first - 2].upper_initial) {
      return Tense::Future;
    }
    // ("was unlikely to vote until Tuesday": a future cue after the past auxiliary still looks ahead)
    // ("which was to close on March 31, has been extended till June 30": "was to" is a plan, not a past
    // auxiliary; nor is the passive of moving a date, "the hearing was adjourned until Monday")
    // ("ferries were fully booked until Saturday morning", "crossings were sold out until Saturday": so is a booking,
    // which holds up to a date ahead)
    const auto past_plan = [&](size_t i) {
      if ((sentence[i].lower != "was" && sentence[i].lower != "were") || i + 1 >= sentence.size()) return false;
      const size_t n = sentence[i + 1].lower == "fully" && i + 2 < sentence.size() ? i + 2 : i + 1;
      // ("Britain was given until Jan. 31 to leave": so is time granted up to a date)
      return sentence[i + 1].lower == "to" || sentence[i + 1].is(WordClass::MovesDate) ||
             sentence[n].lower == "booked" || sentence[n].lower == "sold" || sentence[n].lower == "given" ||
             sentence[n].lower == "granted" ||
             // ("Residents were told not to return until Saturday": so is an instruction that holds up to a date)
             sentence[n].lower == "told" || sentence[n].lower == "asked" || sentence[n].lower == "ordered" ||
             sentence[n].lower == "advised" || sentence[n].lower == "urged";
    };
    bool past = false;
    for (size_t i = first > 15 ? first - 15 : 0; i < sentence.size() && i < end + 15; ++i) {
      const std::string_view w = sentence[i].lower;
      if (i >= first && i < end) continue;
      // (after the date, only its own clause: "would stay below freezing until Tuesday but that no more snow was
      // expected" has its past in another)
      if (i >= end && (is_clause_break(sentence, i) || w == "but" || w == "because" || w == "and" || w == "while")) {
        break;
      }
      if ((w == "had" || w == "was" || w == "were" || w == "did") && !past_plan(i)) past = true;
      if (past && i < first && cue_of(sentence, i) == Tense::Future) past = false;
    }
    // "marched until 2 a.m. Friday", "kept going until Sunday": an activity in the past ran up to the date;
    // "extended its deadline until Tuesday", "postponed the vote until Monday" set a state that runs ahead.
    if (!past) {
      for (size_t d = 2; d <= kWindow && d <= first; ++d) {
        const size_t i = first - d;
        if (is_clause_break(sentence, i) || is_modal(sentence[i])) break;  // ("may wait until February")
        const Tense t = cue_of(sentence, i);
        if (t == Tense::Unknown || past_plan(i)) continue;
        past = t == Tense::Past && !sentence[i].is(WordClass::SetsStateAhead);
        break;
      }
    }
    // ("sent the forward on loan until the end of May", "signed a contract until June 30", "banned until March": a
    // term a past act set runs ahead of it)
    if (past && sentence[first - 1 - floor].lower != "through") {
      for (size_t d = 2 + floor; d <= 5 + floor && d <= first; ++d) {
        const std::string_view w = sentence[first - d].lower;
        if (w == "not" || w == "n't" || w == "never") break;  // ("the permit was not granted until March 19")
        if (w == "loan" || w == "contract" || w == "deal" || w == "lease" || w == "ban" || w == "banned" ||
            w == "suspended" || w == "suspension" || w == "visa" || w == "permit") {
          past = false;
          break;
        }
      }
    }
    return past ? Tense::Past : Tense::Future;
  }
  // "could be ready by Saturday", "must be returned by Friday": a deadline under a modal lies ahead, though
  // a modal alone decides nothing ("could" is as often the past of "can": "could not be reached Wednesday").
  // ("We have to pick ourselves up by Wednesday": so does one under "have to", "need to")
  if (first >= 1 && sentence[first - 1].lower == "by") {
    for (size_t d = 2; d <= 8 && d <= first; ++d) {
      const Piece& piece = sentence[first - d];
      if (is_clause_break(sentence, first - d)) break;
      // ("must have arrived by Friday": a modal's perfect looks back)
      if (is_modal(piece)) {
        if (first - d + 1 < first && sentence[first - d + 1].lower == "have") break;
        return Tense::Future;
      }
      const std::string_view must = first - d > 0 ? sentence[first - d - 1].lower : std::string_view{};
      if (piece.lower == "to" && (must == "have" || must == "has" || must == "need" || must == "needs")) {
        return Tense::Future;
      }
    }
  }
  // "..., and on Monday, CBS said": an adjunct fronted in a new clause belongs to the verb after it, not to
  // the clause before the conjunction.
  if (opens_clause_before_comma(sentence, first, end)) {
    if (const Tense t = tense_to_the_right(sentence, end); t != Tense::Unknown) return t;
  }
  // A date as the subject of a clause takes the tense of its own verb, right after it
  if (subject_of_clause(sentence, first, end)) {
    if (const Tense t = cue_of(sentence, end); t != Tense::Unknown) return t;
  }
  // The nearest cue to the left within the clause governs (the verb of a temporal adjunct usually comes
  // before it); otherwise the nearest to the right.
  bool comma = false;
  bool date_between = false;
  bool modal_between = false;
  for (size_t d = 1; d <= kWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (is_clause_break(sentence, i)) break;
    // ("They planned moves, but a weak spring kept them on hold": "but" begins a clause of its own; "We will catch up,
    // but not before the fourth quarter" goes on with the clause before it)
    if (sentence[i].lower == "but" && !(i + 1 < first && sentence[i + 1].lower == "not")) break;
    // ("moved to UTC-2 last year, so Nuuk now celebrates at 2 a.m. Wednesday": so does ", so")
    if (sentence[i].lower == "so" && i > 0 && sentence[i - 1].text == ",") break;
    if (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",") comma = true;
    // "Faced with this, the hearings in September could ...": an opening participle governs only its own
    // phrase, up to the comma
    if (i == 0 && comma && sentence[i].upper_initial) continue;
    if (beyond_reach(sentence[i], d)) {
      modal_between = modal_between || is_modal(sentence[i]);
      continue;
    }
    // "work will begin as soon as the site is safe, Kovac said, probably on Saturday afternoon": an attribution
    // set off by commas interrupts the clause it reports, whose tense goes on past it
    if (sentence[i].is(WordClass::SpeechVerb) && i + 1 < first && sentence[i + 1].text == "," &&
        set_off_before(sentence, i)) {
      continue;
    }
    // ("expects to report results for the year that ended on July 31 in late September": the past verb of a relative
    // clause with a date of its own between it and this one governs that date, not this)
    if (sentence[i].info && sentence[i].upper_initial &&
        (sentence[i].info->month != 0 || sentence[i].info->weekday != 0)) {
      date_between = true;
    }
    // ("Unions have threatened to march on Tuesday": a plan in the present perfect, whose participle is no cue of
    // its own, looks ahead as the past's does)
    if (i > 0 && (sentence[i - 1].lower == "have" || sentence[i - 1].lower == "has") &&
        plans_ahead(sentence, i, first)) {
      return Tense::Future;
    }
    if (tells_deed_done(sentence, i, first)) return Tense::Past;
    if (const Tense t = cue_of(sentence, i); t != Tense::Unknown) {
      // ("Students who missed their slot can submit the form before 4pm Thursday": so does one whose clause a modal
      // beyond a near cue's reach follows)
      if (t == Tense::Past && (date_between || modal_between) && i > 0 &&
          (sentence[i - 1].lower == "that" || sentence[i - 1].lower == "which" || sentence[i - 1].lower == "who")) {
        continue;
      }
      // "had been due to expire Friday": a plan in the past perfect is over, whatever the plan said; so is one
      // that was "originally" or "initially" so ("The device, originally due in October, ...").
      if (t == Tense::Future && plan_told_as_past(sentence, first, end)) return Tense::Past;
      if (t == Tense::Future && sentence[i].info &&
          (sentence[i].info->tense_strength == TenseStrength::Weak ||
           sentence[i].info->tense_strength == TenseStrength::Plan)) {
        for (size_t k = 1; k <= 3 && k <= i; ++k) {
          const std::string_view w = sentence[i - k].lower;
          // (but a month alone is left to nearness: "had planned to put the line in service in November", written
          // in January, still looks ahead, where "had been due to report in April", in May, is behind)
          if (w == "originally" || w == "initially" || (w == "had" && !names_month_alone(sentence, first, end))) {
            return Tense::Past;
          }
        }
      }
      if (t == Tense::Past && (plans_ahead(sentence, i, first) || passive_instruction(sentence, i, first) ||
                               reported_condition(sentence, i))) {
        return Tense::Future;
      }
      return t;
    }
  }
  // "Obama will lay out his jobs plan in an address to a joint session of Congress at 7 p.m. Thursday": with no
  // cue near, a "will" further back in the same clause, with no comma between, still governs
  for (size_t d = 1; d <= kFarWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (is_clause_break(sentence, i) || (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",")) break;
    const std::string_view w = sentence[i].lower;
    if (d > kWindow && is_will(sentence[i])) return Tense::Future;
    // ("Peak demand could exceed last summer's record in May": so does a modal of what may come, before its bare
    // verb, beyond a near cue's reach; "could have" looks back)
    if (d > kNearWindow && (w == "could" || w == "might" || (w == "may" && !sentence[i].upper_initial)) &&
        i + 1 < first && sentence[i + 1].kind == PieceKind::Word && !sentence[i + 1].upper_initial &&
        !sentence[i + 1].info && sentence[i + 1].lower != "have" && sentence[i + 1].lower != "not" &&
        (!sentence[i + 1].lower.ends_with("ed") || sentence[i + 1].is(WordClass::NotPastEd))) {
      return Tense::Future;
    }
    // ("a storm that is expected to drop 6 to 10 inches of snow across the western suburbs before it tapers off
    // Thursday evening": a plan of "to" and a verb, as far back)
    if (d > kWindow && sentence[i].info && sentence[i].info->tense_strength == TenseStrength::Weak &&
        cue_of(sentence, i) == Tense::Future) {
      return Tense::Future;
    }
  }
  // "Ireland to leave bailout programme on Sunday", "Talks to resume Monday": a headline's subject and infinitive,
  // with no tensed verb, announce what is to come (whatever follows: "to switch off 3G in September, leaving
  // older phones stranded")
  if (states_a_plan(sentence, first)) return Tense::Future;
  if (const Tense t = tense_to_the_right(sentence, end); t != Tense::Unknown) return t;
  // "Calder Vale v Stanmoor, Saturday (3pm)": a fixture, with no verb to go by, is still to be played
  if (names_fixture(sentence, first)) return Tense::Future;
  // ("is being observed twice a year for the first time: today and again on Oct. 13": a list after a colon, with no
  // verb of its own, takes the tense of the clause it spells out)
  // (not after a short label, "Awards announced: early March", nor before a quotation or a verb of the list's own,
  // "she said: “Ask me in February.”", "landscape: Republicans have 24 seats up in November")
  for (size_t d = 1; d <= kWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (sentence[i].text == ":" && is_clause_break(sentence, i)) {
      // (one colon back only: the clause before it must have no colon of its own within reach, so that the
      // call below recurses no further and a sentence of many colons stays linear)
      bool colon_before = false;
      for (size_t k = i; k > 0 && i - k < kWindow && !colon_before; --k) {
        colon_before = sentence[k - 1].text == ":" && is_clause_break(sentence, k - 1);
      }
      if (i >= 4 && !colon_before) {
        const Tense t = tense_by_cues(sentence, i, i);
        if (t != Tense::Unknown) return t;
      }
      break;
    }
    const Piece& p = sentence[i];
    if (is_clause_break(sentence, i) || p.kind == PieceKind::Quote || p.is(WordClass::Auxiliary) ||
        p.is(WordClass::BeForm) || (p.info && p.info->tense != Tense::Unknown)) {
      break;
    }
  }
  // "until December", "by early March": with no verb to go by, these prepositions look ahead.
  size_t before = first;
  while (before > 0 && (sentence[before - 1].lower == "early" || sentence[before - 1].lower == "mid")) --before;
  if (before > 0) {
    const std::string_view w = sentence[before - 1].lower;
    if (w == "until" || w == "till" || w == "by" || w == "through") return Tense::Future;
  }
  return Tense::Unknown;
}

}  // namespace

Tense tense_around(std::span<const Piece> sentence, size_t first, size_t end) {
  if (state_runs_until(sentence, first, end)) return Tense::Future;
  const Tense t = tense_by_cues(sentence, first, end);
  // ("Check back on Monday for updates", "Don't miss the final episode on Sunday": a command looks ahead)
  // (whatever the tense after it, for a date in the command's own words: "Ask me Tuesday whether it was worth it")
  if ((t == Tense::Unknown || t == Tense::Present || first <= 4) && opens_with_command(sentence)) return Tense::Future;
  // "Anyone who tells you this is over by Christmas is guessing": a deadline in a present clause lies ahead
  if (t == Tense::Present && first >= 1 && sentence[first - 1].lower == "by") return Tense::Future;
  // "has promised a budget by the end of March", "warned of longer waits by mid-April": a month set as a deadline
  // in a past clause is as often still ahead as just gone, so the nearer one (the present's reading: up to six
  // months ahead, else behind); "had closed most positions by the end of September" stays in the past
  // (not a fronted "By the end of March, a sponsorship deal had closed the gap": a past told at that point)
  if (t == Tense::Past && first >= 2 && sentence[first - 1].lower == "by" && names_month_alone(sentence, first, end)) {
    return Tense::Present;
  }
  // ("When we showed the October date at E3 last month", "the April date was unveiled", "shelved the April
  // release": a month that names a date set for something is as often ahead of a past clause as behind it, so the
  // nearer one) (not one a change is counted from or after: "up 35% from the April premiere")
  const bool counted_from =
      first >= 2 && (sentence[first - 2].lower == "from" || sentence[first - 2].lower == "since" ||
                     sentence[first - 2].lower == "after");
  if (t == Tense::Past && first >= 1 && sentence[first - 1].lower == "the" && !counted_from &&
      names_month_alone(sentence, first, end) && names_set_date(sentence, end)) {
    return Tense::Present;
  }
  // ("higher temperatures for December", "the quarter runs through September", "hope for August": likewise for a
  // month that a stretch runs through or that something is for)
  // (not a plan that fell through: "was planned for April but was postponed")
  const bool failed_plan = first >= 2 && sentence[first - 1].lower == "for" && plan_fell_through(sentence, first - 2);
  if ((t == Tense::Past || t == Tense::Unknown) && first >= 1 && !failed_plan &&
      (sentence[first - 1].lower == "through" || sentence[first - 1].lower == "for") &&
      names_month_alone(sentence, first, end)) {
    return Tense::Present;
  }
  // "blaming uncertainty after Thursday's vote", "berths could stay shut following Friday's earthquake", "a
  // premium over Thursday's closing price": an event named by its weekday that something comes after, or follows
  // on, has taken place, whatever the tense of the clause, unless a modal right before rules the preposition
  // ("plants would halt after Thursday evening's shifts")
  if (first >= 2 && names_weekday(sentence, first, end) && names_possessed_event(sentence, end)) {
    const std::string_view before = sentence[first - 1].lower;
    bool modal_near = false;
    // ("will enjoy one of the longest stretches of darkness during Monday's eclipse": what happens during an event
    // happens when it does, so a modal anywhere in the clause rules it)
    const size_t reach = before == "during" ? kWindow : 4;
    for (size_t d = 2; d <= reach && d <= first && !modal_near; ++d) {
      if (is_clause_break(sentence, first - d)) break;
      modal_near = is_modal(sentence[first - d]);
    }
    // ("extending losses from Friday's close", "up 3% since Monday's low": so does one a change is counted from)
    if (!modal_near && (before == "after" || before == "following" || before == "during" || before == "amid" ||
                        before == "over" || before == "around" || before == "from" || before == "since")) {
      return Tense::Past;
    }
  }
  // "are under pressure to unite before Friday's vote": what a present (or tenseless) clause does "before" a
  // date, it does ahead of it; and what it does "from" a weekday starts ahead ("the minimum wage rises from
  // Friday"; not "from Monday to Friday", a range)
  // ("begins a suspension tonight after losing his appeal on Friday", "expected to hold rates after raising them in
  // March": what an "after" clause in -ing tells came first, whatever the main verb's tense)
  if (t != Tense::Past && first >= 2) {
    for (size_t d = 1; d <= 9 && d < first; ++d) {
      const size_t k = first - d;
      // ("after saying it would resume sailings in March": a modal between tells what is to come)
      if (is_clause_break(sentence, k) || is_modal(sentence[k])) break;
      // (the -ing a verb with its object: not "after closing arguments", an adjective, nor "after warning that
      // sales would miss", which tells what is to come)
      const std::string_view object = k + 1 < first ? sentence[k + 1].lower : std::string_view{};
      // ("after falling to a four-year low in March", "after rising in June": or an intransitive verb with its
      // preposition)
      const bool takes_object = object == "his" || object == "her" || object == "its" || object == "their" ||
                                object == "them" || object == "it" || object == "the" || object == "a" ||
                                object == "an" || object == "to" || object == "in" || object == "on" ||
                                object == "by" || object == "from";
      if (sentence[k].lower.size() > 4 && sentence[k].lower.ends_with("ing") && sentence[k - 1].lower == "after" &&
          takes_object) {
        return Tense::Past;
      }
    }
  }
  // ("If I'm still here on Saturday, the whole town will come": a present condition supposes what is to come)
  // ("if enough volunteers sign up by Nov. 1": so does one on a day of the month)
  if ((t == Tense::Present || t == Tense::Unknown) &&
      (names_weekday(sentence, first, end) || names_day_of_month(sentence, first, end))) {
    for (size_t d = 1; d <= 8 && d <= first; ++d) {
      if (is_clause_break(sentence, first - d)) break;
      if (sentence[first - d].lower == "if" || sentence[first - d].lower == "unless") return Tense::Future;
    }
  }
  if ((t == Tense::Present || t == Tense::Unknown) && first >= 1 && sentence[first - 1].lower == "before") {
    return Tense::Future;
  }
  // ("The ruling was delivered a day before Thursday's holiday", "there was still time before Wednesday": so does a
  // past clause, of a weekday still to come; what "had" stayed so "before Wednesday" was behind it)
  // (not "suspended the search shortly before noon Friday": a time of day tells when the past event happened)
  if (t == Tense::Past && first >= 1 && sentence[first - 1].lower == "before" && end == first + 1 &&
      sentence[first].info && sentence[first].info->weekday != 0) {
    // ("Before Sunday, the national record had stood since 1937": fronted, it tells what held until the day, told
    // from after it)
    const bool fronted = (first == 1 || (first == 2 && sentence[0].kind == PieceKind::Quote)) &&
                         end < sentence.size() && sentence[end].text == ",";
    bool past_perfect = fronted;
    for (size_t d = 1; d <= kWindow && d <= first && !past_perfect; ++d) {
      if (is_clause_break(sentence, first - d)) break;
      past_perfect = sentence[first - d].lower == "had";
    }
    if (!past_perfect) return Tense::Future;
  }
  if ((t == Tense::Present || t == Tense::Unknown) && starts_from(sentence, first, end)) return Tense::Future;
  // ("becomes mandatory in all 27 member states from Thursday, a month after a trial phase began, officials said",
  // "has banned bird markets for 21 days from Thursday and said ...": a past verb only after it is another
  // clause's; the start is still ahead. But "a post from Friday theorized that ...": a past verb right after the
  // date has the phrase as its subject.)
  if (t == Tense::Past && starts_from(sentence, first, end)) {
    bool past_before = false;
    for (size_t d = 1; d <= kWindow && d <= first && !past_before; ++d) {
      if (is_clause_break(sentence, first - d)) break;
      past_before = cue_of(sentence, first - d) == Tense::Past;
    }
    const bool past_verb_next = end < sentence.size() && cue_of(sentence, end) == Tense::Past;
    if (!past_before && !past_verb_next) return Tense::Future;
  }
  return t;
}

}  // namespace quarry::dates
