// Explicit calendar dates: month names with or without day and year ("Jan 24", "January 24, 2025", "24 January 2025",
// "mid-January", "June", "November last year"), weekdays
// ("on Monday", "last Friday", "Friday (Jan 24)", "Tuesday, Nov. 12, 2024"). Holidays are in recognize_holidays.cpp.
#include <algorithm>

#include "calendar.hpp"
#include "grammar.hpp"
#include "hijri_calendar.hpp"

namespace quarry::dates {
namespace {

// "that year", "the same year", "the following year", "the previous year" after a month: the year the text is
// telling about, or one next to it. Returns the words it takes (0: none).
size_t told_year_at(const Grammar& g, size_t i, int& offset) {
  offset = 0;
  if (g.word(i, "that") && g.word(i + 1, "year")) return 2;
  if (!g.word(i, "the") || !g.word(i + 2, "year")) return 0;
  if (g.word(i + 1, "same")) return 3;
  if (g.word(i + 1, "following")) {
    offset = 1;
    return 3;
  }
  if (g.word(i + 1, "previous")) {
    offset = -1;
    return 3;
  }
  return 0;
}

// Reads a month's year as the one the text is telling about, `offset` years from it.
void take_told_year(Expression& e, int offset) {
  e.year_from_focus = true;
  e.needs_year = true;  // (read as a bare month when no year is in focus)
  e.year_offset = offset;
}

// The piece after a month name, past an abbreviation's period ("Oct." but not the full stop in "June.").
size_t after_month(const Grammar& g, size_t m) {
  const WordInfo* w = g.info(m);
  const bool abbreviation = w && (w->month_form == MonthForm::Abbr || w->month_form == MonthForm::AbbrWeak);
  return abbreviation ? g.skip_period(m + 1) : m + 1;
}

// After a month at `j` (and its period): day, year, "last year", or nothing. Fills e.fields and returns the
// end. `bare_ok` allows a month with nothing after it.
std::optional<size_t> month_tail(const Grammar& g, size_t month_piece, int month, bool bare_ok, Expression& e) {
  size_t k = after_month(g, month_piece);
  e.kind = ExpressionKind::Calendar;
  e.fields.month = month;
  size_t day_end = 0;
  int day = g.day_at(k, day_end);
  if (day == 0) day = g.day_word_at(k, day_end);  // "March eighth"
  if (day != 0) {
    // "June 30, 1,000 troops" stays a date; "June 30 percent" does not occur in news, so no check.
    e.fields.day = day;
    size_t j = day_end;
    size_t y = g.punct(j, ",") ? j + 1 : j;
    size_t spoken_end = 0;
    if (const int year = g.year_at(y); year > 0) {
      e.fields.year = year;
      j = y + 1;
    } else if (const int spoken = g.spoken_year_at(y, spoken_end); spoken > 0) {
      e.fields.year = spoken;
      j = spoken_end;
    } else if (int offset = 0;
               g.relative_year_at(j, offset) || (g.word(j, "of") && g.relative_year_at(j + 1, offset))) {
      // "June 30 next year", "March 3 last year", "June 16th of last year"
      e.year_from_reference = true;
      e.year_offset = offset;
      j += g.word(j, "of") ? 3 : 2;
    } else if (const size_t y0 = g.word(j, "of") ? j + 1 : j; const size_t n = told_year_at(g, y0, offset)) {
      take_told_year(e, offset);  // "June 16 of that year"
      j = y0 + n;
    } else {
      e.needs_year = true;
    }
    if (e.fields.year > 0 && !is_valid_date(e.fields.year, month, day)) return std::nullopt;
    if (e.fields.year < 0 && !is_valid_date(2024, month, day)) return std::nullopt;  // 2024: allows Feb 29
    return attach_clock_time(g, j, e);
  }
  size_t y = g.word(k, "of") ? k + 1 : (g.punct(k, ",") ? k + 1 : k);
  if (const int year = g.year_at(y); year > 0) {
    e.fields.year = year;
    return y + 1;
  }
  // "January nineteen ninety-seven" (broadcast transcripts)
  if (size_t spoken_end = 0; y == k) {
    if (const int spoken = g.spoken_year_at(y, spoken_end); spoken > 0) {
      e.fields.year = spoken;
      return spoken_end;
    }
  }
  // "November last year", "March of next year"
  if (int offset = 0; g.relative_year_at(y, offset) && (y == k || g.word(k, "of"))) {
    e.year_from_reference = true;
    e.year_offset = offset;
    return y + 2;
  }
  // "July of that year", "in March the following year"
  if (int offset = 0; const size_t n = told_year_at(g, y, offset)) {
    if (y == k || g.word(k, "of")) {
      take_told_year(e, offset);
      return y + n;
    }
  }
  if (!bare_ok) return std::nullopt;
  e.needs_year = true;
  return k;
}

bool date_follows_month(const Grammar& g, size_t month_piece) {
  const size_t k = after_month(g, month_piece);
  size_t end = 0;
  if (g.day_at(k, end) != 0 || g.day_word_at(k, end) != 0 || g.spoken_year_at(k, end) > 0) return true;
  const size_t y = g.word(k, "of") || g.punct(k, ",") ? k + 1 : k;
  if (g.year_at(y) > 0) return true;
  int offset = 0;
  return g.relative_year_at(k, offset);
}

// Is a month name standing alone at `m` a date here? Full names yes, unless part of a name ("June Carter");
// "May"/"March" only after a date preposition.
bool bare_month_ok(const Grammar& g, size_t m, bool has_prefix) {
  const WordInfo* w = g.info(m);
  if (!w || !g[m].upper_initial) return false;
  const bool after_preposition = m > 0 && g.is(m - 1, WordClass::BeforeBareMonth);
  // ("So there is a June, an August and a tiny runt called May": a name given with an article or "called", no noun
  // after it for the month to modify)
  if (!has_prefix && m > 0 &&
      (g.word(m - 1, "a") || g.word(m - 1, "an") || g.word(m - 1, "called") || g.word(m - 1, "named")) &&
      (!g.has(m + 1) || g.punct(m + 1, ",") || g.punct(m + 1, ".") || g.word(m + 1, "and") || g.word(m + 1, "who"))) {
    return false;
  }
  // ("buses for March on Washington anniversary", "the March for Our Lives": a march named by "on", "for" or
  // "against" and a capitalized word that tells no time, unless a preposition of time stands before it: "opens in
  // March on Broadway")
  if (w->month == 3 && (g.word(m + 1, "on") || g.word(m + 1, "for") || g.word(m + 1, "against")) && g.has(m + 2) &&
      g[m + 2].kind == PieceKind::Word && g[m + 2].upper_initial && !(g.info(m + 2) && g.info(m + 2)->temporal) &&
      !(m > 0 && (g.word(m - 1, "in") || g.word(m - 1, "since") || g.word(m - 1, "until") || g.word(m - 1, "by") ||
                  g.word(m - 1, "from") || g.word(m - 1, "through") || g.word(m - 1, "during") ||
                  g.word(m - 1, "before") || g.word(m - 1, "after") || g.word(m - 1, "of")))) {
    return false;
  }
  // ("6th of October City", "the Sixth of October Bridge": a day of the month naming a place, the capitalized noun of
  // a city, bridge, street or square after it)
  if (m >= 2 && g.word(m - 1, "of") && g.has(m + 1) && g[m + 1].upper_initial &&
      (g.word(m + 1, "city") || g.word(m + 1, "bridge") || g.word(m + 1, "street") || g.word(m + 1, "avenue") ||
       g.word(m + 1, "square") || g.word(m + 1, "road") || g.word(m + 1, "stadium"))) {
    return false;
  }
  // "March corn", "ICE November canola": a futures contract's month, whatever stands before it
  if (g.is(m + 1, WordClass::Commodity) && !g[m + 1].upper_initial && !(g.has(m + 1) && g[m + 1].hyphen_before)) {
    return true;
  }
  // "final March data", "the May jobs report": before a noun of statistics the word is the month
  if ((w->month_form == MonthForm::Full || w->month_form == MonthForm::Ambiguous) && g.is(m + 1, WordClass::DataNoun) &&
      !g[m + 1].upper_initial && !(g.has(m + 1) && g[m + 1].hyphen_before) && m > 0 &&
      g[m - 1].kind == PieceKind::Word && (!g[m - 1].upper_initial || g.word(m - 1, "the"))) {
    return true;
  }
  const bool noun_follows = g.has(m + 1) && g[m + 1].kind == PieceKind::Word && !g[m + 1].upper_initial &&
                            !g[m + 1].is(WordClass::FunctionWord) && !g[m + 1].info;
  // ("the strongest October hurricane", "the city's biggest December storm": after a superlative, a month before
  // its noun names a kind of storm, not a month)
  if (superlative_at(g, m - 1) && noun_follows && !g.word(m + 1, "ever")) return false;
  if (w->month_form == MonthForm::Ambiguous) {
    // "the May government", "the March accession": too often a name or a verb to take on "the" alone. After
    // "a", before a lower-case noun, it is the month: "a March speech", "a May poll" (not "a March for Life").
    const bool after_a = m > 0 && g.word(m - 1, "a") && noun_follows;
    // ("the March accession", "the March elections": a capital March before a lower-case noun is no march, which
    // running text writes in lower case; "the May government" may be a prime minister's)
    const bool march_modifier =
        w->month == 3 && m > 0 && g.word(m - 1, "the") && noun_follows && !g.in_title_case_line(m);
    // ("the wettest March since 1974": after a superlative, the month that set the record)
    const bool record = superlative_at(g, m - 1);
    // ("March through May is peak tornado season": a span's start, another month's name after it)
    const bool span_start = (g.word(m + 1, "through") || g.word(m + 1, "to") || g.word(m + 1, "until")) &&
                            g.info(m + 2) && g.info(m + 2)->month != 0 && g[m + 2].upper_initial;
    // ("its March meeting", "the Fed's May statement": after a possessive, before a lower-case noun, the month)
    // (not "the Women’s March sister event": a march by people of a kind)
    // (the "'s" may be a piece of its own)
    const size_t owner = m >= 2 && (g.word(m - 1, "'s") || g.word(m - 1, "\u2019s")) ? m - 2 : m - 1;
    const bool marchers = w->month == 3 && m > 0 && g[m - 1].possessive &&
                          (g[owner].lower.starts_with("women") || g[owner].lower.starts_with("people") ||
                           g[owner].lower.starts_with("children") || g[owner].lower.starts_with("workers") ||
                           g[owner].lower.starts_with("veterans") || g[owner].lower.starts_with("mothers"));
    const bool after_possessive =
        m > 0 && (is_possessive_determiner(g, m - 1) || g[m - 1].possessive) && noun_follows && !marchers;
    // ("March was choppier", "“March was a write-off”", "compared with March, when": "march" the verb is written in
    // lower case inside a sentence, and opening one it has no "was" or "has" after it; a name ("the March on
    // Washington", "March Madness", "the Women’s March") has a capital word or "for"/"on"/"against" after it, or
    // a capitalized possessive before it)
    const bool opens = m == 0 || g[m - 1].kind == PieceKind::Quote;
    const bool march_alone =
        w->month == 3 && !g[m].all_upper &&
        !(g.has(m + 1) && g[m + 1].kind == PieceKind::Word && g[m + 1].upper_initial) && !g.word(m + 1, "for") &&
        !g.word(m + 1, "on") && !g.word(m + 1, "against") && !g.word(m + 1, "of") &&
        !(g.info(m + 1) && g.info(m + 1)->number_kind != NumberKind::None) &&  // ("March second-quarter results")
        (opens ? g.is(m + 1, WordClass::BeForm) || g.is(m + 1, WordClass::Auxiliary)
               : (g[m - 1].kind != PieceKind::Word || !g[m - 1].upper_initial) &&
                     !(m >= 2 && g[m - 2].upper_initial && (g[m - 1].possessive || g[m - 2].possessive)));
    // ("compared with May", "a warm May", "expect May to be weak": inside a sentence after a lower-case word or a
    // comparison, before no verb of its own; "said May", "May said", "Theresa May" are a person)
    const bool may_alone =
        w->month == 5 && !opens && !g[m].all_upper && m > 0 && g[m - 1].kind == PieceKind::Word &&
        !g[m - 1].upper_initial && !g.is(m - 1, WordClass::SpeechVerb) && !g.word(m - 1, "the") &&
        !g.word(m - 1, "following") &&
        !(g.has(m + 1) && g[m + 1].kind == PieceKind::Word &&
          (g[m + 1].upper_initial || g.is(m + 1, WordClass::SpeechVerb) || g.is(m + 1, WordClass::BeForm) ||
           g.is(m + 1, WordClass::Auxiliary) || (g[m + 1].info && g[m + 1].info->tense != Tense::Unknown) ||
           g[m + 1].lower.ends_with("ed") || g[m + 1].lower.ends_with("s")));
    // ("March — Survey vessel begins mapping", "May: the works resume": the label heading a timeline's entry)
    const bool entry_label = g.labels_entry(m, m + 1);
    // ("the May tournament", "the May jobs report": after "the", before the name of a dated event, the month; not
    // "the May government")
    const bool dated_event = [&] {
      if (m == 0 || !g.word(m - 1, "the") || !g.has(m + 1) || g[m + 1].upper_initial) return false;
      const std::string_view n = g[m + 1].lower;
      return n == "tournament" || n == "election" || n == "elections" || n == "meeting" || n == "deadline" ||
             n == "issue" || n == "edition" || n == "session" || n == "figures" || n == "budget" || n == "sales" ||
             n == "data" || n == "poll" || n == "polls" || n == "vote" || n == "recital" || n == "festival" ||
             n == "basho" || n == "exams" || n == "holidays" || n == "meet" || n == "final" || n == "auction" ||
             n == "report" || n == "survey" || n == "jobs" || n == "payroll" || n == "contract" || n == "futures" ||
             n == "summit" || n == "series" || n == "fair" || n == "primary" || n == "primaries" || n == "referendum";
    }();
    if (!has_prefix && !after_a && !march_modifier && !record && !span_start && !after_possessive && !march_alone &&
        !may_alone && !entry_label && !dated_event && (!after_preposition || g[m - 1].lower == "the")) {
      return false;
    }
  } else if (w->month_form != MonthForm::Full) {
    return false;
  }
  if (!has_prefix && !after_preposition && m > 0 && g[m - 1].kind == PieceKind::Word && g[m - 1].upper_initial &&
      !g[m - 1].info && g[m - 1].name_like()) {
    return false;  // "Grace June": a name (not "If October's debate")
  }
  // "June Carter", "August Bank"; but after a preposition the month stands alone: "In August Trump met", and
  // so it does as a modifier after an article or in the possessive: "an October CNN interview", "October's
  // Democratic debate".
  const bool full_after_preposition =
      after_preposition && w->month_form == MonthForm::Full && g[m - 1].lower != "the" && g[m - 1].lower != "and";
  const bool modifier =
      w->month_form == MonthForm::Full && (g[m].possessive || (m > 0 && (g.word(m - 1, "a") || g.word(m - 1, "an"))));
  // ("December U.S. sales", "the June CPI report": before an acronym a full name is the month; in capitals
  // throughout, "AUGUST BANK HOLIDAY", nothing stands out)
  const auto acronym = [](std::string_view w) {
    return w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  if (g.has(m + 1) && g[m + 1].kind == PieceKind::Word && g[m + 1].upper_initial && !g[m + 1].info &&
      !full_after_preposition && !modifier &&
      !(w->month_form == MonthForm::Full && acronym(g[m + 1].text) && !acronym(g[m].text))) {
    return false;
  }
  // "December's figures", "November's election" name the month; "May's speech" is a person's, but "next
  // May's election" is the month's.
  if (g.has(m + 1) && g[m + 1].possessive && w->month_form != MonthForm::Full && !has_prefix) return false;
  return true;
}

std::optional<Candidate> month_at_with_prefix(const Grammar& g, size_t i) {
  Expression e;
  size_t m = i;
  bool has_prefix = false;
  int period_day = 0;           // "the first day of" (1), "the last day of" (-1)
  bool edge_of_period = false;  // "the end of", "the beginning of", "the middle of"
  const Modifier mod = g.modifier(i);
  if (mod == Modifier::Early || mod == Modifier::Mid || mod == Modifier::Late) {
    m = i + 1;
    has_prefix = true;
  } else if (mod == Modifier::The &&
             (g.modifier(i + 1) == Modifier::End || g.modifier(i + 1) == Modifier::Beginning ||
              g.modifier(i + 1) == Modifier::Middle) &&
             g.word(i + 2, "of")) {
    m = i + 3;
    has_prefix = true;
    edge_of_period = true;
  } else if ((mod == Modifier::End || mod == Modifier::Beginning || mod == Modifier::Middle) && g.word(i + 1, "of")) {
    m = i + 2;
    has_prefix = true;
    edge_of_period = true;
  } else if ((mod == Modifier::End || mod == Modifier::Beginning) && g.has(i + 1) && g[i + 1].hyphen_before) {
    m = i + 1;  // "end-March", "start-June"
    has_prefix = true;
  } else if (g.word(i, "that") && g.info(i + 1) &&
             // ("said that April and May had vanished", "reporting that December sales fell": after a verb of
             // saying, or a verb in -ing, "that" is a conjunction)
             !(i > 0 && (g.is(i - 1, WordClass::SpeechVerb) ||
                         (g[i - 1].lower.ends_with("ing") && !g.is(i - 1, WordClass::FunctionWord)))) &&
             (g.info(i + 1)->month_form == MonthForm::Full ||
              (g.info(i + 1)->month_form == MonthForm::Ambiguous && g[i + 1].upper_initial))) {
    m = i + 1;  // "that June", "that May": in the year the text is telling about
    has_prefix = true;
    e.year_from_focus = true;
    e.points_back = g.points_back_at(i);
  } else if (mod == Modifier::The && (g.word(i + 1, "first") || g.word(i + 1, "last") || g.word(i + 1, "final")) &&
             (g.word(i + 2, "day") || g.word(i + 2, "night")) && g.word(i + 3, "of")) {
    // "the last day of March", "the first day of 2017": that day of the month or year ("the last night of the year":
    // that day's night)
    m = i + 4;
    has_prefix = true;
    period_day = g.word(i + 1, "first") ? 1 : -1;
    e.kind = ExpressionKind::Calendar;
    e.fields.month = period_day == 1 ? 1 : 12;
    e.fields.day = period_day == 1 ? 1 : 31;
    const auto that_night = [&g, i](Expression& day) {
      if (!g.word(i + 2, "night")) return;
      day.fields.day_part = "NI";
      day.type = TimexType::Time;
    };
    that_night(e);
    if (const int year = g.year_at(m); year > 0 && !(g.has(m + 1) && g[m + 1].hyphen_before)) {
      e.fields.year = year;
      return Candidate{m + 1, std::move(e)};
    }
    // "the last day of the year", "the first day of next year"
    int offset = 0;
    if ((g.word(m, "the") && g.word(m + 1, "year")) || g.relative_year_at(m, offset)) {
      e.year_from_reference = true;
      e.year_offset = offset;
      return Candidate{m + 2, std::move(e)};
    }
    // ("takes effect on the first day of the following month", "the last day of next month": that day of the month
    // counted)
    if (std::optional<Candidate> month = g.word(i + 2, "day") ? match_shift(g, m) : std::nullopt;
        month && month->expression.kind == ExpressionKind::Shift && month->expression.unit == Unit::Month) {
      month->expression.edge_day_of_month = period_day;
      return month;
    }
    e = Expression{};
    that_night(e);
  } else if (mod == Modifier::The && g.word(i + 1, "month") && g.word(i + 2, "of")) {
    m = i + 3;  // "the month of May"
    has_prefix = true;
  } else if (mod == Modifier::This && g.word(i + 1, "past") && g.info(i + 2) && g.info(i + 2)->month != 0) {
    m = i + 2;  // "this past September": the last one
    has_prefix = true;
    e.kind = ExpressionKind::Calendar;
    e.month_shift = -1;
    e.has_month_shift = true;
  } else if (mod == Modifier::Prev || mod == Modifier::Next || mod == Modifier::This) {
    m = i + 1;
    has_prefix = true;
    e.kind = ExpressionKind::Calendar;
    e.month_shift = mod == Modifier::Prev ? -1 : mod == Modifier::Next ? 1 : 0;
    e.has_month_shift = true;
  }
  const bool follows = date_follows_month(g, m);
  const bool bare_ok = !follows && bare_month_ok(g, m, has_prefix);
  const int month = g.month_at(m, follows || bare_ok);
  if (month == 0) return std::nullopt;
  if (!follows && !bare_ok) return std::nullopt;
  // ("last Oct. 1", "the next Feb. 29": with its day, the shift counts whole years from the reference, below; "this
  // June 5" is a plain date)
  if (e.has_month_shift && follows && e.month_shift == 0) e.has_month_shift = false;
  const auto end = month_tail(g, m, month, true, e);
  if (!end) return std::nullopt;
  if (period_day != 0) {
    if (e.fields.day != 0) return std::nullopt;  // "the first day of March 3" is no form
    e.edge_day_of_month = period_day;
  }
  // ("a leap second at the end of June 30": a day's end is that day, the prefix left out, as the tuning sets have it
  // 3 times of 4; "the end of June" keeps it)
  if (edge_of_period && e.fields.day != 0) return std::nullopt;
  // "In this Feb. 3, 2014, file photo": before a full date "this" points at the photo, not the date
  if (mod == Modifier::This && follows && e.fields.year > 0 && e.fields.day > 0) return std::nullopt;
  if (e.has_month_shift && (e.fields.year > 0 || e.year_from_reference)) e.has_month_shift = false;
  if (e.has_month_shift) e.needs_year = false;
  return Candidate{*end, std::move(e)};
}

// "24 January 2025", "the 12th of May", "1st March", "the first of June", "the 21st of March last year".
std::optional<Candidate> day_first_date(const Grammar& g, size_t i) {
  // ("Dated this 24th day of June 2018", "on the 29th day of February": the formal style of notices and deeds)
  const bool formal_this = g.word(i, "this");
  size_t d = g.word(i, "the") || formal_this ? i + 1 : i;
  size_t end = 0;
  int day = g.day_at(d, end);
  // an ordinal word only as "the first of June", "this second day of January" ("the first day of June" is read
  // with "the last day of June", month_at_with_prefix)
  if (const size_t k = g.has(d + 1) && g[d + 1].hyphen_before ? d + 2 : d + 1;
      day == 0 && d != i && (g.word(k, "of") || (formal_this && g.day_of_at(k)))) {
    day = g.day_word_at(d, end);
  }
  if (day == 0) return std::nullopt;
  const bool formal = g.day_of_at(end);
  if (formal_this && !formal) return std::nullopt;
  size_t m = formal ? end + 2 : g.word(end, "of") ? end + 1 : end;
  if (d != i && m == end) return std::nullopt;  // "the 24 January" is not a form
  const int month = g.month_at(m, true);
  if (month == 0) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.month = month;
  e.fields.day = day;
  size_t j = after_month(g, m);
  const size_t y = g.punct(j, ",") ? j + 1 : j;
  if (const int year = g.year_at(y); year > 0) {
    e.fields.year = year;
    j = y + 1;
  } else if (int offset = 0; g.relative_year_at(j, offset)) {
    e.year_from_reference = true;
    e.year_offset = offset;
    j += 2;
  } else {
    e.needs_year = true;
  }
  if (!is_valid_date(e.fields.year > 0 ? e.fields.year : 2024, month, day)) return std::nullopt;
  j = attach_clock_time(g, j, e);
  return Candidate{j, std::move(e)};
}

// "2014 Sep 14", "2016 Feb 29 0115 UTC": year, month and day in that order, as space-weather bulletins, logs and
// tables write them. Only before the end, a number, a clock time or a capitalized word ("In 2014 March 3 people
// died" counts people).
std::optional<Candidate> year_first_date(const Grammar& g, size_t i) {
  const int year = g.year_at(i);
  if (year <= 0 || !g.has(i + 1)) return std::nullopt;
  const int month = g.month_at(i + 1, true);
  if (month == 0) return std::nullopt;
  size_t end = 0;
  const int day = g.day_at(after_month(g, i + 1), end);
  if (day == 0 || !is_valid_date(year, month, day)) return std::nullopt;
  if (g.has(end) && g[end].kind == PieceKind::Word && !g[end].upper_initial) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.year = year;
  e.fields.month = month;
  e.fields.day = day;
  const size_t j = attach_clock_time(g, end, e);
  return Candidate{j, std::move(e)};
}

// "the first week of March", "the last week of May", "the final week of December": the ISO week holding the week's
// fourth day (ISO's rule for a week that straddles two months), as "the week of March 6" is the week that holds the
// date. ("the first week of 2020", "the final week of the year": January's first week, December's last.)
std::optional<Candidate> nth_week_of_month(const Grammar& g, size_t i) {
  if (!g.word(i, "the") || !g.word(i + 2, "week") || !g.word(i + 3, "of")) return std::nullopt;
  const WordInfo* n = g.info(i + 1);
  const bool final = g.word(i + 1, "final");
  if (!final &&
      (!n || (n->number_kind != NumberKind::Ordinal && n->number_kind != NumberKind::OrdinalLast) || n->number > 4)) {
    return std::nullopt;
  }
  const int nth = !final && n->number > 0 ? static_cast<int>(n->number) : -1;
  const bool whole_year = g.year_at(i + 4) > 0 || (g.word(i + 4, "the") && g.word(i + 5, "year"));
  if (whole_year && (nth == 1 || nth == -1)) {
    Expression e;
    e.kind = ExpressionKind::Calendar;
    e.fields.month = nth == 1 ? 1 : 12;
    e.fields.day = nth == 1 ? 4 : 28;  // (the ISO week holding Jan. 4 is the year's first; Dec. 28, its last)
    const int year = g.year_at(i + 4);
    if (year > 0) {
      e.fields.year = year;
    } else {
      e.needs_year = true;
    }
    e.week_of = true;
    e.day_picks_week = true;
    return Candidate{year > 0 ? i + 5 : i + 6, std::move(e)};
  }
  std::optional<Candidate> month = month_at_with_prefix(g, i + 4);
  if (!month) return std::nullopt;
  Expression& e = month->expression;
  if (e.fields.day != 0 || e.fields.hour >= 0 || e.fields.month == 0) return std::nullopt;
  // (February's length barely moves its last week: the 25th or 26th lies in the same ISO week or the next)
  e.fields.day = nth > 0 ? 7 * (nth - 1) + 4 : days_in_month(2023, e.fields.month) - 3;
  e.week_of = true;
  e.day_picks_week = true;
  return month;
}

// "the first weekend of May", "the last weekend of April", "the final weekend of 2017": the weekend of that month's
// (or year's) first or last Saturday, as "the Memorial Day weekend" is its holiday's.
std::optional<Candidate> nth_weekend_of_month(const Grammar& g, size_t i) {
  if (!g.word(i, "the") || !g.word(i + 2, "weekend") || !g.word(i + 3, "of")) return std::nullopt;
  const WordInfo* n = g.info(i + 1);
  const bool final = g.word(i + 1, "final");
  if (!final &&
      (!n || (n->number_kind != NumberKind::Ordinal && n->number_kind != NumberKind::OrdinalLast) || n->number > 4)) {
    return std::nullopt;
  }
  const int nth = !final && n->number > 0 ? static_cast<int>(n->number) : -1;
  Expression e;
  size_t end = 0;
  if (const int year = g.year_at(i + 4); year > 0 && (nth == 1 || nth == -1)) {
    // ("the final weekend of 2017": the year's last Saturday is December's)
    e.kind = ExpressionKind::Calendar;
    e.fields.year = year;
    e.holiday.month = nth == 1 ? 1 : 12;
    end = i + 5;
  } else {
    std::optional<Candidate> month = month_at_with_prefix(g, i + 4);
    if (!month || month->expression.fields.day != 0 || month->expression.fields.hour >= 0 ||
        month->expression.fields.month == 0 || !month->expression.fields.season.empty()) {
      return std::nullopt;
    }
    e = std::move(month->expression);
    e.holiday.month = e.fields.month;
    end = month->end;
  }
  e.holiday.kind = HolidayRule::Kind::NthWeekday;
  e.holiday.weekday = 6;
  e.holiday.nth = nth;
  e.fields.month = e.holiday.month;
  e.week_of = true;
  e.weekend_of = true;
  return Candidate{end, std::move(e)};
}

// "the first fortnight of March", "the second half-month": a half of a month has no ISO value of its own, so it
// takes the month's (as "the second half of February" does)
std::optional<Candidate> fortnight_of_month(const Grammar& g, size_t i) {
  if (!g.word(i, "the") || !g.word(i + 2, "fortnight") || !g.word(i + 3, "of")) return std::nullopt;
  const WordInfo* n = g.info(i + 1);
  if (!n || (n->number_kind != NumberKind::Ordinal && n->number_kind != NumberKind::OrdinalLast) || n->number > 2) {
    return std::nullopt;
  }
  std::optional<Candidate> month = month_at_with_prefix(g, i + 4);
  if (!month || month->expression.fields.day != 0 || month->expression.fields.hour >= 0 ||
      month->expression.fields.month == 0) {
    return std::nullopt;
  }
  return month;
}

// "the day after Christmas", "the week before Thanksgiving", "the final weekend before Christmas", "the day
// before March 5", "the eve of Holi": a day or week counted from a day named, the whole phrase one expression (as
// AQUAINT tags "the day before last Tuesday").
std::optional<Candidate> around_a_named_day(const Grammar& g, size_t i) {
  if (!g.word(i, "the")) return std::nullopt;
  // "the second day of Chinese New Year", "the first (full) day of Eid": so many days into a holiday
  if (const WordInfo* nth = g.info(i + 1);
      nth && nth->number_kind == NumberKind::Ordinal && nth->number >= 1 && nth->number <= 15) {
    const size_t d = g.word(i + 2, "full") ? i + 3 : i + 2;
    // ("the first night of Hanukkah", "the first night of Passover": the Hebrew calendar's days begin at nightfall,
    // so a festival's n-th night is the evening before its n-th day)
    const bool night = g.word(d, "night") && g.word(d + 1, "of");
    if (g.day_of_at(d) || night) {
      std::optional<Candidate> named = match_holiday(g, d + 2);
      const auto hebrew = [](const HolidayRule& rule) {
        return rule.kind == HolidayRule::Kind::Lunisolar &&
               (rule.lunisolar == LunisolarDay::RoshHashanah || rule.lunisolar == LunisolarDay::Hanukkah);
      };
      if (named && night && !hebrew(named->expression.holiday)) named.reset();
      if (named && named->expression.holiday.kind != HolidayRule::Kind::None && !named->expression.weekend_of &&
          !named->expression.has_month_shift && named->expression.fields.hour < 0 &&
          named->expression.fields.day_part.empty()) {
        Expression& e = named->expression;
        if (night) {
          e.days_from_date = static_cast<int>(nth->number) - 2;
          e.type = TimexType::Time;
          e.fields.day_part = "NI";
        } else if (e.holiday.month_only) {
          // "the first day of Ramadan" (the one holiday that is a month): that day of the Hijri month
          e.holiday = HolidayRule{};
          e.holiday.kind = HolidayRule::Kind::Hijri;
          e.holiday.month = 9;
          e.holiday.day = static_cast<int>(nth->number);
          e.fields.month = hijri_day_in_year(9, e.holiday.day, 2020).month;
        } else {
          e.days_from_date = static_cast<int>(nth->number) - 1;
        }
        return Candidate{named->end, std::move(e)};
      }
    }
  }
  size_t u = i + 1;
  // ("the eve of Holi", "the eve of Rosh Hashanah": the day before, as "the day before" is)
  const bool eve = g.word(u, "eve") && g.word(u + 1, "of");
  const bool final = g.word(u, "final") || g.word(u, "last");
  if (final) ++u;
  // ("the Sunday after Thanksgiving", "the Friday before Christmas": the nearest such weekday)
  const int weekday = g.info(u) && !g.info(u)->weekday_plural ? g.info(u)->weekday : 0;
  const bool day = eve || g.word(u, "day") || weekday != 0;
  const bool week = g.word(u, "week");
  const bool weekend = g.word(u, "weekend");
  const bool before = eve || g.word(u + 1, "before");
  if (!(day || week || weekend) || !(before || g.word(u + 1, "after")) || (final && !before) || (weekend && !before) ||
      (g.has(u) && g[u].hyphen_before)) {
    return std::nullopt;
  }
  std::optional<Candidate> named = match_holiday(g, u + 2);
  if (named && (named->expression.holiday.kind == HolidayRule::Kind::None || named->expression.weekend_of)) {
    named.reset();
  }
  if (!named && g.month_at(u + 2, true) != 0) named = match_month_date(g, u + 2);
  if (!named || named->expression.kind != ExpressionKind::Calendar || named->expression.fields.hour >= 0 ||
      named->expression.has_month_shift || !named->expression.fields.day_part.empty() ||
      (named->expression.fields.day == 0 && named->expression.holiday.kind == HolidayRule::Kind::None)) {
    return std::nullopt;
  }
  Expression e = std::move(named->expression);
  if (weekday != 0) {
    e.weekday_from_date = before ? -weekday : weekday;
  } else {
    e.days_from_date = day ? (before ? -1 : 1) : (before ? -7 : 7);
  }
  e.week_of = week || weekend;
  e.weekend_of = weekend;
  return Candidate{named->end, std::move(e)};
}

}  // namespace

std::optional<Candidate> match_month_date(const Grammar& g, size_t i) {
  if (auto around = around_a_named_day(g, i)) return around;
  // "the week of March 6": the week that holds the date; "the weekend of Jan. 21": that week's weekend
  // ("the week beginning 30 October", "the week commencing 4 March": so is the week a day begins)
  if (g.word(i, "the") && (g.word(i + 1, "week") || g.word(i + 1, "weekend")) &&
      (g.word(i + 2, "of") || g.word(i + 2, "beginning") || g.word(i + 2, "starting") || g.word(i + 2, "commencing"))) {
    std::optional<Candidate> date = day_first_date(g, i + 3);
    if (!date) date = month_at_with_prefix(g, i + 3);
    // ("the week of Christmas", "the week of Thanksgiving": a holiday names its day too)
    if (!date) {
      date = match_holiday(g, i + 3);
      if (date && (date->expression.holiday.kind == HolidayRule::Kind::None || date->expression.weekend_of)) {
        date.reset();
      }
    }
    if (!date || (date->expression.fields.day == 0 && date->expression.holiday.kind == HolidayRule::Kind::None) ||
        date->expression.fields.hour >= 0 || date->expression.has_month_shift) {
      return std::nullopt;
    }
    date->expression.week_of = true;
    date->expression.weekend_of = g.word(i + 1, "weekend");
    return date;
  }
  if (auto c = nth_week_of_month(g, i)) return c;
  if (auto c = nth_weekend_of_month(g, i)) return c;
  if (auto c = fortnight_of_month(g, i)) return c;
  // "May 2021 bring us all back together", "May 2007 be kinder": a wish for the year, "May" its verb
  if (g.word(i, "may") && g[i].upper_initial && g.year_at(i + 1) > 0 &&
      (g.word(i + 2, "be") || g.word(i + 2, "bring") || g.word(i + 2, "see") || g.word(i + 2, "prove") ||
       g.word(i + 2, "give") || g.word(i + 2, "deliver") || g.word(i + 2, "treat"))) {
    return std::nullopt;
  }
  std::optional<Candidate> date = day_first_date(g, i);
  if (!date) date = year_first_date(g, i);
  if (!date) date = month_at_with_prefix(g, i);
  // "6 October City", "the 26 July Avenue": a place named after the date
  if (date && date->expression.fields.day > 0 && g.has(date->end) && g[date->end].upper_initial &&
      (g.is(date->end, WordClass::StreetWord) || g.word(date->end, "city") || g.word(date->end, "bridge"))) {
    return std::nullopt;
  }
  // "China's April trade data", "the June jobs report", "December's figures", "May gaming figures": statistics of a
  // recent month,
  // whenever they come out, or of a month just ahead ("The April figures will be ugly", said in March)
  if (date && date->expression.needs_year && date->expression.fields.day == 0 && date->expression.fields.month > 0 &&
      date->expression.fields.season.empty() && date->expression.holiday.kind == HolidayRule::Kind::None) {
    const size_t next =
        g.has(date->end) && g[date->end].possessive && g[date->end].kind != PieceKind::Word ? date->end + 1 : date->end;
    if (figures_at(g, next)) date->expression.reported_month = true;
  }
  // "the Sept. 11 attacks", "the September 11 hijackers", "the attacks of Sept. 11": named after the day of 2001
  const bool attacks_of = i >= 2 && g.word(i - 1, "of") && g.is(i - 2, WordClass::AttackWord);
  if (date && date->expression.needs_year && date->expression.fields.month == 9 && date->expression.fields.day == 11 &&
      date->expression.fields.hour < 0 && (g.is(date->end, WordClass::AttackWord) || attacks_of)) {
    date->expression.fields.year = 2001;
    date->expression.needs_year = false;
    date->expression.keeps_focus = true;
  }
  return date;
}

std::optional<Candidate> match_day_range_end(const Grammar& g, size_t i) {
  // "March 27-28", "Jan. 15-16, 2013", "Jan. 17 and 18", "May 3 or 4": the second day is a date of its own,
  // in the first day's month
  // ("on November 26, 28, December 1 and 3": so is one listed after a comma, with the list going on after it)
  if (!g.integer(i, 1, 2) || i < 3 || !g.integer(i - 2, 1, 2)) return std::nullopt;
  const bool dash = (g.punct(i - 1, "-") || g.punct(i - 1, "\u2013")) && g.glued(i - 1) && g.glued(i);
  const bool listed = g.punct(i - 1, ",") && (g.punct(i + 1, ",") || g.word(i + 1, "and") || g.word(i + 1, "or"));
  const bool joined = g.word(i - 1, "and") || g.word(i - 1, "or") || g.word(i - 1, "to") || g.word(i - 1, "through");
  if (!dash && !joined && !listed) return std::nullopt;
  // "Jan. 17 and 18 people": a count, not a day ("March 4 and 5 drew a record turnout": a verb after it is no noun)
  if (joined && g.has(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].is(WordClass::FunctionWord) &&
      !(g.info(i + 1) && g.info(i + 1)->tense == Tense::Past)) {
    return std::nullopt;
  }
  const size_t m = g.punct(i - 3, ".") && i >= 4 ? i - 4 : i - 3;
  const int month = g.month_at(m, true);
  if (month == 0 || after_month(g, m) != i - 2) return std::nullopt;
  size_t end = 0;
  const int first = g.day_at(i - 2, end);
  const int day = g.day_at(i, end);
  if (first == 0 || day <= first) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.month = month;
  e.fields.day = day;
  const size_t y = g.punct(end, ",") ? end + 1 : end;
  if (const int year = g.year_at(y); year > 0) {
    e.fields.year = year;
    end = y + 1;
  } else {
    e.needs_year = true;
  }
  if (!is_valid_date(e.fields.year > 0 ? e.fields.year : 2024, month, day)) return std::nullopt;
  return Candidate{end, std::move(e)};
}

std::optional<Candidate> match_day_range_start(const Grammar& g, size_t i) {
  // "closed on 25 and 26 December", "half term from 20-24 February", "between 12 and 14 March": the first day is a
  // date of its own, in the second day's month (a word between the two only after a preposition of days)
  if (!g.integer(i, 1, 2) || !g.integer(i + 2, 1, 2)) return std::nullopt;
  const bool dash = (g.punct(i + 1, "-") || g.punct(i + 1, "\u2013")) && g.glued(i + 1) && g.glued(i + 2);
  const bool joined = (g.word(i + 1, "and") || g.word(i + 1, "or") || g.word(i + 1, "to")) && i > 0 &&
                      (g.word(i - 1, "on") || g.word(i - 1, "between") || g.word(i - 1, "from"));
  if (!dash && !joined) return std::nullopt;
  size_t end = 0;
  const int day = g.day_at(i, end);
  if (day == 0 || end != i + 1) return std::nullopt;
  std::optional<Candidate> second = day_first_date(g, i + 2);
  if (!second || second->expression.fields.day <= day) return std::nullopt;
  Expression e = second->expression;
  e.fields.day = day;
  return Candidate{i + 1, std::move(e)};
}

namespace {

// That weekday of the week so many weeks from the reference's ("Monday next week", "Friday last week").
Expression weekday_of_week(int weekday, int weeks) {
  Expression e;
  e.kind = ExpressionKind::Shift;
  e.unit = Unit::Week;
  e.offset = weeks;
  e.weekday_mode = WeekdayMode::This;
  e.fields.weekday = weekday;
  return e;
}

}  // namespace

namespace {

// "the Sunday Times", "three Sunday School groups", "its Wednesday Club", "The Sunday Herald": after a determiner,
// a possessive or a count, a weekday before a capitalized word that tells no time begins a name. Not before a
// service of worship ("his Sunday Mass"), nor in a headline in title case ("Storms Hit The Friday Commute"); "the
// Sunday of the Dead", "the Sunday after Thanksgiving" go on with a preposition.
bool weekday_in_a_name(const Grammar& g, size_t i) {
  if (i == 0 || !g.info(i) || g.info(i)->weekday == 0 || !g[i].upper_initial || !g.has(i + 1)) return false;
  const Piece& next = g[i + 1];
  if (next.kind != PieceKind::Word || !next.upper_initial || next.all_upper || next.info || next.possessive ||
      next.is(WordClass::FunctionWord) || next.is(WordClass::WorshipNoun)) {
    return false;
  }
  const Piece& before = g[i - 1];
  const bool determined = g.word(i - 1, "the") || g.word(i - 1, "a") || g.word(i - 1, "an") ||
                          is_possessive_determiner(g, i - 1) || before.possessive ||
                          (before.kind == PieceKind::Number && !g.glued(i)) ||
                          (before.info && before.info->number_kind == NumberKind::Cardinal);
  // ("By Marcy Delgado, Sunday Business": a desk's name closing a byline's line, after the writer's)
  if (g.punct(i - 1, ",") && (!g.has(i + 2) || g[i + 2].newline_before)) return true;
  // ("on the Friday Jones resigned": a day, its clause after it)
  const bool day_of_a_clause =
      g.word(i - 1, "the") && i >= 2 && (g.word(i - 2, "on") || g.word(i - 2, "since") || g.word(i - 2, "until"));
  return determined && !day_of_a_clause && !g.in_title_case_line(i, false);
}

}  // namespace

std::optional<Candidate> match_weekday(const Grammar& g, size_t i) {
  // ("since the 1987 Black Monday crash", "Black Tuesday": a crash named after its weekday, not a date here)
  if (i > 0 && g.word(i - 1, "black") && g[i - 1].upper_initial && g.info(i) && g.info(i)->weekday != 0 &&
      g[i].upper_initial) {
    return std::nullopt;
  }
  if (weekday_in_a_name(g, i)) return std::nullopt;
  // ("the Ash Wednesday fast", "Holy Thursday Masses": the second word of a holiday's name, the name left untagged
  // as a noun's modifier, is no weekday of its own)
  if (i > 0 && g[i].upper_initial && g[i - 1].upper_initial && g.info(i - 1) && g.info(i - 1)->starts_holiday) {
    for (const Holiday& holiday : Lexicon::instance().holidays_starting(*g.info(i - 1))) {
      if (holiday.words.size() == 2 && holiday.words[1] == g[i].lower) return std::nullopt;
    }
  }
  WeekdayMode mode = WeekdayMode::ByTense;
  // "early Tuesday", "late Friday", "Earlier Sunday", "later Monday" (TimeML keeps the modifier in the extent;
  // the value is the day)
  if ((g.modifier(i) == Modifier::Early || g.modifier(i) == Modifier::Late || g.modifier(i) == Modifier::Earlier ||
       g.modifier(i) == Modifier::Later) &&
      g.info(i + 1) && g.info(i + 1)->weekday != 0 && !g.info(i + 1)->weekday_plural && g[i + 1].upper_initial &&
      !moved_by_length_before(g, i)) {
    // (with its date too: "late Friday, June 29")
    auto day = match_weekday(g, i + 1);
    if (day && (day->expression.kind == ExpressionKind::Weekday || day->expression.kind == ExpressionKind::Calendar)) {
      return day;
    }
    return std::nullopt;
  }
  // "the previous Friday", "the following Monday": counted from the date in focus
  if (g.word(i, "the") &&
      (g.modifier(i + 1) == Modifier::Prev || g.modifier(i + 1) == Modifier::Following ||
       g.modifier(i + 1) == Modifier::Next) &&
      g.info(i + 2) && g.info(i + 2)->weekday != 0 && !g.info(i + 2)->weekday_plural && g[i + 2].upper_initial) {
    auto day = match_weekday(g, i + 2);
    if (!day || day->expression.kind != ExpressionKind::Weekday) return std::nullopt;
    day->expression.anaphoric = true;
    day->expression.weekday_mode = g.modifier(i + 1) == Modifier::Prev ? WeekdayMode::Last : WeekdayMode::Next;
    return day;
  }
  // "We heard on the Monday that the surrender had been signed", "cattle judging starts at 8.30am on the Saturday":
  // the weekday of the stretch of time the text is telling about, the article in the span (19 times of 21 in the
  // tuning sets); not "the Sunday route", "the Sunday Times", "the Thursday closest to Aug. 31", "the Monday and
  // Tuesday sessions"
  if (g.word(i, "the") && g.info(i + 1) && g.info(i + 1)->weekday != 0 && !g.info(i + 1)->weekday_plural &&
      g[i + 1].upper_initial && !g[i + 1].all_upper &&
      !(g.has(i + 2) && (g[i + 2].possessive || g[i + 2].hyphen_before))) {
    const size_t k = i + 2;
    const bool noun_after =
        g.has(k) && g[k].kind == PieceKind::Word &&
        (g[k].upper_initial || (g.info(k) && g.info(k)->temporal) || !g.is(k, WordClass::FunctionWord) ||
         g.word(k, "of") || g.word(k, "in") || g.word(k, "after") || g.word(k, "before") ||
         // ("the Monday and Tuesday sessions": two days before their noun)
         ((g.word(k, "and") || g.word(k, "or")) && g.info(k + 1) && g.info(k + 1)->weekday != 0));
    if (!noun_after) {
      auto day = match_weekday(g, i + 1);
      if (!day || day->expression.kind != ExpressionKind::Weekday || day->end != i + 2) return std::nullopt;
      day->expression.anaphoric = true;
      day->expression.weekday_mode = WeekdayMode::NearFocus;
      return Candidate{i + 2, std::move(day->expression)};
    }
  }
  size_t w = i;
  bool next_week = false;  // "next Tuesday": the Tuesday of next week
  switch (g.modifier(i)) {
    case Modifier::Prev:
      mode = WeekdayMode::Last;
      w = i + 1;
      break;
    case Modifier::Next:
    case Modifier::Coming:
      mode = WeekdayMode::Next;
      w = i + 1;
      next_week = g.word(i, "next");
      break;
    case Modifier::This:
      // ("on Heritage Day this Thursday", written on a Sunday: the coming one, as the probe annotators have it every
      // time; on a Thursday, that day)
      mode = WeekdayMode::Coming;
      w = i + 1;
      if (g.modifier(w) == Modifier::Coming) {  // "this coming Sunday"
        mode = WeekdayMode::Next;
        ++w;
      } else if (g.word(w, "past")) {  // "this past Monday": the last one
        mode = WeekdayMode::Last;
        ++w;
      }
      break;
    default:
      break;
  }
  const WordInfo* info = g.info(w);
  if (!info || info->weekday == 0) return std::nullopt;
  if (!g[w].upper_initial && w == i) return std::nullopt;
  // "a Friday-Saturday weekend", "the new Saturday-Sunday weekend", "a Monday-to-Friday week": the days a kind of
  // week is made of, no date
  {
    size_t k = w + 1;
    if (g.word(k, "to") && g.has(k) && g[k].hyphen_before) ++k;
    const bool pair_after = k > w && g.has(k) && g[k].hyphen_before && g.info(k) && g.info(k)->weekday != 0;
    const size_t b = w > 1 && g.word(w - 1, "to") && g[w - 1].hyphen_before ? w - 2 : w - 1;
    const bool pair_before = w > 0 && g[w].hyphen_before && g.info(b) && g.info(b)->weekday != 0;
    const size_t after = pair_after ? k + 1 : w + 1;
    if ((pair_after || pair_before) &&
        (g.word(after, "weekend") || g.word(after, "week") || g.word(after, "workweek") || g.word(after, "working"))) {
      return std::nullopt;
    }
  }
  // "it was a Saturday." and "a Sunday timetable" name a kind of day, not a date; "a Monday deadline" still
  // points at one
  if (w == i && i > 0 && (g.word(i - 1, "a") || g.word(i - 1, "an")) &&
      (!g.has(i + 1) || g[i + 1].kind == PieceKind::Punct || g.is(i + 1, WordClass::KindOfDay))) {
    return std::nullopt;
  }
  // "restore Sunday hours", "the library's Saturday hours", "end Saturday delivery": the opening hours or the
  // service of any such day
  if (w == i && g.is(i + 1, WordClass::WeeklyService)) return std::nullopt;
  size_t j = w + 1;
  if (info->weekday_abbr) {
    // "Thu.", "Thu," or "Thu Mar 21, 2013", "Sat 20 Jul 2019" (time stamps). "Sat" and "Sun" are words of
    // their own and stand for the day only before its date.
    size_t day_end = 0;
    const bool date_next = g.month_at(j, true) != 0 || (g.day_at(j, day_end) != 0 && g.month_at(day_end, true) != 0);
    const bool also_word = g[w].lower == "sat" || g[w].lower == "sun";
    if (also_word && !date_next && !(g.punct(j, ",") && g.month_at(j + 1, true) != 0)) return std::nullopt;
    // ("the Edmonton Sun, August 16, 2008": a newspaper's name; not after the word of a time stamp, "Updated Sat 1
    // Apr 2017", "Posted Sun 6 Jul 2014")
    const bool stamp_word = w > 0 && (g.word(w - 1, "updated") || g.word(w - 1, "posted") ||
                                      g.word(w - 1, "published") || g.word(w - 1, "modified"));
    if (also_word && w > 0 && g[w - 1].kind == PieceKind::Word && g[w - 1].upper_initial && !stamp_word) {
      return std::nullopt;
    }
    // "Updated: Fri 5:15 PM, Mar 10, 2017": a time stamp with its clock time first, then the date
    if (w == i && !date_next) {
      if (std::optional<Candidate> stamp = match_clock_time(g, j);
          stamp && stamp->expression.fields.day > 0 && stamp->expression.fields.year > 0) {
        return Candidate{stamp->end, std::move(stamp->expression)};
      }
    }
    if (!g.punct(j, ".") && !g.punct(j, ",") && !date_next) return std::nullopt;
    j = g.skip_period(j);
  }
  Expression e;
  if (info->weekday_plural) {
    if (w != i) return std::nullopt;
    e.kind = ExpressionKind::Literal;
    e.type = TimexType::Set;
    e.literal = "XXXX-WXX-" + std::to_string(info->weekday);
    if (const std::string_view part = g.plural_day_part(j); !part.empty()) {
      e.literal += "T" + std::string(part);
      ++j;
    }
    return Candidate{j, std::move(e)};
  }
  // A weekday with its date: "Friday (Jan 24)", "Tuesday, Nov. 12, 2024", "Friday 24 January", "this
  // coming Sunday, March eighth" (the date decides), also with a part of the day: "Sunday night (March 4)".
  {
    size_t k = j;
    const std::string_view part = g.day_part(k);
    if (!part.empty()) ++k;
    const bool paren = g.punct(k, "(");
    if (paren || g.punct(k, ",")) ++k;
    std::optional<Candidate> date = day_first_date(g, k);
    // ("Sunday, the first day of March" is two, each its own span, as the tuning annotators have it)
    if (date && g.word(k, "the") && (g.word(k + 2, "day") || g.word(k + 3, "day"))) date.reset();
    if (!date) date = month_at_with_prefix(g, k);
    // "Friday the 13th", "Monday, the 25th": the day of a month the text does not name, the nearest in which
    // it falls on that weekday. (Set off, the ordinal may go on to a noun: "on Friday, the 10th anniversary".)
    if (!date && g.word(k, "the")) {
      size_t day_end = 0;
      const int day = g.day_at(k + 1, day_end);
      const bool clause_goes_on = !g.has(day_end) || g[day_end].kind == PieceKind::Punct ||
                                  g.is(day_end, WordClass::FunctionWord) || g.is(day_end, WordClass::Auxiliary);
      if (day > 0 && day_end == k + 3 && g.month_at(day_end, true) == 0 && !g.word(day_end, "of") &&
          (k == j || clause_goes_on)) {
        Expression e;
        e.kind = ExpressionKind::Calendar;
        e.fields.day = day;
        e.month_from_reference = true;
        date.emplace(Candidate{day_end, std::move(e)});
      }
    }
    // "Friday, 24 Rajab 1445", "Tuesday, 29 Esfand 1402": a Hijri date with its year
    if (!date) {
      if (std::optional<Candidate> hijri = match_hijri_date(g, k); hijri && hijri->expression.fields.year > 0) {
        date.emplace(std::move(*hijri));
      }
    }
    // "Tuesday, New Year's Day", "Thursday, Thanksgiving Day": a holiday set off after its weekday
    bool holiday = false;
    if (!date && k > j) {
      if (std::optional<Candidate> named = match_holiday(g, k);
          named && named->expression.holiday.kind != HolidayRule::Kind::None && !named->expression.has_month_shift) {
        date.emplace(std::move(*named));
        holiday = true;
      }
    }
    // (with a part of the day, only set off: "Sunday night 24 January" is no date form)
    if (date && (date->expression.fields.day != 0 || holiday) && !date->expression.has_month_shift &&
        (part.empty() || k > j + 1) && (!paren || g.punct(date->end, ")"))) {
      const size_t end = paren ? date->end + 1 : date->end;
      Expression dated = std::move(date->expression);
      dated.fields.weekday = info->weekday;
      if (holiday) dated.apposed_holiday = k;
      if (!part.empty()) {
        dated.fields.day_part = part;
        dated.type = TimexType::Time;
      }
      return Candidate{end, std::move(dated)};
    }
  }
  // "Tuesday nights": the part of every Tuesday, a SET like "Tuesdays"
  if (const std::string_view parts = g.plural_day_part(j); !parts.empty() && mode == WeekdayMode::ByTense) {
    e.kind = ExpressionKind::Literal;
    e.type = TimexType::Set;
    e.literal = "XXXX-WXX-" + std::to_string(info->weekday) + "T" + std::string(parts);
    return Candidate{j + 1, std::move(e)};
  }
  // "Monday next week", "Friday last week": the day in that week
  // ("Thursday penultimate week": the week before last)
  if (mode == WeekdayMode::ByTense && g.word(j + 1, "week") &&
      (g.modifier(j) == Modifier::Next || g.modifier(j) == Modifier::Prev || g.word(j, "this") ||
       g.word(j, "penultimate"))) {
    const int weeks = g.modifier(j) == Modifier::Next   ? 1
                      : g.modifier(j) == Modifier::Prev ? -1
                      : g.word(j, "penultimate")        ? -2
                                                        : 0;
    return Candidate{j + 2, weekday_of_week(info->weekday, weeks)};
  }
  // "next Tuesday": the Tuesday of next week, as "Tuesday next week" is (the probe annotators' reading: said on a
  // Monday it is eight days off, not one). Not "next Sunday", which ends the ISO week: said on a Monday, it is the
  // coming one.
  if (next_week && info->weekday != 7 && g.day_part(j).empty() && !g.word(j, "noon") && !g.word(j, "midnight")) {
    return Candidate{j, weekday_of_week(info->weekday, 1)};
  }
  e.kind = ExpressionKind::Weekday;
  e.weekday = info->weekday;
  e.weekday_mode = mode;
  // "until Monday week", "on Friday week" (British and Irish English): a week after the coming one
  // ("After Saturday week they’re only paper": or a pronoun's contraction)
  const auto contraction = [&g](size_t k) {
    const std::string_view w = g[k].lower;
    return g[k].kind == PieceKind::Word && !g[k - 1].possessive && w.size() > 3 && w[0] != '\'' &&
           !w.starts_with("\u2019") &&
           (w.find('\'') != std::string_view::npos || w.find("\u2019") != std::string_view::npos);
  };
  if (mode == WeekdayMode::ByTense && g.word(j, "week") &&
      (!g.has(j + 1) || g[j + 1].kind == PieceKind::Punct || g[j + 1].is(WordClass::FunctionWord) ||
       g[j + 1].is(WordClass::Auxiliary) || contraction(j + 1)) &&
      !(i > 0 && (g.word(i - 1, "the") || g.word(i - 1, "a") || g.word(i - 1, "each") || g.word(i - 1, "every")))) {
    e.weekday_mode = WeekdayMode::Next;
    e.days_from_date = 7;
    return Candidate{j + 1, std::move(e)};
  }
  // "on Monday last" (Indian and older British English): the last Monday ("Monday last week" is above; "last"
  // before a noun is another word's: "Monday last year")
  if (mode == WeekdayMode::ByTense && g.word(j, "last") &&
      (!g.has(j + 1) || g[j + 1].kind == PieceKind::Punct || g[j + 1].is(WordClass::FunctionWord) ||
       g[j + 1].is(WordClass::Auxiliary))) {
    e.weekday_mode = WeekdayMode::Last;
    return Candidate{j + 1, std::move(e)};
  }
  // "Friday night" is one TIME: the day with its part of day (2025-01-24TNI), as the TIMEX3 guidelines write it.
  if (const std::string_view part = g.day_part(j); !part.empty()) {
    // "Monday Night Football", "Saturday Night Live", "Sunday Morning Futures": a capitalized part of the day
    // before another capitalized word is a title
    if (g[j].upper_initial && !g[j].all_upper && g.has(j + 1) && g[j + 1].kind == PieceKind::Word &&
        g[j + 1].upper_initial && !g.info(j + 1)) {
      return std::nullopt;
    }
    e.fields.day_part = part;
    e.type = TimexType::Time;
    ++j;
  } else if (g.word(j, "noon") || g.word(j, "midnight")) {
    // "Sunday noon", "Friday midnight": the hour of that day
    e.fields.hour = g.word(j, "noon") ? 12 : 24;
    e.fields.minute = 0;
    e.type = TimexType::Time;
    ++j;
  }
  return Candidate{j, std::move(e)};
}

}  // namespace quarry::dates
