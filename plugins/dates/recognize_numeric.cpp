// Dates and periods written with digits and codes: "2025-02-27", "2025/02/27", "1/2/2025", "5-12-2024",
// "12.05.2024" (day first, as Europe writes it), "05/12/24"; financial period codes "FY2025", "FY 2025",
// "FY24", "1Q24", "4Q 2023", "H1", "H2 2024", "1H24". ("Q3", "Q3 2024" are read with the quarters.)
#include "calendar.hpp"
#include "grammar.hpp"

namespace quarry::dates {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether the piece at k, glued to a date's last number, carries it on into something longer ("1/2/2025x",
// "3/4/24/7"); a closing quotation mark or punctuation does not ("“Frozen on: 02/10/2014”").
bool runs_on(const Grammar& g, size_t k) {
  return g.has(k) && g.glued(k) &&
         ((g[k].kind != PieceKind::Punct && g[k].kind != PieceKind::Quote) || g.punct(k, "/"));
}

// A two-digit year: 00..49 are this century's, 50..99 the last's ("05/12/24", "FY98").
int full_year(int two_digits) { return two_digits < 50 ? 2000 + two_digits : 1900 + two_digits; }

std::optional<Candidate> calendar_date(size_t end, int year, int month, int day) {
  if (!is_valid_date(year, month, day)) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.year = year;
  e.fields.month = month;
  e.fields.day = day;
  return Candidate{end, std::move(e)};
}

// "12.05.2024" arrives as one number piece: day, month, four-digit year.
std::optional<Candidate> dotted_date(const Grammar& g, size_t i) {
  const std::string_view t = g[i].text;
  const size_t a = t.find('.');
  const size_t b = a == std::string_view::npos ? a : t.find('.', a + 1);
  if (a == std::string_view::npos || b == std::string_view::npos || a == 0 || a > 2 || b - a - 1 == 0 ||
      b - a - 1 > 2 || t.size() - b - 1 != 4) {
    return std::nullopt;
  }
  int parts[3] = {0, 0, 0};
  int k = 0;
  for (const char c : t) {
    if (c == '.') {
      ++k;
    } else if (is_digit(c)) {
      parts[k] = parts[k] * 10 + (c - '0');
    } else {
      return std::nullopt;
    }
  }
  // ("build 4.18.0917": a version number; a year is not written with a leading zero)
  if (parts[2] < 1000) return std::nullopt;
  int day = parts[0];
  int month = parts[1];
  if (month > 12) std::swap(day, month);
  return calendar_date(i + 1, parts[2], month, day);
}

// A period code at i: "FY2025"/"FY25" (a fiscal year), "FY 2025", "1Q24"/"4Q 2023" (a quarter), "H1"/"H2 2024"
// and "1H24" (a half). A year may follow in digits.
std::optional<Candidate> period_code(const Grammar& g, size_t i) {
  Expression e;
  e.kind = ExpressionKind::Calendar;
  size_t j = i + 1;
  int year = -1;
  auto year_suffix = [&](std::string_view digits) {
    if (digits.size() == 2 && is_digit(digits[0]) && is_digit(digits[1])) {
      year = full_year((digits[0] - '0') * 10 + (digits[1] - '0'));
    } else if (digits.size() == 4 && is_digit(digits[0]) && is_digit(digits[1]) && is_digit(digits[2]) &&
               is_digit(digits[3])) {
      year = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');
    }
    return year > 0 || digits.empty();
  };
  const Piece& p = g[i];
  if (p.kind == PieceKind::Word && p.all_upper && p.lower.starts_with("fy")) {
    year = g.fiscal_code_year_at(i, j);
    if (year < 0) return std::nullopt;
    e.fields.year = year;
    // "FY2014-15", "FY2018/19": a split fiscal year, named by its first year (as "2014-15" alone is)
    if (g.has(j) && g[j].hyphen_before && g.integer(j, 2, 2) && g[j].integer == (year + 1) % 100) {
      ++j;
    } else if (g.punct(j, "/") && g.glued(j) && g.glued(j + 1) && g.integer(j + 1, 2, 2) &&
               g[j + 1].integer == (year + 1) % 100) {
      j += 2;
    }
    return Candidate{j, std::move(e)};
  }
  // "1Q24", "4Q 2023", "1H24": a digit glued to a code word
  int n = 0;
  char code = 0;
  std::string_view rest;
  if (g.integer(i, 1, 1) && g.has(j) && g.glued(j) && g[j].kind == PieceKind::Word && g[j].all_upper &&
      (g[j].lower.front() == 'q' || g[j].lower.front() == 'h')) {
    n = static_cast<int>(p.integer);
    code = g[j].lower.front();
    rest = g[j].lower.substr(1);
    ++j;
  } else if (p.kind == PieceKind::Word && p.all_upper && p.lower.size() == 2 && p.lower[0] == 'h' &&
             is_digit(p.lower[1])) {
    n = p.lower[1] - '0';  // "H1"
    code = 'h';
  } else {
    return std::nullopt;
  }
  if (n < 1 || (code == 'q' && n > 4) || (code == 'h' && n > 2)) return std::nullopt;
  if (!year_suffix(rest)) return std::nullopt;
  if (g.has(j) && g.glued(j) && g[j].kind != PieceKind::Punct) return std::nullopt;  // "H1N1", "1Q2x"
  if (year < 0 && g.year_at(j) > 0) {
    year = g.year_at(j);
    ++j;
  }
  // A bare "H1"/"H2" is a half in business copy ("follows in H2", "H1 profit"), but also a gene, a receptor or a
  // molecule ("stores H2 gas", "H2 uptake"): without a year it needs a preposition or determiner before it and no
  // noun after it other than one of figures (so does "1H", also an exam paper's tier: "Maths Paper 1H", "8461/2H")
  if (code == 'h' && year < 0) {
    const bool noun_after = g.has(j) && g[j].kind == PieceKind::Word && !g[j].upper_initial &&
                            !g[j].is(WordClass::FunctionWord) && !g[j].is(WordClass::Auxiliary);
    const bool figures_after = g.is(j, WordClass::DataNoun);
    const bool led =
        i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "for") || g.word(i - 1, "during") || g.word(i - 1, "by") ||
                  g.word(i - 1, "the") || g.word(i - 1, "its") || g.word(i - 1, "their") || g[i - 1].possessive);
    if (!figures_after && (noun_after || !led)) return std::nullopt;
  }
  if (code == 'q')
    e.fields.quarter = n;
  else
    e.fields.half = n;
  e.fields.year = year;
  e.needs_year = year < 0;
  return Candidate{j, std::move(e)};
}

std::optional<Candidate> numeric_date(const Grammar& g, size_t i);

}  // namespace

std::optional<Candidate> match_numeric_date(const Grammar& g, size_t i) {
  if (!g.has(i)) return std::nullopt;
  if (auto code = period_code(g, i)) return code;
  // ("Ref. BB/20/09/07", "file AB/12/05/14": the digits go on a reference after its letters and a slash)
  if (i >= 2 && g.glued(i) && g.punct(i - 1, "/") && g.glued(i - 1) && g[i - 2].kind == PieceKind::Word) {
    return std::nullopt;
  }
  std::optional<Candidate> date = numeric_date(g, i);
  // "03/21/2013 03:51:22 PM EDT", "21.03.2013 at 14:32": a time stamp
  if (date) date->end = attach_clock_time(g, date->end, date->expression);
  return date;
}

namespace {

// "9/11" names the attacks of September 11, 2001, and so that day; other month/day pairs without a year read as
// fractions and scores as often ("3/4 of voters", "went 9/12 from the field"), and are dates only in the
// contexts of month_slash_day.
std::optional<Candidate> nine_eleven(const Grammar& g, size_t i) {
  if (!g.integer(i, 1, 1) || g[i].integer != 9 || !g.punct(i + 1, "/") || !g.glued(i + 1) || !g.integer(i + 2, 2, 2) ||
      g[i + 2].integer != 11 || !g.glued(i + 2)) {
    return std::nullopt;
  }
  if (g.glued(i) && (g[i - 1].kind == PieceKind::Number || g.punct(i - 1, "/"))) return std::nullopt;
  if (g.has(i + 3) && g.glued(i + 3) &&
      (g[i + 3].kind != PieceKind::Punct || g.punct(i + 3, "/") || g.punct(i + 3, "-"))) {
    return std::nullopt;
  }
  // ("the 9/11 Commission", "the 9/11 Memorial": part of a name)
  // (but not in a title-case headline: "Clinton Breaks With Obama On 9/11 Lawsuit Bill")
  if (g.has(i + 3) && g[i + 3].kind == PieceKind::Word && g[i + 3].upper_initial && !g.info(i + 3) &&
      !g.in_title_case_line(i + 3, g[i + 3].all_upper)) {
    return std::nullopt;
  }
  std::optional<Candidate> date = calendar_date(i + 3, 2001, 9, 11);
  date->expression.keeps_focus = true;
  return date;
}

// "due on 4/15", "the sale ends 3/31", "the 1/1 renewals": a month and day without a year, US order. Only where
// nothing else reads: after a preposition of time, at the end of its phrase, or naming the renewal dates of
// insurance contracts; never glued to more ("1 1/4", "9/8c", "3/4%").
std::optional<Candidate> month_slash_day(const Grammar& g, size_t i) {
  if (!g.integer(i, 1, 2) || !g.punct(i + 1, "/") || !g.glued(i + 1) || !g.integer(i + 2, 1, 2) || !g.glued(i + 2)) {
    return std::nullopt;
  }
  const int month = static_cast<int>(g[i].integer);
  const int day = static_cast<int>(g[i + 2].integer);
  if (month < 1 || month > 12 || day < 1 || !is_valid_date(2024, month, day)) return std::nullopt;
  // ("cut costs by 1/3.", "rose by 3/4": a proper fraction with a small denominator reads as one)
  if (month < day && day <= 10) return std::nullopt;
  if (i > 0 && (g.glued(i) || g[i - 1].kind == PieceKind::Number)) return std::nullopt;
  if (runs_on(g, i + 3)) {
    return std::nullopt;
  }
  const bool renewal = g.word(i + 3, "renewal") || g.word(i + 3, "renewals");
  const bool after_preposition =
      i > 0 && (g.word(i - 1, "on") || g.word(i - 1, "by") || g.word(i - 1, "until") || g.word(i - 1, "till") ||
                g.word(i - 1, "through") || g.word(i - 1, "thru") || g.word(i - 1, "since") ||
                g.word(i - 1, "before") || g.word(i - 1, "after") || g.word(i - 1, "starting") ||
                g.word(i - 1, "effective") || g.word(i - 1, "ends") || g.word(i - 1, "due"));
  // (not before a noun: "cut by 1/4 point", "on 3/4 time"; nor "of": "from 3/4 of voters")
  const bool clause_goes_on =
      !g.has(i + 3) || g[i + 3].kind == PieceKind::Punct ||
      ((g.is(i + 3, WordClass::FunctionWord) || g.is(i + 3, WordClass::Auxiliary)) && !g.word(i + 3, "of"));
  if (!renewal && !(after_preposition && clause_goes_on)) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.month = month;
  e.fields.day = day;
  e.needs_year = true;
  return Candidate{i + 3, std::move(e)};
}

std::optional<Candidate> numeric_date(const Grammar& g, size_t i) {
  if (g[i].kind != PieceKind::Number) return std::nullopt;
  if (g[i].integer < 0) return dotted_date(g, i);
  if (auto date = nine_eleven(g, i)) return date;
  // 2025-02-27, 2025/02/27
  if (g.integer(i, 4, 4) && (g.punct(i + 1, "-") || g.punct(i + 1, "/")) && g.glued(i + 1) && g.integer(i + 2, 1, 2) &&
      g.glued(i + 2) && g.punct(i + 3, g[i + 1].text) && g.glued(i + 3) && g.integer(i + 4, 1, 2) && g.glued(i + 4)) {
    return calendar_date(i + 5, static_cast<int>(g[i].integer), static_cast<int>(g[i + 2].integer),
                         static_cast<int>(g[i + 4].integer));
  }
  // 1/2/2025, 1-2-2025, 05/12/24 (US order, month first, unless the first number cannot be a month)
  if (g.integer(i, 1, 2) && (g.punct(i + 1, "/") || g.punct(i + 1, "-")) && g.glued(i + 1) && g.integer(i + 2, 1, 2) &&
      g.glued(i + 2) && g.punct(i + 3, g[i + 1].text) && g.glued(i + 3) && g.glued(i + 4) &&
      (g.integer(i + 4, 4, 4) || (g.integer(i + 4, 2, 2) && g.punct(i + 1, "/")))) {
    int month = static_cast<int>(g[i].integer);
    int day = static_cast<int>(g[i + 2].integer);
    if (month > 12) std::swap(month, day);
    const int year =
        g[i + 4].digits == 4 ? static_cast<int>(g[i + 4].integer) : full_year(static_cast<int>(g[i + 4].integer));
    // "1/2/2025x", "3/4/24/7": part of something longer
    if (runs_on(g, i + 5)) {
      return std::nullopt;
    }
    std::optional<Candidate> date = calendar_date(i + 5, year, month, day);
    if (date && month != day && month <= 12 && day <= 12) date->expression.day_month_ambiguous = true;
    return date;
  }
  // "expiration dates of 06/2015 and 11/2016": a month and its year, as a card or a label writes them
  if (g.integer(i, 1, 2) && g[i].integer >= 1 && g[i].integer <= 12 && g.punct(i + 1, "/") && g.glued(i + 1) &&
      g.integer(i + 2, 4, 4) && g.glued(i + 2) && g[i + 2].integer >= 1900 && g[i + 2].integer < 2100 &&
      !(i > 0 && g.glued(i) && g[i - 1].kind != PieceKind::Word) && !runs_on(g, i + 3) &&
      // ("Circular 12/2011", "Press Release No. 01/2021": the number of a document, after its name or "No.")
      !(i > 0 && ((g[i - 1].kind == PieceKind::Word && g[i - 1].upper_initial && !g.info(i - 1)) ||
                  (g.punct(i - 1, ".") && i > 1 && g.word(i - 2, "no")) || g.word(i - 1, "no")))) {
    Expression e;
    e.kind = ExpressionKind::Calendar;
    e.fields.year = static_cast<int>(g[i + 2].integer);
    e.fields.month = static_cast<int>(g[i].integer);
    return Candidate{i + 3, std::move(e)};
  }
  return month_slash_day(g, i);
}

}  // namespace

}  // namespace quarry::dates
