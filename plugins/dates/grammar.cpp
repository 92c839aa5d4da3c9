#include "grammar.hpp"

#include <algorithm>
#include <cmath>

namespace quarry::dates {
namespace {

bool is_meridiem(std::string_view lower, bool& pm) {
  if (lower == "am" || lower == "a.m." || lower == "a.m") {
    pm = false;
    return true;
  }
  if (lower == "pm" || lower == "p.m." || lower == "p.m") {
    pm = true;
    return true;
  }
  return false;
}

}  // namespace

int Grammar::month_at(size_t i, bool date_follows) const {
  const WordInfo* w = info(i);
  if (!w || w->month == 0) return 0;
  const Piece& piece = p_[i];
  if (!piece.upper_initial) return 0;
  switch (w->month_form) {
    case MonthForm::Full:
      return w->month;
    case MonthForm::Abbr:
    case MonthForm::AbbrWeak:
    case MonthForm::Ambiguous:
      return date_follows ? w->month : 0;
    default:
      return 0;
  }
}

int Grammar::day_at(size_t i, size_t& end) const {
  if (!integer(i, 1, 2)) return 0;
  const int64_t day = p_[i].integer;
  if (day < 1 || day > 31) return 0;
  end = i + 1;
  if (has(end) && glued(end) && p_[end].kind == PieceKind::Word) {
    const std::string_view s = p_[end].lower;
    if (s == "st" || s == "nd" || s == "rd" || s == "th") {
      ++end;
    } else if (!p_[end].possessive) {  // ("Jan. 20's inauguration": the day stands, its "'s" stays out)
      return 0;                        // "24hrs", "3rd-party": not a day of month
    }
  }
  return static_cast<int>(day);
}

int Grammar::year_at(size_t i) const {
  if (!integer(i, 4, 4)) return -1;
  const int64_t year = p_[i].integer;
  if (year < 1000 || year > 2199) return -1;
  // "1990s" is a decade, "2024-25" a range: not a plain year. A range of two full years ("2008-2012") is two
  // years, each its own expression.
  const bool dash = punct(i + 1, "-") || punct(i + 1, "\u2013");
  if (has(i + 1) && glued(i + 1) && (word(i + 1, "s") || dash || punct(i + 1, "/"))) {
    const bool full_range = dash && integer(i + 2, 4, 4) && glued(i + 2) && p_[i + 2].integer > year &&
                            p_[i + 2].integer <= 2199 &&
                            !(has(i + 3) && glued(i + 3) && p_[i + 3].kind != PieceKind::Punct);
    // ("a 2012-built Kamsarmax", "2008-era rules": the year a thing dates from, before a hyphen)
    const bool dates_from =
        dash && glued(i + 2) && (word(i + 2, "built") || word(i + 2, "era") || word(i + 2, "vintage"));
    if (!full_range && !dates_from) return -1;
  }
  return static_cast<int>(year);
}

int Grammar::year_span_at(size_t i, size_t& end) const {
  end = i + 1;
  if (const int year = year_at(i); year > 0) return year;
  if (!integer(i, 4, 4) || p_[i].integer < 1000 || p_[i].integer > 2199) return -1;
  const int year = static_cast<int>(p_[i].integer);
  const bool link = punct(i + 1, "-") || punct(i + 1, "/") || punct(i + 1, "\u2013");
  // the second year in two digits, the one after the first (or in four after a slash: "the 2019/2020 season")
  const bool short_second = integer(i + 2, 2, 2) && p_[i + 2].integer == (year + 1) % 100;
  const bool full_second = punct(i + 1, "/") && integer(i + 2, 4, 4) && p_[i + 2].integer == year + 1;
  if (!link || !glued(i + 1) || !glued(i + 2) || !(short_second || full_second)) return -1;
  // ("2011-12-05" is a date, "2013/14/15" a code)
  if (has(i + 3) && glued(i + 3) && (p_[i + 3].kind != PieceKind::Punct || punct(i + 3, "-") || punct(i + 3, "/"))) {
    return -1;
  }
  end = i + 3;
  return year;
}

int Grammar::fiscal_code_year_at(size_t i, size_t& end) const {
  if (!has(i) || p_[i].kind != PieceKind::Word || !p_[i].all_upper || !p_[i].lower.starts_with("fy")) return -1;
  const std::string_view digits = p_[i].lower.substr(2);
  const auto all_digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (digits.empty()) {  // "FY 2025"
    const int year = year_at(i + 1);
    if (year > 0) end = i + 2;
    return year;
  }
  if (!all_digits(digits) || (digits.size() != 2 && digits.size() != 4)) return -1;
  int year = 0;
  for (const char c : digits) year = year * 10 + (c - '0');
  if (digits.size() == 2) year = year < 50 ? 2000 + year : 1900 + year;  // "FY98", "FY26"
  end = i + 1;
  return year;
}

std::optional<Quantity> Grammar::quantity_at(size_t i) const {
  if (!has(i)) return std::nullopt;
  const Piece& first = p_[i];
  Quantity q;
  if (word(i, "half") && word(i + 1, "a") && word(i + 2, "dozen")) {  // "half a dozen years"
    q.value = 6;
    q.end = i + 3;
    return q;
  }
  if (first.kind == PieceKind::Number) {
    if (first.integer >= 0 && first.digits <= 6) {
      q.value = static_cast<double>(first.integer);
    } else if (first.decimal >= 0) {
      q.value = first.decimal;
    } else {
      return std::nullopt;
    }
    q.end = i + 1;
    // "65 million years", "4.5 billion years", "10 thousand years": a figure scaled by the word after it
    if (const WordInfo* scale = info(i + 1);
        scale && scale->number_kind == NumberKind::Multiplier && scale->number >= 1000 && !glued(i + 1)) {
      q.value = std::round(q.value * scale->number);
      q.end = i + 2;
      return q;
    }
    // "3½ years", "2¼ hours": a vulgar fraction glued to the whole number
    if (first.integer >= 0 && glued(i + 1)) {
      const std::string_view f = p_[i + 1].text;
      const double part = f == "\u00bd" ? 0.5 : f == "\u00bc" ? 0.25 : f == "\u00be" ? 0.75 : 0;
      if (part > 0) {
        q.value += part;
        q.end = i + 2;
        return q;
      }
    }
    // "15-plus years", "15+ years": at least that many (TimeML keeps the amount, the "more than" is a mod)
    if (glued(i + 1) && p_[i + 1].text == "+") {
      q.end = i + 2;
    } else if (punct(i + 1, "-") && glued(i + 1) && word(i + 2, "plus") && glued(i + 2)) {
      q.end = i + 3;
    } else if (word(i + 1, "plus") && p_[i + 1].hyphen_before) {
      q.end = i + 2;
    }
    return q;
  }
  // "hundreds of years", "dozens of times": many, an unspecified amount
  if ((word(i, "hundreds") || word(i, "thousands") || word(i, "dozens") || word(i, "millions")) && word(i + 1, "of")) {
    q.vague = true;
    q.end = i + 2;
    return q;
  }
  const WordInfo* w = first.info;
  if (!w) return std::nullopt;
  switch (w->number_kind) {
    case NumberKind::Article: {
      // "a few", "a couple of", "a dozen", "a hundred", or just "a" = one.
      const WordInfo* next = info(i + 1);
      if (next && next->number_kind == NumberKind::Vague && word(i + 1, "few")) {
        q.vague = true;
        q.end = i + 2;
        return q;
      }
      if (next && next->number_kind == NumberKind::Couple) {
        q.value = 2;
        q.end = word(i + 2, "of") ? i + 3 : i + 2;
        return q;
      }
      // ("a billion-year contract": the article stays out of an adjective, as in "a three-year term")
      if (next && (next->number_kind == NumberKind::Multiplier || word(i + 1, "dozen")) &&
          !(has(i + 2) && p_[i + 2].hyphen_before)) {
        q.value = next->number;
        q.end = i + 2;
        // "a hundred and forty-two years": the number the article's hundred begins
        if (next->number_kind == NumberKind::Multiplier && word(i + 2, "and") && info(i + 3) &&
            info(i + 3)->number_kind == NumberKind::Cardinal) {
          if (const std::optional<Quantity> rest = quantity_at(i + 3);
              rest && !rest->vague && rest->value < next->number) {
            q.value += rest->value;
            q.end = rest->end;
          }
        }
        return q;
      }
      q.value = 1;
      q.article = true;
      q.end = i + 1;
      return q;
    }
    case NumberKind::Vague:
    case NumberKind::VagueWeak:
      q.vague = true;
      q.end = i + 1;
      return q;
    case NumberKind::Couple:
      q.value = 2;
      q.end = word(i + 1, "of") ? i + 2 : i + 1;
      return q;
    case NumberKind::Cardinal:
      break;
    case NumberKind::Multiplier:
      // "hundred years", "thousand years"; "million" and "billion" only scale a number before them ("$150
      // million five-year notes")
      if (w->number >= 1'000'000) return std::nullopt;
      break;
    default:
      return std::nullopt;
  }
  // Cardinal words: "twenty four", "twenty-four", "one hundred", "a hundred and fifty" (bounded by the sentence).
  int64_t total = 0;
  int64_t current = 0;
  size_t j = i;
  while (has(j)) {
    const WordInfo* n = info(j);
    if (n && n->number_kind == NumberKind::Cardinal) {
      const int64_t v = n->number;
      if (current == 0 || (current % 100 == 0 && v < 100)) {
        current += v;
      } else if (current >= 20 && current % 10 == 0 && current < 100 && v < 10) {
        current += v;
      } else {
        break;
      }
      ++j;
    } else if (n && n->number_kind == NumberKind::Multiplier) {
      current = (current == 0 ? 1 : current) * n->number;
      if (n->number >= 1000) {
        total += current;
        current = 0;
      }
      ++j;
    } else if (word(j, "and") && current % 100 == 0 && current > 0 && info(j + 1) &&
               info(j + 1)->number_kind == NumberKind::Cardinal) {
      ++j;
    } else {
      break;
    }
    if (total + current > 1'000'000) break;
  }
  if (j == i) return std::nullopt;
  q.value = static_cast<double>(total + current);
  q.end = j;
  return q;
}

bool Grammar::ends_a_price(size_t i) const {
  if (i == 0) return false;
  size_t k = i - 1;
  const auto currency_word = [](std::string_view w) {
    return w == "dollars" || w == "euros" || w == "pounds" || w == "rupees" || w == "yen" || w == "cents" ||
           w == "pence" || w == "naira" || w == "rand" || w == "shillings" || w == "pesos" || w == "francs" ||
           w == "yuan" || w == "ringgit" || w == "dirhams" || w == "riyals";
  };
  if (currency_word(p_[k].lower)) return true;
  while (k > 0 && (word(k, "million") || word(k, "billion") || word(k, "trillion") || word(k, "bn") || word(k, "m") ||
                   word(k, "crore") || word(k, "lakh") || word(k, "thousand"))) {
    --k;
  }
  if (p_[k].kind != PieceKind::Number || k == 0) return false;
  const Piece& before = p_[k - 1];
  if (before.kind == PieceKind::Symbol) {
    return before.text == "$" || before.text == "\u00a3" || before.text == "\u20ac" || before.text == "\u20b9" ||
           before.text == "\u00a5" || before.text == "\u20a6";
  }
  const std::string_view w = before.lower;
  return before.kind == PieceKind::Word && (w == "rs" || w == "sh" || w == "ksh" || w == "dh" || w == "usd" ||
                                            w == "eur" || w == "gbp" || w == "inr" || w == "aed" || w == "php");
}

int Grammar::day_word_at(size_t i, size_t& end) const {
  const WordInfo* w = info(i);
  if (!w) return 0;
  int day = 0;
  size_t j = i + 1;
  if (w->number_kind == NumberKind::Ordinal && w->number >= 1 && w->number <= 31) {
    day = w->number;
  } else if (w->number_kind == NumberKind::Cardinal && (w->number == 20 || w->number == 30) && info(j) &&
             info(j)->number_kind == NumberKind::Ordinal && info(j)->number < 10 && p_[j].hyphen_before) {
    day = w->number + info(j)->number;  // "twenty-first"
    ++j;
  } else {
    return 0;
  }
  // "March second-quarter sales", "the second half": an ordinal of something else (but "the second day of
  // January" counts days)
  if (has(j) && (p_[j].hyphen_before || (unit(j) != Unit::None && !day_of_at(j)) || word(j, "half"))) return 0;
  if (day > 31) return 0;
  end = j;
  return day;
}

int Grammar::spoken_year_at(size_t i, size_t& end) const {
  const WordInfo* first = info(i);
  if (!first || first->number_kind != NumberKind::Cardinal) return -1;
  if (p_[i].lower == "two" && word(i + 1, "thousand")) {
    int year = 2000;
    size_t j = i + 2;
    if (word(j, "and") && info(j + 1) && info(j + 1)->number_kind == NumberKind::Cardinal) ++j;
    if (const WordInfo* n = info(j); n && n->number_kind == NumberKind::Cardinal && n->number < 100 && j > i + 2) {
      year += n->number;
      ++j;
    } else if (n && n->number_kind == NumberKind::Cardinal && n->number < 10) {
      year += n->number;
      ++j;
    }
    end = j;
    return year;
  }
  if (first->number < 10 || first->number > 20) return -1;  // "nineteen", "eighteen", "twenty"
  const WordInfo* tens = info(i + 1);
  if (!tens || tens->number_kind != NumberKind::Cardinal || tens->number < 10 || tens->number >= 100) return -1;
  int rest = tens->number;
  size_t j = i + 2;
  if (rest >= 20 && rest % 10 == 0) {
    if (const WordInfo* unit = info(j);
        unit && unit->number_kind == NumberKind::Cardinal && unit->number < 10 && p_[j].hyphen_before) {
      rest += unit->number;
      ++j;
    }
  }
  end = j;
  return first->number * 100 + rest;
}

size_t Grammar::part_prefix_end(size_t i, bool& has_prefix) const {
  const Modifier m = modifier(i);
  has_prefix = true;
  // "mid-'80s": the hyphen before an apostrophe stands as a piece of its own
  const auto after_hyphen = [&](size_t k) { return punct(k, "-") && glued(k) && glued(k + 1) ? k + 1 : k; };
  if (m == Modifier::Early || m == Modifier::Mid || m == Modifier::Late) return after_hyphen(i + 1);
  if (m == Modifier::The) {
    const Modifier n = modifier(i + 1);
    if ((n == Modifier::End || n == Modifier::Beginning || n == Modifier::Middle) && word(i + 2, "of")) return i + 3;
    if (n == Modifier::Early || n == Modifier::Mid || n == Modifier::Late)
      return after_hyphen(i + 2);  // "the late 1970s"
    return i + 1;                  // "the 1990s"
  }
  if ((m == Modifier::End || m == Modifier::Beginning || m == Modifier::Middle) && word(i + 1, "of")) return i + 2;
  // "end-March", "end-2025", "start-2026": the hyphened form of business and wire news
  if ((m == Modifier::End || m == Modifier::Beginning) && has(i + 1) && p_[i + 1].hyphen_before) return i + 1;
  has_prefix = false;
  return i;
}

int Grammar::apostrophe_year_at(size_t i) const {
  if (!has(i) || p_[i].kind != PieceKind::Word) return -1;
  std::string_view w = p_[i].lower;
  if (w.starts_with("'")) {
    w.remove_prefix(1);
  } else if (w.starts_with("\u2019")) {
    w.remove_prefix(3);
  } else {
    return -1;
  }
  if (w.size() != 2 || w[0] < '0' || w[0] > '9' || w[1] < '0' || w[1] > '9') return -1;
  const int n = (w[0] - '0') * 10 + (w[1] - '0');
  return n < 50 ? 2000 + n : 1900 + n;
}

std::optional<ClockTime> Grammar::spoken_clock_time_at(size_t i) const {
  // "nine-thirty", "four-fifteen", "seven-forty-five": an hour word and its minutes, hyphened as transcripts write
  // them ("nine thirty" without the hyphen is as often two counts)
  if (const WordInfo* hour = info(i); hour && hour->number_kind == NumberKind::Cardinal && hour->number >= 1 &&
                                      hour->number <= 12 && has(i + 1) && p_[i + 1].hyphen_before && info(i + 1) &&
                                      info(i + 1)->number_kind == NumberKind::Cardinal && info(i + 1)->number >= 10 &&
                                      info(i + 1)->number <= 50 && info(i + 1)->number % 5 == 0) {
    int minutes = info(i + 1)->number;
    size_t j = i + 2;
    if (minutes >= 20 && minutes % 10 == 0 && has(j) && p_[j].hyphen_before && info(j) &&
        info(j)->number_kind == NumberKind::Cardinal && info(j)->number >= 1 && info(j)->number <= 9) {
      minutes += info(j)->number;
      ++j;
    }
    if (has(j) && p_[j].hyphen_before) return std::nullopt;  // ("a nine-thirty-minute delay")
    if (unit(j) != Unit::None) return std::nullopt;          // ("nine-twenty hours": a count)
    return spoken_time_ending(hour->number, minutes, j);
  }
  // "half past six", "a quarter past nine", "(a) quarter to eight", "ten past five"
  size_t j = i;
  int minutes = 0;
  bool to = false;
  size_t counted_end = 0;  // after "minutes", when they were counted
  if (word(j, "a")) ++j;
  const bool number =
      has(j) && (p_[j].kind == PieceKind::Number || (p_[j].info && p_[j].info->number_kind == NumberKind::Cardinal));
  const std::optional<Quantity> counted = j == i && number ? quantity_at(j) : std::nullopt;
  if (counted && !counted->article && !counted->vague && counted->value >= 1 && counted->value <= 59 &&
      counted->value == static_cast<int>(counted->value) &&
      (word(counted->end, "minutes") || word(counted->end, "minute")) &&
      (word(counted->end + 1, "past") || word(counted->end + 1, "to"))) {
    // "eighteen minutes past eight", "twenty-two minutes to seven": any count of minutes, with "minutes" said
    minutes = static_cast<int>(counted->value);
    j = counted->end;
    counted_end = j;
  } else if (word(j, "half") && j == i) {
    minutes = 30;
  } else if (word(j, "quarter")) {
    minutes = 15;
  } else if (const WordInfo* n = info(j); n && j == i && n->number_kind == NumberKind::Cardinal && n->number >= 5 &&
                                          n->number <= 25 && n->number % 5 == 0) {
    minutes = n->number;
  } else {
    return std::nullopt;
  }
  ++j;
  if (word(j, "to")) {
    to = true;
  } else if (!word(j, "past")) {
    return std::nullopt;
  }
  ++j;
  // ("one minute past midnight", "16 minutes past midnight": the minutes a new day began with, or an afternoon; with
  // "minutes" said, as "after midnight" or "before midnight" are as often a count and the hour apart)
  if (!to && counted_end > 0 && j == counted_end + 2 && (word(j, "midnight") || word(j, "noon"))) {
    return ClockTime{word(j, "noon") ? 12 : 0, minutes, -1, zone_after(j + 1)};
  }
  int h = 0;
  if (const WordInfo* n = info(j); n && n->number_kind == NumberKind::Cardinal && n->number >= 1 && n->number <= 12) {
    h = n->number;
  } else if (integer(j, 1, 2) && p_[j].integer >= 1 && p_[j].integer <= 12) {
    h = static_cast<int>(p_[j].integer);
  } else {
    return std::nullopt;
  }
  ++j;
  if (unit(j) != Unit::None) return std::nullopt;  // ("from 20 minutes to two hours": a range of lengths)
  if (to) {
    if (minutes == 30) return std::nullopt;  // "half to" is not English
    h = h == 1 ? 12 : h - 1;
    minutes = 60 - minutes;
  }
  return spoken_time_ending(h, minutes, j);
}

bool Grammar::time_preposition(size_t k) const {
  return word(k, "at") || word(k, "by") || word(k, "until") || word(k, "till") || word(k, "since") || word(k, "from") ||
         word(k, "before") || word(k, "after");
}

bool Grammar::points_back_at(size_t k) const {
  if (k == 0 || !word(k, "that")) return false;
  const std::string_view w = p_[k - 1].lower;
  return w == "for" || w == "in" || w == "of" || w == "during" || w == "through" || w == "throughout" || w == "until" ||
         w == "since" || w == "by" || w == "from" || w == "after" || w == "before" ||
         (w.size() > 5 && w.ends_with("ing") && !is(k - 1, WordClass::FunctionWord));
}

ClockTime Grammar::spoken_time_ending(int hour, int minutes, size_t j) const {
  bool pm = false;
  if (has(j) && p_[j].kind == PieceKind::Word && is_meridiem(p_[j].lower, pm)) {
    ++j;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour == 12) hour = 0;
  }
  return ClockTime{hour, minutes, -1, zone_after(j)};
}

size_t Grammar::zone_after(size_t j) const {
  // Upper case only: "et" or "pt" in lower case are not zones.
  // (nor "AT", Atlantic Time, as the word it spells in a line of capitals: "RALLY AT 6 PM AT THE CITY HALL")
  const bool shouted_on = is(j, WordClass::FunctionWord) && has(j + 1) && p_[j + 1].kind == PieceKind::Word &&
                          p_[j + 1].all_upper && p_[j + 1].text.size() > 1;
  if (has(j) && p_[j].info && p_[j].info->time_zone && p_[j].all_upper && !shouted_on) return j + 1;
  if (word(j, "local") && word(j + 1, "time")) return j + 2;
  // "1 a.m. Moscow time", "1:30 a.m. Beijing time", "23:59:59 Coordinated Universal Time": a place's clock
  if (has(j) && p_[j].kind == PieceKind::Word && p_[j].upper_initial && !p_[j].info && word(j + 1, "time"))
    return j + 2;
  if (has(j) && p_[j].kind == PieceKind::Word && p_[j].upper_initial && !p_[j].info && has(j + 1) &&
      p_[j + 1].kind == PieceKind::Word && p_[j + 1].upper_initial && !p_[j + 1].info && word(j + 2, "time")) {
    return j + 3;
  }
  // "9 p.m. E.T.", "6 p.m. P.T.": the U.S. zones written with periods
  if (has(j) && p_[j].all_upper && (word(j, "e.t.") || word(j, "p.t.") || word(j, "c.t.") || word(j, "m.t."))) {
    return j + 1;
  }
  // "5 p.m. Eastern", "noon Pacific time", "8 p.m. Eastern Standard Time"
  if (has(j) && p_[j].upper_initial &&
      (word(j, "eastern") || word(j, "pacific") || word(j, "central") || word(j, "mountain"))) {
    if ((word(j + 1, "standard") || word(j + 1, "daylight")) && word(j + 2, "time")) return j + 3;
    if (word(j + 1, "time")) return j + 2;
    // ("10 a.m. Pacific and ran", "7 p.m. Central Tuesday", but not "the Pacific Northwest")
    if (!has(j + 1) || p_[j + 1].kind == PieceKind::Punct ||
        (p_[j + 1].kind == PieceKind::Word && !p_[j + 1].upper_initial) ||
        (info(j + 1) && info(j + 1)->weekday != 0 && !info(j + 1)->weekday_plural) || month_at(j + 1, true) != 0) {
      return j + 1;
    }
  }
  return j;
}

bool Grammar::dotted_clock_time(size_t i, int hour, int minute) const {
  // (the small hours only with their zero, "05.30": "at 1.15" is more often a price)
  const bool small_hours_written_out = p_[i].text.front() == '0';
  // ("moved from 11.30 to 12.30": a range's end after a clock time)
  // (only one link back, a "from" before the start: a chain "11.30 to 12.30 to 13.30 ..." must not recurse)
  int start_hour = 0;
  int start_minute = 0;
  // ("between 10.00 and 11.30": so after "and")
  const bool range_end = i >= 3 && hours_dot_minutes(i - 2, start_hour, start_minute) && start_hour <= 23 &&
                         start_minute % 5 == 0 &&
                         ((word(i - 1, "to") && word(i - 3, "from")) || (word(i - 1, "and") && word(i - 3, "between")));
  // ("no later than 21.00")
  const bool deadline = i >= 2 && word(i - 1, "than") && (word(i - 2, "later") || word(i - 2, "earlier"));
  // ("21.07 GOAL! Dunmore 2-1 Ormsby": a live blog's entry, its time first on the line before a capitalized word)
  // ("13.22 — Transport officials have warned", "14.02 ‘We’re running out’": or before a dash or an opening quote
  // and the entry's first word)
  const size_t title = (punct(i + 1, "\u2014") || punct(i + 1, "\u2013") || punct(i + 1, "-") ||
                        punct(i + 1, "\u2018") || punct(i + 1, "\u201c") || punct(i + 1, "\"")) &&
                               has(i + 2) && p_[i + 2].kind == PieceKind::Word
                           ? i + 2
                           : i + 1;
  const bool live_entry = p_[i].newline_before && has(title) && p_[title].kind == PieceKind::Word &&
                          p_[title].upper_initial && (hour >= 6 || small_hours_written_out) && hour <= 23;
  if (!live_entry && (i == 0 || !(time_preposition(i - 1) || word(i - 1, "between") || range_end || deadline) ||
                      (hour < 6 && !small_hours_written_out) || hour > 23 || minute % 5 != 0)) {
    return false;
  }
  // (ends a clause, or goes on to the day: "at 10.00 on Friday", "from 12.30 until 14.00", "began at 11.15 in the
  // Musikverein", "moved to 12.30 because of wind")
  const bool ends = !has(i + 1) || p_[i + 1].kind == PieceKind::Punct || word(i + 1, "on") || word(i + 1, "and") ||
                    word(i + 1, "until") || word(i + 1, "to") || word(i + 1, "today") || word(i + 1, "tomorrow") ||
                    word(i + 1, "tonight") || word(i + 1, "local") || word(i + 1, "in") || word(i + 1, "because") ||
                    word(i + 1, "after") || word(i + 1, "before") || word(i + 1, "when") || word(i + 1, "will");
  if (!ends && !live_entry) return false;
  // (a live entry's time opening its line stands whatever the entry tells: "13.05 Shares in the group rose 3.1 per
  // cent"; not an amount with its unit, "12.50 Euros is the price")
  const std::string_view unit = p_[i + 1].lower;
  const bool amount = unit == "euros" || unit == "euro" || unit == "dollars" || unit == "dollar" || unit == "pounds" ||
                      unit == "pound" || unit == "yen" || unit == "francs" || unit == "cents" || unit == "pence" ||
                      unit == "points" || unit == "percent" || unit == "per";
  if (live_entry && p_[i].text.size() == 5 && !amount) return true;
  // a sentence of prices: "shares closed at 12.30", "at €12.30" (looked for within 40 pieces either side, so a
  // sentence of thousands of times is not scanned whole for each)
  constexpr size_t kPriceReach = 40;
  const size_t from = i > kPriceReach ? i - kPriceReach : 0;
  const size_t to = std::min(p_.size(), i + kPriceReach);
  for (size_t k = from; k < to; ++k) {
    if (p_[k].kind == PieceKind::Symbol || p_[k].is(WordClass::MarketWord)) return false;
  }
  return true;
}

bool Grammar::hours_dot_minutes(size_t i, int& hour, int& minute) const {
  if (!has(i) || p_[i].kind != PieceKind::Number || p_[i].decimal < 0) return false;
  const std::string_view t = p_[i].text;
  const size_t dot = t.find('.');
  if (dot == 0 || dot > 2 || t.size() != dot + 3) return false;
  hour = (dot == 2 ? (t[0] - '0') * 10 : 0) + (t[dot - 1] - '0');
  minute = (t[dot + 1] - '0') * 10 + (t[dot + 2] - '0');
  return true;
}

std::optional<ClockTime> Grammar::clock_time_at(size_t i) const {
  // ("lunchtime" too: annotators give it as noon, 5 times of 5)
  if (word(i, "noon") || word(i, "midday") || word(i, "lunchtime")) {
    return ClockTime{12, 0, -1, zone_after(i + 1)};
  }
  if (word(i, "midnight")) {
    return ClockTime{24, 0, -1, zone_after(i + 1)};
  }
  // "400 PM CDT", "1100 AM EDT": the hour and minutes run together, as weather bulletins write them
  if (bool pm = false; integer(i, 3, 4) && has(i + 1) && p_[i + 1].kind == PieceKind::Word &&
                       is_meridiem(p_[i + 1].lower, pm) && p_[i].integer % 100 < 60 && p_[i].integer / 100 >= 1 &&
                       p_[i].integer / 100 <= 12) {
    int hour = static_cast<int>(p_[i].integer / 100);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour == 12) hour = 0;
    ClockTime t{hour, static_cast<int>(p_[i].integer % 100), -1, zone_after(i + 2)};
    t.meridiem = true;
    return t;
  }
  // "1900 GMT", "1400 local time": four digits are a clock time only with a zone right after.
  if (integer(i, 4, 4) && p_[i].integer % 100 < 60 && p_[i].integer / 100 <= 23) {
    // (the hour and minutes of the four digits, the span ending at `end`)
    const auto four_digits = [&](size_t end) {
      return ClockTime{static_cast<int>(p_[i].integer / 100), static_cast<int>(p_[i].integer % 100), -1, end};
    };
    // ("0930 – The Malaysian Maritime Enforcement Agency said ...": or opening a line of a log of times)
    if (p_[i].log_time) return four_digits(zone_after(i + 1));
    // "1700hrs", "0600 hours", "at 1400 hours": the military way of writing the hour ("1500 hours of work" is a
    // length; "hours" is the hour only with a leading zero or after a preposition of time)
    const bool of_time = i > 0 && (time_preposition(i - 1) || word(i - 1, "to"));
    // ("2147 hours – Box alarm transmitted": so is a dispatch log's entry opening its line)
    const bool log_entry = i == 0 || p_[i].newline_before;
    if (word(i + 1, "hrs") || word(i + 1, "hr") ||
        (word(i + 1, "hours") && !word(i + 2, "of") && (p_[i].text.front() == '0' || of_time || log_entry))) {
      return four_digits(zone_after(i + 2));
    }
    const size_t zone_end = zone_after(i + 1);
    // ("high water is at 0914", "from 0600": with a leading zero after a preposition of time, no year or count;
    // "calls to 0845 numbers" are a phone prefix's)
    if (zone_end == i + 1 && p_[i].text.front() == '0' && i > 0 && time_preposition(i - 1)) return four_digits(i + 1);
    // ("will brief journalists at 1500 tomorrow", "sails at 1800 Monday": after "at", before a day named, the hour;
    // "between 2000 and 2300 UTC": the start of a range whose end is one)
    const bool day_after =
        word(i + 1, "tomorrow") || word(i + 1, "today") || word(i + 1, "tonight") ||
        (info(i + 1) && info(i + 1)->weekday != 0 && !info(i + 1)->weekday_plural && p_[i + 1].upper_initial);
    const bool range_end = (word(i + 1, "and") || word(i + 1, "to")) && integer(i + 2, 4, 4) &&
                           p_[i + 2].integer % 100 < 60 && p_[i + 2].integer / 100 <= 24 && zone_after(i + 3) > i + 3;
    if (zone_end == i + 1 && i > 0 &&
        ((word(i - 1, "at") && day_after) || ((word(i - 1, "between") || word(i - 1, "from")) && range_end))) {
      return four_digits(i + 1);
    }
    if (zone_end == i + 1) return std::nullopt;
    return four_digits(zone_end);
  }
  if (auto spoken = spoken_clock_time_at(i)) return spoken;
  int h = 0;
  int m = 0;
  int sec = -1;
  size_t j = i + 1;
  bool has_minutes = false;
  // "five o'clock", "seven p.m.", "six in the morning": an hour in words
  const WordInfo* hour_word = info(i);
  const bool word_hour =
      hour_word && hour_word->number_kind == NumberKind::Cardinal && hour_word->number >= 1 && hour_word->number <= 12;
  if (word_hour) {
    h = hour_word->number;
  } else if (integer(i, 1, 2)) {
    h = static_cast<int>(p_[i].integer);
    if ((punct(j, ":") || punct(j, ".")) && glued(j) && integer(j + 1, 2, 2) && glued(j + 1)) {
      m = static_cast<int>(p_[j + 1].integer);
      j += 2;
      has_minutes = true;
      // ("03:51:22 PM"; "23:59:60", a leap second, ends a minute's 59th)
      if (punct(j, ":") && glued(j) && integer(j + 1, 2, 2) && glued(j + 1) &&
          (p_[j + 1].integer < 60 || (p_[j + 1].integer == 60 && m == 59))) {
        sec = static_cast<int>(p_[j + 1].integer);
        j += 2;
      }
    }
  } else if (hours_dot_minutes(i, h, m)) {
    has_minutes = true;
  } else {
    return std::nullopt;
  }
  // "12 noon", "12:00 midnight": the word names which twelve
  if (h == 12 && m == 0 && sec < 0 && (word(j, "noon") || word(j, "midday") || word(j, "midnight"))) {
    ClockTime t{word(j, "midnight") ? 24 : 12, 0, -1, zone_after(j + 1)};
    t.meridiem = true;
    return t;
  }
  // "15:00 hrs", "from 11.00 hrs on October 3": hours and minutes the military way (a dotted one after a
  // preposition of time only: "took 1.25 hours" is a length)
  if (has_minutes && sec < 0 && h <= 24 && m <= 59 && (word(j, "hrs") || word(j, "hr")) &&
      (integer(i, 1, 2) || (i > 0 && (time_preposition(i - 1) || word(i - 1, "to"))))) {
    ClockTime t{h, m, -1, zone_after(j + 1)};
    t.bare_digits = true;
    return t;
  }
  bool pm = false;
  bool meridiem = has(j) && p_[j].kind == PieceKind::Word && is_meridiem(p_[j].lower, pm);
  // "three o'clock in the morning"
  const bool o_clock = !meridiem && (word(j, "o'clock") || word(j, "o\u2019clock"));
  if (o_clock) ++j;
  // "4 in the morning", "10 at night", "3 in the afternoon"
  if (!meridiem && h >= 1 && h <= 12 && ((word(j, "in") && word(j + 1, "the")) || word(j, "at"))) {
    const size_t part = word(j, "at") ? j + 1 : j + 2;
    // ("magnitude 6 in the morning sky", "at 9 in the evening news": the part of the day names a noun's kind)
    const bool names_a_noun = word(part + 1, "sky") || word(part + 1, "skies") || word(part + 1, "news") ||
                              word(part + 1, "paper") || word(part + 1, "papers") || word(part + 1, "show") ||
                              word(part + 1, "light") || word(part + 1, "edition") || word(part + 1, "bulletin");
    if ((word(part, "morning") || word(part, "afternoon") || word(part, "evening") || word(part, "night")) &&
        !names_a_noun) {
      meridiem = true;
      pm = !word(part, "morning") && !(word(part, "night") && h < 5);
      j = part;
    }
  }
  // "at seven this morning", "until nine tomorrow morning", "at (about) 10 tonight": an hour after a preposition of
  // time, before a part of a named day (the part says which half; "arrested 12 last night" is a count)
  const bool before_part_of_day =
      !meridiem && !o_clock && !has_minutes && h >= 1 && h <= 12 && i > 0 &&
      (time_preposition(i - 1) || word(i - 1, "around") ||
       (i > 1 && word(i - 1, "about") && time_preposition(i - 2))) &&
      (word(j, "tonight") || ((word(j, "this") || word(j, "tomorrow") || word(j, "yesterday") || word(j, "last")) &&
                              !day_part(j + 1).empty()));
  // "I'm back here Thursday at ten.", "the names were released this morning at seven": a bare hour after a day
  // and "at", ending the clause ("Monday at 10 percent" is a rate)
  const auto names_day_before = [this](size_t k) {
    if (info(k) && info(k)->weekday != 0 && !info(k)->weekday_plural && p_[k].upper_initial) return true;
    if (word(k, "today") || word(k, "tomorrow") || word(k, "tonight")) return true;
    return k > 0 && !day_part(k).empty() &&
           (word(k - 1, "this") || word(k - 1, "tomorrow") || word(k - 1, "yesterday"));
  };
  const bool after_named_day = !meridiem && !o_clock && !has_minutes && h >= 1 && h <= 12 && i >= 2 &&
                               word(i - 1, "at") && names_day_before(i - 2) &&
                               (!has(j) || p_[j].kind == PieceKind::Punct || word(j, "and") || word(j, "for"));
  if (meridiem) {
    ++j;
    // "a.m" "." when the sentence splitter kept the final period apart.
  } else if (!o_clock && !has_minutes && !before_part_of_day && !after_named_day) {
    return std::nullopt;
  }
  // "10.30" read as one number is a clock time only with its a.m./p.m. ("10.30pm") or a zone ("17.40 BST", a
  // time stamp), never alone (a price).
  if (!integer(i, 1, 2) && !word_hour && !meridiem && zone_after(j) == j && !dotted_clock_time(i, h, m)) {
    return std::nullopt;
  }
  if (m > 59 || h > 24) return std::nullopt;
  if (meridiem) {
    if (h < 1 || h > 12) return std::nullopt;
    if (pm && h < 12) h += 12;
    if (!pm && h == 12) h = 0;
  }
  ClockTime t{h, m, sec, zone_after(j)};
  t.bare_digits = !meridiem && !o_clock && !word_hour;
  t.meridiem = meridiem;
  if (!meridiem && h >= 1 && h <= 6 && (word_hour || p_[i].text.size() == 1)) {
    // "a news conference at 2:30", "a little before 6 o'clock": news happens in the afternoon far more often
    // than before dawn (a 24-hour clock writes the early hours with a zero, "05:45")
    t.hour = h + 12;
    t.afternoon_guess = true;
  }
  return t;
}

size_t attach_clock_time(const Grammar& g, size_t j, Expression& e) {
  size_t k = j;
  // "Feb 27, 2025, 1:38 PM IST"; "March 9, 2022 - 15:31" (a time stamp's dash, before hours and minutes only);
  // "Thu, Apr 14 2016 • 11:12 AM EDT" (the probe annotators split "May 30, 2020 / 06:12 PM CDT" 3 times of 4)
  const bool dash = g.punct(k, "-") || g.punct(k, "\u2013");
  const bool stamp_mark = g.punct(k, "\u2022") || g.punct(k, "|");
  const bool at = g.word(k, "at") && e.fields.year > 0;
  if (g.punct(k, ",") || dash || stamp_mark || at) ++k;
  const std::optional<ClockTime> t = g.clock_time_at(k);
  if (!t) return j;
  // "Nov. 21, 2023 at 6:05 PM EST" closing its line is a stamp too (the probe annotators join such stamps 22 times
  // of 28); in a sentence, "closed on June 3, 2015 at 10:30 a.m.", the day and the time are two expressions
  if (at && g.has(t->end) && !g[t->end].newline_before) return j;
  e.fields.hour = t->hour;
  e.fields.minute = t->minute;
  e.fields.second = t->second;
  e.type = TimexType::Time;
  return t->end;
}

bool Grammar::in_title_case_line(size_t i, bool capitals) const {
  // Up to eight words on each side only, so that a long run of names costs no more than a short one. Short
  // function words do not count: title case leaves them in lower case ("Heavy Security in Dhaka as Supporters
  // Gather").
  constexpr size_t kReach = 8;
  size_t words = 0;
  size_t capitalized = 0;
  const auto count = [&](size_t k) {
    if (p_[k].kind != PieceKind::Word || p_[k].is(WordClass::FunctionWord)) return false;
    if (p_[k].lower == "the" || p_[k].lower == "a" || p_[k].lower == "an") return false;
    if (p_[k].lower.starts_with("'") || p_[k].lower.starts_with("\u2019")) return false;  // "She's", "won't"
    ++words;
    if (capitals ? p_[k].all_upper : p_[k].upper_initial) ++capitalized;
    return true;
  };
  for (size_t k = i, seen = 0; k > 0 && seen < kReach; --k) seen += count(k - 1);
  for (size_t k = i + 1, seen = 0; k < p_.size() && seen < kReach; ++k) seen += count(k);
  // (every one of them: a sentence thick with names, "Later on This Week, Senator Bernie Sanders of Vermont
  // said", still has a word in lower case)
  return words >= 3 && capitalized == words;
}

namespace {

// A word of a holiday's name in the text: the lists write the apostrophe straight, news often curly
// ("New Year’s Eve", "Valentine’s Day").
bool same_holiday_word(std::string_view text, std::string_view listed) {
  if (text == listed) return true;
  if (listed == "'s") return text == "\u2019s";
  if (listed == "'") return text == "\u2019";
  return false;
}

}  // namespace

size_t holiday_name_end(const Grammar& g, size_t i, const Holiday& holiday) {
  size_t j = i;
  for (const std::string_view word : holiday.words) {
    if (!g.has(j) || !same_holiday_word(g[j].lower, word)) return 0;
    ++j;
  }
  return j;
}

size_t take_year_at(const Grammar& g, size_t k, Expression& e) {
  if (const int year = g.year_at(k); year > 0) {
    e.fields.year = year;
    return k + 1;
  }
  e.needs_year = true;
  return k;
}

bool heads_an_entry(std::span<const Piece> sentence, size_t first, size_t end) {
  // (at the start of the sentence or of a line within it: a list whose lines end without a stop is one sentence)
  const auto line_start = [&](size_t k) { return k == 0 || sentence[k].newline_before; };
  const std::string_view mark_before = first >= 1 ? sentence[first - 1].text : std::string_view{};
  const bool bullet = first >= 1 && line_start(first - 1) &&
                      (mark_before == "\u2022" || mark_before == "*" || mark_before == "-" || mark_before == "\u2013");
  if (!(line_start(first) || bullet) || end + 1 >= sentence.size()) return false;
  const Piece& mark = sentence[end];
  return mark.text == ":" || mark.text == "\u2014" || mark.text == "\u2013" ||
         (mark.text == "-" && mark.space_before && sentence[end + 1].space_before);
}

}  // namespace quarry::dates
