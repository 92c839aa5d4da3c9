#include "recognizer.hpp"

#include "context_notes.hpp"
#include "grammar.hpp"

namespace quarry::dates {

namespace {

// Word pieces outside the lexicon that may start an expression: "'90s", "1990s" (in "mid-1990s"), "Q3".
bool is_starter_word(std::string_view w) {
  if (w.empty()) return false;
  const char c = w.front();
  // "FY2025", "FY 2025", "H1"
  if (w.starts_with("fy") || (w.size() == 2 && c == 'h' && w[1] >= '1' && w[1] <= '2')) return true;
  // "hundreds of years", "thousands of years ago"
  if (w == "hundreds" || w == "thousands" || w == "dozens" || w == "millions") return true;
  // "'90s", "’08" (a possessive "'s" starts nothing)
  if (w.starts_with("'") || w.starts_with("\u2019")) {
    const size_t digit = w.starts_with("'") ? 1 : 3;
    return w.size() > digit && w[digit] >= '0' && w[digit] <= '9';
  }
  return (c >= '0' && c <= '9') || (w.size() == 2 && c == 'q');
}

// A word that is temporal only as a holiday's first word ("World" of "World AIDS Day") starts a holiday only
// where one of those names is written out in full.
bool names_a_holiday(std::span<const Piece> pieces, size_t i) {
  const Grammar g(pieces);
  for (const Holiday& holiday : Lexicon::instance().holidays_starting(*pieces[i].info)) {
    if (holiday_name_end(g, i, holiday) > 0) return true;
  }
  return g.word(i + 1, "night");  // ("election night": the night of Election Day)
}

bool starts_by_itself(const Piece& piece) {
  if (piece.kind == PieceKind::Number) return true;
  if (piece.kind != PieceKind::Word) return false;
  if (piece.all_upper && (piece.lower == "ad" || piece.lower == "a.d.")) return true;  // "AD 43", "A.D. 1066"
  if (piece.info) return piece.info->temporal;
  return is_starter_word(piece.lower);
}

bool capitalized_word(const Piece& p) { return p.kind == PieceKind::Word && p.upper_initial; }

// A word that is written lower-case when it means time ("today", "daily", "nightly"), capitalized inside a
// run of capitalized words: a name, as in "USA Today", "Trending Today USA", "the Nightly News", "a Daily Mail
// report". Months, weekdays and holidays are always capitalized and are not asked about; a sentence's first
// word is capitalized anyway, and so is every word of a title-case headline.
bool capitalized_inside_name(const Grammar& g, size_t i) {
  const std::span<const Piece> pieces = g.pieces();
  const Piece& piece = pieces[i];
  const WordInfo* info = piece.info;
  if (!piece.upper_initial || i == 0 || !info || info->month != 0 || info->weekday != 0 || info->starts_holiday) {
    return false;
  }
  const Piece& prev = pieces[i - 1];
  // "the Nightly News": a capitalized word follows, and the word before is not a sentence's opening
  // punctuation (a quotation opening with "Today Congress acted" stays a date)
  const bool in_name = capitalized_word(prev) ||
                       (prev.kind == PieceKind::Word && i + 1 < pieces.size() && capitalized_word(pieces[i + 1]));
  return in_name && !g.in_title_case_line(i, piece.all_upper);
}

// Whether the expression [i, end) opens with a spelled number and the word after it, both capitalized inside a
// sentence ("Seven Minutes", a band; "“Eight Days in Lisbon”", an album; "Half Past Ten"): a title, not a time.
// (Every word of a title-case headline is capitalized, and a sentence's first word is: "Seven days later" keeps
// its unit in lower case.)
bool opens_with_titled_number(const Grammar& g, size_t i, size_t end) {
  const std::span<const Piece> pieces = g.pieces();
  if (i + 1 >= end || pieces[i].kind != PieceKind::Word || !pieces[i].upper_initial || pieces[i].all_upper) {
    return false;
  }
  const bool spelled_number =
      (pieces[i].info && pieces[i].info->number_kind == NumberKind::Cardinal) || pieces[i].lower == "half";
  const Piece& next = pieces[i + 1];
  return spelled_number && next.kind == PieceKind::Word && next.upper_initial && !next.all_upper &&
         !g.in_title_case_line(i);
}

// The lexicon counts a "season" as a year, but only a counted or shifted one is: "three seasons", "the past two
// seasons", "last season", "that season". "The season", "a season", "every season", "the current season" name a
// sport's, a trade's or the weather's season, which no calendar value fits.
bool season_as_year_ok(std::span<const Piece> pieces, size_t first, size_t end) {
  for (size_t k = first; k < end; ++k) {
    if (pieces[k].lower != "season" && pieces[k].lower != "seasons") continue;
    if (k == first) return false;
    // ("announced that Season 3 will begin": a numbered season is a series', no year)
    if (pieces[k].upper_initial && k + 1 < pieces.size() && pieces[k + 1].kind == PieceKind::Number) return false;
    size_t before = k - 1;
    // "three straight seasons"
    if ((pieces[before].lower == "straight" || pieces[before].lower == "consecutive") && before > first) --before;
    const Piece& p = pieces[before];
    if (p.kind == PieceKind::Number) return true;
    if (!p.info || p.lower == "a" || p.lower == "an" || p.lower == "current") return false;
    const Modifier m = p.info->modifier;
    return (p.info->number_kind != NumberKind::None && p.info->number_kind != NumberKind::Ordinal) ||
           m == Modifier::Prev || m == Modifier::This || m == Modifier::Next || p.lower == "following" ||
           p.lower == "that";
  }
  return true;
}

// "Game of the Year", "Person of the Year", "Player of the Month": a title, "of" and a capitalized "the Year" after
// a capitalized word.
bool names_an_award(std::span<const Piece> pieces, size_t first, size_t end) {
  if (end != first + 2 || pieces[first].lower != "the" || !pieces[first + 1].upper_initial || first < 2 ||
      pieces[first - 1].lower != "of" || !pieces[first - 2].upper_initial ||
      pieces[first - 2].kind != PieceKind::Word) {
    return false;
  }
  const std::string_view unit = pieces[first + 1].lower;
  return unit == "year" || unit == "month" || unit == "week" || unit == "decade" || unit == "century";
}

// "opens ‘1923’, an exhibition", "her cover of “1999.”": a year alone in quotation marks is a title.
bool quotes_a_year_as_title(std::span<const Piece> pieces, size_t first, size_t end) {
  if (end != first + 1 || pieces[first].kind != PieceKind::Number || pieces[first].digits != 4 || first == 0 ||
      pieces[first - 1].kind != PieceKind::Quote || !pieces[first - 1].quote_opens) {
    return false;
  }
  size_t after = end;
  if (after < pieces.size() && pieces[after].kind == PieceKind::Punct &&
      (pieces[after].text == "," || pieces[after].text == ".")) {
    ++after;
  }
  return after < pieces.size() && pieces[after].kind == PieceKind::Quote && pieces[after].quote_closes;
}

// Whether [first, end) opens quotation marks whose words are all capitalized, save small function words: a title
// ("“Twelfth Night” opened on Saturday", "Annie belts out “Tomorrow”", "“Sunday in the Park with George” ends its
// run"), not a date.
bool quotes_a_title(std::span<const Piece> pieces, size_t first, size_t end) {
  constexpr size_t kMaxTitleWords = 8;
  const auto title_word = [&](size_t k) {
    const Piece& p = pieces[k];
    if (p.kind == PieceKind::Punct) return p.text == "'" || p.text == "\u2019" || p.text == "-";
    if (p.kind == PieceKind::Number) return true;
    const std::string_view w = p.lower;
    return p.upper_initial || w == "of" || w == "the" || w == "in" || w == "with" || w == "a" || w == "an" ||
           w == "and" || w == "on" || w == "to" || w == "for" || w == "at" || w == "'s" || w == "\u2019s";
  };
  // (the title opens with the expression: "Fox News Sunday", "Super Tuesday" name the day they fall on)
  if (!pieces[first].upper_initial || first == 0 || pieces[first - 1].kind != PieceKind::Quote ||
      !pieces[first - 1].quote_opens) {
    return false;
  }
  size_t close = end;
  for (size_t k = first; k < end; ++k) {
    if (!title_word(k)) return false;
  }
  while (close < pieces.size() && close - end < kMaxTitleWords && pieces[close].kind != PieceKind::Quote &&
         title_word(close)) {
    ++close;
  }
  // (a comma or a stop inside the closing mark, as American style puts it)
  if (close < pieces.size() && pieces[close].kind == PieceKind::Punct &&
      (pieces[close].text == "," || pieces[close].text == ".")) {
    ++close;
  }
  return close < pieces.size() && pieces[close].kind == PieceKind::Quote && pieces[close].quote_closes;
}

// "T-minus", "L-minus", "T+", "T-" before a number: a launch countdown's mark. The piece after it, or 0.
size_t countdown_mark_end(std::span<const Piece> pieces, size_t i) {
  if (i + 2 >= pieces.size() || (pieces[i].text != "T" && pieces[i].text != "L")) return 0;
  const Piece& sign = pieces[i + 1];
  if (sign.lower == "minus" && sign.hyphen_before) return i + 2;
  const bool glued = !sign.space_before && !pieces[i + 2].space_before;
  if (glued && (sign.text == "+" || sign.text == "-" || sign.text == "\u2212") &&
      pieces[i + 2].kind == PieceKind::Number) {
    return i + 2;
  }
  return 0;
}

// "bank holiday Monday", "Bank Holiday Monday": the weekday a holiday falls on, the words before it in the span (as
// the tuning sets have it 5 times of 7)
bool names_bank_holiday_weekday(std::span<const Piece> pieces, size_t i) {
  return i + 2 < pieces.size() && pieces[i].lower == "bank" && pieces[i + 1].lower == "holiday" && pieces[i + 2].info &&
         pieces[i + 2].info->weekday != 0 && !pieces[i + 2].info->weekday_plural && pieces[i + 2].upper_initial;
}

}  // namespace

bool Recognizer::may_start(std::span<const Piece> pieces, size_t i) {
  const Piece& piece = pieces[i];
  if (countdown_mark_end(pieces, i) > 0) return true;
  if (names_bank_holiday_weekday(pieces, i)) return true;
  // ("wins in 2:11:30, 35 seconds off the record": the tail of a time written with colons starts nothing)
  if (piece.kind == PieceKind::Number && i >= 2 && pieces[i - 1].text == ":" && !pieces[i - 1].space_before &&
      !piece.space_before && pieces[i - 2].kind == PieceKind::Number) {
    return false;
  }
  if (piece.kind == PieceKind::Word && piece.info && piece.info->holiday_word_only) {
    // ("all night": such a word may also lead a temporal word)
    return names_a_holiday(pieces, i) || (i + 1 < pieces.size() && starts_by_itself(pieces[i + 1]));
  }
  if (starts_by_itself(piece)) return true;
  // a weekend counted in a run: "its second weekend", "a fourth weekend" (recognize_relative.cpp)
  if (i + 2 < pieces.size() && (piece.lower == "its" || piece.lower == "a" || piece.lower == "the") &&
      pieces[i + 1].info && pieces[i + 1].info->number_kind == NumberKind::Ordinal &&
      pieces[i + 2].lower == "weekend") {
    return true;
  }
  // a portion of a period: "a good part of 1990"
  if (i + 1 < pieces.size() && piece.lower == "a" &&
      (pieces[i + 1].lower == "good" || pieces[i + 1].lower == "large")) {
    return true;
  }
  if (piece.kind != PieceKind::Word || !piece.info || !piece.info->leading) return false;
  // (a preposition "of", or "million" scaling the number before it, begins nothing)
  if (piece.info->modifier == Modifier::Of ||
      (piece.info->number_kind == NumberKind::Multiplier && piece.info->number >= 1'000'000)) {
    return false;
  }
  // ("as" opens only "as soon as possible": not the many "as the", "as of", "as a")
  if (piece.lower == "as") return i + 1 < pieces.size() && pieces[i + 1].lower == "soon";
  // "the", "a", "about", "more", "at": only when something temporal (or another leading word, as in
  // "the past", "more than a", "at least") follows.
  if (i + 1 >= pieces.size()) return false;
  const Piece& next = pieces[i + 1];
  return starts_by_itself(next) || (next.info && next.info->leading) || next.is(WordClass::AfterLeading);
}

namespace {

// "the quarter ended Sept. 29", "its fiscal third quarter, which ended Oct. 29", "the current quarter, which ends Jan.
// 27": the day a quarter ends on, written right after it, tells which quarter and year it is.
void note_quarter_end(const Grammar& g, Candidate& found) {
  Expression& e = found.expression;
  const bool named = e.kind == ExpressionKind::Calendar && e.fields.quarter > 0 && e.fields.year <= 0 && e.needs_year;
  const bool bare = e.kind == ExpressionKind::Shift && e.unit == Unit::Quarter && e.offset == 0;
  if (!named && !bare) return;
  size_t k = found.end;
  if (g.punct(k, ",")) ++k;
  if (g.word(k, "which") || g.word(k, "that")) ++k;
  const bool past = g.word(k, "ended");
  if (!past && !g.word(k, "ending") && !g.word(k, "ends")) return;
  ++k;
  if (g.word(k, "on")) ++k;
  const std::optional<Candidate> day = match_month_date(g, k);
  if (!day || day->expression.kind != ExpressionKind::Calendar) return;
  const CalendarFields& d = day->expression.fields;
  if (d.month <= 0 || d.day <= 0 || d.hour >= 0) return;
  if (bare && d.month % 3 != 0) return;  // (a company's own quarter, ending in another month: its number is unknown)
  e.ends_month = d.month;
  e.ends_day = d.day;
  e.ends_year = d.year > 0 ? d.year : 0;
  e.ends_past = past;
}

}  // namespace

std::optional<Mention> Recognizer::match(std::span<const Piece> pieces, size_t i) {
  if (i >= pieces.size() || !may_start(pieces, i)) return std::nullopt;
  const Grammar g(pieces);
  using Matcher = std::optional<Candidate> (*)(const Grammar&, size_t);
  // Order breaks ties between equally long readings: the earlier matcher wins.
  static constexpr Matcher kMatchers[] = {&match_numeric_date, &match_clock_time,    &match_weekday,
                                          &match_month_date,   &match_quarter,       &match_year,
                                          &match_season,       &match_hijri_date,    &match_holiday,
                                          &match_deictic,      &match_shift,         &match_ago,
                                          &match_set,          &match_duration,      &match_vague,
                                          &match_anaphora,     &match_day_range_end, &match_day_range_start};
  std::optional<Candidate> best;
  for (const Matcher matcher : kMatchers) {
    std::optional<Candidate> candidate = matcher(g, i);
    if (candidate && candidate->end > i && (!best || candidate->end > best->end)) best = std::move(candidate);
  }
  if (best) note_quarter_end(g, *best);
  // (One level only: "around around ..." must not recurse down a long sentence.)
  const bool approximation =
      pieces[i].info && pieces[i].info->modifier == Modifier::Approx && pieces[i].lower != "some";
  if (!best && approximation && i + 1 < pieces.size() &&
      !(pieces[i + 1].info && pieces[i + 1].info->modifier == Modifier::Approx)) {
    // "around Nov. 1", "around 7:15 p.m.", "about 4 p.m.": the approximation is part of a date's or time's
    // extent (TimeML's mod="APPROX")
    std::optional<Mention> inner = match(pieces, i + 1);
    // "around" only before a date with its day, a clock time or a year ("around Nov. 1", "around 1990"): "get
    // around Wednesday's ruling" is a verb's particle. The others only before a clock time: "a book about
    // 1968" is a topic.
    const CalendarFields& f = inner ? inner->expression.fields : CalendarFields{};
    const bool around = pieces[i].lower == "around";
    const bool precise = inner && inner->expression.kind == ExpressionKind::Calendar && around &&
                         (f.day > 0 || f.hour >= 0 || (f.year > 0 && f.month == 0 && f.quarter == 0));
    if (precise || (inner && inner->expression.type == TimexType::Time && f.hour >= 0) ||
        (around && inner && inner->expression.type == TimexType::Time)) {
      inner->first = i;
      // (what stands before the approximation tells as it would before the time: "since about 4 p.m.", "until
      // about 12:10 a.m.")
      note_context(pieces, i, inner->end, inner->expression);
      return inner;
    }
    return std::nullopt;
  }
  // "a good part of 1990" (as te3-train tags it), "most of Friday": a portion of a period, the words before it in
  // the span, the value the period's (one level only). ("all of 2011", "much of the summer", "the whole of 2013"
  // keep the period alone, as the probe and silver sets mostly have them (34 of 55 for "the whole of"); "most of"
  // joins its period 35 times of 50 in the probe sets.)
  if (!best) {
    size_t inner_start = 0;
    const auto w = [&](size_t k, std::string_view word) { return k < pieces.size() && pieces[k].lower == word; };
    if (w(i, "a") && (w(i + 1, "good") || w(i + 1, "large")) && w(i + 2, "part") && w(i + 3, "of")) inner_start = i + 4;
    if (w(i, "most") && w(i + 1, "of")) inner_start = i + 2;
    // ("repay by the end of today", "expired at the end of Sunday": the end of a day is that day, the words before it
    // in the span, as the tuning sets have it 7 times of 9)
    if (w(i, "the") && w(i + 1, "end") && w(i + 2, "of") && i + 3 < pieces.size()) {
      std::optional<Mention> day = match(pieces, i + 3);
      const Expression* e = day ? &day->expression : nullptr;
      if (e && day->first == i + 3 && e->type == TimexType::Date && e->fields.hour < 0 && e->fields.day_part.empty() &&
          (e->kind == ExpressionKind::Weekday || (e->kind == ExpressionKind::Shift && e->unit == Unit::Day)) &&
          !(day->end < pieces.size() && pieces[day->end].possessive)) {
        day->first = i;
        return day;
      }
    }
    if (inner_start > 0 && inner_start < pieces.size()) {
      std::optional<Mention> inner = match(pieces, inner_start);
      // (a date that is a period, or a length; not a vague word)
      if (inner && inner->first == inner_start &&
          ((inner->expression.kind != ExpressionKind::Literal && inner->expression.type == TimexType::Date) ||
           inner->expression.type == TimexType::Duration ||
           (pieces[i].lower == "most" && !inner->expression.fields.day_part.empty()))) {
        inner->first = i;
        // ("for most of the year", "most of the past decade": the share of a whole unit is a length, P1Y, P10Y)
        Expression& e = inner->expression;
        const bool whole_unit = pieces[i].lower == "most" && e.kind == ExpressionKind::Shift &&
                                pieces[inner_start].lower == "the" &&
                                (e.unit == Unit::Year || e.unit == Unit::Decade || e.unit == Unit::Month);
        if (whole_unit) {
          e.kind = ExpressionKind::Literal;
          e.type = TimexType::Duration;
          e.literal = e.unit == Unit::Year ? "P1Y" : e.unit == Unit::Decade ? "P10Y" : "P1M";
        }
        return inner;
      }
    }
    if (inner_start > 0) return std::nullopt;
  }
  if (!best && names_bank_holiday_weekday(pieces, i)) {
    std::optional<Mention> day = match(pieces, i + 2);
    if (day && day->first == i + 2 && day->expression.type == TimexType::Date) {
      day->first = i;
      return day;
    }
    return std::nullopt;
  }
  // "the night of June 5", "the morning of Friday, Oct. 23", "the afternoon of Jan. 27, 1945", "the morning of
  // Memorial Day": that part of a day named with its date, one TIME (the probe annotators write it whole 85 times of
  // 105; te3-train's two, both in one AQUAINT article, tag the date alone) (one level only)
  if (!best && pieces[i].lower == "the" && i + 3 < pieces.size() && !g.day_part(i + 1).empty() &&
      pieces[i + 2].lower == "of" && pieces[i + 3].lower != "the") {
    std::optional<Mention> day = match(pieces, i + 3);
    const Expression* e = day ? &day->expression : nullptr;
    if (day && day->first == i + 3 && e->kind == ExpressionKind::Calendar &&
        (e->fields.day > 0 || (e->holiday.kind != HolidayRule::Kind::None && !e->week_of)) && e->fields.hour < 0 &&
        e->fields.day_part.empty() && e->type == TimexType::Date) {
      day->first = i;
      day->expression.fields.day_part = g.day_part(i + 1);
      day->expression.type = TimexType::Time;
      return day;
    }
    return std::nullopt;
  }
  // "at T-minus 10 minutes", "T+36 minutes", "L-minus 24 hours": a launch countdown's mark is the length to (or
  // from) lift-off, the mark's letter in the extent
  if (const size_t inner_start = countdown_mark_end(pieces, i); !best && inner_start > 0) {
    std::optional<Mention> inner = match(pieces, inner_start);
    if (inner && inner->first == inner_start && inner->expression.type == TimexType::Duration) {
      inner->first = i;
      return inner;
    }
    return std::nullopt;
  }
  // "sometime next year", "sometime in the spring": an unspecified moment inside the period, which keeps its
  // value (one level only, as with "around")
  if (!best && pieces[i].lower == "sometime" && i + 1 < pieces.size() && pieces[i + 1].lower != "sometime") {
    const size_t inner_start = pieces[i + 1].lower == "in" && i + 2 < pieces.size() ? i + 2 : i + 1;
    std::optional<Mention> inner = match(pieces, inner_start);
    if (inner && inner->first == inner_start && inner->expression.type == TimexType::Date &&
        inner->expression.kind != ExpressionKind::Literal && inner_start == i + 1) {
      inner->first = i;
      return inner;
    }
    return std::nullopt;
  }
  if (!best) return std::nullopt;
  if (best->end == i + 1 && capitalized_inside_name(g, i)) return std::nullopt;
  // ("Three Kings Day" is a holiday's own name)
  if (best->expression.holiday.kind == HolidayRule::Kind::None && opens_with_titled_number(g, i, best->end)) {
    return std::nullopt;
  }
  if (!season_as_year_ok(pieces, i, best->end)) return std::nullopt;
  if (names_an_award(pieces, i, best->end)) return std::nullopt;
  // (a named day in quotes is as often the day as a title: "the “Super Tuesday” primary", "“Black Friday” deals")
  if (quotes_a_year_as_title(pieces, i, best->end) ||
      (best->expression.holiday.kind == HolidayRule::Kind::None && quotes_a_title(pieces, i, best->end))) {
    return std::nullopt;
  }
  // Approximating tails belong to the expression: "the next year or so", "1994 or later", "1990 and beyond".
  size_t end = best->end;
  if (end + 1 < pieces.size()) {
    const std::string_view a = pieces[end].lower;
    const std::string_view b = pieces[end + 1].lower;
    if ((a == "or" && (b == "so" || b == "later" || b == "earlier")) || (a == "and" && b == "beyond")) end += 2;
  }
  note_context(pieces, i, end, best->expression);
  return Mention{i, end, std::move(best->expression)};
}

}  // namespace quarry::dates
