#include "sentence_rules.hpp"

#include <algorithm>

#include "calendar.hpp"
#include "grammar.hpp"
#include "tense.hpp"
#include "tense_cues.hpp"
#include "tense_phrases.hpp"
#include "timex_value.hpp"

namespace quarry::dates {
namespace {

// The year of `e` when it is a year alone ("2014", "the region's 2014"), else 0.
int year_alone(const Expression& e) {
  const CalendarFields& f = e.fields;
  const bool alone = e.kind == ExpressionKind::Calendar && !e.needs_year && f.year > 0 && f.month == 0 &&
                     f.quarter == 0 && f.half == 0 && f.season.empty() && f.week == 0;
  return alone ? f.year : 0;
}

// A time of day with no day of its own: "11:40 a.m.", "0340 GMT".
bool is_bare_clock_time(const Expression& e) {
  return e.kind == ExpressionKind::Shift && e.unit == Unit::Day && e.offset == 0 && e.fields.hour >= 0 && e.dayless;
}

// A time or part of the day that took the day in focus for want of its own: "11:40 a.m.", "at sunset".
bool is_dayless_time_of_day(const Expression& e) {
  return is_bare_clock_time(e) || (e.kind == ExpressionKind::Shift && e.unit == Unit::Day && e.offset == 0 &&
                                   e.weak_anaphor && !e.fields.day_part.empty());
}

// A day named down to its date: "Sunday", "Jan. 8".
bool names_a_day(const Expression& e) {
  // (a movable holiday names a day too: "from 11pm on Good Friday")
  // (so does one named from the reference, set off after a weekday: "until 6am on Tuesday (tomorrow)")
  // (and a weekday of a week told from the reference: "next Wednesday", "Tuesday next week")
  return (e.kind == ExpressionKind::Weekday && e.fields.hour < 0) ||
         (e.kind == ExpressionKind::Shift && e.unit == Unit::Week && e.fields.weekday > 0 && e.fields.hour < 0) ||
         (e.kind == ExpressionKind::Shift && e.unit == Unit::Day && !e.anaphoric && e.fields.hour < 0 &&
          e.fields.day_part.empty()) ||
         (e.kind == ExpressionKind::Calendar && e.fields.day > 0 && e.fields.hour < 0) ||
         (e.kind == ExpressionKind::Calendar && e.holiday.kind != HolidayRule::Kind::None && e.fields.hour < 0 &&
          e.fields.day_part.empty() && !e.weekend_of);
}

// Whether a bracket opens among pieces [from, to) and is still open at `to`.
bool opens_unclosed_bracket(std::span<const Piece> pieces, size_t from, size_t to) {
  int depth = 0;
  for (size_t p = from; p < to; ++p) {
    if (pieces[p].kind != PieceKind::Punct) continue;
    if (pieces[p].text == "(") ++depth;
    if (pieces[p].text == ")" && depth > 0) --depth;
  }
  return depth > 0;
}

// Only brackets, a comma or "on" between two expressions: "11:40 a.m. (0340 GMT) on Sunday"; or the noun the
// first one modifies, then "on": "the jail's 2 a.m. and 3 a.m. headcounts on Thursday", "the 5:42 train on Monday".
bool set_off_only(std::span<const Piece> pieces, const Mention& a, const Mention& b) {
  if (b.first < a.end) return false;
  // ("at 3pm New York time on Friday": a place's clock, in up to three capitalized words, is said of the time; so is
  // a zone's, "at 12:01 a.m. eastern time on Thursday")
  const auto clock_word = [&pieces](size_t k) {
    const std::string_view w = pieces[k].lower;
    return pieces[k].upper_initial || w == "eastern" || w == "central" || w == "pacific" || w == "mountain" ||
           w == "atlantic" || w == "local";
  };
  size_t from = a.end;
  for (size_t place = a.end; place < b.first && place - a.end < 3 && clock_word(place); ++place) {
    if (place + 1 < b.first && pieces[place + 1].lower == "time") from = place + 2;
  }
  if (b.first - from > 3) return false;
  if (from == a.end && b.first == a.end + 2 && pieces[a.end + 1].lower == "on") {
    const Piece& noun = pieces[a.end];
    if (noun.kind == PieceKind::Word && !noun.upper_initial && !noun.info && !noun.is(WordClass::FunctionWord) &&
        !noun.is(WordClass::Auxiliary) && !noun.lower.ends_with("ed") && !noun.lower.ends_with("ing")) {
      return true;
    }
  }
  // (brackets only right after the first expression: "11:40 a.m. (0340 GMT)", not after a place's clock)
  const bool brackets = from == a.end;
  for (size_t p = from; p < b.first; ++p) {
    const Piece& piece = pieces[p];
    const bool mark =
        piece.kind == PieceKind::Punct && (piece.text == "," || (brackets && (piece.text == "(" || piece.text == ")")));
    if (!mark && piece.lower != "on") return false;
  }
  return true;
}

// Whether mentions[k - 1] and mentions[k] are the two ends of a range, one word between them: "until", "to",
// "through", "thru", "till", a dash, or "and" after "between" ("taken Thursday through Monday", "between
// December and March").
bool ends_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0) return false;
  const Mention& start = mentions[k - 1];
  if (mentions[k].first != start.end + 1) return false;
  const Piece& p = pieces[start.end];
  if (p.lower == "to" || p.lower == "until" || p.lower == "through" || p.lower == "thru" || p.lower == "till" ||
      p.lower == "-" || p.text == "\u2013") {
    return true;
  }
  if (p.lower != "and") return false;
  // ("between the jail's 2 a.m. and 3 a.m. headcounts": a determiner or a possessive may stand between)
  for (size_t k = start.first; k > 0 && start.first - k < 4; --k) {
    if (pieces[k - 1].lower == "between") return true;
    if (pieces[k - 1].kind == PieceKind::Punct || pieces[k - 1].kind == PieceKind::Number) return false;
  }
  return false;
}

// Whether only quotes and an opening preposition ("In", "By", "During") stand before `m` in its sentence.
bool heads_sentence(std::span<const Piece> pieces, const Mention& m) {
  size_t head = 0;
  while (head < m.first && pieces[head].kind == PieceKind::Quote) ++head;
  if (head < m.first && pieces[head].is(WordClass::FunctionWord)) ++head;
  return head == m.first;
}

// Whether "every" at i counts times ("every night", "every other Sunday", "every two weeks"), not things ("every
// seat was taken", "nearly every finisher").
bool of_time(std::span<const Piece> pieces, size_t i) {
  for (size_t k = i + 1; k < pieces.size() && k <= i + 3; ++k) {
    const WordInfo* info = pieces[k].info;
    if (info && (info->unit != Unit::None || info->weekday != 0 || !info->day_part.empty() || info->month != 0 ||
                 !info->season.empty())) {
      return true;
    }
    if (pieces[k].kind == PieceKind::Punct) return false;
  }
  return false;
}

// Whether "days" or "nights" at i ends a phrase of any such day: "on any day", "on all days", "on working days",
// "on pickup days", "on all three days" (not one run of them, "on the last two days", "on both nights", "on those
// nights").
bool any_such_day(std::span<const Piece> pieces, size_t i) {
  const std::string_view word = pieces[i].lower;
  if (word == "day" || word == "night") return i > 1 && pieces[i - 1].lower == "any" && pieces[i - 2].lower == "on";
  if (word != "days" && word != "nights") return false;
  for (size_t k = i; k > 0 && i - k < 3; --k) {
    const std::string_view before = pieces[k - 1].lower;
    if (before == "on") return k < i;
    // ("on all three days")
    const bool counted = k > 2 && pieces[k - 2].lower == "all" &&
                         (pieces[k - 1].integer > 0 || (pieces[k - 1].info && pieces[k - 1].info->number > 0));
    if (counted) return pieces[k - 3].lower == "on";
    if (before == "all" || before == "any") continue;
    if (pieces[k - 1].kind == PieceKind::Punct || pieces[k - 1].info || before == "the" || before == "those" ||
        before == "these" || before == "its" || before == "their" || before == "his" || before == "her" ||
        before == "our" || before == "recent" || before == "past" || before == "previous" || before == "coming" ||
        before == "following" || before == "final" || before == "same" || before == "both") {
      return false;
    }
  }
  return false;
}

}  // namespace

bool tells_of_a_habit(std::span<const Piece> pieces) {
  // ("trains every 10 minutes until 2 a.m.", "updates every six hours": a rhythm within the day recurs on no
  // other day)
  const auto within_day = [&](size_t i) {
    for (size_t k = i + 1; k < pieces.size() && k <= i + 3; ++k) {
      const Unit unit = pieces[k].info ? pieces[k].info->unit : Unit::None;
      if (unit == Unit::Hour || unit == Unit::Minute || unit == Unit::Second) return true;
    }
    return false;
  };
  // ("a third of the daily average", "the daily limit": an adjective of a measure tells no habit)
  const auto measure_after = [&](size_t i) {
    if (i + 1 >= pieces.size() || (pieces[i].lower != "daily" && pieces[i].lower != "nightly")) return false;
    const std::string_view n = pieces[i + 1].lower;
    return n == "average" || n == "total" || n == "tally" || n == "limit" || n == "figure" || n == "figures" ||
           n == "record" || n == "high" || n == "low" || n == "count" || n == "volume" || n == "cap" || n == "quota";
  };
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].is(WordClass::HabitWord) && !(pieces[i].lower == "every" && (within_day(i) || !of_time(pieces, i))) &&
        !measure_after(i)) {
      return true;
    }
    if (any_such_day(pieces, i)) return true;
  }
  return false;
}

bool tells_of_a_habit_beyond_the_week(std::span<const Piece> pieces) {
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (!pieces[i].is(WordClass::HabitWord) || (pieces[i].lower == "every" && !of_time(pieces, i))) continue;
    const WordInfo* next = i + 1 < pieces.size() ? pieces[i + 1].info : nullptr;
    const bool within_week = pieces[i].lower == "every" && next &&
                             (next->weekday != 0 || next->unit == Unit::Day || next->unit == Unit::Week ||
                              next->unit == Unit::Weekend || next->unit == Unit::Hour || next->unit == Unit::Minute);
    if (!within_week) return true;
  }
  return false;
}

bool mentions_a_recurrence(std::span<const Piece> pieces, std::span<const Mention> mentions) {
  for (const Mention& m : mentions) {
    if (m.expression.type != TimexType::Set) continue;
    const bool frequency_adjective = m.end == m.first + 1 && pieces[m.first].lower.ends_with("ly");
    const bool within_day = m.expression.literal.starts_with("PT");  // "every 10 minutes", as above
    // ("21 million cubic metres a day", "$5 a month": a rate after an amount, no event that recurs; "twice a day" is
    // one)
    const std::string_view article = pieces[m.first].lower;
    const bool rate = (article == "a" || article == "an" || article == "per") && m.first > 0 &&
                      pieces[m.first - 1].lower != "once" && pieces[m.first - 1].lower != "twice" &&
                      pieces[m.first - 1].lower != "times";
    if (!frequency_adjective && !within_day && !rate) return true;
  }
  return false;
}

bool recurrence_near(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  constexpr size_t kNear = 8;  // pieces either side
  const size_t from = mentions[k].first > kNear ? mentions[k].first - kNear : 0;
  const size_t to = std::min(pieces.size(), mentions[k].end + kNear);
  for (size_t i = from; i < to; ++i) {
    if (pieces[i].is(WordClass::HabitWord)) return true;
  }
  for (const Mention& m : mentions) {
    if (m.expression.type == TimexType::Set && m.end + kNear > mentions[k].first && m.first < mentions[k].end + kNear) {
      return true;
    }
  }
  return false;
}

bool speaks_of_other_years(std::span<const Piece> pieces) {
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].lower != "years") continue;
    size_t b = i;
    while (b > 0 && i - b < 3 &&
           (pieces[b - 1].lower == "other" || pieces[b - 1].lower == "ordinary" || pieces[b - 1].lower == "normal" ||
            pieces[b - 1].lower == "non" || pieces[b - 1].lower == "leap" || pieces[b - 1].lower == "-")) {
      --b;
    }
    if (b < i && b > 0 && pieces[b - 1].lower == "in") return true;
  }
  return false;
}

namespace {

// "each year", "annually", "every four years": a set that recurs by years (P1Y, P4Y); "semi-annually" (P6M), whose
// days of the month ("on 15 January and 15 July") come back each year too.
bool is_yearly_set(const Expression& e) {
  return e.type == TimexType::Set && e.literal.size() >= 3 && e.literal.front() == 'P' &&
         (e.literal.back() == 'Y' || e.literal == "P6M");
}

}  // namespace

bool recurs_yearly(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k, bool other_years) {
  const Expression& e = mentions[k].expression;
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 || e.fields.day <= 0) return false;
  if (other_years) return true;
  const auto yearly = [&](size_t n) { return is_yearly_set(mentions[n].expression); };
  // (a range's start looks past its end: "from April 1 to Nov. 30 each year")
  const size_t end = k + 1 < mentions.size() && ends_range(pieces, mentions, k + 1) ? k + 1 : k;
  if (end + 1 < mentions.size() && mentions[end + 1].first == mentions[end].end && yearly(end + 1)) return true;
  // ("every four years, on Jan. 20", "stop each year between April 15 and June 1")
  if (k > 0 && yearly(k - 1)) {
    size_t gap = mentions[k - 1].end;
    // ("suspended each year ahead of Dec. 25", "each year before April 15", "each year until June 30")
    while (gap < mentions[k].first && gap < mentions[k - 1].end + 3 &&
           (pieces[gap].lower == "," || pieces[gap].lower == "on" || pieces[gap].lower == "between" ||
            pieces[gap].lower == "ahead" || pieces[gap].lower == "of" || pieces[gap].lower == "before" ||
            pieces[gap].lower == "after" || pieces[gap].lower == "until" || pieces[gap].lower == "by" ||
            pieces[gap].lower == "from" || pieces[gap].lower == "around")) {
      ++gap;
    }
    if (gap == mentions[k].first) return true;
  }
  // (a range's end recurs as its start does; so does the second of a pair, "on 15 January and 15 July")
  const bool paired =
      k > 0 && mentions[k - 1].end + 1 == mentions[k].first && pieces[mentions[k - 1].end].lower == "and";
  return k > 0 && (ends_range(pieces, mentions, k) || paired) && recurs_yearly(pieces, mentions, k - 1, other_years);
}

bool tells_of_a_yearly_round(std::span<const Piece> pieces, std::span<const Mention> mentions) {
  for (const Mention& m : mentions) {
    if (is_yearly_set(m.expression)) return true;
  }
  for (size_t i = 1; i < pieces.size(); ++i) {
    if (pieces[i].lower == "years" && (pieces[i - 1].lower == "most" || pieces[i - 1].lower == "some")) return true;
  }
  return false;
}

bool in_span_of_months(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const Expression& e = mentions[k].expression;
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 || e.fields.day > 0) return false;
  const bool starts = k + 1 < mentions.size() && ends_month_range(pieces, mentions, k + 1);
  return starts || ends_month_range(pieces, mentions, k);
}

bool follows_its_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0 || mentions[k - 1].expression.type != TimexType::Date) return false;
  if (mentions[k - 1].end + 1 >= mentions[k].first) return true;
  // ("Our next program is Tuesday, Dec. 8, at 7 p.m.", "today, Saturday, Feb. 29, from 10 a.m. to 4 p.m.": a comma
  // and a preposition between them; not a date that ends a run, "every night from March 1 to April 30, between 7
  // p.m. and 7 a.m.", nor a month, "every Wednesday during March, from 10am")
  const Mention& day = mentions[k - 1];
  const Expression& e = day.expression;
  const bool names_day =
      e.fields.day > 0 || e.kind == ExpressionKind::Weekday || (e.kind == ExpressionKind::Shift && e.unit == Unit::Day);
  if (!names_day || mentions[k].first != day.end + 2 || pieces[day.end].lower != ",") return false;
  const std::string_view link = pieces[day.end + 1].lower;
  if (link != "at" && link != "from" && link != "between") return false;
  const std::string_view before = day.first > 0 ? pieces[day.first - 1].lower : std::string_view();
  return before != "to" && before != "until" && before != "through" && before != "till" && before != "-";
}

bool day_named_after_recurrence(std::span<const Mention> mentions, size_t k) {
  // ("open every day, including today, from 9 a.m.", "at 8:30 a.m. daily": a set after the clock time makes it
  // any day's)
  // (a few mentions either side only, so a sentence of thousands of clock times stays linear)
  constexpr size_t kReach = 6;
  for (size_t m = k + 1; m < mentions.size() && m <= k + kReach; ++m) {
    if (mentions[m].expression.type == TimexType::Set) return false;
  }
  bool day = false;
  for (size_t m = k; m > 0 && k - m < kReach; --m) {
    const Expression& e = mentions[m - 1].expression;
    if (e.type == TimexType::Set) return day;
    // (today, tomorrow, yesterday or a weekday: a date after a set is as often a bound of its run, "closed every
    // night from March 1 to April 30, between 7 p.m. and 7 a.m.")
    day = day ||
          (e.type == TimexType::Date && ((e.kind == ExpressionKind::Shift && e.unit == Unit::Day && !e.anaphoric) ||
                                         e.kind == ExpressionKind::Weekday));
  }
  return false;
}

bool is_dayless_clock_time(const Expression& e) { return is_bare_clock_time(e) && e.weak_anaphor; }

bool frames_clause_with_year(std::span<const Piece> pieces, const Mention& m) {
  const bool owned = (m.end < pieces.size() &&
                      (pieces[m.end].possessive || pieces[m.end].lower == "'s" || pieces[m.end].lower == "\u2019s")) ||
                     pieces[m.end - 1].possessive || (m.first > 0 && pieces[m.first - 1].lower == "of") ||
                     std::any_of(pieces.begin() + m.first, pieces.begin() + m.end, [](const Piece& p) {
                       return p.kind == PieceKind::Word && !p.info && p.lower != "a" && p.lower != "an";
                     });
  if (owned || m.first < 2) return !owned;
  const Piece& verb = pieces[m.first - 1];
  const Piece& noun = pieces[m.first - 2];
  const bool participle = (verb.lower.ends_with("ed") || (verb.info && verb.info->tense == Tense::Past)) &&
                          noun.kind == PieceKind::Word && !noun.upper_initial && !noun.info &&
                          !noun.is(WordClass::FunctionWord) && !noun.is(WordClass::Auxiliary) &&
                          !noun.is(WordClass::BeForm);
  return !participle;
}

bool compared_with(std::span<const Piece> pieces, const Mention& m) {
  const std::string_view before = m.first > 0 ? pieces[m.first - 1].lower : std::string_view();
  const std::string_view two_before = m.first > 1 ? pieces[m.first - 2].lower : std::string_view();
  return before == "than" || two_before == "than" || before == "on" || before == "from";
}

bool has_comma_between(std::span<const Piece> pieces, size_t from, size_t to) {
  for (size_t i = from; i < to && i < pieces.size(); ++i) {
    if (pieces[i].text == "," || pieces[i].text == ";" || pieces[i].text == ":") return true;
  }
  return false;
}

bool has_modal_between(std::span<const Piece> pieces, size_t from, size_t to) {
  for (size_t i = from; i < to && i < pieces.size(); ++i) {
    if (is_modal(pieces[i]) || turns_to_future(pieces, i, i + 1)) return true;
  }
  return false;
}

bool opens_sentence_with_comma(std::span<const Piece> pieces, const Mention& m) {
  const bool comma = m.end < pieces.size() && pieces[m.end].kind == PieceKind::Punct && pieces[m.end].text == ",";
  // "In 2012 all six raised prices": a year after "In" frames the sentence without its comma too
  const bool in_year = m.first > 0 && pieces[m.first - 1].lower == "in" && m.end == m.first + 1 &&
                       m.end < pieces.size() && pieces[m.end].kind == PieceKind::Word &&
                       m.expression.kind == ExpressionKind::Calendar && m.expression.fields.year > 0 &&
                       m.expression.fields.month <= 0 && !m.expression.needs_year;
  // "Last year it began on June 18": so does a year counted from the report, heading the sentence
  // ("Last year's event drew ...": a possessive frames nothing; "Next season" is a sports season, not a year)
  const bool year_shift = m.expression.kind == ExpressionKind::Shift && m.expression.unit == Unit::Year &&
                          !m.expression.anaphoric && m.expression.offset != 0 && m.end < pieces.size() &&
                          pieces[m.end - 1].lower == "year" && !pieces[m.end - 1].possessive &&
                          pieces[m.end].kind == PieceKind::Word && pieces[m.end].lower != "'s" &&
                          pieces[m.end].lower != "\u2019s";
  return (comma || in_year || year_shift) && heads_sentence(pieces, m);
}

bool turns_to_future(std::span<const Piece> pieces, size_t from, size_t to) {
  for (size_t i = from; i < to && i < pieces.size(); ++i) {
    const std::string_view w = pieces[i].lower;
    if (is_will(pieces[i]) || w == "won't" || w == "won\u2019t") return true;
  }
  return false;
}

bool opens_clause_with_year(std::span<const Piece> pieces, const Mention& m) {
  const Expression& e = m.expression;
  // (or set off by a comma: "In 2023, he celebrated on March 1; in 2022, on Feb. 28")
  if (m.first < 2 || pieces[m.first - 1].lower != "in" || m.end != m.first + 1 || m.end >= pieces.size() ||
      !(pieces[m.end].kind == PieceKind::Word || pieces[m.end].text == ",") || e.kind != ExpressionKind::Calendar ||
      e.fields.year <= 0 || e.fields.month > 0 || e.needs_year) {
    return false;
  }
  const Piece& before = pieces[m.first - 2];
  return (before.kind == PieceKind::Punct && (before.text == "," || before.text == ";")) || before.lower == "but" ||
         before.lower == "while" || before.lower == "whereas" || before.lower == "yet" || before.lower == "and";
}

bool names_edition_year(std::span<const Piece> pieces, const Mention& m) {
  const Expression& e = m.expression;
  if (m.first == 0 || pieces[m.first - 1].lower != "the" || m.end != m.first + 1 || m.end >= pieces.size() ||
      e.kind != ExpressionKind::Calendar || year_alone(e) == 0) {
    return false;
  }
  // (as the subject of its clause: "Entries for the 2013 prize open on Oct. 1", "extended the 2008 farm bill
  // through Sept. 30" name an edition the date is not in)
  if (m.first >= 2) {
    const Piece& before = pieces[m.first - 2];
    const std::string_view b = before.lower;
    const bool opens_clause = (before.kind == PieceKind::Punct && !before.possessive) || b == "that" || b == "in" ||
                              b == "and" || b == "but" || b == "while" || before.is(WordClass::SpeechVerb);
    if (!opens_clause) return false;
  }
  const Piece& noun = pieces[m.end];
  return noun.kind == PieceKind::Word && !noun.upper_initial && !noun.info && !noun.is(WordClass::FunctionWord) &&
         !noun.is(WordClass::Auxiliary) && !noun.is(WordClass::BeForm) && !noun.is(WordClass::YearNamedProduct) &&
         !looks_like_plural_in_s(noun.lower);
}

bool opens_when_clause(std::span<const Piece> pieces, const Mention& m) {
  // ("expects 8 percent growth for 2018 when it reports in March": a year aimed at is no time a clause tells of)
  if (m.first > 0 && pieces[m.first - 1].lower == "for") return false;
  size_t k = m.end;
  if (k < pieces.size() && pieces[k].kind == PieceKind::Punct && pieces[k].text == ",") ++k;
  return k < pieces.size() && pieces[k].lower == "when";
}

bool in_when_clause_after_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0 || !is_dayless_clock_time(mentions[k].expression) || !opens_when_clause(pieces, mentions[k - 1])) {
    return false;
  }
  for (size_t i = mentions[k - 1].end; i < mentions[k].first; ++i) {
    if (is_clause_break(pieces, i)) return false;
  }
  return true;
}

bool opens_sentence_with_month(std::span<const Piece> pieces, const Mention& m) {
  const Expression& e = m.expression;
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 ||
      e.holiday.kind != HolidayRule::Kind::None)
    return false;
  return heads_sentence(pieces, m);
}

int year_of_value(std::string_view value) {
  // a year, or a season, quarter or half of one ("In the spring of 2009, ...": 2009-SP)
  const bool part_of_year =
      value.size() == 7 && value[4] == '-' &&
      (value[5] == 'S' || value[5] == 'F' || value[5] == 'W' || value[5] == 'Q' || value[5] == 'H');
  return value.size() == 4 || part_of_year ? std::max(digits_at(value, 0, 4), 0) : 0;
}

bool names_month_or_day(std::string_view value) {
  return digits_at(value, 0, 4) >= 0 && value.size() >= 7 && value[4] == '-' && digits_at(value, 5, 2) >= 1;
}

bool before_date(std::string_view value, const CivilDate& date) {
  const int year = digits_at(value, 0, 4);
  const int month = value.size() >= 7 && value[4] == '-' ? digits_at(value, 5, 2) : -1;
  if (year < 0 || month < 1) return false;
  const int day = value.size() >= 10 && value[7] == '-' ? digits_at(value, 8, 2) : -1;
  if (day < 1) return year < date.year || (year == date.year && month < date.month);
  return CivilDate{year, month, day} < date;
}

bool names_comparison_base(std::span<const Piece> pieces, const Mention& m) {
  const CalendarFields& f = m.expression.fields;
  if (m.expression.kind != ExpressionKind::Calendar || (f.quarter <= 0 && f.half <= 0) || m.first == 0) return false;
  const std::string_view before = pieces[m.first - 1].lower;
  const auto compares = [&](size_t k) {
    const std::string_view w = pieces[k].lower;
    return w == "from" || w == "versus" || w == "vs" || w == "vs." || w == "than" || w == "against" ||
           (w == "with" && k >= 1 && pieces[k - 1].lower == "compared");
  };
  if (compares(m.first - 1)) return true;
  // ("130 cases in the quarter, against 143 in the third quarter of 2015": the figure compared stands between)
  if (before != "in") return false;
  for (size_t k = m.first - 1; k > 0 && m.first - k <= 4; --k) {
    if (pieces[k - 1].kind == PieceKind::Punct) return false;
    if (compares(k - 1)) return k + 1 < m.first && pieces[k].kind == PieceKind::Number;
  }
  return false;
}

int only_year(std::span<const Mention> mentions) {
  return mentions.size() == 1 ? year_alone(mentions[0].expression) : 0;
}

int year_framing_lead(std::span<const Piece> pieces, std::span<const Mention> mentions) {
  int year = 0;
  for (const Mention& m : mentions) {
    const int y = year_alone(m.expression);
    if (y == 0 || m.first == 0 || pieces[m.first - 1].lower != "in" || m.end >= pieces.size() ||
        pieces[m.end].text != ",") {
      continue;
    }
    if (year != 0 && y != year) return 0;
    year = y;
  }
  return year;
}

void apply_frame_year(Expression& e, int year) {
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 || e.scheduled_vote) return;
  e.fields.year = year;
  e.needs_year = false;
}

size_t day_of_clock_times(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  size_t n = k;
  // (the run may be a range of hours: "from 2 pm to 11 pm on Sunday", "between 7pm and 7.30pm on Monday")
  while (n < mentions.size() && is_dayless_time_of_day(mentions[n].expression)) {
    if (n + 1 >= mentions.size() ||
        !(set_off_only(pieces, mentions[n], mentions[n + 1]) || ends_range(pieces, mentions, n + 1))) {
      return k;
    }
    ++n;
  }
  if (n == k || n >= mentions.size()) return k;
  // ("from 9 a.m. to 5 p.m. tomorrow": a range of hours whose end carries its day has that day too)
  const Expression& end = mentions[n].expression;
  const bool timed_day = end.fields.hour >= 0 && ends_range(pieces, mentions, n) &&
                         ((end.kind == ExpressionKind::Shift && end.unit == Unit::Day && !end.anaphoric) ||
                          end.kind == ExpressionKind::Weekday);
  if (timed_day) return n;
  if (!names_a_day(end)) return k;
  // ("at 20:30 local time (01:30 BST on Thursday)": a day inside the bracket of a time told in another zone is the
  // bracketed time's; the time outside may be the evening before)
  if (n > k + 1 && opens_unclosed_bracket(pieces, mentions[k].end, mentions[n].first)) return k;
  // A bracket or "on" must stand between the first clock time and the day ("at 9 a.m. on Sunday"), or nothing at
  // all ("at 8.30pm last Monday"); a comma alone may close the clause ("at 9 a.m., Sunday's crowd ...").
  // ("11:20 Yesterday, just 71 per cent of trains ran on time": not a capitalized "Yesterday" opening the entry
  // that a live report's time heads)
  const bool opens_entry = mentions[k].first == 0 && end.kind == ExpressionKind::Shift &&
                           pieces[mentions[n].first].upper_initial && !pieces[mentions[k].first].upper_initial;
  if (n == k + 1 && mentions[n].first == mentions[k].end && !opens_entry) return n;
  for (size_t p = mentions[k].end; p < mentions[n].first; ++p) {
    if ((pieces[p].kind == PieceKind::Punct && pieces[p].text == "(") || pieces[p].lower == "on") return n;
  }
  return k;
}

bool ends_month_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  // (or a day of a month: "from June 1 to November 30", "Dec. 24 through Jan. 2")
  // (a month that took its year from the one before it in a list still counts: "July, August and September")
  const auto bare_month = [](const Expression& e) {
    return e.kind == ExpressionKind::Calendar && (e.needs_year || e.ends_month_pair) && e.fields.month > 0 &&
           e.fields.season.empty() && e.fields.quarter == 0 && e.holiday.kind == HolidayRule::Kind::None &&
           e.fields.hour < 0;
  };
  if (k == 0 || !bare_month(mentions[k - 1].expression) || !bare_month(mentions[k].expression)) return false;
  if (mentions[k - 1].expression.fields.day > 0 || mentions[k].expression.fields.day > 0) {
    return ends_range(pieces, mentions, k);
  }
  // two months next to each other, joined as a pair or in a list, read in order too: "sales in November and
  // December", "in May or June", "in December or January", "temperatures for July, August and September" ("polls
  // in February and October" may be listed backwards)
  const int first = mentions[k - 1].expression.fields.month;
  const int second = mentions[k].expression.fields.month;
  const std::string_view between = pieces[mentions[k - 1].end].lower;
  const bool joined = mentions[k].first == mentions[k - 1].end + 1 && second == first % 12 + 1 &&
                      (between == "and" || between == "or" || between == ",");
  return joined || ends_range(pieces, mentions, k);
}

bool joins_a_weekly_set(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0) return false;
  const Mention& set = mentions[k - 1];
  const Expression& e = mentions[k].expression;
  if (set.expression.type != TimexType::Set || !set.expression.literal.starts_with("XXXX-WXX-") ||
      set.expression.literal.size() != 10 || e.kind != ExpressionKind::Weekday || e.fields.hour >= 0 ||
      !e.fields.day_part.empty()) {
    return false;
  }
  // (a weekday with a word of its own is one day: "every Wednesday, and this Wednesday's installment")
  const Piece& head = pieces[mentions[k].first];
  if (!head.info || head.info->weekday == 0) return false;
  // (", and": "Monday through Friday, and Saturday from 9 a.m. to 1 p.m.")
  if (mentions[k].first == set.end + 2 && pieces[set.end].text == "," && pieces[set.end + 1].lower == "and") {
    return true;
  }
  if (mentions[k].first != set.end + 1) return false;
  return pieces[set.end].lower == "and" || pieces[set.end].lower == "or" || pieces[set.end].text == ",";
}

std::string weekly_set_joined_after(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size()) return {};
  const Expression& e = mentions[k].expression;
  const Mention& set = mentions[k + 1];
  const std::string& literal = set.expression.literal;
  if (e.kind != ExpressionKind::Weekday || e.fields.hour >= 0 || !e.fields.day_part.empty() ||
      set.expression.type != TimexType::Set || !literal.starts_with("XXXX-WXX-") || literal.size() <= 10 ||
      literal[10] != 'T' || set.first != mentions[k].end + 1 ||
      !(pieces[mentions[k].end].lower == "and" || pieces[mentions[k].end].lower == "or")) {
    return {};
  }
  return "XXXX-WXX-" + std::to_string(e.weekday) + literal.substr(10);
}

bool ends_clock_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  return ends_range(pieces, mentions, k) && mentions[k - 1].expression.type == TimexType::Time &&
         mentions[k - 1].expression.fields.hour >= 0 && is_bare_clock_time(mentions[k].expression);
}

namespace {

// Whether mentions[k - 1] and mentions[k] are two different weekdays, the second read by tense.
bool two_weekdays(std::span<const Mention> mentions, size_t k) {
  return k > 0 && mentions[k - 1].expression.kind == ExpressionKind::Weekday &&
         mentions[k].expression.kind == ExpressionKind::Weekday &&
         mentions[k].expression.weekday_mode == WeekdayMode::ByTense &&
         mentions[k - 1].expression.weekday != mentions[k].expression.weekday;
}

}  // namespace

bool ends_weekday_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  // (two clock times of one day, "from 2 p.m. to 4 p.m. Sunday", are no range of days)
  return two_weekdays(mentions, k) && ends_range(pieces, mentions, k);
}

bool ends_range_of_days(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0 || mentions[k].expression.kind != ExpressionKind::Weekday ||
      mentions[k].expression.weekday_mode != WeekdayMode::ByTense) {
    return false;
  }
  const Expression& start = mentions[k - 1].expression;
  // (the start's value, a day, is checked by the caller; either end may have its hour: "between 6pm today and 6am
  // Saturday")
  const bool day = (start.kind == ExpressionKind::Weekday || start.kind == ExpressionKind::Shift) &&
                   !is_dayless_time_of_day(start) && !(start.fields.hour >= 0 && start.dayless);
  // (not hours of one day, "from noon to 8 p.m. Tuesday", whose start took the end's day)
  const bool same_day = start.kind == ExpressionKind::Weekday && start.weekday == mentions[k].expression.weekday;
  return day && !same_day && ends_range(pieces, mentions, k);
}

bool hours_over_days(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (!is_bare_clock_time(mentions[k].expression)) return false;
  // the range's end: this clock time or the next
  const size_t end = k + 1 < mentions.size() && ends_clock_range(pieces, mentions, k + 1) ? k + 1 : k;
  if (end == k && !ends_clock_range(pieces, mentions, k)) return false;
  const size_t day = end + 1;
  if (day + 1 >= mentions.size()) return false;
  size_t gap = mentions[end].end;
  if (gap < mentions[day].first && pieces[gap].lower == ",") ++gap;
  return gap == mentions[day].first && follows_weekday(pieces, mentions, day + 1);
}

bool joins_weekday_pair(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (!two_weekdays(mentions, k)) return false;
  // (or "and again", "and then", "and on": "at 6:30 p.m. Tuesday and again Thursday evening")
  const size_t gap = mentions[k].first - mentions[k - 1].end;
  const std::string_view link = pieces[mentions[k - 1].end].lower;
  const std::string_view second_link = gap == 2 ? pieces[mentions[k - 1].end + 1].lower : std::string_view{};
  const bool joined =
      (gap == 1 && (link == "and" || link == "or")) ||
      (gap == 2 && link == "and" && (second_link == "again" || second_link == "then" || second_link == "on"));
  if (!joined) return false;
  // (over a weekend too: "on Saturday and Monday", "Thursday and Tuesday"; but "Friday and Thursday", a day apart
  // backwards, is no pair in order)
  const int first = mentions[k - 1].expression.weekday;
  const int second = mentions[k].expression.weekday;
  return second > first || (second < first && second + 7 - first <= 5);
}

namespace {

// Whether mentions[k] is a weekday read by tense that ends a range begun by a clock time on a day named just before
// it: "from Tuesday at 5 p.m. until Thursday morning", "from next Tuesday at 5 p.m. until Thursday".
bool ends_range_from_timed_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k < 2 || mentions[k].expression.kind != ExpressionKind::Weekday ||
      mentions[k].expression.weekday_mode != WeekdayMode::ByTense ||
      !is_dayless_clock_time(mentions[k - 1].expression) || !ends_range(pieces, mentions, k)) {
    return false;
  }
  const Expression& day = mentions[k - 2].expression;
  const bool weekday_of_a_week = day.kind == ExpressionKind::Shift && day.unit == Unit::Week && day.fields.weekday > 0;
  if (!names_a_day(day) && !weekday_of_a_week) return false;
  const int start_weekday = day.kind == ExpressionKind::Weekday ? day.weekday : day.fields.weekday;
  return start_weekday != mentions[k].expression.weekday;
}

}  // namespace

bool follows_weekday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  return ends_weekday_range(pieces, mentions, k) || joins_weekday_pair(pieces, mentions, k) ||
         ends_range_from_timed_day(pieces, mentions, k);
}

std::string clock_range_end_value(std::string_view start_value, std::string_view end_value) {
  const std::optional<CivilDate> day = parse_iso_date(start_value.substr(0, 10));
  if (!day || start_value.size() < 13 || end_value.size() < 13 || start_value[10] != 'T' || end_value[10] != 'T') {
    return std::string(end_value);
  }
  const int start_hour = digits_at(start_value, 11, 2);
  const int end_hour = digits_at(end_value, 11, 2);
  if (start_hour < 0 || end_hour < 0) return std::string(end_value);
  if (start_hour >= 24) return std::string(end_value);  // "from midnight to 6 a.m.": midnight's day is moot
  const CivilDate on = end_hour < start_hour ? add_days(*day, 1) : *day;
  return format_timex(date_fields(on)) + std::string(end_value.substr(10));
}

int range_end_year(std::string_view start_value, int end_month, int end_day) {
  const int year = digits_at(start_value, 0, 4);
  const int start_month = digits_at(start_value, 5, 2);
  if (year < 0 || start_month < 0 || start_value[4] != '-') return -1;
  if (end_month != start_month) return end_month > start_month ? year : year + 1;
  // (the same month: a day before the start's is a year on, "from June 20 to June 5" being no range at all)
  const int start_day = start_value.size() >= 10 && start_value[7] == '-' ? digits_at(start_value, 8, 2) : -1;
  return end_day > 0 && start_day > 0 && end_day < start_day ? year + 1 : year;
}

int listed_after_dated_month(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0) return 0;
  const Expression& before = mentions[k - 1].expression;
  const Expression& e = mentions[k].expression;
  if (before.kind != ExpressionKind::Calendar || before.fields.year <= 0 || before.fields.month <= 0 ||
      before.needs_year || e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 ||
      e.fields.day > 0 || !e.fields.season.empty() || e.holiday.kind != HolidayRule::Kind::None ||
      e.fields.month <= before.fields.month) {
    return 0;
  }
  const size_t from = mentions[k - 1].end;
  const size_t to = mentions[k].first;
  if (to <= from || to - from > 6) return 0;
  // (the year written in the text, not one a range gave it: "between December and March, and the exhibit runs from
  // December")
  bool written = false;
  for (size_t i = mentions[k - 1].first; i < from; ++i) written = written || pieces[i].digits == 4;
  bool listed = false;
  for (size_t i = from; i < to; ++i) {
    const std::string_view w = pieces[i].lower;
    if (pieces[i].text == "," || w == "then" || w == "and" || w == "or") listed = true;
    // (only a list's glue between: "then in", "and again in")
    if (pieces[i].kind != PieceKind::Punct && !pieces[i].is(WordClass::FunctionWord) && w != "then" && w != "again") {
      return 0;
    }
  }
  return listed && written ? before.fields.year : 0;
}

int apposed_period_year(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k,
                        std::string_view previous_value) {
  if (k == 0) return 0;
  const Mention& period = mentions[k - 1];
  const Expression& e = mentions[k].expression;
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 || e.fields.day <= 0 ||
      mentions[k].first != period.end + 2 || pieces[period.end].text != "," || pieces[period.end + 1].lower != "on") {
    return 0;
  }
  // ("every year since 2011, on New Year's Day": not a bound of a stretch of time)
  if (period.first > 0) {
    const std::string_view w = pieces[period.first - 1].lower;
    if (w == "since" || w == "until" || w == "from" || w == "before" || w == "after" || w == "by" || w == "through") {
      return 0;
    }
  }
  // the period's value: a year ("2022"), or a month holding the day ("2022-12")
  const int year = year_of_value(previous_value);
  const bool whole_year = previous_value.size() == 4;
  const bool its_month =
      previous_value.size() == 7 && previous_value[4] == '-' && digits_at(previous_value, 5, 2) == e.fields.month;
  return year > 0 && (whole_year || its_month) ? year : 0;
}

bool joined_pair(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size() || mentions[k + 1].first != mentions[k].end + 1) return false;
  const Expression& start = mentions[k].expression;
  const Expression& end = mentions[k + 1].expression;
  return (pieces[mentions[k].end].lower == "and" || pieces[mentions[k].end].lower == "or") &&
         (start.fields.day > 0) == (end.fields.day > 0);
}

int year_in_after(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size() || mentions[k + 1].first != mentions[k].end + 1) return 0;
  const Expression& e = mentions[k].expression;
  // (or a holiday: "the fires of Ash Wednesday in 1983")
  const bool holiday = e.holiday.kind != HolidayRule::Kind::None && e.fields.hour < 0 && e.fields.day_part.empty();
  if (e.kind != ExpressionKind::Calendar || !e.needs_year ||
      (!holiday && (e.fields.month <= 0 || e.fields.day <= 0 || e.holiday.kind != HolidayRule::Kind::None)) ||
      pieces[mentions[k].end].lower != "in") {
    return 0;
  }
  return only_year(mentions.subspan(k + 1, 1));
}

bool narrows_year_before(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0 || only_year(mentions.subspan(k - 1, 1)) <= 0) return false;
  const Expression& e = mentions[k].expression;
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.day > 0 ||
      (e.fields.month <= 0 && e.fields.season.empty())) {
    return false;
  }
  size_t p = mentions[k - 1].end;
  if (p >= mentions[k].first || pieces[p].text != ",") return false;
  ++p;
  // (an adverb of likelihood may come between: "probably", "perhaps", "most likely")
  while (p < mentions[k].first && (pieces[p].lower.ends_with("ly") || pieces[p].lower == "perhaps" ||
                                   pieces[p].lower == "maybe" || pieces[p].lower == "most")) {
    ++p;
  }
  if (p + 1 != mentions[k].first) return false;
  const std::string_view preposition = pieces[p].lower;
  return preposition == "in" || preposition == "during" || preposition == "around" || preposition == "by";
}

bool shares_relative_year(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (!joined_pair(pieces, mentions, k)) return false;
  const Expression& start = mentions[k].expression;
  const Expression& end = mentions[k + 1].expression;
  return start.kind == ExpressionKind::Calendar && end.kind == ExpressionKind::Calendar && start.needs_year &&
         start.fields.month > 0 && start.holiday.kind == HolidayRule::Kind::None && end.year_from_reference &&
         end.fields.month > 0;
}

int owning_year_offset(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const Expression& e = mentions[k].expression;
  // ("last year's Ramadan", "next year's Eid": a holiday the year owns right before it)
  if (k > 0 && e.kind == ExpressionKind::Calendar && e.holiday.kind != HolidayRule::Kind::None && e.needs_year) {
    const Mention& owner = mentions[k - 1];
    const Expression& y = owner.expression;
    const bool year = y.kind == ExpressionKind::Shift && y.unit == Unit::Year && !y.anaphoric && y.offset != 0;
    return year && names_possessed_event(pieces, owner.end) && possessed_noun(pieces, owner.end) == mentions[k].first
               ? y.offset
               : 0;
  }
  // (not a limit: "refunds for last year's postponed events until Jan. 31" runs up to a day of its own)
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.day <= 0 || e.fields.month <= 0 ||
      e.holiday.kind != HolidayRule::Kind::None || e.after_until || e.ends_span) {
    return 0;
  }
  // (a few mentions back at most, so that a sentence of many dates stays linear)
  constexpr size_t kOwnerReach = 4;
  for (size_t n = k; n > 0 && k - n < kOwnerReach; --n) {
    const Mention& owner = mentions[n - 1];
    const Expression& y = owner.expression;
    if (y.kind == ExpressionKind::Shift && y.unit == Unit::Year && !y.anaphoric && y.offset != 0 &&
        names_possessed_event(pieces, owner.end)) {
      // (not a figure to compare with: "We passed last year's total on June 12")
      const size_t noun = possessed_noun(pieces, owner.end);
      const std::string_view w = noun < pieces.size() ? pieces[noun].lower : std::string_view{};
      if (w == "total" || w == "record" || w == "mark" || w == "tally" || w == "level" || w == "figure" ||
          w == "figures" || w == "high" || w == "count" || w == "number") {
        return 0;
      }
      return y.offset;
    }
  }
  return 0;
}

int year_of_range_holding(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k,
                          const CivilDate& reference) {
  if (k + 1 >= mentions.size() || !ends_range(pieces, mentions, k + 1)) return 0;
  const auto bare = [](const Expression& e) {
    return e.kind == ExpressionKind::Calendar && e.needs_year && e.fields.month > 0 && e.fields.season.empty() &&
           e.holiday.kind == HolidayRule::Kind::None && e.fields.hour < 0;
  };
  const Expression& start = mentions[k].expression;
  const Expression& end = mentions[k + 1].expression;
  if (!bare(start) || !bare(end) || (start.fields.day > 0) != (end.fields.day > 0)) return 0;
  // (a month stands for all its days: "from June to August" holds every day of August)
  const auto at = [](int month, int day) { return month * 100 + day; };
  const int first = at(start.fields.month, std::max(start.fields.day, 0));
  const int last = at(end.fields.month, end.fields.day > 0 ? end.fields.day : 31);
  const int today = at(reference.month, start.fields.day > 0 ? reference.day : 0);
  if (first < last) return first <= today && today <= last ? reference.year : 0;
  // ("the exhibit runs from December to March", written in January: a range over the year's end; not one of more
  // than half a year, as often a yearly round as the stretch the text is in: "stages 11 fixtures a year, most of
  // them between October and April", "contracts run from May 1 to April 30")
  if (end.fields.month + 12 - start.fields.month + 1 > 6) return 0;  // (months counted inclusive)
  if (today >= first) return reference.year;
  return today <= last ? reference.year - 1 : 0;
}

int range_start_year(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size()) return 0;
  const Expression& start = mentions[k].expression;
  const Expression& end = mentions[k + 1].expression;
  const bool pair = joined_pair(pieces, mentions, k);
  if (!pair && !ends_range(pieces, mentions, k + 1)) return 0;
  const auto dated = [](const Expression& e) {
    return e.kind == ExpressionKind::Calendar && e.fields.month > 0 && e.fields.season.empty() &&
           e.holiday.kind == HolidayRule::Kind::None && e.fields.hour < 0;
  };
  if (!dated(start) || !dated(end) || !start.needs_year || end.needs_year || end.fields.year <= 0) return 0;
  const bool later_in_calendar = start.fields.month > end.fields.month ||
                                 (start.fields.month == end.fields.month && start.fields.day > end.fields.day);
  return end.fields.year - (later_in_calendar ? 1 : 0);
}

std::optional<Mention> year_near_reference(std::span<const Piece> pieces, size_t i, int reference_year) {
  if (reference_year <= 0 || i == 0 || i + 1 >= pieces.size()) return std::nullopt;
  const Piece& year = pieces[i];
  if (year.kind != PieceKind::Number || year.digits != 4 || year.text.size() != 4 ||
      year.integer < reference_year - 3 || year.integer > reference_year + 3) {
    return std::nullopt;
  }
  const Piece& before = pieces[i - 1];
  const Piece& after = pieces[i + 1];
  const auto lower_word = [](const Piece& p) {
    return p.kind == PieceKind::Word && !p.upper_initial && p.space_before;
  };
  if (!lower_word(before) || !lower_word(after) || !year.space_before) return std::nullopt;
  // (a count of people or a distance: "2021 people", "2024 km"; a label's number: "flight 2019", "room 2024")
  if (after.is(WordClass::PluralNoS) || after.is(WordClass::DistanceUnit) ||
      (after.info && after.info->unit != Unit::None)) {
    return std::nullopt;
  }
  const std::string_view b = before.lower;
  if (before.is(WordClass::NumberNoun) || b == "about" || b == "nearly" || b == "some" || b == "over" || b == "than" ||
      b == "of") {  // ("the Class of 2021 spent": a cohort, its year the grammar has already left alone)
    return std::nullopt;
  }
  Mention m;
  m.first = i;
  m.end = i + 1;
  m.expression.kind = ExpressionKind::Calendar;
  m.expression.fields.year = static_cast<int>(year.integer);
  return m;
}

bool heads_a_line_as_date(std::span<const Piece> pieces, const Mention& m, std::string_view value) {
  if (!pieces[0].newline_before || is_dayless_time_of_day(m.expression) || value.size() < 10 || value[4] != '-' ||
      value[7] != '-' || digits_at(value, 8, 2) < 0 || digits_at(value, 0, 4) < 0) {
    return false;
  }
  // ("Timeline (UTC, Saturday 29 March)": a short heading line that closes on its date in brackets)
  if (m.first != 0) {
    // ("Ardfield racecard and going: Thursday, July 27": so does one that ends on its date after a colon or dash)
    const std::string_view mark = pieces[m.first - 1].text;
    const bool after_mark = mark == ":" || mark == "\u2014" || mark == "\u2013";
    return pieces.size() <= 12 &&
           ((m.end + 1 == pieces.size() && pieces[m.end].text == ")") || (after_mark && m.end == pieces.size()));
  }
  // (a heading stands alone or ends in punctuation: "Monday's talks ..." opens a sentence, not a heading; nor does
  // "Yesterday, jurors sent a note", whose comma goes on into a clause)
  if (m.end + 1 < pieces.size() && pieces[m.end].text == "," && pieces[m.end + 1].kind == PieceKind::Word &&
      !pieces[m.end + 1].upper_initial) {
    return false;
  }
  return m.end >= pieces.size() || pieces[m.end].kind == PieceKind::Punct || pieces[m.end].kind == PieceKind::Symbol;
}

bool is_timed_entry(std::span<const Piece> pieces, const Mention& m) {
  if (!pieces[0].newline_before || !is_bare_clock_time(m.expression) || m.end >= pieces.size()) return false;
  const std::string_view after = pieces[m.end].text;
  if (m.first == 0) return after == "\u2014" || after == "\u2013";
  // "Update, 11:20 a.m.: The review has ended."
  const bool update = pieces[0].lower == "update" || pieces[0].lower == "updated";
  const bool set_off = m.first == 1 || (m.first == 2 && (pieces[1].text == "," || pieces[1].text == ":"));
  return update && set_off && after == ":";
}

bool stamps_entry_with_clock_time(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size() || mentions[k].first != 0 || !pieces[0].newline_before) return false;
  const Mention& day = mentions[k];
  const Mention& clock = mentions[k + 1];
  if (day.expression.kind != ExpressionKind::Weekday || day.end != 1 || !is_bare_clock_time(clock.expression) ||
      clock.end >= pieces.size()) {
    return false;
  }
  const bool next = clock.first == day.end || (clock.first == day.end + 1 && pieces[day.end].text == ",");
  const std::string_view after = pieces[clock.end].text;
  // (a dash, as the tuning sets join them 18 times of 18; after a colon or a hyphen they split them, 2 of 2)
  return next && (after == "\u2014" || after == "\u2013");
}

bool is_filing_stamp(std::span<const Piece> pieces, const Mention& m) {
  if (!pieces[0].newline_before || !is_bare_clock_time(m.expression)) return false;
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (k >= m.first && k < m.end) continue;
    const Piece& p = pieces[k];
    const bool bracket =
        p.text == "(" || p.text == ")" || p.text == "[" || p.text == "]" || p.text == "." || p.text == "/";
    // (the initials before it: "lbx/jm")
    const bool initials = k < m.first && p.kind == PieceKind::Word && !p.upper_initial && p.text.size() <= 4;
    if (!bracket && !initials) return false;
  }
  return true;
}

bool opens_line_with_clock_time(std::span<const Piece> pieces, const Mention& m) {
  return m.first == 0 && pieces[0].newline_before && is_bare_clock_time(m.expression);
}

bool is_colon_entry(std::span<const Piece> pieces, const Mention& m) {
  // (or before the capitalized name of what starts then, set off by a comma or not: a racecard's "2.05pm Ardfield
  // Maiden (2yo), 7f", a court list's "9.45am, Court 7: Inquiry into ...")
  if (m.first != 0 || !pieces[0].newline_before || !is_bare_clock_time(m.expression) || m.end >= pieces.size()) {
    return false;
  }
  const size_t next = pieces[m.end].text == "," && m.end + 1 < pieces.size() ? m.end + 1 : m.end;
  // (or before a bracket, as a listing names its channel: "9 a.m. (WRBN 4) \"Hometown Stars.\"")
  return (next == m.end && (pieces[m.end].text == ":" || pieces[m.end].text == "(")) ||
         (pieces[next].kind == PieceKind::Word && pieces[next].upper_initial);
}

bool at_turn_of_decade(const std::optional<CivilDate>& reference) {
  if (!reference) return false;
  return (reference->year % 10 == 9 && reference->month == 12 && reference->day >= 15) ||
         (reference->year % 10 == 0 && reference->month == 1 && reference->day <= 10);
}

bool is_bare_half(const Expression& e) {
  return e.kind == ExpressionKind::Calendar && e.fields.half > 0 && e.needs_year && e.fields.month == 0;
}

bool is_bare_quarter(const Expression& e) {
  return e.kind == ExpressionKind::Calendar && e.fields.quarter > 0 && e.needs_year && e.fields.month == 0;
}

bool is_bare_november(const Expression& e) {
  return e.kind == ExpressionKind::Calendar && e.fields.month == 11 && e.fields.day <= 0 && e.needs_year &&
         e.holiday.kind == HolidayRule::Kind::None && e.fields.season.empty() && e.fields.quarter == 0;
}

bool after_midnight(std::span<const Piece> pieces, const Mention& m) {
  return m.expression.fields.hour == 24 && m.expression.dayless && m.first > 0 &&
         (pieces[m.first - 1].lower == "after" || pieces[m.first - 1].lower == "past");
}

bool starts_later_in_day(std::string_view start, std::string_view end) {
  if (start.size() < 13 || end.size() < 13 || start[10] != 'T' || end[10] != 'T') return false;
  const int from = digits_at(start, 11, 2);
  const int to = digits_at(end, 11, 2);
  return from >= 0 && to >= 0 && from > to && from < 24;
}

bool names_holiday_after_date(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const Expression& holiday = mentions[k].expression;
  const Expression& date = mentions[k - 1].expression;
  return holiday.kind == ExpressionKind::Calendar && holiday.holiday.kind != HolidayRule::Kind::None &&
         holiday.needs_year && holiday.fields.hour < 0 && date.kind == ExpressionKind::Calendar &&
         date.holiday.kind == HolidayRule::Kind::None && date.fields.day > 0 && date.fields.hour < 0 &&
         mentions[k].first == mentions[k - 1].end + 1 && pieces[mentions[k - 1].end].text == ",";
}

bool names_date_after_holiday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size()) return false;
  const Expression& holiday = mentions[k].expression;
  const Expression& date = mentions[k + 1].expression;
  if (holiday.kind != ExpressionKind::Calendar || holiday.holiday.kind == HolidayRule::Kind::None ||
      !holiday.needs_year || holiday.fields.hour >= 0 || date.kind != ExpressionKind::Calendar ||
      date.holiday.kind != HolidayRule::Kind::None || date.fields.day <= 0 || date.fields.month <= 0 ||
      date.fields.hour >= 0) {
    return false;
  }
  size_t i = mentions[k].end;
  if (i < pieces.size() && (pieces[i].lower == "holiday" || pieces[i].lower == "holidays")) ++i;
  return i + 1 == mentions[k + 1].first && pieces[i].lower == "on";
}

bool names_holiday_said_of_weekday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const Expression& holiday = mentions[k].expression;
  const Expression& day = mentions[k - 1].expression;
  if (holiday.kind != ExpressionKind::Calendar || holiday.holiday.kind == HolidayRule::Kind::None ||
      holiday.fields.hour >= 0 || day.kind != ExpressionKind::Weekday || day.weekday_mode != WeekdayMode::ByTense ||
      day.fields.hour >= 0 || !day.fields.day_part.empty() || mentions[k].first != mentions[k - 1].end + 1) {
    return false;
  }
  const std::string_view be = pieces[mentions[k - 1].end].lower;
  return be == "is" || be == "was";
}

bool moon_holiday_given_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size()) return false;
  const Expression& holiday = mentions[k].expression;
  const Expression& day = mentions[k + 1].expression;
  const HolidayRule::Kind kind = holiday.holiday.kind;
  if (holiday.kind != ExpressionKind::Calendar ||
      (kind != HolidayRule::Kind::Hijri && kind != HolidayRule::Kind::Lunisolar) || holiday.fields.hour >= 0 ||
      day.fields.hour >= 0 || !day.fields.day_part.empty()) {
    return false;
  }
  const bool weekday = day.kind == ExpressionKind::Weekday && day.weekday_mode == WeekdayMode::ByTense;
  const bool date = day.kind == ExpressionKind::Calendar && day.fields.month > 0 && day.fields.day > 0 &&
                    day.holiday.kind == HolidayRule::Kind::None;
  const size_t from = mentions[k].end;
  const size_t to = mentions[k + 1].first;
  if (!(weekday || date) || to < from || to - from > 3) return false;
  for (size_t i = from; i < to; ++i) {
    const std::string_view w = pieces[i].lower;
    if (w != "," && w != "on" && w != "expected" && w != "which" && w != "is" && w != "was" && w != "falls") {
      return false;
    }
  }
  return true;
}

bool names_weekday_holiday_falls_on(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const Expression& day = mentions[k].expression;
  const Expression& holiday = mentions[k - 1].expression;
  if (day.kind != ExpressionKind::Weekday || day.weekday_mode != WeekdayMode::ByTense || day.fields.hour >= 0 ||
      !day.fields.day_part.empty() || holiday.kind != ExpressionKind::Calendar ||
      holiday.holiday.kind == HolidayRule::Kind::None || holiday.fields.hour >= 0) {
    return false;
  }
  // "falls on", "fell on a", "will fall on a", "is on", "lands on": the words between, four at most (or six with a
  // relative clause: "Halloween itself, which falls on Sunday this year")
  const size_t from = mentions[k - 1].end;
  const size_t to = mentions[k].first;
  const bool relative = to > from + 1 && (pieces[from].text == "," || pieces[from].lower == "itself") &&
                        (pieces[from + 1].lower == "which" || pieces[from + 1].text == ",");
  if (to <= from || to - from > (relative ? 6u : 4u)) return false;
  bool verb = false;
  for (size_t i = from; i < to; ++i) {
    const std::string_view w = pieces[i].lower;
    if (w == "falls" || w == "fell" || w == "fall" || w == "lands" || w == "landed" || w == "is" || w == "was") {
      verb = true;
    } else if (relative && (w == "," || w == "which" || w == "itself")) {
      continue;
    } else if (w != "on" && w != "a" && w != "will" && w != "this" && w != "year") {
      return false;
    }
  }
  const bool on =
      pieces[to - 1].lower == "on" || (pieces[to - 1].lower == "a" && to - from >= 2 && pieces[to - 2].lower == "on");
  return verb && on;
}

bool names_telling_day(std::span<const Piece> pieces, const Mention& m) {
  const Expression& e = m.expression;
  if (e.kind != ExpressionKind::Weekday || e.weekday_mode != WeekdayMode::ByTense || e.fields.hour >= 0 ||
      m.first == 0) {
    return false;
  }
  // ("said on Saturday": the preposition may stand between)
  const size_t k = pieces[m.first - 1].lower == "on" && m.first > 1 ? m.first - 1 : m.first;
  return follows_telling(pieces, k);
}

bool marks_day_of_history(std::span<const Piece> pieces, const Mention& m) {
  const Expression& e = m.expression;
  if (e.holiday.year <= 0 || m.first == 0) return false;
  const std::string_view verb = pieces[m.first - 1].lower;
  return verb == "marks" || verb == "marked" || verb == "mark" || verb == "celebrates" || verb == "celebrated" ||
         verb == "commemorates" || verb == "commemorated" || verb == "observes" || verb == "observed" ||
         verb == "remembers" || verb == "remembered";
}

bool would_between(std::span<const Piece> pieces, size_t from, size_t to) {
  for (size_t i = from; i < to && i < pieces.size(); ++i) {
    if (pieces[i].lower == "would" || pieces[i].lower == "wouldn't" || pieces[i].lower == "wouldn\u2019t") return true;
  }
  return false;
}

bool names_weekday_after_holiday(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const Expression& day = mentions[k].expression;
  const Expression& holiday = mentions[k - 1].expression;
  return day.kind == ExpressionKind::Weekday && day.weekday_mode == WeekdayMode::ByTense && day.fields.hour < 0 &&
         day.fields.day_part.empty() && holiday.kind == ExpressionKind::Calendar &&
         holiday.holiday.kind != HolidayRule::Kind::None && holiday.fields.hour < 0 &&
         mentions[k].first == mentions[k - 1].end + 1 && pieces[mentions[k - 1].end].text == "," &&
         (mentions[k].end >= pieces.size() || pieces[mentions[k].end].kind == PieceKind::Punct);
}

size_t closes_parenthesis_after(std::span<const Piece> pieces, size_t at) {
  if (at >= pieces.size() || pieces[at].text != "(") return 0;
  for (size_t k = at + 1; k < pieces.size() && k <= at + 10; ++k) {
    if (pieces[k].text == ")") return k;
  }
  return 0;
}

bool is_period_of_play(std::span<const Piece> pieces, const Mention& m) {
  const Expression& e = m.expression;
  if (!is_bare_half(e) && !is_bare_quarter(e)) return false;
  const size_t k = m.end;
  return k + 2 < pieces.size() && pieces[k].lower == "of" && pieces[k + 1].lower == "the" &&
         (pieces[k + 2].lower == "game" || pieces[k + 2].lower == "match");
}

namespace {

// How exactly `e` names one whole day: 3 a date with its day ("July 1"), 2 a day named from the reference
// ("today", "yesterday"), 1 a bare weekday or a holiday, 0 no single day (a part of the day, a week, a time).
int day_exactness(const Expression& e) {
  if (e.type != TimexType::Date || !e.fields.day_part.empty() || e.fields.hour >= 0) return 0;
  if (e.kind == ExpressionKind::Calendar && e.fields.day > 0 && e.holiday.kind == HolidayRule::Kind::None) return 3;
  if (e.kind == ExpressionKind::Shift && e.unit == Unit::Day && !e.anaphoric && e.offset >= -1 && e.offset <= 1) {
    return 2;
  }
  if (e.kind == ExpressionKind::Weekday && e.weekday_mode == WeekdayMode::ByTense) return 1;
  // ("Good Friday (April 14)", "Veterans Day (Nov. 11)": its date in brackets pins a holiday down as a weekday's does)
  if (e.kind == ExpressionKind::Calendar && e.holiday.kind != HolidayRule::Kind::None && !e.week_of) return 1;
  return 0;
}

}  // namespace

std::optional<Mention> day_named_twice(std::span<const Piece> pieces, const Mention& m) {
  const auto punct = [&pieces](size_t k, std::string_view text) {
    return k < pieces.size() && pieces[k].kind == PieceKind::Punct && pieces[k].text == text;
  };
  if (!punct(m.end, "(")) return std::nullopt;
  const int first = day_exactness(m.expression);
  if (first == 0) return std::nullopt;
  std::optional<Mention> inner = Recognizer::match(pieces, m.end + 1);
  if (!inner || inner->first != m.end + 1 || !punct(inner->end, ")")) return std::nullopt;
  const int second = day_exactness(inner->expression);
  // (two weekdays or two dates are no apposition of one day: "Monday (Tuesday in Asia)" is cut short anyway; a
  // holiday in brackets after its date is a note of its own: "Monday 27 May 2013 (Spring Bank Holiday)")
  if (second == 0 || second == first || inner->expression.holiday.kind != HolidayRule::Kind::None) return std::nullopt;
  Mention both = second > first ? std::move(*inner) : m;
  both.first = m.first;
  both.end = inner->end + 1;
  return both;
}

std::optional<Mention> apposed_weekday(std::span<const Piece> pieces, Mention& date,
                                       const std::optional<CivilDate>& reference) {
  const size_t w = date.end + 2;
  Expression& e = date.expression;
  if (w >= pieces.size() || e.kind != ExpressionKind::Calendar || e.fields.day == 0 || e.fields.hour >= 0 ||
      pieces[date.end].text != "," || pieces[date.end + 1].lower != "a") {
    return std::nullopt;
  }
  const Piece& day = pieces[w];
  if (!day.upper_initial || !day.info || day.info->weekday == 0 || day.info->weekday_plural) return std::nullopt;
  // ("Feb 6, a Saturday morning flight": only a weekday that stands alone)
  if (w + 1 < pieces.size() && pieces[w + 1].kind == PieceKind::Word) return std::nullopt;
  CalendarFields& f = e.fields;
  if (f.month == 0) return std::nullopt;
  if (f.year > 0) {
    if (!is_valid_date(f.year, f.month, f.day) || weekday(CivilDate{f.year, f.month, f.day}) != day.info->weekday) {
      return std::nullopt;  // not that date's weekday: no apposition
    }
  } else if (e.needs_year && e.holiday.kind == HolidayRule::Kind::None && reference) {
    // "June 4, a Friday" without its year: the year near the reference date in which June 4 is a Friday
    int year = 0;
    for (int y = reference->year - 1; y <= reference->year + 1; ++y) {
      if (!is_valid_date(y, f.month, f.day) || weekday(CivilDate{y, f.month, f.day}) != day.info->weekday) continue;
      if (year != 0) return Mention{w, w + 1, e};  // two such years: the weekday cannot choose
      year = y;
    }
    if (year == 0) return std::nullopt;
    f.year = year;
    e.needs_year = false;
  }
  return Mention{w, w + 1, e};  // read as the date is
}

namespace {

// Whether mentions[k] ends a range of weekdays over a working week that reads as opening hours.
bool ends_weekly_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0 || !ends_weekday_range(pieces, mentions, k)) return false;
  const Expression& start = mentions[k - 1].expression;
  const Expression& end = mentions[k].expression;
  if (start.weekday_mode != WeekdayMode::ByTense || start.fields.hour >= 0 || end.fields.hour >= 0 ||
      !start.fields.day_part.empty() || !end.fields.day_part.empty()) {
    return false;
  }
  if (!working_week(start.weekday, end.weekday)) return false;
  // (hours of a deed done are no opening hours: "The clinic opened its doors at 8:30 a.m. and will hand out pills
  // Tuesday through Saturday")
  const bool clock_times = std::any_of(mentions.begin(), mentions.end(), [pieces](const Mention& m) {
    return m.expression.type == TimexType::Time && m.expression.fields.hour >= 0 &&
           tense_around(pieces, m.first, m.end) != Tense::Past;
  });
  const bool hours = clock_times || std::any_of(pieces.begin(), pieces.end(),
                                                [](const Piece& p) { return p.is(WordClass::OpeningHoursWord); });
  if (!hours) return false;
  const Tense tense = tense_around(pieces, mentions[k - 1].first, mentions[k].end);
  if (tense == Tense::Present || tense == Tense::Unknown) return true;
  // ("charges will apply from 08:00 to 18:00, Monday to Saturday": hours of a standing rule still to come; but
  // "schools will be closed Monday through Friday", "polls will be open Monday through Friday next week" are one
  // week's days)
  return tense == Tense::Future && clock_times && std::none_of(mentions.begin(), mentions.end(), [](const Mention& m) {
           return m.expression.type == TimexType::Date && m.expression.kind != ExpressionKind::Weekday;
         });
}

// Whether a range of weekdays from `start` to `end` holds `weekday`, also one through a weekend ("between Thursday
// and Monday").
bool covers_weekday(const Expression& start, const Expression& end, int weekday) {
  if (start.weekday_mode != WeekdayMode::ByTense || start.weekday == end.weekday) return false;
  if (start.weekday < end.weekday) return start.weekday <= weekday && weekday <= end.weekday;
  // (not hours over a weekend, "will close two lanes from 9 p.m. Friday to 5 a.m. Monday", written on a Saturday,
  // which the tuning sets read as the coming weekend's)
  if (start.fields.hour >= 0 || end.fields.hour >= 0) return false;
  return weekday >= start.weekday || weekday <= end.weekday;
}

// Whether mentions[k], a range's first weekday after "from", starts in a clause told with "will" ("will take evidence
// from Monday through Thursday", written on a Wednesday): the range begins on the next such day, not in the week under
// way.
bool starts_ahead(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  const size_t first = mentions[k].first;
  if (first == 0 || pieces[first - 1].lower != "from") return false;
  // (a "will" of its own clause: not "was moved this year from Monday to Friday", a move, nor "is paying a boost
  // from Wednesday through Monday", a present)
  for (size_t d = 2; d <= 12 && d <= first; ++d) {
    const Piece& p = pieces[first - d];
    if (p.kind == PieceKind::Punct && p.text != ",") return false;
    if (is_will(p)) return true;
  }
  return false;
}

// Whether mentions[k] is a dayless clock time starting a range that ends in a clock time on a named day.
bool starts_clock_range_of_day(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k + 1 >= mentions.size() || !is_bare_clock_time(mentions[k].expression) || !ends_range(pieces, mentions, k + 1)) {
    return false;
  }
  const Expression& end = mentions[k + 1].expression;
  return end.type == TimexType::Time && end.fields.hour >= 0 && !end.dayless &&
         (end.kind == ExpressionKind::Weekday || (end.kind == ExpressionKind::Calendar && end.fields.day > 0));
}

}  // namespace

void settle_day_ranges(std::span<const Piece> pieces, std::span<Mention> mentions, int reference_weekday) {
  for (size_t k = 1; k < mentions.size(); ++k) {
    if (ends_weekly_range(pieces, mentions, k)) {
      for (Expression* day : {&mentions[k - 1].expression, &mentions[k].expression}) {
        const int weekday = day->weekday;
        *day = Expression{};
        day->type = TimexType::Set;
        day->literal = "XXXX-WXX-" + std::to_string(weekday);
      }
    } else if (reference_weekday > 0 && ends_weekday_range(pieces, mentions, k) &&
               covers_weekday(mentions[k - 1].expression, mentions[k].expression, reference_weekday) &&
               !starts_ahead(pieces, mentions, k - 1)) {
      // (the start in the reference's week, or in the week before when the range runs through a weekend into
      // it: "between Friday and Tuesday", written on a Monday)
      Expression& start = mentions[k - 1].expression;
      start.weekday_mode = start.weekday <= reference_weekday ? WeekdayMode::This : WeekdayMode::Last;
    }
  }
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    if (!starts_clock_range_of_day(pieces, mentions, k)) continue;
    const CalendarFields start = mentions[k].expression.fields;
    mentions[k].expression = mentions[k + 1].expression;
    mentions[k].expression.fields.hour = start.hour;
    mentions[k].expression.fields.minute = start.minute;
    mentions[k].expression.fields.second = start.second;
    // ("from 6 p.m. until 1 a.m. Friday": a start later in the day than the end is the evening before)
    // ("between midnight and 3 a.m. Sunday": and a midnight before a morning hour is the one that begins the day,
    // 24:00 of the day before)
    const int end_hour = mentions[k + 1].expression.fields.hour;
    if (start.hour > end_hour && (start.hour < 24 || end_hour < 12)) mentions[k].expression.days_from_date -= 1;
  }
}

}  // namespace quarry::dates
