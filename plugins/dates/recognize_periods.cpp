// Years and longer or coarser periods: "2025", "early 2025", "fiscal 1989", "the end of 1990", "the 1990s",
// "the late 1970s", "'90s", "the 20th century", "the third quarter (of 1989)", "third-quarter", "Q3",
// "the first half", and seasons ("last summer", "the fall of 1990", "summer 2024").
#include "grammar.hpp"

namespace quarry::dates {
namespace {

// A word that reads as an adjective before a noun: "an influential 2009 paper", "a controversial 1996 law".
bool looks_adjectival(std::string_view w) {
  return w.size() > 4 && (w.ends_with("al") || w.ends_with("ic") || w.ends_with("ous") || w.ends_with("ive") ||
                          w.ends_with("ful") || w.ends_with("ent") || w.ends_with("ant"));
}

// "a 1963 speech", "an influential 2009 paper", "any 2016 candidate": a year between an article (or an
// adjective) and a singular noun modifies the noun. An article cannot stand before a bare count ("a 2000
// troops" is not English), so this does not catch amounts.
bool year_modifies_noun(const Grammar& g, size_t i) {
  if (i == 0 || !g.has(i + 1) || g[i].integer < 1900 || g[i].integer > 2039) return false;
  const Piece& prev = g[i - 1];
  const Piece& next = g[i + 1];
  if (prev.kind != PieceKind::Word || next.kind != PieceKind::Word || next.upper_initial || !next.space_before ||
      next.hyphen_before) {
    return false;
  }
  if (next.info && next.info->unit != Unit::None) return false;  // "a 2000 year history" is an amount
  if (next.lower.ends_with("s") && !next.lower.ends_with("ss")) return false;
  const std::string_view p = prev.lower;
  return p == "a" || p == "an" || p == "any" || p == "every" || p == "each" || p == "another" ||
         (!prev.info && !prev.upper_initial && looks_adjectival(p));
}

// Does a bare four-digit number at i read as a year in its context?
bool bare_year_ok(const Grammar& g, size_t i) {
  if (year_modifies_noun(g, i)) return true;
  if (i > 0) {
    const Piece& prev = g[i - 1];
    if (prev.kind == PieceKind::Symbol) return false;  // "$2000", "#2000"
    // the second year of a full range, "2020-2022 hit farmers" (year_at reads the range at its first year)
    if (i >= 2 && g.glued(i) && (g.punct(i - 1, "-") || g.punct(i - 1, "\u2013")) && g.year_at(i - 2) > 0) return true;
    if (g.is(i - 1, WordClass::BeforeBareYear)) return true;
    if (prev.kind == PieceKind::Word && prev.info && prev.info->month != 0) return true;
    if (prev.kind == PieceKind::Number) return false;
    // "Orion 1980", "Vision 2020": a number after a capitalized name inside a sentence is part of the name
    if (prev.kind == PieceKind::Word && prev.upper_initial && !prev.all_upper && !prev.info && prev.classes == 0 &&
        i >= 2 && g[i - 2].kind == PieceKind::Word) {
      return false;
    }
    // "its 1990 invasion", "that 1978 resolution", "Mixte's 1989 results": a year modifying a noun
    if (prev.kind == PieceKind::Word &&
        (prev.possessive || prev.lower == "its" || prev.lower == "his" || prev.lower == "her" ||
         prev.lower == "their" || prev.lower == "our" || prev.lower == "that" || prev.lower == "this" ||
         prev.lower == "post" || prev.lower == "pre")) {
      return true;
    }
  }
  if (!g.has(i + 1)) return true;
  const Piece& next = g[i + 1];
  if (next.kind == PieceKind::Symbol) return false;  // "2000 %"
  if (next.kind == PieceKind::Word) {
    if (next.possessive) return true;     // "2024's budget"
    if (next.upper_initial) return true;  // "2024 Olympics", "1998 Nobel"
    return next.is(WordClass::AfterBareYear);
  }
  if (next.kind == PieceKind::Number) return false;
  return true;
}

// "the 1990s" is a decade; "the 1900s", "the 1800s" are the years of a century; "the 2000s" is the decade
// that began in 2000 (the century's years are barely begun, and news means the decade).
void set_decade_or_century(int year, int& decade, int& century) {
  if (year % 100 == 0 && year != 2000) {
    century = year / 100;
  } else {
    decade = year / 10;
  }
}

// Decade written "1990s", "1990's", "'90s", "90s" (two digits only after an apostrophe or "the").
bool decade_at(const Grammar& g, size_t i, int& decade, int& century, size_t& end) {
  if (g.integer(i, 4, 4) && g[i].integer % 10 == 0 && g[i].integer >= 1000 && g[i].integer < 2200) {
    size_t j = i + 1;
    if (g.word(j, "s") && g.glued(j)) {
      end = j + 1;
    } else if ((g.punct(j, "'") || g.punct(j, "\u2019")) && g.glued(j) && g.word(j + 1, "s") && g.glued(j + 1)) {
      end = j + 2;
    } else {
      return false;
    }
    set_decade_or_century(static_cast<int>(g[i].integer), decade, century);
    return true;
  }
  // "the 80s", "the late 90s", "the 1970s and 80s": two digits with a glued "s" only where a decade is expected.
  if (g.integer(i, 2, 2) && g[i].integer % 10 == 0 && g.word(i + 1, "s") && g.glued(i + 1) && i > 0 &&
      (g.word(i - 1, "the") || g.modifier(i - 1) == Modifier::Early || g.modifier(i - 1) == Modifier::Mid ||
       g.modifier(i - 1) == Modifier::Late ||
       ((g.word(i - 1, "and") || g.word(i - 1, "or") || g.word(i - 1, "to")) && i >= 2 && g.word(i - 2, "s")))) {
    const int tens = static_cast<int>(g[i].integer) / 10;
    decade = (tens >= 3 ? 190 : 200) + tens;  // 80s → 198, 20s → 202
    end = i + 2;
    return true;
  }
  // "the nineties", "the early eighties"
  if (const WordInfo* w = g.info(i); w && w->number_kind == NumberKind::Decade && i > 0 &&
                                     (g.word(i - 1, "the") || g.modifier(i - 1) == Modifier::Early ||
                                      g.modifier(i - 1) == Modifier::Mid || g.modifier(i - 1) == Modifier::Late)) {
    decade = 190 + w->number;
    end = i + 1;
    return true;
  }
  // "mid-1990s" arrives as "mid" "1990s" (a word piece).
  if (g.has(i) && g[i].kind == PieceKind::Word && g[i].lower.size() == 5 && g[i].lower[4] == 's' &&
      g[i].lower.find_first_not_of("0123456789") == 4 && g[i].lower[3] == '0') {
    const std::string_view w = g[i].lower;
    const int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10;
    if (year < 1000 || year >= 2200) return false;
    set_decade_or_century(year, decade, century);
    end = i + 1;
    return true;
  }
  // "mid-80s" arrives as "mid" "80s" (a word piece).
  if (g.has(i) && g[i].kind == PieceKind::Word && g[i].lower.size() == 3 && g[i].lower[2] == 's' &&
      g[i].lower[1] == '0' && g[i].lower[0] >= '1' && g[i].lower[0] <= '9' && i > 0 &&
      (g.modifier(i - 1) == Modifier::Early || g.modifier(i - 1) == Modifier::Mid ||
       g.modifier(i - 1) == Modifier::Late)) {
    const int tens = g[i].lower[0] - '0';
    decade = (tens >= 3 ? 190 : 200) + tens;
    end = i + 1;
    return true;
  }
  // "'90s" arrives as one word piece.
  if (g.has(i) && g[i].kind == PieceKind::Word) {
    std::string_view w = g[i].lower;
    if (w.starts_with("'"))
      w.remove_prefix(1);
    else if (w.starts_with("\u2019"))
      w.remove_prefix(3);
    else
      return false;
    if (w.size() != 3 || w[2] != 's' || w[0] < '0' || w[0] > '9' || w[1] != '0') return false;
    const int tens = w[0] - '0';
    decade = (tens >= 3 ? 190 : 200) + tens;  // '90s → 199, '20s → 202
    end = i + 1;
    return true;
  }
  return false;
}

// "20th century", "nineteenth century", "twenty-first century".
bool century_at(const Grammar& g, size_t i, int& century, size_t& end) {
  int ordinal = 0;
  size_t j = i;
  if (g.integer(i, 1, 2) && g.has(i + 1) && g.glued(i + 1) &&
      (g.word(i + 1, "th") || g.word(i + 1, "st") || g.word(i + 1, "nd") || g.word(i + 1, "rd"))) {
    ordinal = static_cast<int>(g[i].integer);
    j = i + 2;
  } else if (const WordInfo* w = g.info(i); w && w->number_kind == NumberKind::Ordinal) {
    ordinal = w->number;
    j = i + 1;
  } else if (const WordInfo* tens = g.info(i);
             tens && tens->number_kind == NumberKind::Cardinal && tens->number >= 20 && g.info(i + 1) &&
             g.info(i + 1)->number_kind == NumberKind::Ordinal && g[i + 1].hyphen_before) {
    ordinal = tens->number + g.info(i + 1)->number;
    j = i + 2;
  } else {
    return false;
  }
  if (!g.word(j, "century") || ordinal < 1 || ordinal > 22) return false;
  century = ordinal - 1;
  end = j + 1;
  return true;
}

// A part-of-period prefix kept in the span and dropped from the value: "early", "mid-", "late",
// "the end of", "the beginning of", "the middle of". Returns the piece after it.
size_t skip_part_prefix(const Grammar& g, size_t i, bool& has_prefix) {
  const Modifier m = g.modifier(i);
  has_prefix = true;
  if (m == Modifier::Early || m == Modifier::Mid || m == Modifier::Late) return i + 1;
  if (m == Modifier::The) {
    const Modifier n = g.modifier(i + 1);
    if ((n == Modifier::End || n == Modifier::Beginning || n == Modifier::Middle) && g.word(i + 2, "of")) return i + 3;
    if (n == Modifier::Early || n == Modifier::Mid || n == Modifier::Late) return i + 2;  // "the late 1970s"
    return i + 1;                                                                         // "the 1990s"
  }
  if ((m == Modifier::End || m == Modifier::Beginning || m == Modifier::Middle) && g.word(i + 1, "of")) return i + 2;
  has_prefix = false;
  return i;
}

std::optional<Candidate> finish_year(size_t end, int year) {
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.year = year;
  return Candidate{end, std::move(e)};
}

}  // namespace

std::optional<Candidate> match_year(const Grammar& g, size_t i) {
  bool has_prefix = false;
  const size_t j = skip_part_prefix(g, i, has_prefix);
  const bool only_the = has_prefix && j == i + 1 && g.word(i, "the");
  int decade = -1;
  int century = -1;
  size_t end = 0;
  if (decade_at(g, j, decade, century, end) || century_at(g, j, century, end)) {
    Expression e;
    e.kind = ExpressionKind::Calendar;
    e.fields.decade = decade;
    e.fields.century = century;
    return Candidate{end, std::move(e)};
  }
  // "its full-year forecast": the reference's year, as "the full year" is
  if (g.word(i, "full") && g.word(i + 1, "year") && g[i + 1].hyphen_before) {
    Expression e;
    e.kind = ExpressionKind::Shift;
    e.unit = Unit::Year;
    e.weekday_mode = WeekdayMode::This;
    return Candidate{i + 2, std::move(e)};
  }
  // "fiscal 1989", "fiscal year 1989"
  if (g.modifier(i) == Modifier::Fiscal) {
    size_t y = g.word(i + 1, "year") ? i + 2 : i + 1;
    if (const int year = g.year_at(y); year > 0) return finish_year(y + 1, year);
    return std::nullopt;
  }
  // "in nineteen ninety-six", "the year two thousand"
  {
    const bool year_word = only_the && g.word(j, "year");
    const size_t k = year_word ? j + 1 : j;
    size_t end = 0;
    if (const int spoken = g.spoken_year_at(k, end); spoken > 0) {
      const bool context = year_word || has_prefix || (i > 0 && g.is(i - 1, WordClass::BeforeBareYear)) ||
                           (g.info(i - 1) && g.info(i - 1)->month != 0 && i > 0) || i == 0;
      if (context) return finish_year(end, spoken);
    }
  }
  // "the year 2000"
  if (only_the && g.word(j, "year") && g.year_at(j + 1) > 0) return finish_year(j + 2, g.year_at(j + 1));
  const int year = g.year_at(j);
  if (year < 0) return std::nullopt;
  if (only_the) {
    // "the 1988 period": TimeBank's reading of a year used as a modifier of "period"/"year"/"quarter"; "the
    // 2023 fiscal year" likewise.
    if (g.word(j + 1, "period") || g.word(j + 1, "year")) return finish_year(j + 2, year);
    if (g.word(j + 1, "fiscal") && g.word(j + 2, "year")) return finish_year(j + 3, year);
    // "the 2012 election": the year alone is the expression; it is matched from its own piece.
    return std::nullopt;
  }
  if (!has_prefix && !bare_year_ok(g, j)) return std::nullopt;
  return finish_year(j + 1, year);
}

std::optional<Candidate> match_quarter(const Grammar& g, size_t i) {
  size_t j = g.word(i, "the") ? i + 1 : i;
  const bool the = j != i;
  if (g.modifier(j) == Modifier::Fiscal) ++j;
  int year = -1;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  if (const int y = g.year_at(j); y > 0 && g.has(j + 1)) {  // "the 1989 third quarter"
    year = y;
    ++j;
  } else if (!the && g.word(j + 1, "year") && g.has(j + 2) && g[j + 2].possessive) {
    // "next year's first quarter", "this year's third quarter"
    const Modifier m = g.modifier(j);
    if (m == Modifier::Prev || m == Modifier::This || m == Modifier::Next) {
      e.year_from_reference = true;
      e.year_offset = m == Modifier::Prev ? -1 : m == Modifier::Next ? 1 : 0;
      j += 3;
    }
  }
  // "Q3", "Q3 2024"
  if (!the && g.has(j) && g[j].kind == PieceKind::Word && g[j].lower.size() == 2 && g[j].lower[0] == 'q' &&
      g[j].lower[1] >= '1' && g[j].lower[1] <= '4' && g[j].all_upper) {
    e.fields.quarter = g[j].lower[1] - '0';
    size_t k = j + 1;
    if (const int y = g.year_at(k); y > 0) {
      e.fields.year = y;
      ++k;
    } else {
      e.needs_year = true;
    }
    return Candidate{k, std::move(e)};
  }
  const WordInfo* ordinal = g.info(j);
  const bool final = the && g.word(j, "final");  // "the final quarter of 2023"
  if (!final &&
      (!ordinal || (ordinal->number_kind != NumberKind::Ordinal && ordinal->number_kind != NumberKind::OrdinalLast))) {
    return std::nullopt;
  }
  const bool quarter = g.word(j + 1, "quarter");
  const bool half = g.word(j + 1, "half");
  if (!quarter && !half) return std::nullopt;
  // "the third-quarter loss": a hyphenated adjective's extent leaves the article out
  if (the && g[j + 1].hyphen_before && j == i + 1) return std::nullopt;
  int n = final ? -1 : ordinal->number;
  if (n < 0) n = quarter ? 4 : 2;  // "the last quarter" of a year
  if (n < 1 || (quarter && n > 4) || (half && n > 2)) return std::nullopt;
  if (half && !the && !g[j + 1].hyphen_before) return std::nullopt;  // "first half" needs "the" or "first-half"
  if (!the && !g[j + 1].hyphen_before && year < 0) {
    // "third quarter" without "the" or hyphen still reads as a quarter ("its fourth quarter ended").
    if (j > 0 && g[j - 1].kind == PieceKind::Word && !g[j - 1].possessive && g[j - 1].lower != "its" &&
        g[j - 1].lower != "their" && g[j - 1].lower != "fiscal" && g[j - 1].lower != "in" && g[j - 1].lower != "for") {
      return std::nullopt;
    }
  }
  if (quarter)
    e.fields.quarter = n;
  else
    e.fields.half = n;
  size_t k = j + 2;
  if (e.year_from_reference) {
    // the year came before the quarter
  } else if (year > 0) {
    e.fields.year = year;
  } else if (g.word(k, "of") || g.punct(k, ",")) {
    if (const int y = g.year_at(k + 1); y > 0) {
      e.fields.year = y;
      k += 2;
    } else if (g.modifier(k + 1) == Modifier::Fiscal && g.year_at(k + 2) > 0) {
      e.fields.year = g.year_at(k + 2);
      k += 3;
    } else if (g.word(k + 2, "year") && (g.modifier(k + 1) == Modifier::Prev || g.modifier(k + 1) == Modifier::This ||
                                         g.modifier(k + 1) == Modifier::Next)) {
      e.year_from_reference = true;
      const Modifier m = g.modifier(k + 1);
      e.year_offset = m == Modifier::Prev ? -1 : m == Modifier::Next ? 1 : 0;
      k += 3;
    } else {
      e.needs_year = true;
    }
  } else if (const int y = g.year_at(k); y > 0) {
    e.fields.year = y;
    ++k;
  } else {
    e.needs_year = true;
  }
  return Candidate{k, std::move(e)};
}

std::optional<Candidate> match_season(const Grammar& g, size_t i) {
  size_t j = i;
  Expression e;
  const Modifier m = g.modifier(i);
  bool shifted = false;
  if (m == Modifier::Prev || m == Modifier::Next || m == Modifier::This || m == Modifier::Coming ||
      m == Modifier::Past) {
    e.kind = ExpressionKind::Season;
    e.offset = m == Modifier::Prev || m == Modifier::Past ? -1 : (m == Modifier::This ? 0 : 1);
    shifted = true;
    ++j;
    if (m == Modifier::This && g.word(j, "past")) {  // "this past spring"
      e.offset = -1;
      ++j;
    }
  } else {
    bool has_prefix = false;
    j = skip_part_prefix(g, i, has_prefix);
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
  if (shifted) return Candidate{k, std::move(e)};
  e.kind = ExpressionKind::Calendar;
  const size_t y = g.word(k, "of") ? k + 1 : k;
  if (const int year = g.year_at(y); year > 0) {
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
  if (g.word(k, "of")) return std::nullopt;  // "the fall of Rome"
  // A bare season needs a determiner or a preposition: "the summer", "in spring"; never "fall" alone (a verb).
  const bool after_preposition = i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "since") || g.word(i - 1, "during") ||
                                           g.word(i - 1, "until") || g.word(i - 1, "by") || g.word(i - 1, "this"));
  if (!determiner && !(after_preposition && w->season != "FA")) return std::nullopt;
  e.needs_year = true;
  return Candidate{k, std::move(e)};
}

}  // namespace quarry::dates
