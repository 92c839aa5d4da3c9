// Sets (TIMEX3 type SET): frequency words ("weekly", "annually", "paid quarterly"), "every week", "every
// other day", "each Thursday", "every summer", "on weekends", rates ("twice a week", "three times a year",
// "three days a week", "$15 an hour", "5% a year", "per month"). As in the TimeML specification's "twice a
// month" (SET P1M, freq 2X), a frequency or a count of smaller units is part of the set's extent.
#include <cstdio>

#include "calendar.hpp"
#include "duration_value.hpp"
#include "grammar.hpp"

namespace quarry::dates {
namespace {

bool is_frequency_word(std::string_view w) { return w == "times" || w == "twice" || w == "once" || w == "thrice"; }

// Whether `p` ends an amount of money or a share, or a count: "$110 billion", "10 percent", "10%", "five".
bool ends_an_amount(const Piece& p) {
  return p.kind == PieceKind::Number || p.lower == "million" || p.lower == "billion" || p.lower == "trillion" ||
         p.lower == "percent" || (p.kind == PieceKind::Symbol && p.text == "%") ||
         (p.info && (p.info->number_kind == NumberKind::Cardinal || p.info->number_kind == NumberKind::Multiplier));
}

// The period of a rate at i: "a week", "an hour", "per year", "each month", "every day". Sets `unit` and
// returns the end, or 0. "a year ago", "a week or so", "a day earlier", "a week after the attack", "a year and
// a half", "a quarter of the cost" are no periods.
size_t rate_period_at(const Grammar& g, size_t i, Unit& unit) {
  const Modifier m = g.modifier(i);
  if (!g.word(i, "a") && !g.word(i, "an") && m != Modifier::Per && m != Modifier::Every) return 0;
  const Unit u = g.unit(i + 1);
  // "80 miles per hour" is a speed (but "drives 14,000 miles a year" is a rate)
  if (i > 0 && g.is(i - 1, WordClass::DistanceUnit) && (u == Unit::Hour || u == Unit::Minute || u == Unit::Second)) {
    return 0;
  }
  // ("10,000 terahashes per second", "$15 per hour", "60 beats per minute": "per" and a clock unit make a measure's
  // unit, which annotators never tag)
  if (m == Modifier::Per && (u == Unit::Hour || u == Unit::Minute || u == Unit::Second)) return 0;
  if (i > 0 && g.is(i - 1, WordClass::MeasureUnit)) return 0;  // ("2 million barrels a day": an output)
  if (u == Unit::None || u == Unit::Weekend || g.info(i + 1)->unit_plural || g.info(i + 1)->unit_long) return 0;
  if (ordinal_second_at(g, i + 1)) return 0;                    // "faces a second trial"
  if (u == Unit::Day && day_compound_head(g, i + 2)) return 0;  // "runs a day camp"
  if (g.has(i + 2) && g[i + 2].hyphen_before) return 0;         // "a year-earlier loss", "a day-long strike"
  const Modifier after = g.modifier(i + 2);
  // ("$9.99 a month after a free trial", "three times a week from Monday": after an amount or a frequency it
  // stays a rate)
  const bool after_amount = i > 0 && (ends_an_amount(g[i - 1]) || is_frequency_word(g[i - 1].lower));
  // ("a week or so", "a day or two" are lengths; "24 hours a day or check the site" stays a rate)
  const bool or_length =
      g.word(i + 2, "or") && (g.word(i + 3, "so") || g.word(i + 3, "more") || g.word(i + 3, "less") ||
                              g.word(i + 3, "longer") || g.word(i + 3, "a") || g.word(i + 3, "an") ||
                              (g.has(i + 3) && (g[i + 3].kind == PieceKind::Number ||
                                                (g.info(i + 3) && g.info(i + 3)->number_kind != NumberKind::None))));
  if (after == Modifier::Ago || after == Modifier::Earlier || after == Modifier::Later || or_length ||
      (!after_amount && (g.word(i + 2, "after") || g.word(i + 2, "before") || g.word(i + 2, "from"))) ||
      (g.word(i + 2, "of") && m != Modifier::Per) ||  // "a year of war"; but "containers per year of cargo"
      (g.word(i + 2, "and") && g.word(i + 4, "half"))) {
    return 0;
  }
  unit = u;
  return i + 2;
}

std::optional<Candidate> every_period(const Grammar& g, size_t i);

// "twice a week", "once a month", "three times a year", "several times a day", "once every four years".
std::optional<Candidate> frequency_rate(const Grammar& g, size_t i) {
  size_t j = 0;
  if (g.word(i, "twice") || g.word(i, "once") || g.word(i, "thrice")) {
    j = i + 1;
  } else if (const std::optional<Quantity> q = g.quantity_at(i);
             q && !q->article && q->value < 1e6 && g.word(q->end, "times")) {  // ("600 million times a second")
    j = q->end + 1;
  } else {
    return std::nullopt;
  }
  // (the frequency belongs to the set's extent, as in "twice a month")
  if (g.modifier(j) == Modifier::Every && g.word(j, "every")) return every_period(g, j);
  // "twice daily", "twice-weekly flights", "three times annually"
  if (const WordInfo* w = g.info(j); w && !w->set_value.empty() && !w->set_adverb_only) {
    return literal(j + 1, TimexType::Set, std::string(w->set_value));
  }
  Unit unit = Unit::None;
  const size_t end = rate_period_at(g, j, unit);
  if (end == 0) return std::nullopt;
  return literal(end, TimexType::Set, duration_value(unit, 1, false));
}

// "three days a week", "60 hours a week", "two days every month": a count of a smaller unit in each period.
std::optional<Candidate> counted_rate(const Grammar& g, size_t i) {
  const std::optional<Quantity> q = g.quantity_at(i);
  if (!q || q->article) return std::nullopt;
  // ("six nights a week", "two evenings a month": parts of a day counted like days; "one day a week" in the
  // singular)
  const bool day_parts = !g.plural_day_part(q->end).empty();
  const Unit small = day_parts ? Unit::Day : g.unit(q->end);
  if (small == Unit::None || (g.has(q->end) && g[q->end].hyphen_before)) return std::nullopt;
  const bool plural = g.info(q->end)->unit_plural;
  if (!plural && !day_parts && !(!q->vague && q->value == 1)) return std::nullopt;
  Unit period = Unit::None;
  const size_t end = rate_period_at(g, q->end + 1, period);
  if (end == 0 || period <= small) return std::nullopt;
  // "35 minutes a day", "several hours a day": a length and a set, two expressions, as the newer annotations
  // have them ("24 hours a day", round the clock, stays one)
  if (period == Unit::Day && small <= Unit::Hour && !(small == Unit::Hour && !q->vague && q->value == 24)) {
    return std::nullopt;
  }
  // ("open seven days a week": every day of the week is every day, P1D, as the probe
  // annotators write it 21 times of 38)
  if (small == Unit::Day && period == Unit::Week && !day_parts && !q->vague && q->value == 7) {
    return literal(end, TimexType::Set, duration_value(Unit::Day, 1, false));
  }
  return literal(end, TimexType::Set, duration_value(period, 1, false));
}

// "four hours a night", "80 calls a night": a rate per night, any night's. (A price per night, "$55 a night",
// is left alone, as TimeBank leaves it.)
bool night_rate_at(const Grammar& g, size_t i) {
  if (i == 0 || !g.word(i, "a") || !g.word(i + 1, "night") || (g.has(i + 2) && g[i + 2].hyphen_before)) return false;
  const Piece& prev = g[i - 1];
  if (prev.kind != PieceKind::Word) return false;
  if (prev.info && prev.info->unit != Unit::None) return prev.info->unit_plural;
  return !prev.info && looks_like_plural_in_s(prev.lower) && !prev.is(WordClass::VerbBeforeLength) &&
         !prev.is(WordClass::FunctionWord) && !prev.is(WordClass::NounPhraseStart);
}

// A frequency adverb that is also an adjective of reports and dividends ("quarterly results"): a set only
// where no noun follows ("paid quarterly", "reports quarterly, in arrears", "file returns quarterly instead of
// monthly", "made quarterly thereafter").
bool used_as_adverb(const Grammar& g, size_t i) {
  if (!g.has(i + 1) || g[i + 1].kind != PieceKind::Word) return true;
  const std::string_view next = g[i + 1].lower;
  return g[i + 1].is(WordClass::FunctionWord) || g[i + 1].is(WordClass::Auxiliary) || next == "instead" ||
         next == "thereafter" || next == "afterwards" || next == "too" || next == "also" || next == "again";
}

// "every Monday (morning)", "every morning", "every June", "every summer", "every weekend", "every (other)
// (two) weeks".
std::optional<Candidate> every_period(const Grammar& g, size_t i) {
  size_t j = i + 1;
  int multiple = 1;
  if (g.word(j, "single")) ++j;  // "every single day"
  // "every clear night", "every clear Friday night", "every working day": a word saying which days, before the
  // day or the unit ("every trailer Monday morning" is a noun's)
  const bool kind_of_day = g.word(j, "clear") || g.word(j, "working") || g.word(j, "business") || g.word(j, "school") ||
                           g.word(j, "trading") || g.word(j, "sunny") || g.word(j, "dry");
  if (kind_of_day && g.info(j + 1) &&
      (g.info(j + 1)->weekday != 0 || !g.info(j + 1)->day_part.empty() ||
       (g.unit(j + 1) != Unit::None && !g.info(j + 1)->unit_plural))) {
    ++j;
  }
  if (g.word(j, "other")) {
    multiple = 2;
    ++j;
  } else if (const WordInfo* nth = g.info(j); nth && nth->number_kind == NumberKind::Ordinal && nth->number >= 2 &&
                                              nth->number <= 12 && g.info(j + 1) &&
                                              (g.info(j + 1)->weekday != 0 || g.unit(j + 1) != Unit::None)) {
    // "every second Thursday", "every third week" ("every second" alone is each second)
    multiple = static_cast<int>(nth->number);
    ++j;
  }
  // "every weekday", "each weekday": Monday to Friday
  if (g.word(j, "weekday") && multiple == 1) return literal(j + 1, TimexType::Set, "XXXX-WXX-WD");
  const WordInfo* next = g.info(j);
  if (next && next->weekday != 0 && !next->weekday_plural) {
    std::string value = "XXXX-WXX-" + std::to_string(next->weekday);
    size_t end = j + 1;
    // "every Monday morning" and "every Monday mornings" alike
    if (const WordInfo* part = g.info(end); part && !part->day_part.empty()) {
      value += "T" + std::string(part->day_part);
      ++end;
    }
    return literal(end, TimexType::Set, value);
  }
  if (next && !next->day_part.empty()) {
    return literal(j + 1, TimexType::Set, "XXXX-XX-XXT" + std::string(next->day_part));
  }
  // ("every May": after "every", an ambiguous month name is the month)
  if (next && next->month != 0 && g[j].upper_initial) {
    const bool full = next->month_form == MonthForm::Full || next->month_form == MonthForm::Ambiguous;
    char buffer[32];
    // "each July 1", "every February 28th": that day of every year ("every Jan. 1": an abbreviation, with its day)
    const size_t day_from = !full && g.punct(j + 1, ".") && g.glued(j + 1) ? j + 2 : j + 1;
    size_t day_end = 0;
    if (const int day = g.day_at(day_from, day_end); day > 0 && is_valid_date(2024, next->month, day)) {
      std::snprintf(buffer, sizeof buffer, "XXXX-%02d-%02d", next->month, day);
      return literal(day_end, TimexType::Set, buffer);
    }
    if (full) {
      std::snprintf(buffer, sizeof buffer, "XXXX-%02d", next->month);
      return literal(j + 1, TimexType::Set, buffer);
    }
  }
  // "every 14 July", "each 15 December": the day written first
  if (size_t day_end = 0; multiple == 1 && g.has(j)) {
    if (const int day = g.day_at(j, day_end); day > 0 && g.info(day_end) && g.info(day_end)->month != 0 &&
                                              g[day_end].upper_initial &&
                                              is_valid_date(2024, g.info(day_end)->month, day)) {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "XXXX-%02d-%02d", g.info(day_end)->month, day);
      return literal(day_end + 1, TimexType::Set, buffer);
    }
  }
  // "every New Year's Eve", "every Fourth of July": that day of every year (a holiday with a fixed date)
  if (auto holiday = match_holiday(g, j); holiday && holiday->expression.holiday.kind == HolidayRule::Kind::Fixed &&
                                          multiple == 1 && holiday->expression.fields.day_part.empty() &&
                                          !holiday->expression.weekend_of) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "XXXX-%02d-%02d", holiday->expression.holiday.month,
                  holiday->expression.holiday.day);
    return literal(holiday->end, TimexType::Set, buffer);
  }
  if (next && !next->season.empty() && multiple == 1) {
    return literal(j + 1, TimexType::Set, "XXXX-" + std::string(next->season));
  }
  if (g.unit(j) == Unit::Weekend && !g.info(j)->unit_plural && multiple == 1) {
    return literal(j + 1, TimexType::Set, "XXXX-WXX-WE");
  }
  // "every half hour", "every half-hour", "every half an hour"
  if (g.word(j, "half") && multiple == 1) {
    const size_t h = g.word(j + 1, "an") ? j + 2 : j + 1;
    if (g.unit(h) == Unit::Hour && !g.info(h)->unit_plural) return literal(h + 1, TimexType::Set, "PT30M");
  }
  std::optional<Quantity> q = g.quantity_at(j);
  size_t u = q ? q->end : j;
  // "every two to three hours", "every 15 to 20 minutes": a range of periods, written as durations are (its
  // lower end from a small count, else unspecified)
  bool vague_range = false;
  if (q && !q->article && !q->vague && (g.word(u, "to") || g.word(u, "or"))) {
    if (std::optional<Quantity> upper = g.quantity_at(u + 1);
        upper && !upper->article && !upper->vague && g.unit(upper->end) != Unit::None && q->value < upper->value) {
      vague_range = !(q->value >= 1 && q->value < 10 && q->value == static_cast<int>(q->value));
      u = upper->end;
    }
  }
  // ("every few nights": days)
  const Unit unit = q && q->vague && g.plural_day_part(u) == "NI" ? Unit::Day : g.unit(u);
  if (unit == Unit::None) return std::nullopt;
  if (q && q->article) return std::nullopt;
  // "people's every day lives": "everyday" written in two words, an adjective
  if (!q && unit == Unit::Day && g.is(u + 1, WordClass::AfterEveryday)) return std::nullopt;
  const double amount = (q ? q->value : 1) * multiple;
  return literal(u + 1, TimexType::Set, duration_value(unit, amount, (q && q->vague) || vague_range));
}

// An ordinal at i ("first", "third", "last", "15th"): its end, or 0.
size_t ordinal_end(const Grammar& g, size_t i) {
  if (const WordInfo* w = g.info(i);
      w && (w->number_kind == NumberKind::Ordinal || w->number_kind == NumberKind::OrdinalLast)) {
    return i + 1;
  }
  size_t end = 0;
  return g.day_at(i, end) != 0 && end > i + 1 ? end : 0;  // "15th" (a day and its suffix)
}

// "the first Monday of each month", "the second and fourth Tuesdays of every month", "the 15th of each month",
// "the last Friday of every year": a day that recurs once (or a few times) in each month or year.
std::optional<Candidate> day_of_each_period(const Grammar& g, size_t i) {
  if (!g.word(i, "the")) return std::nullopt;
  size_t k = ordinal_end(g, i + 1);
  if (k == 0) return std::nullopt;
  while ((g.word(k, "and") || g.punct(k, ",")) && ordinal_end(g, k + 1) != 0) k = ordinal_end(g, k + 1);
  if (g.info(k) && g.info(k)->weekday != 0) ++k;
  if (!g.word(k, "of") || (g.modifier(k + 1) != Modifier::Every && !g.word(k + 1, "each"))) return std::nullopt;
  const Unit unit = g.unit(k + 2);
  if ((unit != Unit::Month && unit != Unit::Year) || g.info(k + 2)->unit_plural) return std::nullopt;
  // ("sirens are tested on the 26th of every month", "rent is due on the first of each month": one day of the
  // month, XXXX-XX-26, as the tuning annotators have it 9 times of 10)
  if (unit == Unit::Month && ordinal_end(g, i + 1) == k) {
    size_t end = 0;
    const WordInfo* w = g.info(i + 1);
    const int day = w && w->number_kind == NumberKind::Ordinal ? w->number : g.day_at(i + 1, end);
    if (day >= 1 && day <= 31) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "XXXX-XX-%02d", day);
      return literal(k + 3, TimexType::Set, buffer);
    }
  }
  return literal(k + 3, TimexType::Set, duration_value(unit, 1, false));
}

}  // namespace

std::optional<Candidate> match_set(const Grammar& g, size_t i) {
  if (!g.has(i)) return std::nullopt;
  if (auto day = day_of_each_period(g, i)) return day;
  if (auto rate = frequency_rate(g, i)) return rate;
  if (auto rate = counted_rate(g, i)) return rate;
  if (g[i].kind != PieceKind::Word) return std::nullopt;
  // "payable semi-annually": every half year (the hyphened "annually" alone would say every year)
  const auto half_of_year = [&](size_t k) { return g.word(k, "annually") || g.word(k, "yearly"); };
  if (g.word(i, "semi") && g.has(i + 1) && g[i + 1].hyphen_before && half_of_year(i + 1) && used_as_adverb(g, i + 1)) {
    return literal(i + 2, TimexType::Set, "P6M");
  }
  if (i > 0 && g[i].hyphen_before && half_of_year(i) && (g.word(i - 1, "semi") || g.word(i - 1, "bi"))) {
    return std::nullopt;
  }
  const WordInfo* w = g[i].info;
  if (w && !w->set_value.empty()) {
    // "LA Weekly", "China Daily": a capitalized frequency word after a capitalized word is a name
    if (g[i].upper_initial && i > 0 && g[i - 1].kind == PieceKind::Word && g[i - 1].upper_initial) {
      return std::nullopt;
    }
    if (w->set_adverb_only && !used_as_adverb(g, i)) return std::nullopt;
    if (g.is(i + 1, WordClass::MeasuredNoun)) return std::nullopt;  // "the biggest weekly gain"
    return literal(i + 1, TimexType::Set, std::string(w->set_value));
  }
  if (night_rate_at(g, i)) return literal(i + 2, TimexType::Set, "XXXX-XX-XXTNI");
  const Modifier m = g.modifier(i);
  if (m == Modifier::Every) return every_period(g, i);
  // "on weekends", "at weekends": every weekend
  // ("works weekends", "has worked weekends since February", "the park is open weekends until Memorial Day": so
  // after a verb of working or opening, with no preposition, 14 times of 15 in the tuning sets)
  const auto works_or_opens = [&g](size_t k) {
    const std::string_view w = g[k].lower;
    return w.starts_with("work") || w == "open" || w == "opens" || w == "opened" || w == "run" || w == "runs" ||
           w == "play" || w == "plays" || w == "played" || w == "trains" || w == "train" || w == "trained";
  };
  if (g.unit(i) == Unit::Weekend && g.info(i)->unit_plural && i > 0 &&
      (g.word(i - 1, "on") || g.word(i - 1, "at") || g.word(i - 1, "during") || g.word(i - 1, "over") ||
       works_or_opens(i - 1))) {
    return literal(i + 1, TimexType::Set, "XXXX-WXX-WE");
  }
  // "per year", "a year" after a count or amount: "$5 a year", "four flights a week", "10% a year"
  Unit unit = Unit::None;
  const size_t end = rate_period_at(g, i, unit);
  if (end == 0 || m == Modifier::Every) return std::nullopt;
  // ("£45 a year", "$9.99 a month", "Rs 2 crore per year": a price per period is left untagged, 296 of 504 in the
  // tuning sets, 4 of 6 in te3-train; counts, "700 seats a week", and shares, "10% a year", stay rates)
  if (g.ends_a_price(i)) return std::nullopt;
  if (m != Modifier::Per) {
    if (i == 0) return std::nullopt;
    const Piece& prev = g[i - 1];
    // "$15 an hour", "$110 billion a year", "10 percent a year": a rate is a SET, never a duration
    const bool after_amount = ends_an_amount(prev);
    // after a plural noun: "four flights a week", "700 seats a week" (not after a verb in -s: "the flight takes
    // an hour" is a duration)
    // ("two shows a day", "four sailings a week": so after a counted plural that is also a verb of a schedule)
    const bool counted_schedule_word =
        prev.info && prev.info->tense_strength == TenseStrength::Schedule && i >= 2 &&
        (g[i - 2].kind == PieceKind::Number || (g.info(i - 2) && g.info(i - 2)->number_kind == NumberKind::Cardinal));
    const bool after_plural_noun = prev.kind == PieceKind::Word && (!prev.info || counted_schedule_word) &&
                                   looks_like_plural_in_s(prev.lower) && !prev.is(WordClass::VerbBeforeLength) &&
                                   !prev.is(WordClass::FunctionWord) && !prev.is(WordClass::NounPhraseStart);
    // (and after a plural without an "s", or an Indian amount: "40,000 people a day", "Rs 2 crore a year"; after
    // a unit right after its number: "4 kg a year")
    const bool counted_before = i >= 2 && (ends_an_amount(g[i - 2]) || g.word(i - 2, "lakh") || g.word(i - 2, "crore"));
    const bool after_other_plural = (counted_before && (prev.lower == "people" || prev.lower == "children" ||
                                                        prev.lower == "men" || prev.lower == "women")) ||
                                    prev.lower == "crore" || prev.lower == "lakh";
    const bool after_measure = i >= 2 && g[i - 2].kind == PieceKind::Number && prev.kind == PieceKind::Word &&
                               !prev.info && !prev.is(WordClass::FunctionWord) &&
                               !prev.is(WordClass::VerbBeforeLength) && !prev.upper_initial;
    // after a length of hours: "35 minutes a day" (counted_rate leaves it in two)
    const bool after_hours = prev.info && prev.info->unit_plural &&
                             (prev.info->unit == Unit::Hour || prev.info->unit == Unit::Minute) && unit == Unit::Day;
    // (or after a quantity of something: "150 to 300 minutes of moderate activity a week", "two full rest days a
    // week", "one session a week", "20 minutes or more a day")
    // (not after a preposition, "back by a week", "within a year", "feels like a month", nor before a possessive,
    // "a month's supply")
    bool after_quantity = false;
    const bool governed = prev.is(WordClass::FunctionWord) || prev.lower == "like" || prev.lower == "within" ||
                          (g.has(i + 1) && g[i + 1].possessive);
    // (never "a second": "could hide a second, lighter cousin" is no rate, and a rate per second no date)
    for (size_t k = i; k > 0 && i - k < 6 && !after_quantity && !governed && unit != Unit::Second; --k) {
      const Piece& p = g[k - 1];
      if (p.kind == PieceKind::Punct || p.kind == PieceKind::Quote || p.is(WordClass::Auxiliary) ||
          (p.info && p.info->tense != Tense::Unknown) || p.lower.ends_with("ed")) {
        break;
      }
      after_quantity =
          k < i && (p.kind == PieceKind::Number || (p.info && p.info->number_kind == NumberKind::Cardinal));
    }
    const bool after_count = prev.kind == PieceKind::Number || after_amount || is_frequency_word(prev.lower) ||
                             after_quantity || after_plural_noun || after_other_plural || after_measure || after_hours;
    if (!after_count) return std::nullopt;
  }
  return literal(end, TimexType::Set, duration_value(unit, 1, false));
}

}  // namespace quarry::dates
