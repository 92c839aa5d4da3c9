// Parts of a year: quarters and halves ("the third quarter (of 1989)", "third-quarter", "Q3", "the first
// half", "the end of the first quarter", "the April-June quarter") and seasons ("last summer", "the fall of
// 1990", "summer 2024", "the summer of '69").
#include "grammar.hpp"

namespace quarry::dates {

namespace {

// "the April-June quarter", "the January-March period", "reports April-June results": three months that make a
// calendar quarter ("January-June", "July-December": six that make a half).
std::optional<Candidate> month_span_quarter(const Grammar& g, size_t i) {
  // ("January-March" arrives as two pieces joined by a hyphen; "April–June" with a dash between them; "April-to-June"
  // and "April to June" with "to")
  const size_t m = g.word(i, "the") ? i + 1 : i;
  if (!g.has(m + 1) || !g[m].upper_initial) return std::nullopt;
  size_t second = m + 1;
  if (!g[m + 1].hyphen_before) {
    const bool dash = (g.punct(m + 1, "\u2013") || g.punct(m + 1, "-")) && g.glued(m + 1) && g.glued(m + 2);
    // (spaced "to" only before the noun: "from April to June" is a range of months)
    const bool to = g.word(m + 1, "to") && g.has(m + 2) &&
                    (g[m + 2].hyphen_before || (m > i && (g.word(m + 3, "quarter") || g.word(m + 3, "period"))));
    if (!dash && !to) return std::nullopt;
    second = m + 2;
  } else if (g.word(m + 1, "to") && g.has(m + 2) && g[m + 2].hyphen_before) {
    second = m + 2;
  }
  if (!g.has(second) || !g[second].upper_initial) return std::nullopt;
  const int first = g.month_at(m, true);
  const int last = g.month_at(second, true);
  const bool quarter = first != 0 && last == first + 2 && first % 3 == 1;
  const bool half = (first == 1 && last == 6) || (first == 7 && last == 12);
  if (!quarter && !half) return std::nullopt;
  const size_t noun = second + 1;
  const bool named = g.word(noun, "quarter") || g.word(noun, "period") || (half && g.word(noun, "half"));
  // ("the April-June quarter" keeps its article and noun; a bare "April-June" stands alone)
  if (m > i && !named) return std::nullopt;
  if (second > m + 1 && !named) return std::nullopt;  // ("April to June" alone is a range of two months)
  Expression e;
  e.kind = ExpressionKind::Calendar;
  if (quarter) e.fields.quarter = first / 3 + 1;
  if (half) e.fields.half = first == 1 ? 1 : 2;
  e.needs_year = true;
  return Candidate{named && m > i ? noun + 1 : second + 1, std::move(e)};
}

// "the June quarter", "the December quarter": the quarter that ends in that month, as Australian and British
// business news names them ("the April quarter" names a company's own fiscal quarter, unknown here); "the
// holiday quarter" is the last of the year.
// Without "the" after a possessive: "its September quarter results", "the miner's December quarter output".
// ("December-quarter profit", "ahead of September-quarter earnings": the hyphenated compound needs no article;
// "the December half", "its June-half results": a half that ends in June or December, likewise)
std::optional<Candidate> month_end_quarter(const Grammar& g, size_t i) {
  const size_t m = g.word(i, "the") ? i + 1 : i;
  const bool half = g.word(m + 1, "half");
  if (!g.word(m + 1, "quarter") && !half) return std::nullopt;
  const bool hyphenated = g[m + 1].hyphen_before;
  if (hyphenated && m > i) return std::nullopt;  // ("the December-quarter results": the article is the noun's)
  if (m == i && !hyphenated && !(i > 0 && (g[i - 1].possessive || is_possessive_determiner(g, i - 1)))) {
    return std::nullopt;
  }
  // ("the holiday quarter": retailers' October-December quarter)
  const int month = g.word(m, "holiday") && !half ? 12 : g.month_at(m, true);
  if (month == 0 || month % 3 != 0 || !(g[m].upper_initial || g.word(m, "holiday"))) return std::nullopt;
  if (half && month % 6 != 0) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  if (half) {
    e.fields.half = month / 6;
  } else {
    e.fields.quarter = month / 3;
  }
  // ("the March quarter 2017", "the June quarter of 2016": with its year)
  const size_t y = g.word(m + 2, "of") ? m + 3 : m + 2;
  if (const int year = g.year_at(y); year > 0 && !hyphenated) {
    e.fields.year = year;
    return Candidate{y + 1, std::move(e)};
  }
  e.needs_year = true;
  // ("its September quarter results", "December-quarter profit": figures of the quarter, as "third-quarter results")
  e.quarter_figures = e.fields.quarter > 0 && figures_at(g, m + 2);
  return Candidate{m + 2, std::move(e)};
}

std::optional<Candidate> quarter_or_half(const Grammar& g, size_t i);

// Whether the expression at i follows a noun of figures not yet out and "for": "cut their estimates for
// fourth-quarter earnings", "its outlook for the second half", "guidance for its fourth quarter".
bool after_forecast_for(const Grammar& g, size_t i) {
  size_t k = i;
  if (k > 0 && is_possessive_determiner(g, k - 1)) --k;
  return k >= 2 && g.word(k - 1, "for") && g.is(k - 2, WordClass::ForecastNoun);
}

// A quarter or half in any of its forms at i (match_quarter marks those after a noun of forecasts).
std::optional<Candidate> any_quarter_form(const Grammar& g, size_t i);

}  // namespace

std::optional<Candidate> match_quarter(const Grammar& g, size_t i) {
  std::optional<Candidate> found = any_quarter_form(g, i);
  if (found && found->expression.needs_year && after_forecast_for(g, i)) found->expression.figures_ahead = true;
  return found;
}

namespace {

// "QNHS Quarter 1 2010", "Results for Quarter 2 2010": a statistics office's name of a quarter, the capitalized
// word and its number, with its year after it or without one.
std::optional<Candidate> numbered_quarter(const Grammar& g, size_t i) {
  if (!g.word(i, "quarter") || !g[i].upper_initial || !g.integer(i + 1, 1, 1) || g[i + 1].integer < 1 ||
      g[i + 1].integer > 4 || (g.has(i + 2) && g.glued(i + 2))) {
    return std::nullopt;
  }
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.quarter = static_cast<int>(g[i + 1].integer);
  const size_t end = take_year_at(g, i + 2, e);
  return Candidate{end, std::move(e)};
}

std::optional<Candidate> any_quarter_form(const Grammar& g, size_t i) {
  if (auto numbered = numbered_quarter(g, i)) return numbered;
  if (auto span = month_span_quarter(g, i)) return span;
  if (auto named = month_end_quarter(g, i)) return named;
  // "the end of the first quarter", "the beginning of the second half": the part is kept in the extent
  bool has_prefix = false;
  const size_t p = g.part_prefix_end(i, has_prefix);
  if (has_prefix && g.word(p - 1, "of")) {
    std::optional<Candidate> inner = quarter_or_half(g, p);
    if (inner && g.word(p, "the")) return inner;
    return std::nullopt;
  }
  // "late Q2", "in early second quarter", "the late third quarter", "mid-Q4": a part of the quarter keeps its
  // modifier in the extent, as "late March" does; the value is the quarter's
  if (has_prefix && p > i && g.modifier(p - 1) != Modifier::The && !g.word(p, "the")) {
    std::optional<Candidate> inner = quarter_or_half(g, p);
    if (inner && (inner->expression.fields.quarter > 0 || inner->expression.fields.half > 0)) return inner;
  }
  // "fourth-quarter growth", "third-quarter results": figures of a quarter already begun, whenever they come
  // out (as "the June jobs report" is of a month begun), or of the next one in a clause that looks ahead
  std::optional<Candidate> quarter = quarter_or_half(g, i);
  if (quarter && quarter->expression.needs_year && quarter->expression.fields.quarter > 0 &&
      figures_at(g, quarter->end)) {
    quarter->expression.quarter_figures = true;
  }
  return quarter;
}

// The year written after a part of a year ("of 2024", ", 2024", "of fiscal 2024", "of FY25", "of the year", "of
// next year") from k, the "of" or comma, into `e`; the piece after it, or k with `e.needs_year` set when none.
size_t year_of_part(const Grammar& g, size_t k, Expression& e) {
  size_t fiscal_end = 0;
  if (const int y = g.year_at(k + 1); y > 0) {
    e.fields.year = y;
    return k + 2;
  }
  // ("of fiscal 2024", "of calendar 2026": the year named with its kind)
  if ((g.modifier(k + 1) == Modifier::Fiscal || g.word(k + 1, "calendar")) && g.year_at(k + 2) > 0) {
    e.fields.year = g.year_at(k + 2);
    return k + 3;
  }
  if (const int fy = g.fiscal_code_year_at(k + 1, fiscal_end); fy > 0) {  // "the fourth quarter of FY25"
    e.fields.year = fy;
    return fiscal_end;
  }
  if (g.word(k, "of") && g.word(k + 1, "the") && g.word(k + 2, "year")) {
    // "the second half of the year": the reference's year
    e.year_from_reference = true;
    return k + 3;
  }
  if (g.word(k + 2, "year") && (g.modifier(k + 1) == Modifier::Prev || g.modifier(k + 1) == Modifier::This ||
                                g.modifier(k + 1) == Modifier::Next)) {
    e.year_from_reference = true;
    const Modifier m = g.modifier(k + 1);
    e.year_offset = m == Modifier::Prev ? -1 : m == Modifier::Next ? 1 : 0;
    return k + 3;
  }
  e.needs_year = true;
  return k;
}

std::optional<Candidate> quarter_or_half(const Grammar& g, size_t i) {
  size_t j = g.word(i, "the") ? i + 1 : i;
  const bool the = j != i;
  if (g.modifier(j) == Modifier::Fiscal) ++j;
  int year = -1;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  bool of_a_year = false;  // "next year's first half", "1988's fourth quarter": a year owns the quarter or half
  if (const int y = g.year_at(j); y > 0 && g.has(j + 1)) {  // "the 1989 third quarter"
    year = y;
    ++j;
    if (!the && g.has(j + 1) && g[j].possessive) {
      ++j;
      of_a_year = true;
    }
  } else if (!the && g.word(j + 1, "year") && g.has(j + 2) && g[j + 2].possessive) {
    // "next year's first quarter", "this year's third quarter"
    const Modifier m = g.modifier(j);
    if (m == Modifier::Prev || m == Modifier::This || m == Modifier::Next) {
      e.year_from_reference = true;
      e.year_offset = m == Modifier::Prev ? -1 : m == Modifier::Next ? 1 : 0;
      j += 3;
      of_a_year = true;
    }
  }
  // "Q3", "Q3 2024"
  if (!the && g.has(j) && g[j].kind == PieceKind::Word && g[j].lower.size() == 2 && g[j].lower[0] == 'q' &&
      g[j].lower[1] >= '1' && g[j].lower[1] <= '4' && g[j].all_upper) {
    // ("Q1. Can Lacoste stay on top?": a numbered question standing alone, no quarter)
    if (j == 0 && g.punct(1, ".") && !g.has(2)) return std::nullopt;
    e.fields.quarter = g[j].lower[1] - '0';
    size_t k = j + 1;
    size_t fiscal_end = 0;
    if (year > 0) {  // "2019 Q3"
      e.fields.year = year;
    } else if (const int fy = g.fiscal_code_year_at(k, fiscal_end); fy > 0) {  // "Q2 FY27", as written
      e.fields.year = fy;
      k = fiscal_end;
    } else if (const int y = g.year_at(k); y > 0) {
      e.fields.year = y;
      ++k;
    } else {
      e.needs_year = true;
    }
    return Candidate{k, std::move(e)};
  }
  const WordInfo* ordinal = g.info(j);
  const bool final = the && g.word(j, "final");  // "the final quarter of 2023"
  // "the 2nd quarter", "3rd-quarter": a written ordinal is the number and its glued suffix
  const bool numeric = g.integer(j, 1, 1) && g.glued(j + 1) &&
                       (g.word(j + 1, "st") || g.word(j + 1, "nd") || g.word(j + 1, "rd") || g.word(j + 1, "th"));
  if (!final && !numeric &&
      (!ordinal || (ordinal->number_kind != NumberKind::Ordinal && ordinal->number_kind != NumberKind::OrdinalLast))) {
    return std::nullopt;
  }
  const size_t noun = numeric ? j + 2 : j + 1;
  const bool quarter = g.word(noun, "quarter");
  const bool half = g.word(noun, "half");
  if (!quarter && !half) return std::nullopt;
  if (quarter && g.word(noun + 1, "moon")) return std::nullopt;  // "the first-quarter moon": a phase of the moon
  // ("Last quarter, sales fell": "last" with no article nor year is the quarter before this one, a shift)
  if (!the && !numeric && ordinal && ordinal->number_kind == NumberKind::OrdinalLast && year < 0 && !of_a_year &&
      g.year_at(noun + 1) <= 0) {
    return std::nullopt;
  }
  // "the third-quarter loss": a hyphenated adjective's extent leaves the article out
  if (the && g[noun].hyphen_before && j == i + 1) return std::nullopt;
  int n = final ? -1 : numeric ? static_cast<int>(g[j].integer) : ordinal->number;
  if (n < 0) n = quarter ? 4 : 2;  // "the last quarter" of a year
  if (n < 1 || (quarter && n > 4) || (half && n > 2)) return std::nullopt;
  // "the best first quarter since 1998", "a tough first half": an article and an adjective stand for "the"
  // ("the seasonally slow third quarter": an adverb may qualify the adjective)
  const size_t article = j >= 3 && g[j - 2].kind == PieceKind::Word && g[j - 2].lower.size() > 4 &&
                                 g[j - 2].lower.ends_with("ly") && !g[j - 2].info && !g[j - 2].upper_initial
                             ? j - 3
                             : j - 2;
  const bool after_adjective = !the && year < 0 && j >= 2 && j == i && g[j - 1].kind == PieceKind::Word &&
                               !g[j - 1].info && !g[j - 1].upper_initial && !g[j - 1].is(WordClass::FunctionWord) &&
                               !g[j - 1].is(WordClass::Auxiliary) && !g[j - 1].possessive &&
                               (g.word(article, "the") || g.word(article, "a") || g.word(article, "an") ||
                                g.word(article, "its") || g.word(article, "their"));
  // "first half" needs "the" or "first-half" (or a preposition of time in a headline's clipped style: "Port volumes
  // slide in first half")
  const bool clipped = i > 0 && j == i && (g.word(i - 1, "in") || g.word(i - 1, "for") || g.word(i - 1, "during"));
  if (half && !the && !g[noun].hyphen_before && !after_adjective && !of_a_year && !clipped) return std::nullopt;
  // ("Clearwater Reports First Quarter 2015 Results": a year after it says which quarter it is; a headline
  // drops its articles, "ORCHARD LANE FOODS REPORTS FOURTH QUARTER AND FISCAL 2014 RESULTS")
  const bool year_follows = g.year_at(noun + 1) > 0;
  const bool headline = g[j].upper_initial && g.in_title_case_line(j, g[j].all_upper);
  if (!the && !g[noun].hyphen_before && year < 0 && !after_adjective && !year_follows && !headline) {
    // "third quarter" without "the" or hyphen still reads as a quarter ("its fourth quarter ended").
    const Modifier before = j > 0 ? g.modifier(j - 1) : Modifier::None;
    const bool part_before = before == Modifier::Early || before == Modifier::Mid || before == Modifier::Late;
    if (j > 0 && g[j - 1].kind == PieceKind::Word && !g[j - 1].possessive && g[j - 1].lower != "its" &&
        g[j - 1].lower != "their" && g[j - 1].lower != "fiscal" && g[j - 1].lower != "in" && g[j - 1].lower != "for" &&
        !part_before) {
      return std::nullopt;
    }
  }
  size_t k = noun + 1;
  // "the last half of the '80s", "the second half of the 20th century": TimeBank gives the whole period
  if (half && g.word(k, "of") && year < 0 && !e.year_from_reference) {
    if (std::optional<Candidate> period = match_year(g, k + 1);
        period && (period->expression.fields.decade >= 0 || period->expression.fields.century >= 0)) {
      return period;
    }
    // "the second half of February", "the first half of last month": a half of a month has no ISO value of
    // its own, so it takes the month's
    std::optional<Candidate> month = match_month_date(g, k + 1);
    if (!month) month = match_shift(g, k + 1);
    if (month && month->expression.fields.day == 0 &&
        (month->expression.kind == ExpressionKind::Calendar ? month->expression.fields.month > 0
                                                            : month->expression.unit == Unit::Month)) {
      return month;
    }
  }
  if (quarter)
    e.fields.quarter = n;
  else
    e.fields.half = n;
  // ("After a flat second quarter, ..." weighs a quarter against the one reported: it does not become the
  // quarter a later "year-earlier period" is counted from)
  e.keeps_focus = after_adjective;
  if (e.year_from_reference) {
    // the year came before the quarter
  } else if (year > 0) {
    e.fields.year = year;
  } else if (g.word(k, "of") || g.punct(k, ",")) {
    k = year_of_part(g, k, e);
  } else if (const int y = g.year_at(k); y > 0) {
    e.fields.year = y;
    ++k;
  } else {
    e.needs_year = true;
  }
  return Candidate{k, std::move(e)};
}

}  // namespace

std::optional<Candidate> match_season(const Grammar& g, size_t i) {
  // ("the spring bank holiday", "the summer bank holiday": a holiday, matched with the holidays)
  const size_t word = g.word(i, "the") ? i + 1 : i;
  if (g.word(word + 1, "bank") && g.word(word + 2, "holiday")) return std::nullopt;
  // ("Mid-Autumn lanterns": capitalized, the Mid-Autumn Festival, matched with the holidays)
  if (g.word(i, "mid") && g.word(i + 1, "autumn") && g[i].upper_initial && g[i + 1].upper_initial && !g[i].all_upper) {
    return std::nullopt;
  }
  size_t j = i;
  Expression e;
  const Modifier m = g.modifier(i);
  // "later this spring", "earlier this summer": the modifier is kept in the extent, as in "earlier this month"
  if ((m == Modifier::Earlier || m == Modifier::Later) &&
      (g.modifier(i + 1) == Modifier::This || g.modifier(i + 1) == Modifier::Prev ||
       g.modifier(i + 1) == Modifier::Next)) {
    auto season = match_season(g, i + 1);
    if (season && season->expression.kind == ExpressionKind::Season) return season;
    return std::nullopt;
  }
  // ("the risk eased during the past winter": the article is in the extent, as in "the past three years")
  // ("over the coming winter", "during the upcoming summer": so is a coming one's, 16 times of 16 in the tuning sets)
  if (g.word(i, "the") && (g.modifier(i + 1) == Modifier::Past || g.modifier(i + 1) == Modifier::Coming) &&
      g.info(i + 2) && !g.info(i + 2)->season.empty()) {
    auto season = match_season(g, i + 1);
    if (season && season->expression.kind == ExpressionKind::Season) return season;
  }
  bool shifted = false;
  // ("Van Gogh: The Last Summer runs until October 16": capitalized after a capitalized "The" inside a sentence, a
  // title)
  if (m != Modifier::None && i > 0 && g.word(i - 1, "the") && g[i - 1].upper_initial && g[i].upper_initial &&
      g.has(i + 1) && g[i + 1].upper_initial && !g.in_title_case_line(i)) {
    return std::nullopt;
  }
  if (m == Modifier::Prev || m == Modifier::Next || m == Modifier::This || m == Modifier::Coming ||
      m == Modifier::Past) {
    e.kind = ExpressionKind::Season;
    e.offset = m == Modifier::Prev || m == Modifier::Past ? -1 : (m == Modifier::This ? 0 : 1);
    e.after_next = m == Modifier::Next;
    shifted = true;
    ++j;
    if (m == Modifier::This && g.word(j, "past")) {  // "this past spring"
      e.offset = -1;
      ++j;
    }
  } else if (g.word(i, "that") && g.info(i + 1) && !g.info(i + 1)->season.empty() &&
             // ("officials said, adding that autumn harvesting usually starts ...": after a verb of saying "that" is
             // a conjunction; not after "carrying that winter around")
             !(i > 0 && (g.is(i - 1, WordClass::SpeechVerb) || g.word(i - 1, "adding") || g.word(i - 1, "saying") ||
                         g.word(i - 1, "noting") || g.word(i - 1, "warning") || g.word(i - 1, "stressing"))) &&
             // ("Decisions that fall on a holiday", "prices that fall below cost": the relative's verb)
             !(g.word(i + 1, "fall") &&
               (g.word(i + 2, "on") || g.word(i + 2, "below") || g.word(i + 2, "under") || g.word(i + 2, "into") ||
                g.word(i + 2, "within") || g.word(i + 2, "outside") || g.word(i + 2, "between") ||
                g.word(i + 2, "short") || g.word(i + 2, "behind") || g.word(i + 2, "apart") || g.word(i + 2, "off") ||
                g.word(i + 2, "to")))) {
    j = i + 1;  // "that summer": the season in the year in focus
    e.year_from_focus = true;
    e.points_back = g.points_back_at(i);
  } else if (g.word(i, "the") && (g.word(i + 1, "following") || g.word(i + 1, "previous")) && g.info(i + 2) &&
             !g.info(i + 2)->season.empty()) {
    // "the following summer", "the previous spring": the next (or last) such season from the date in focus
    j = i + 2;
    e.year_from_focus = true;
    e.season_from_focus = g.word(i + 1, "previous") ? -1 : 1;
    e.year_offset = e.season_from_focus;
    e.keeps_focus = true;  // (a season keeps only its year in focus: the date it was counted from stays)
  } else {
    bool has_prefix = false;
    j = g.part_prefix_end(i, has_prefix);
    if (g.word(i, "the") && j == i + 1 &&
        (g.modifier(j) == Modifier::Early || g.modifier(j) == Modifier::Late || g.modifier(j) == Modifier::Mid)) {
      ++j;
    }
  }
  const WordInfo* w = g.info(j);
  if (!w || w->season.empty()) return std::nullopt;
  const bool determiner = j > i;
  e.fields.season = w->season;
  e.fields.month = w->season_month;  // the resolver's reference point; not printed with a season
  size_t k = j + 1;
  if (g.word(k, "solstice") || g.word(k, "equinox")) return std::nullopt;  // a day of its own (holidays.txt)
  // "the fall semester", "the spring term", "next summer session": the academic noun joins the span, as TimeBank
  // keeps "period" in "the 1988 period"; the value is the season's
  const size_t academic =
      g.word(k, "semester") || g.word(k, "semesters") || g.word(k, "term") || g.word(k, "session") ? k + 1 : k;
  if (shifted) return Candidate{academic, std::move(e)};
  // ("during the summer break", "over the winter holidays", "before the summer recess": the season names a break
  // that comes every year, untagged by the tuning annotators 23 times of 35, where 4 tag the season and 8 the whole)
  if (g.word(i, "the") && j == i + 1 &&
      (g.word(k, "break") || g.word(k, "holiday") || g.word(k, "holidays") || g.word(k, "vacation") ||
       g.word(k, "recess"))) {
    return std::nullopt;
  }
  e.kind = ExpressionKind::Calendar;
  const size_t y = g.word(k, "of") ? k + 1 : k;
  size_t year_end = 0;
  if (const int year = g.year_span_at(y, year_end); year > 0) {  // "winter 2012-13" too
    e.fields.year = year;
    return Candidate{year_end, std::move(e)};
  }
  if (const int year = g.apostrophe_year_at(y); year > 0 && y > k) {  // "the summer of '69"
    e.fields.year = year;
    return Candidate{y + 1, std::move(e)};
  }
  if (size_t spoken_end = 0; y > k) {  // "the winter of nineteen ninety-four"
    if (const int spoken = g.spoken_year_at(y, spoken_end); spoken > 0) {
      e.fields.year = spoken;
      return Candidate{spoken_end, std::move(e)};
    }
  }
  if (int offset = 0; g.word(k + 1, "year") && g.modifier(k) == Modifier::Prev) {
    offset = -1;
    e.year_from_reference = true;
    e.year_offset = offset;
    return Candidate{k + 2, std::move(e)};
  }
  // ("the spring of next year", "the summer of last year": the season in the year named from the reference, the
  // whole phrase one expression, 5 times of 5 in the tuning sets)
  if (const Modifier m = g.modifier(k + 1);
      g.word(k, "of") && g.word(k + 2, "year") && (m == Modifier::Prev || m == Modifier::Next || m == Modifier::This)) {
    e.year_from_reference = true;
    e.year_offset = m == Modifier::Prev ? -1 : m == Modifier::Next ? 1 : 0;
    return Candidate{k + 3, std::move(e)};
  }
  if (g.word(k, "of")) return std::nullopt;  // "the fall of Rome"
  // "the Winter Olympics", "the Summer Games": a capitalized season before a capitalized word is part of a name
  if (g[j].upper_initial && g.has(k) && g[k].kind == PieceKind::Word && g[k].upper_initial &&
      !(g.info(k) && g.info(k)->temporal) && !g.in_title_case_line(j)) {
    return std::nullopt;
  }
  // "the fall in prices", "the fall was steep": "fall" as a noun of decline ("rents that fall due": a verb)
  if (g[j].lower == "fall" &&
      (g.word(k, "in") || g.word(k, "due") || g.word(k, "from") || g.word(k, "to") || g.word(k, "was") ||
       g.word(k, "is") || g.word(k, "has") || g.word(k, "had") || g.word(k, "came") || g.word(k, "would") ||
       g.word(k, "will") || g.word(k, "could") || g.word(k, "wiped") || g.word(k, "left") || g.word(k, "followed") ||
       (j > 0 && g[j - 1].possessive))) {
    return std::nullopt;
  }
  // A bare season needs a determiner or a preposition: "the summer", "in spring"; never "fall" alone (a verb).
  // ("before autumn", "through spring", "by winter")
  const bool after_preposition =
      i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "since") || g.word(i - 1, "during") || g.word(i - 1, "until") ||
                g.word(i - 1, "by") || g.word(i - 1, "this") || g.word(i - 1, "before") || g.word(i - 1, "through") ||
                g.word(i - 1, "till") || g.word(i - 1, "into") || g.word(i - 1, "throughout") ||
                (g.word(i - 1, "of") && i >= 2 && g.word(i - 2, "ahead")) ||
                (g.word(i - 1, "for") &&
                 !(g.has(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].is(WordClass::FunctionWord))));
  // "a soggy summer", "after a brutal winter": a season after an article and an adjective (the season alone
  // is tagged, as TimeBank tags "summer" in "over the summer")
  // ("a major winter storm", "a cold winter night": the season modifies a noun and names a kind)
  const bool noun_follows = g.has(k) && g[k].kind == PieceKind::Word && !g[k].is(WordClass::FunctionWord) &&
                            !g[k].is(WordClass::Auxiliary) && !g[k].lower.ends_with("ed") &&
                            !(g[k].info && g[k].info->tense == Tense::Past);
  const bool after_adjective = i >= 2 && (g.word(i - 2, "a") || g.word(i - 2, "an")) &&
                               g[i - 1].kind == PieceKind::Word && !g[i - 1].upper_initial && !g[i - 1].info &&
                               !g[i - 1].is(WordClass::FunctionWord) && g[j].lower != "fall" && !noun_follows;
  // ("its driest spring in 60 years", "the coldest winter on record": so after a superlative)
  const bool record = i >= 2 && superlative_at(g, i - 1) && g[j].lower != "fall" && !noun_follows;
  // ("by fall", "until fall.": "fall" after a preposition of time, ending its phrase)
  const bool fall_ends_phrase = g[j].lower == "fall" && (!g.has(k) || g[k].kind == PieceKind::Punct) && i > 0 &&
                                (g.word(i - 1, "by") || g.word(i - 1, "until") || g.word(i - 1, "till") ||
                                 g.word(i - 1, "since") || g.word(i - 1, "before") || g.word(i - 1, "through"));
  // ("the driest start to winter", "moved from spring to autumn": "to" before a season that is no verb)
  const bool after_to = i > 0 && g.word(i - 1, "to") && g[j].lower != "fall" && g[j].lower != "spring" && !noun_follows;
  // ("Winter has come early", "Spring officially begins", "Summer is not over yet": a season opening the sentence as
  // the subject of its verb)
  // ("as summer begins", ", and spring is here", "when winter arrives": so after a conjunction opening its clause;
  // "and" or "but" only after a comma, as "a wet autumn and winter will" joins two seasons)
  const bool clause_opens = i == 0 || g[i - 1].kind == PieceKind::Quote || g.word(i - 1, "as") ||
                            g.word(i - 1, "when") || g.word(i - 1, "once") || g.word(i - 1, "while") ||
                            ((g.word(i - 1, "and") || g.word(i - 1, "but")) && i >= 2 && g.punct(i - 2, ","));
  const bool subject = clause_opens && j == i && g[j].lower != "fall" &&
                       (g.is(k, WordClass::BeForm) || g.is(k, WordClass::Auxiliary) || g.word(k, "officially") ||
                        g.word(k, "begins") || g.word(k, "arrives") || g.word(k, "starts") || g.word(k, "ends"));
  // ("Spring — India votes", "Late summer: the plant closes": the label heading a timeline's entry)
  const bool entry_label = g.labels_entry(i, k);
  // ("through the spring and summer", "every spring and summer": a season joined to the one before it; "fall" only
  // ending the phrase, as "prices rise in spring and fall in autumn" has a verb)
  // (the season before it with a word that makes it one: "a wet autumn and winter" has neither)
  const bool first_one =
      i >= 3 && (g.word(i - 3, "the") || g.word(i - 3, "in") || g.word(i - 3, "every") || g.word(i - 3, "this") ||
                 g.word(i - 3, "last") || g.word(i - 3, "next") || g.word(i - 3, "during") || g.word(i - 3, "through"));
  const bool joined = first_one && j == i && (g.word(i - 1, "and") || g.word(i - 1, "or")) && g.info(i - 2) &&
                      !g.info(i - 2)->season.empty() && !noun_follows &&
                      (g[j].lower != "fall" || !g.has(k) || g[k].kind == PieceKind::Punct);
  if (!determiner && !after_adjective && !record && !(after_preposition && g[j].lower != "fall") && !fall_ends_phrase &&
      !after_to && !subject && !entry_label && !joined) {
    return std::nullopt;
  }
  if (joined && i >= 3 && g.word(i - 3, "every")) {
    e.kind = ExpressionKind::Literal;
    e.type = TimexType::Set;
    e.literal = "XXXX-" + std::string(w->season);
    return Candidate{k, std::move(e)};
  }
  // ("salt roads heavily in winter", "the first to climb K2 in winter": "in" and the bare season, no article, is
  // the season of any year, as the probe annotators have it 15 times of 22; "in the winter" is one winter)
  // (not before its noun: "lock in autumn slots")
  const bool before_noun = g.has(k) && g[k].kind == PieceKind::Word && !g[k].upper_initial &&
                           !g[k].is(WordClass::FunctionWord) && !g[k].is(WordClass::Auxiliary) && !g[k].info;
  const bool in_bare = (i > 0 && g.word(i - 1, "in")) || (joined && i >= 3 && g.word(i - 3, "in"));
  if (!determiner && in_bare && !(g.has(k) && g[k].kind == PieceKind::Number) && !before_noun) {
    e.kind = ExpressionKind::Literal;
    e.literal = "XXXX-" + std::string(w->season);
    return Candidate{k, std::move(e)};
  }
  e.needs_year = true;
  return Candidate{determiner ? academic : k, std::move(e)};
}

}  // namespace quarry::dates
