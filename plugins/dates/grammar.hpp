// Shared machinery of the recognize_*.cpp files: a read-only view of one sentence's pieces with the small
// tests every construct needs (is this piece the word "of", a capitalized month, a day number, a year?),
// number and unit parsing, and the list of construct matchers the Recognizer runs.
#ifndef QUARRY_DATES_GRAMMAR_HPP
#define QUARRY_DATES_GRAMMAR_HPP

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "expression.hpp"
#include "pieces.hpp"

namespace quarry::dates {

// One match candidate: pieces [first, end) and its meaning.
struct Candidate {
  size_t end = 0;
  Expression expression;
};

// A candidate whose value needs no resolution (durations, sets, vague references).
inline Candidate literal(size_t end, TimexType type, std::string value) {
  Expression e;
  e.kind = ExpressionKind::Literal;
  e.type = type;
  e.literal = std::move(value);
  return Candidate{end, std::move(e)};
}

// An amount before a unit: "three", "twenty-four", "1.5", "a", "a few" (vague).
struct Quantity {
  double value = 0;
  bool vague = false;    // "a few", "several": printed as X
  bool article = false;  // "a"/"an": one, but only weakly a number
  size_t end = 0;        // one past its last piece
};

// A clock time and the piece after it (and its zone).
struct ClockTime {
  int hour = 0;
  int minute = 0;
  int second = -1;  // -1: not written
  size_t end = 0;
  bool afternoon_guess = false;  // "at 2:30", no a.m. or p.m.: read as 14:30 unless a morning follows
  bool bare_digits = false;      // "2:30" with no a.m., p.m. or o'clock: also a verse or a video's mark
  bool meridiem = false;         // written with its a.m. or p.m. (or "in the morning", "at night")
};

// Whether pieces [first, end) head a line as the label of an entry of a timetable or timeline: first on the line
// (after a bullet, if any) and followed by a colon or a dash, with the entry's text after it ("Friday: ...",
// "• Jan. 5 — ...", "Feb 10 - ...").
bool heads_an_entry(std::span<const Piece> sentence, size_t first, size_t end);

class Grammar {
 public:
  explicit Grammar(std::span<const Piece> pieces) : p_(pieces) {}

  size_t size() const { return p_.size(); }
  std::span<const Piece> pieces() const { return p_; }
  bool has(size_t i) const { return i < p_.size(); }
  const Piece& operator[](size_t i) const { return p_[i]; }

  bool word(size_t i, std::string_view lower) const {
    return i < p_.size() && p_[i].kind == PieceKind::Word && p_[i].lower == lower;
  }
  bool punct(size_t i, std::string_view text) const {
    return i < p_.size() && (p_[i].kind == PieceKind::Punct || p_[i].kind == PieceKind::Quote) && p_[i].text == text;
  }
  const WordInfo* info(size_t i) const { return i < p_.size() ? p_[i].info : nullptr; }
  Modifier modifier(size_t i) const {
    const WordInfo* w = info(i);
    return w ? w->modifier : Modifier::None;
  }
  // Whether the pieces before i end a sum of money: "$9.99", "£45", "Rs 2 crore", "$1.5 million", "300 euros".
  bool ends_a_price(size_t i) const;
  // "last year", "this year", "next year" at i (after a month or a holiday): true, with the year's `offset` from the
  // reference's.
  bool relative_year_at(size_t i, int& offset) const {
    if (!word(i + 1, "year")) return false;
    switch (modifier(i)) {
      case Modifier::Prev:
        offset = -1;
        return true;
      case Modifier::This:
        offset = 0;
        return true;
      case Modifier::Next:
        offset = 1;
        return true;
      default:
        return false;
    }
  }
  // A word piece in a context class (data/context_words.txt).
  bool is(size_t i, WordClass c) const { return i < p_.size() && p_[i].kind == PieceKind::Word && p_[i].is(c); }
  // The TIMEX3 code of one day's part at i ("morning" → "MO"); empty for a plural ("mornings") or none.
  std::string_view day_part(size_t i) const {
    const WordInfo* w = info(i);
    return w && !w->day_part_plural ? w->day_part : std::string_view{};
  }
  // The code of a recurring part of the day at i ("mornings" → "MO"); empty otherwise.
  std::string_view plural_day_part(size_t i) const {
    const WordInfo* w = info(i);
    return w && w->day_part_plural ? w->day_part : std::string_view{};
  }
  // "day of" at i: "the second day of January", "the first day of Eid"
  bool day_of_at(size_t i) const { return word(i, "day") && word(i + 1, "of"); }
  Unit unit(size_t i) const {
    const WordInfo* w = info(i);
    return w ? w->unit : Unit::None;
  }
  // Piece i directly follows piece i-1 with no space ("1990" "s", "Oct" ".").
  bool glued(size_t i) const { return i < p_.size() && i > 0 && !p_[i].space_before; }
  // An all-digit number piece with the given digit counts.
  bool integer(size_t i, int min_digits, int max_digits) const {
    return i < p_.size() && p_[i].kind == PieceKind::Number && p_[i].integer >= 0 && p_[i].digits >= min_digits &&
           p_[i].digits <= max_digits;
  }

  // Skips an abbreviation's period: "Oct" "." → the piece after the period.
  size_t skip_period(size_t i) const { return punct(i, ".") && glued(i) ? i + 1 : i; }

  // Month name at i (by form and context); returns the month or 0. `date_follows` says whether a day or year
  // comes next, which licenses abbreviations and ambiguous names.
  int month_at(size_t i, bool date_follows) const;
  // A day of month at i: "24", "24th", "1st"; returns the day and sets `end`.
  int day_at(size_t i, size_t& end) const;
  // A day of month written as an ordinal word after a month: "March eighth", "May twenty-first".
  int day_word_at(size_t i, size_t& end) const;
  // A year read out in words: "nineteen ninety-six", "two thousand", "two thousand and five" (broadcast
  // transcripts). Returns the year and sets `end`, or -1.
  int spoken_year_at(size_t i, size_t& end) const;
  // A four-digit year at i that reads as a year here (1000..2199); returns -1 otherwise.
  int year_at(size_t i) const;
  // As year_at, or a year that straddles two, named by its first: "2011-12", "2013/14" (a season, a fiscal
  // year). Sets end one past the expression.
  int year_span_at(size_t i, size_t& end) const;
  // A fiscal year code at i: "FY2025", "FY25", "FY 2025"; returns the year and sets `end`, or -1.
  int fiscal_code_year_at(size_t i, size_t& end) const;
  // A quantity at i ("three", "3", "twenty-four", "1.5", "a", "a few", "several").
  std::optional<Quantity> quantity_at(size_t i) const;
  // A clock time at i ("1:38 PM", "10 p.m.", "noon", "16:45", "03:51:22 PM") with an optional zone.
  std::optional<ClockTime> clock_time_at(size_t i) const;
  // A part-of-period prefix kept in the span and dropped from the value at i: "early", "mid-", "late", "the
  // end of", "the beginning of", "the middle of", "the late", "end-" (also a bare "the"). Returns the piece after it
  // and says whether there was one.
  size_t part_prefix_end(size_t i, bool& has_prefix) const;
  // A year written "'69" (one word piece) after a month or season: 1969 (two digits below 50 are 20xx).
  int apostrophe_year_at(size_t i) const;
  // A clock time in words: "half past six", "a quarter to nine", "ten past five".
  std::optional<ClockTime> spoken_clock_time_at(size_t i) const;
  // The end of a time zone at j ("GMT", "IST", "local time"), or j when there is none.
  size_t zone_after(size_t j) const;
  // "10.30" (one number piece, read as a decimal): hour and minute.
  bool hours_dot_minutes(size_t i, int& hour, int& minute) const;
  // Whether "10.30" at i, with neither a.m./p.m. nor a zone, is still a clock time, as continental Europe writes
  // the 24-hour clock: after a preposition of time ("at 16.30", "from 12.30"), in whole five minutes, ending its
  // clause, in a sentence with no prices in it.
  bool dotted_clock_time(size_t i, int hour, int minute) const;
  // A headline in title case or capitals ("Work Starts Tomorrow, But For Today, Congratulations"): every word
  // within a few of i, short function words aside, is capitalized. Capitalized time words there are not names
  // or titles.
  // With `capitals`, every word must be written in capitals ("OBAMA SPEAKS TODAY"): for a word in capitals, a
  // line of names in title case ("Greg Toppo, USA TODAY") is no headline.
  bool in_title_case_line(size_t i, bool capitals = false) const;
  // Whether any word of the sentence belongs to class `c` (a scan: for rare checks only).
  bool sentence_has(WordClass c) const {
    for (const Piece& piece : p_) {
      if (piece.kind == PieceKind::Word && piece.is(c)) return true;
    }
    return false;
  }

  // Whether pieces [first, end) open the sentence as the label of a timeline's or a programme's entry (see
  // heads_an_entry): "March — Survey vessel begins mapping", "Evening: banquet".
  bool labels_entry(size_t first, size_t end) const { return heads_an_entry(p_, first, end); }

  // Whether the "that" at k is surely a determiner that points back ("births for that February", "carrying that
  // winter around"): after a preposition or a verb in -ing, not a conjunction ("noted that March was dry").
  bool points_back_at(size_t k) const;

 private:
  // A spoken hour and minutes ending before j, with the "a.m." or "p.m." that may stand at j.
  ClockTime spoken_time_ending(int hour, int minutes, size_t j) const;
  // Whether the word at k is a preposition that puts a clock time: "at", "by", "until", "till", "since", "from",
  // "before", "after".
  bool time_preposition(size_t k) const;

  std::span<const Piece> p_;
};

// A preposition of extent just before piece i: "in", "over", "for", "during", "within" ("over the last two
// years", "in the last hour").
inline bool extent_preposition_before(const Grammar& g, size_t i) {
  return i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "over") || g.word(i - 1, "for") || g.word(i - 1, "during") ||
                   g.word(i - 1, "within"));
}

// A lower-case word shaped like a regular plural: "flights", "troops"; not "boss", "census", "was".
inline bool looks_like_plural_in_s(std::string_view w) {
  // ("analysis", "crisis", "basis", "census", "status" end in -s and are singular)
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("sis");
}

// "this year", "last week", "next month", "in the day", "today" at k: an "earlier" or "later" just before
// belongs to it ("hours earlier this year" is "earlier this year"), not to a length before the adverb.
inline bool adverb_joins_date(const Grammar& g, size_t k) {
  const Modifier m = g.modifier(k);
  // ("a year earlier in the three months to June" keeps its "earlier": only "in the day", "in the week", "in
  // the morning" join it)
  const bool in_the_period =
      g.word(k, "in") && g.word(k + 1, "the") &&
      ((g.unit(k + 2) != Unit::None && !g.info(k + 2)->unit_plural) || !g.day_part(k + 2).empty());
  return ((m == Modifier::This || m == Modifier::Prev || m == Modifier::Next) && g.unit(k + 1) != Unit::None) ||
         in_the_period || g.word(k, "today") || g.word(k, "yesterday") || g.word(k, "tonight") || g.word(k, "tomorrow");
}

// "my", "his", "their", "Smith's" at i: an owner, of an age ("in his early 50s") or of a stretch ("her first
// few months").
inline bool is_possessive_determiner(const Grammar& g, size_t i) {
  if (!g.has(i) || g[i].kind != PieceKind::Word) return false;
  const std::string_view w = g[i].lower;
  return g[i].possessive || w == "my" || w == "his" || w == "her" || w == "their" || w == "our" || w == "your" ||
         w == "its";
}

// Whether the "early" or "late" at i says how far a schedule moved, after its length: "will open two hours late
// Monday", "dismissed students three hours early today", "ran up to 40 minutes late this morning". The modifier
// is then no part of the day's extent. (After a preposition the length is a stretch of time and the modifier
// the time of day: "closed for about two hours early Tuesday", "set their clocks back an hour early Sunday".)
inline bool moved_by_length_before(const Grammar& g, size_t i) {
  if (i < 3 || g.unit(i - 1) == Unit::None || g.unit(i - 1) == Unit::Weekend) return false;
  const std::optional<Quantity> count = g.quantity_at(i - 2);
  if (!count || count->end != i - 1 || count->vague) return false;
  const size_t before = i - 3;
  static constexpr std::string_view kStretch[] = {"for",  "about", "around", "roughly", "nearly", "almost",
                                                  "some", "in",    "within", "by",      "back",   "forward",
                                                  "over", "than",  "after",  "before",  "last",   "past"};
  for (const std::string_view w : kStretch) {
    if (g.word(before, w)) return false;
  }
  return g[before].kind == PieceKind::Word;
}

// A superlative at k after an article or owner: "the wettest", "its driest", "Italy's best" (before a month or
// season it names the one that set the record: "the wettest March since 1974", "its driest spring in 60 years").
inline bool superlative_at(const Grammar& g, size_t k) {
  if (k == 0 || !g.has(k) || g[k].kind != PieceKind::Word || g[k].upper_initial) return false;
  const std::string_view w = g[k].lower;
  const bool est = w.size() >= 6 && w.ends_with("est") && w != "interest" && w != "harvest" && w != "request" &&
                   w != "protest" && w != "contest" && w != "conquest" && w != "honest" && w != "modest" &&
                   w != "forest" && w != "arrest" && w != "digest" && w != "earnest" && w != "manifest";
  return (est || w == "best" || w == "worst") && (g.word(k - 1, "the") || is_possessive_determiner(g, k - 1));
}

// Figures named at k, after a month or quarter that dates them: "figures", "report", "results", or one noun
// between ("May gaming figures", "fourth-quarter sales results"), or the year's after "and" ("fourth-quarter
// and 2025 results", "fourth-quarter and full-year results").
inline bool figures_at(const Grammar& g, size_t k) {
  if (!g.has(k) || (g[k].hyphen_before && g.is(k, WordClass::DataNoun))) return false;
  if (g.is(k, WordClass::DataNoun)) return true;
  const auto modifier = [&g](size_t j) {
    return g.has(j) && g[j].kind == PieceKind::Word && !g[j].upper_initial && !g[j].info && !g[j].hyphen_before &&
           !g[j].is(WordClass::FunctionWord) && !g[j].is(WordClass::Auxiliary) && !g[j].is(WordClass::BeForm);
  };
  if (modifier(k) && g.is(k + 1, WordClass::DataNoun)) return true;
  if (!g.word(k, "and")) return false;
  const bool year = g.year_at(k + 1) > 0 || g.word(k + 1, "annual") ||
                    (g.word(k + 1, "full") && g.has(k + 2) && g[k + 2].hyphen_before && g.word(k + 2, "year"));
  const size_t noun = g.word(k + 1, "full") ? k + 3 : k + 2;
  return year && g.is(noun, WordClass::DataNoun);
}

// A noun at i that "day" only names a kind of ("a day centre", "a day camp", "a day trip"): no length, no rate.
inline bool day_compound_head(const Grammar& g, size_t i) {
  return g.word(i, "centre") || g.word(i, "center") || g.word(i, "camp") || g.word(i, "care") || g.word(i, "trip") ||
         g.word(i, "job") || g.word(i, "pass") || g.word(i, "nursery") || g.word(i, "school") || g.word(i, "release") ||
         g.word(i, "ticket");
}

// "second" at i as an ordinal before its noun ("a second trial", "a second term"), not the unit ("for a
// second, he paused", "a second later").
inline bool ordinal_second_at(const Grammar& g, size_t i) {
  return g.word(i, "second") && g.has(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].info &&
         !g[i + 1].is(WordClass::FunctionWord) && !g[i + 1].is(WordClass::Auxiliary);
}

// "quarter-century", "quarter century", "quarter of a century" at i: one past its end, or 0.
inline size_t quarter_century_end(const Grammar& g, size_t i) {
  if (!g.word(i, "quarter")) return 0;
  const size_t c = g.word(i + 1, "of") && g.word(i + 2, "a") ? i + 3 : i + 1;
  return g.unit(c) == Unit::Century && !g.info(c)->unit_plural ? c + 1 : 0;
}

// A clock time right after a date at j, or after its comma, with the date's expression made a TIME: "Feb 27,
// 2025, 1:38 PM IST", "October 16, 2024 16:45 IST". ("Jan 3 at 10 a.m." is two expressions: TimeML leaves the
// preposition out, and the time takes the date in focus.) Returns the end, or j when no clock time follows.
size_t attach_clock_time(const Grammar& g, size_t j, Expression& e);

// A shift of `offset` units from the reference date ("last week": Week, -1), and a part of the day after a
// day word ("yesterday morning", "Friday night") added to `e` (returns one past it, or j). In
// recognize_relative.cpp, shared with the deictic and clock-time recognizers.
Expression shift(Unit unit, int offset);
// A part of the day that takes the day in focus for want of its own ("in the morning", "by midmorning").
Expression part_of_day_in_focus(std::string_view part);
size_t attach_day_part(const Grammar& g, size_t j, Expression& e);

// A year written at k into `e` ("Quarter 2 2010", "the first Sunday of Advent 2024"): one past it, or k with
// `e.needs_year` set when none is there.
size_t take_year_at(const Grammar& g, size_t k, Expression& e);

// One past a holiday's name written from piece i ("New Year's Eve", "New Year’s Eve"), or 0 when the pieces
// there are not it.
size_t holiday_name_end(const Grammar& g, size_t i, const Holiday& holiday);

// Construct families; each returns the longest candidate starting at i, or nullopt.
std::optional<Candidate> match_numeric_date(const Grammar& g, size_t i);     // 2025-02-27, 1/2/2025
std::optional<Candidate> match_month_date(const Grammar& g, size_t i);       // Jan 24, 2025; mid-January; June
std::optional<Candidate> match_day_range_end(const Grammar& g, size_t i);    // (March 27-)28
std::optional<Candidate> match_day_range_start(const Grammar& g, size_t i);  // 25( and 26 December)
std::optional<Candidate> match_weekday(const Grammar& g, size_t i);          // Friday (Jan 24); last Monday
std::optional<Candidate> match_year(const Grammar& g, size_t i);             // 2025, early 2025, the 1990s
std::optional<Candidate> match_quarter(const Grammar& g, size_t i);          // the third quarter, first-half
std::optional<Candidate> match_season(const Grammar& g, size_t i);           // last summer, the fall of 1990
std::optional<Candidate> match_clock_time(const Grammar& g, size_t i);       // 10 p.m. Wednesday, 16:45 IST
std::optional<Candidate> match_holiday(const Grammar& g, size_t i);          // Christmas, Thanksgiving
std::optional<Candidate> match_hijri_date(const Grammar& g, size_t i);       // Dhul Hijjah 9, 1435; 29 Esfand 1384
std::optional<Candidate> match_deictic(const Grammar& g, size_t i);          // today, yesterday, tonight
std::optional<Candidate> match_shift(const Grammar& g, size_t i);            // last week, earlier this month
std::optional<Candidate> match_ago(const Grammar& g, size_t i);              // two days ago, a year earlier
std::optional<Candidate> match_vague(const Grammar& g, size_t i);            // recently, now, the future
std::optional<Candidate> match_duration(const Grammar& g, size_t i);         // four months, the past 3 weeks
std::optional<Candidate> match_set(const Grammar& g, size_t i);              // every week, weekly, each Monday
std::optional<Candidate> match_anaphora(const Grammar& g, size_t i);  // the day before, the early hours of Sunday
// Whether the number at `year` is followed by the era mark of a Hijri calendar ("1445 AH", "1403 SH"): no
// Gregorian year.
bool hijri_era_after(const Grammar& g, size_t year);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_GRAMMAR_HPP
