// Durations: "four months", "about three weeks", "the past three weeks", "two-year", "the first nine months",
// "a few days", "for years", "an hour and a half". Sets ("every week", "twice a year") are in recognize_set.cpp.
#include <cmath>
#include <string>

#include "duration_value.hpp"
#include "grammar.hpp"

namespace quarry::dates {
namespace {

// A number at k, in digits or a word: "30", "six".
bool counted(const Grammar& g, size_t k) {
  return g.has(k) && (g[k].kind == PieceKind::Number || (g.info(k) && g.info(k)->number_kind == NumberKind::Cardinal));
}

// "seven milliseconds", "about 200 microseconds", "20 nanoseconds", "almost a millisecond": a length below the
// second, which the lexicon's units do not go down to, in seconds with a decimal fraction (PT0.007S).
std::optional<Candidate> fraction_of_second(const Grammar& g, const Quantity& q) {
  const size_t u = q.end;
  if (!g.has(u) || g[u].kind != PieceKind::Word || (g.has(u + 1) && g[u + 1].hyphen_before)) return std::nullopt;
  const std::string_view w = g[u].lower;
  const int places = w == "millisecond" || w == "milliseconds"   ? 3
                     : w == "microsecond" || w == "microseconds" ? 6
                     : w == "nanosecond" || w == "nanoseconds"   ? 9
                                                                 : 0;
  if (places == 0 || q.value <= 0) return std::nullopt;
  return literal(u + 1, TimexType::Duration, "PT" + decimal_text(q.value / std::pow(10.0, places), places + 3) + "S");
}

// Span-kept qualifiers before a duration: "about", "nearly", "more than", "at least", "up to", "less than".
size_t skip_qualifier(const Grammar& g, size_t i) {
  const Modifier m = g.modifier(i);
  // ("what we know about the four days", "around the 90 days": before an article the word is a preposition)
  if (m == Modifier::Approx && !g.word(i + 1, "the")) return i + 1;
  if (m == Modifier::More && g.word(i + 1, "than")) return i + 2;
  if (g.word(i, "at") && g.modifier(i + 1) == Modifier::Least) return i + 2;
  if (m == Modifier::Up && g.word(i + 1, "to")) return i + 2;
  // "over a week", "just over an hour": "over" before an article means "more than" ("over the past year"
  // is a preposition)
  // ("took over a year ago", "handed over a week later": "over" is the verb's particle)
  if (m == Modifier::ApproxWeak && (g.word(i + 1, "a") || g.word(i + 1, "an")) &&
      !(i > 0 && (g[i - 1].lower.starts_with("took") || g[i - 1].lower.starts_with("tak") ||
                  g[i - 1].lower.starts_with("hand") || g[i - 1].lower.starts_with("turn")))) {
    const Modifier after = g.modifier(i + 3);
    if (after != Modifier::Ago && after != Modifier::Earlier) return i + 1;
  }
  if (g.word(i, "no") && g.modifier(i + 1) == Modifier::More && g.word(i + 2, "than")) return i + 3;
  // "in under 48 hours", "just under an hour": "under" before a count means "less than"
  if (g.word(i, "under") && (g.word(i + 1, "a") || g.word(i + 1, "an") || counted(g, i + 1))) return i + 1;
  // "another six months", "a further two weeks", "an additional 30 days": part of the length's extent (as
  // te3-train's "an additional year")
  if (g.word(i, "another") && counted(g, i + 1)) return i + 1;
  if ((g.word(i, "a") || g.word(i, "an")) &&
      (g.word(i + 1, "further") || g.word(i + 1, "additional") || g.word(i + 1, "extra")) && counted(g, i + 2)) {
    return i + 2;
  }
  return i;
}

// The end of a vague stretch named by a bare plural unit at j, with a second one joined to it: "weeks or
// months", "recent weeks and months" are one unspecified length.
size_t vague_units_end(const Grammar& g, size_t j) {
  if ((g.word(j + 1, "or") || g.word(j + 1, "and")) && g.unit(j + 2) != Unit::None && g.unit(j + 2) != Unit::Weekend &&
      g.info(j + 2)->unit_plural && !(g.has(j + 3) && g[j + 3].hyphen_before)) {
    return j + 3;
  }
  return j + 1;
}

// The bare plural unit a link joins to the one at i ("weeks, not months", "days, even weeks"), or i when none.
size_t joined_unit_before(const Grammar& g, size_t i) {
  size_t k = i;
  if (k > 0 && (g.word(k - 1, "or") || g.word(k - 1, "and") || g.word(k - 1, "not") || g.word(k - 1, "even"))) --k;
  if (k > 0 && g.punct(k - 1, ",")) --k;
  if (k == i || k == 0 || g.unit(k - 1) == Unit::None || !g.info(k - 1)->unit_plural) return i;
  return k - 1;
}

// Whether the bare plural unit at i is set against another: "weeks, not months", "days not hours", "Not days,
// months." Two units contrasted are two lengths, whatever the verb before them.
bool contrasted_unit(const Grammar& g, size_t i) {
  const auto plural_unit = [&](size_t k) {
    return g.has(k) && g.unit(k) != Unit::None && g.unit(k) != Unit::Weekend && g.info(k)->unit_plural &&
           !(g.has(k + 1) && g[k + 1].hyphen_before);
  };
  const auto hedge = [&](size_t k) {
    return g.word(k, "not") || g.word(k, "perhaps") || g.word(k, "maybe") || g.word(k, "possibly") || g.word(k, "even");
  };
  size_t after = g.punct(i + 1, ",") ? i + 2 : i + 1;
  // ("months, perhaps years", "weeks, if not months", "days, or even weeks")
  if (g.word(after, "if") || g.word(after, "or")) ++after;
  if (hedge(after) && plural_unit(after + 1)) return true;
  if (i >= 1 && g.word(i - 1, "not") && g.punct(i + 1, ",") && plural_unit(i + 2)) return true;
  if (i >= 2 && hedge(i - 1)) {
    size_t before = i - 2;
    if (before > 0 && (g.word(before, "if") || g.word(before, "or"))) --before;
    if (before > 0 && g.punct(before, ",")) --before;
    if (plural_unit(before)) return true;
  }
  return i >= 3 && g.punct(i - 1, ",") && plural_unit(i - 2) && g.word(i - 3, "not");
}

// Whether the bare plural unit at i is joined to a chain of bare plural units whose first is itself a length:
// "weeks, not months", "days, even weeks", "for days, weeks, months".
bool joined_to_length(const Grammar& g, size_t i) {
  // (the chain is walked, not recursed into, and only so far: a list of thousands of units must not nest the
  // matchers that deep)
  static thread_local bool checking = false;
  if (checking || (g.has(i + 1) && g[i + 1].hyphen_before)) return false;
  size_t head = i;
  for (int links = 0; links < 6; ++links) {
    const size_t before = joined_unit_before(g, head);
    if (before == head) break;
    head = before;
  }
  if (head == i) return false;
  checking = true;
  const std::optional<Candidate> length = match_duration(g, head);
  checking = false;
  return length && length->end == head + 1 && length->expression.type == TimexType::Duration;
}

// "back" after a verb of reaching into the past: "a pattern stretching back decades", "ties dating back
// years" (not "cut back hours").
bool reaches_back(const Grammar& g, size_t k) {
  if (k == 0 || !g.word(k, "back")) return false;
  const std::string_view verb = g[k - 1].lower;
  return verb.starts_with("dat") || verb.starts_with("go") || verb == "went" || verb.starts_with("stretch") ||
         verb.starts_with("reach");
}

// "last" as the verb after a modal or "to": "it could last months", "built to last decades".
bool last_as_verb(const Grammar& g, size_t k) {
  if (k == 0 || !g.word(k, "last")) return false;
  const std::string_view before = g[k - 1].lower;
  return g.is(k - 1, WordClass::Auxiliary) || before == "could" || before == "can" || before == "may" ||
         before == "might" || before == "should" || before == "must";
}

// Before a bare plural unit and "of": "after months of talks", "despite weeks of dipping polls", "amid years
// of war".
bool after_stretch_of(const Grammar& g, size_t k) {
  // ("was followed by months of strikes", "marked by years of war": after a passive's "by")
  const bool passive_by = g.word(k, "by") && k > 0 && g[k - 1].lower.size() > 4 && g[k - 1].lower.ends_with("ed");
  // ("facing years of uncertainty", "would need years of work", "ending weeks of efforts": the object of a verb
  // of facing, needing or ending)
  const bool faces = g.word(k, "facing") || g.word(k, "faces") || g.word(k, "face") || g.word(k, "faced") ||
                     g.word(k, "need") || g.word(k, "needs") || g.word(k, "needed") || g.word(k, "ending") ||
                     g.word(k, "ended") || g.word(k, "ends") || g.word(k, "end") || g.word(k, "follow") ||
                     g.word(k, "followed");
  return g.word(k, "after") || g.word(k, "despite") || g.word(k, "amid") || g.word(k, "following") ||
         g.word(k, "through") || g.word(k, "with") || g.word(k, "follows") || passive_by || faces;
}

// A bare plural unit and "of" after a preposition, conjunction, pronoun or auxiliary: "blames it on years of
// neglect", "and decades of births", "we had weeks of warnings", "from months of talks" (but "the early hours of
// Sunday", "the busiest days of the year" pick out days, and no stretch; "minutes of the meeting" are its record)
bool stretch_of_after_link(const Grammar& g, size_t i) {
  return i > 0 && g.word(i + 1, "of") && g.unit(i) != Unit::Minute &&
         (g.is(i - 1, WordClass::FunctionWord) || g.is(i - 1, WordClass::Auxiliary) ||
          g.is(i - 1, WordClass::BeForm)) &&
         !g.word(i - 1, "the");
}

// "to come" closing a stretch ahead ("for years to come", "the weeks to come"), not the verb with its particle
// or object ("allowed up to four hours to come in", "two weeks to come back").
bool to_come_at(const Grammar& g, size_t k) {
  if (!g.word(k, "to") || !g.word(k + 1, "come")) return false;
  if (!g.has(k + 2) || g[k + 2].kind != PieceKind::Word) return true;
  const std::string_view next = g[k + 2].lower;
  if (next == "in" && g.word(k + 3, "order")) return true;  // "for years to come in order to"
  if (next == "in" || next == "back" || next == "out" || next == "up" || next == "down" || next == "home" ||
      next == "over" || next == "here" || next == "there" || next == "to" || next == "into" || next == "through" ||
      next == "forward" || next == "together" || next == "across" || next == "around" || next == "along" ||
      next == "true" || next == "from" || next == "by") {
    return false;
  }
  return g[k + 2].is(WordClass::FunctionWord) || g[k + 2].is(WordClass::Auxiliary) || g[k + 2].upper_initial;
}

// "each of", "nine of" before "the past ..." / "the last ..."
bool share_of_stretch_at(const Grammar& g, size_t i) {
  if (!g.word(i + 1, "of") || !g.word(i + 2, "the") || !(g.word(i + 3, "past") || g.word(i + 3, "last"))) return false;
  if (g.word(i, "each")) return true;
  if (g.has(i) && g[i].kind == PieceKind::Number) return g[i].decimal < 0 && g[i].integer > 0 && g[i].integer < 100;
  const WordInfo* n = g.info(i);
  return n && n->number_kind == NumberKind::Cardinal && n->number >= 1 && n->number < 100;
}

// "aged 10 years", "aged 8-10 years", "aged between 18 and 65 years", "ages 18 to 24 years": an age. `i` is
// where the length starts; a number and the word joining a range may stand between.
bool after_aged(const Grammar& g, size_t i) {
  // ("children aged between six months and 14 years": the range's first end with its own unit)
  for (size_t k = i, steps = 0; k > 0 && steps < 6; --k, ++steps) {
    const Piece& prev = g[k - 1];
    if (prev.kind == PieceKind::Word &&
        (prev.lower == "aged" || prev.lower == "ages" || prev.lower == "age" || prev.lower == "ageing")) {
      return true;
    }
    const bool joint = prev.kind == PieceKind::Number || g.punct(k - 1, "-") || g.punct(k - 1, "\u2013") ||
                       g.word(k - 1, "to") || g.word(k - 1, "and") || g.word(k - 1, "between") ||
                       (steps > 0 && g.unit(k - 1) != Unit::None) ||
                       (g.info(k - 1) && g.info(k - 1)->number_kind == NumberKind::Cardinal);
    if (!joint) return false;
  }
  return false;
}

// "all day", "all week", "all night": the whole of one period, a length. ("all day Thursday" is that day, and
// "all-day" an adjective: neither is one.)
std::optional<Candidate> whole_period(const Grammar& g, size_t i) {
  if (!g.word(i, "all") || !g.has(i + 1) || g[i + 1].hyphen_before || (g.has(i + 2) && g[i + 2].hyphen_before)) {
    return std::nullopt;
  }
  const WordInfo* w = g.info(i + 1);
  if (!w || w->unit_plural || w->day_part_plural) return std::nullopt;
  const size_t after = g.word(i + 2, "on") ? i + 3 : i + 2;
  if (const WordInfo* next = g.info(after); next && (next->weekday != 0 || next->month != 0)) return std::nullopt;
  if (!w->day_part.empty() && g[i + 1].lower != "day") return literal(i + 2, TimexType::Duration, "PTXH");
  switch (w->unit) {
    case Unit::Day:
    case Unit::Week:
    case Unit::Month:
    case Unit::Year:
    case Unit::Weekend:
      return literal(i + 2, TimexType::Duration, duration_value(w->unit, 1, false));
    default:
      return std::nullopt;
  }
}

// "for a generation", "the lowest in a generation": an indefinite stretch of years; "a generation ago": the
// past. ("a generation of voters", "a new generation" are people.)
std::optional<Candidate> a_generation(const Grammar& g, size_t i) {
  if (!g.word(i, "a") || !g.word(i + 1, "generation") || (g.has(i + 2) && g[i + 2].hyphen_before) ||
      g.word(i + 2, "of")) {
    return std::nullopt;
  }
  if (g.word(i + 2, "ago")) return literal(i + 3, TimexType::Date, "PAST_REF");
  const bool after_preposition = i > 0 && (g.word(i - 1, "for") || g.word(i - 1, "in") || g.word(i - 1, "within") ||
                                           g.word(i - 1, "than") || g.word(i - 1, "over"));
  // ("once in a generation": an idiom of rarity)
  if (!after_preposition || (i > 1 && g.word(i - 1, "in") && g.word(i - 2, "once"))) return std::nullopt;
  return literal(i + 2, TimexType::Duration, "PXY");
}

// Whether the length found at i is none: odds, a day a clause describes, the months of an age, cricket's one-day
// format. (Looked at only once a length is found: most pieces start none.)
bool no_length_at(const Grammar& g, size_t i) {
  // "the 5-1 second favourite": the number ends odds or a score, smaller than the one before ("2-3 weeks" is a range)
  if (i >= 2 && g[i].kind == PieceKind::Number && g.glued(i) && g.punct(i - 1, "-") && g.glued(i - 1) &&
      g[i - 2].kind == PieceKind::Number && g[i].integer < g[i - 2].integer) {
    return true;
  }
  // "a $15 day pass", "a €240 day ticket": a price before a noun, no count of days
  if (i >= 1 && g[i].kind == PieceKind::Number && g.glued(i) && g[i - 1].kind == PieceKind::Symbol) {
    const std::string_view sign = g[i - 1].text;
    if (sign == "$" || sign == "\u20ac" || sign == "\u00a3" || sign == "\u00a5" || sign == "\u20b9") return true;
  }
  // "a day that comes once every four years", "on a day nobody would forget": a day a relative clause describes,
  // no length of time
  if (g.word(i, "a") && g.word(i + 1, "day") && g.unit(i + 3) == Unit::None &&
      (g.word(i + 2, "that") || g.word(i + 2, "which") || g.word(i + 2, "when") || g.word(i + 2, "nobody") ||
       g.word(i + 2, "no") || g.word(i + 2, "i") || g.word(i + 2, "we") || g.word(i + 2, "he") ||
       g.word(i + 2, "she") || g.word(i + 2, "they") || g.word(i + 2, "you"))) {
    return true;
  }
  // ("declared Thursday a day of national mourning", "protects Sunday as a day of rest", "take it a day at a time": a
  // kind of day, no length; the tuning annotators leave 15 of 16 untagged)
  if (g.word(i, "a") && g.word(i + 1, "day")) {
    const size_t k =
        g.word(i + 3, "national") || g.word(i + 3, "public") || g.word(i + 3, "international") ? i + 4 : i + 3;
    const bool kind_of_day =
        g.word(i + 2, "of") &&
        (g.word(k, "mourning") || g.word(k, "rest") || g.word(k, "prayer") || g.word(k, "action") ||
         g.word(k, "protest") || g.word(k, "celebration") || g.word(k, "reflection") || g.word(k, "remembrance") ||
         g.word(k, "fasting") || g.word(k, "silence") || g.word(k, "solidarity") || g.word(k, "thanksgiving"));
    if (kind_of_day || (g.word(i + 2, "at") && g.word(i + 3, "a") && g.word(i + 4, "time"))) return true;
  }
  // "a full retirement age of 66 and 2 months", "until she is 66 and one month": the months of an age
  if (i >= 2 && g.word(i - 1, "and") && g.integer(i - 2, 2, 2) && g[i - 2].integer >= 40 &&
      g.unit(i + 1) == Unit::Month) {
    return true;
  }
  // "the one-day international", "a domestic one-day cup final": cricket's one-day format, not a length
  // (so is cycling's: "a Belgian one-day race", "the one-day classics")
  if (g.word(i, "one") && g.unit(i + 1) == Unit::Day && g.has(i + 1) && g[i + 1].hyphen_before &&
      (g.word(i + 2, "international") || g.word(i + 2, "internationals") || g.word(i + 2, "cup") ||
       g.word(i + 2, "race") || g.word(i + 2, "races") || g.word(i + 2, "classic") || g.word(i + 2, "classics") ||
       g.word(i + 2, "series") || g.word(i + 2, "squad") || g.word(i + 2, "final") || g.word(i + 2, "tournament") ||
       g.word(i + 2, "cricket") || g.word(i + 2, "format") || g.word(i + 2, "side") || g.word(i + 2, "team"))) {
    return true;
  }
  return false;
}

// "scored a century", "his maiden Test century", "hit a half-century": a hundred (or fifty) runs, the century ending
// at `end`.
bool runs_scored(const Grammar& g, size_t end) {
  const size_t k = end - 1;
  if (g.unit(k) != Unit::Century) return false;
  for (size_t b = k > 5 ? k - 5 : 0; b < k; ++b) {
    if (g.word(b, "scored") || g.word(b, "scores") || g.word(b, "score") || g.word(b, "scoring") || g.word(b, "hit") ||
        g.word(b, "hits") || g.word(b, "struck") || g.word(b, "smashed") || g.word(b, "notched") ||
        g.word(b, "maiden") || g.word(b, "test") || g.word(b, "odi") || g.word(b, "double") || g.word(b, "unbeaten")) {
      return true;
    }
  }
  return false;
}

// The length that starts at i, before the checks of no_length_at and runs_scored. (match_duration, and so these
// checks, is called back for the length inside "a three-year period".)
std::optional<Candidate> length_at(const Grammar& g, size_t i) {
  // "55 million light-years away": a distance
  if (g.unit(i) == Unit::Year && g[i].hyphen_before && g.word(i - 1, "light")) return std::nullopt;
  // "200 kilometers an hour": the time unit of a speed
  if (i > 0 && g.is(i - 1, WordClass::DistanceUnit) && (g.word(i, "a") || g.word(i, "an") || g.word(i, "per")) &&
      (g.unit(i + 1) == Unit::Hour || g.unit(i + 1) == Unit::Minute || g.unit(i + 1) == Unit::Second)) {
    return std::nullopt;
  }
  // "2 million barrels a day": the time unit of an output
  if (i > 0 && g.is(i - 1, WordClass::MeasureUnit) && (g.word(i, "a") || g.word(i, "an") || g.word(i, "per"))) {
    return std::nullopt;
  }
  // "a three-year period", "a 10-day period": the noun "period" makes the whole phrase the duration
  if ((g.word(i, "a") || g.word(i, "an")) && counted(g, i + 1)) {
    if (std::optional<Candidate> inner = match_duration(g, i + 1);
        inner && inner->end > i + 2 && g[inner->end - 1].hyphen_before && g.word(inner->end, "period")) {
      inner->end += 1;
      return inner;
    }
  }
  // "each of the past three years", "nine of the past ten weeks": the share of a stretch counted back is
  // tagged with it (TimeBank's "each of the past three years", P3Y). ("most of the past decade" keeps the
  // stretch alone, as recognizer.cpp says.)
  if (share_of_stretch_at(g, i)) {
    if (std::optional<Candidate> inner = match_duration(g, i + 2)) return inner;
  }
  if (std::optional<Candidate> whole = whole_period(g, i)) return whole;
  if (std::optional<Candidate> generation = a_generation(g, i)) return generation;
  // "fell in the hour after the announcement", "slumped in the fortnight since Easter", "accidents rise in the hour
  // before iftar": the one stretch between an event and another time (a day or week there is the date itself)
  if (i > 0 && (g.unit(i + 1) == Unit::Hour || g.unit(i + 1) == Unit::Fortnight) && g.word(i, "the") &&
      !g.info(i + 1)->unit_plural && !(g.has(i + 2) && g[i + 2].hyphen_before) &&
      (g.word(i - 1, "in") || g.word(i - 1, "during") || g.word(i - 1, "over") || g.word(i - 1, "within")) &&
      (g.word(i + 2, "after") || g.word(i + 2, "before") || g.word(i + 2, "since") || g.word(i + 2, "following"))) {
    return literal(i + 2, TimexType::Duration, duration_value(g.unit(i + 1), 1, false));
  }
  // "another week", "another fortnight": one more unit (a count after it is read below: "another six months")
  if (g.word(i, "another") && g.unit(i + 1) != Unit::None && g.unit(i + 1) != Unit::Weekend &&
      g.unit(i + 1) != Unit::Quarter &&  // ("pay another quarter out of income": a share)
      !g.info(i + 1)->unit_plural && !(g.has(i + 2) && g[i + 2].hyphen_before) && !g.word(i + 2, "of")) {
    return literal(i + 2, TimexType::Duration, duration_value(g.unit(i + 1), 1, false));
  }
  // "a further year", "an additional week", "an extra hour": one more unit
  if ((g.word(i, "a") || g.word(i, "an")) &&
      (g.word(i + 1, "further") || g.word(i + 1, "additional") || g.word(i + 1, "extra")) &&
      g.unit(i + 2) != Unit::None && g.unit(i + 2) != Unit::Weekend && g.unit(i + 2) != Unit::Quarter &&
      !g.info(i + 2)->unit_plural && !(g.has(i + 3) && g[i + 3].hyphen_before) && !g.word(i + 3, "of")) {
    return literal(i + 3, TimexType::Duration, duration_value(g.unit(i + 2), 1, false));
  }
  size_t j = skip_qualifier(g, i);
  const bool the = g.word(j, "the");
  if (the) ++j;
  // "the past three weeks", "the next two weeks", "the first nine months", "the last twenty four hours"
  const Modifier m = g.modifier(j);
  bool period_word = false;
  if (m == Modifier::Past || m == Modifier::Prev || m == Modifier::Next || m == Modifier::Coming) {
    // Without "the", "last" is often the verb ("expected to last several weeks"): take it only after a
    // preposition ("over last two years", "in coming weeks").
    if (!the && m == Modifier::Prev && !extent_preposition_before(g, j)) return std::nullopt;
    period_word = true;
    ++j;
  } else if (the && m == Modifier::Following &&
             ((g.unit(j + 1) != Unit::None && g.info(j + 1)->unit_plural) || counted(g, j + 1))) {
    // "in the following months": a stretch after the date in focus, as "the coming months" is after now
    period_word = true;
    ++j;
  } else if (the && (g.word(j, "first") || g.word(j, "final") || g.word(j, "full") || g.word(j, "entire") ||
                     g.word(j, "whole") || g.word(j, "initial") || g.word(j, "latest"))) {
    period_word = true;
    ++j;
  } else if (j == i && g.word(j, "first") && i > 0 && is_possessive_determiner(g, i - 1)) {
    // "a child's first 18 years", "her first few months": the possessive stays out, as an article would not
    period_word = true;
    ++j;
  }
  // "a quarter-century", "the past quarter-century": 25 years ("a quarter-century ago" is a date, matched
  // in recognize_ago.cpp; "the quarter-century-old treaty" an age)
  if (const size_t q = g.word(j, "a") ? j + 1 : j; q > j || period_word) {
    if (const size_t end = quarter_century_end(g, q);
        end > 0 && !(g.has(end) && g[end].hyphen_before) && g.modifier(end) != Modifier::Ago) {
      return literal(end, TimexType::Duration, "P25Y");
    }
  }
  // "the past fortnight", "the next fortnight": two weeks (a fortnight is no calendar period to shift by)
  if (period_word && g.unit(j) == Unit::Fortnight && !g.info(j)->unit_plural &&
      !(g.has(j + 1) && g[j + 1].hyphen_before)) {
    return literal(j + 1, TimexType::Duration, "P2W");
  }
  // "the last year and a half", "the past hour and a half"
  if (period_word && g.unit(j) != Unit::None && g.unit(j) != Unit::Weekend && !g.info(j)->unit_plural &&
      g.word(j + 1, "and") && g.word(j + 2, "a") && g.word(j + 3, "half")) {
    return literal(j + 4, TimexType::Duration, duration_value(g.unit(j), 1.5, false));
  }
  // "half an hour", "a half-hour", "half-hour" (not "half a dozen years", a quantity)
  const bool half_dozen = g.word(j, "half") && g.word(j + 1, "a") && g.word(j + 2, "dozen");
  // ("a half hour", "the past half century": spaced, after an article or a word of the period, too)
  if ((g.word(j, "half") && !half_dozen) || (g.word(j, "a") && g.word(j + 1, "half"))) {
    size_t h = g.word(j, "a") ? j + 1 : j;
    size_t u = h + 1;
    if (g.word(u, "an") || g.word(u, "a")) ++u;
    const Unit unit = g.unit(u);
    const bool spaced_after_article = h > j || period_word;
    if (unit != Unit::None && !g.info(u)->unit_plural && (u > h + 1 || g[u].hyphen_before || spaced_after_article) &&
        !(spaced_after_article && u == h + 1 && g.has(u + 1) && g[u + 1].hyphen_before)) {
      return literal(u + 1, TimexType::Duration, half_value(unit));
    }
    return std::nullopt;
  }
  // "in recent weeks": an unspecified stretch up to now; "in recent years", "recent decades": the past at large,
  // as te3-train (3 of 5) and the probe annotators (16 of 18) have it
  if (!period_word && g.word(j, "recent") && g.unit(j + 1) != Unit::None && g.info(j + 1)->unit_plural &&
      g.unit(j + 1) != Unit::Weekend) {
    const Unit unit = g.unit(j + 1);
    const size_t end = vague_units_end(g, j + 1);
    if ((unit == Unit::Year || unit == Unit::Decade || unit == Unit::Century) && end == j + 2) {
      return literal(end, TimexType::Date, "PAST_REF");
    }
    return literal(end, TimexType::Duration, duration_value(unit, 0, true));
  }
  // "will one day be", "could some day": a vague future, not a duration
  if (j == i && (g.word(j, "one") || g.word(j, "some")) && g.word(j + 1, "day") && i > 0 &&
      (g.word(i - 1, "will") || g.word(i - 1, "would") || g.word(i - 1, "could") || g.word(i - 1, "may") ||
       g.word(i - 1, "might") || g.word(i - 1, "can") || g.word(i - 1, "should"))) {
    return literal(j + 2, TimexType::Date, "FUTURE_REF");
  }
  // "weeklong", "year-long", "decades-long": the length as an adjective ("a yearlong inquiry" tags "yearlong")
  if (j == i && g.unit(j) != Unit::None && g.unit(j) != Unit::Weekend) {
    const WordInfo* w = g.info(j);
    if (w->unit_long) {  // "yearslong": many of them
      return literal(j + 1, TimexType::Duration, duration_value(w->unit, w->unit_plural ? 0 : 1, w->unit_plural));
    }
    if (g.word(j + 1, "long") && g[j + 1].hyphen_before) {
      return literal(j + 2, TimexType::Duration, duration_value(w->unit, 1, w->unit_plural));
    }
  }
  std::optional<Quantity> q = g.quantity_at(j);
  if (q && !q->vague) {
    if (std::optional<Candidate> tiny = fraction_of_second(g, *q)) return tiny;
  }
  // "for the whole week", "across the entire year": all of one unit, a length
  // ("it rained the whole weekend": two days, as one weekend's length is)
  if (!q && the && (g.word(j - 1, "whole") || g.word(j - 1, "entire")) &&
      (g.unit(j) == Unit::Week || g.unit(j) == Unit::Year || g.unit(j) == Unit::Month || g.unit(j) == Unit::Day ||
       g.unit(j) == Unit::Weekend) &&
      !g.info(j)->unit_plural && !(g.has(j + 1) && g[j + 1].hyphen_before) && !g.word(j + 1, "of")) {
    return literal(j + 1, TimexType::Duration, duration_value(g.unit(j), 1, false));
  }
  if (!q && the &&
      (g.word(j - 1, "first") || g.word(j - 1, "final") ||
       (g.word(j, "full") && (g.word(j - 1, "first") || g.word(j - 1, "final"))))) {
    // "the first hour of trading", "the first full year after closing", "the final month of the season": one
    // unit's length counted from an event (a day is more often a date, and stays out; so is a week of something,
    // "the first week of March", but "delays during the first week", "sold out for the first week" count one)
    const size_t u = g.word(j, "full") ? j + 1 : j;
    const Unit unit = g.unit(u);
    const bool week_alone = unit == Unit::Week && !g.word(u + 1, "of");
    if ((unit == Unit::Hour || unit == Unit::Month || unit == Unit::Year || week_alone) && !g.info(u)->unit_plural &&
        !(g.has(u + 1) && g[u + 1].hyphen_before)) {
      return literal(u + 1, TimexType::Duration, duration_value(unit, 1, false));
    }
  }
  if (!q) {
    // A bare plural unit: "for years", "in recent months", "the coming weeks"
    const Unit unit = g.unit(j);
    if (unit == Unit::None || unit == Unit::Weekend || !g.info(j)->unit_plural || g.info(j)->unit_counted_only) {
      return std::nullopt;
    }
    // ("their busiest days since March", "one of the warmest years since records began", "bad years before": days
    // picked out by a superlative or a judgement are those days, no stretch of time)
    if (j == i && i > 0 && g[i - 1].kind == PieceKind::Word && !g[i - 1].upper_initial &&
        ((g[i - 1].lower.size() >= 6 && g[i - 1].lower.ends_with("est")) || g.word(i - 1, "best") ||
         g.word(i - 1, "worst") || g.word(i - 1, "bad"))) {
      return std::nullopt;
    }
    const bool after_for = j == i && i > 0 &&
                           (g.word(i - 1, "for") || g.word(i - 1, "over") || g.word(i - 1, "within") ||
                            // (not the "in" of "walk-in hours", the hours of a service)
                            (g.word(i - 1, "in") && !g[i - 1].hyphen_before) || reaches_back(g, i - 1) ||
                            g.is(i - 1, WordClass::SpendsTime) || last_as_verb(g, i - 1) ||
                            (after_stretch_of(g, i - 1) && g.word(i + 1, "of")) || stretch_of_after_link(g, i));
    // "the weeks ahead", "the days ahead"
    if (the && j == i + 1 && (g.word(j + 1, "ahead") || to_come_at(g, j + 1))) {
      return literal(g.word(j + 1, "ahead") ? j + 2 : j + 3, TimexType::Duration, duration_value(unit, 0, true));
    }
    if (period_word || after_for) {
      // "for years to come"
      const size_t end = to_come_at(g, j + 1) ? j + 3 : vague_units_end(g, j);
      // ("in the coming months", "coming quarters": the future, as te3-train has them, 2 times of 2, and most probe
      // annotators; "the coming weeks", "coming years" stay lengths, as te3-train has those)
      if (period_word && m == Modifier::Coming && end == j + 1 && (unit == Unit::Month || unit == Unit::Quarter)) {
        return literal(end, TimexType::Date, "FUTURE_REF");
      }
      return literal(end, TimexType::Duration, duration_value(unit, 0, true));
    }
    // "We have weeks, not months", "it could take days, even weeks": a bare plural unit joined to a length before
    // it is a length too ("within weeks or months" stays one, as te3-train has it)
    if (j == i && (joined_to_length(g, i) || contrasted_unit(g, i))) {
      return literal(j + 1, TimexType::Duration, duration_value(unit, 0, true));
    }
    // "over the years", "during the months", "in the decades since": an unspecified stretch
    if (the && j == i + 1 && i > 0 &&
        (g.word(i - 1, "over") || g.word(i - 1, "during") || g.word(i - 1, "through") || g.word(i - 1, "in") ||
         g.word(i - 1, "throughout")) &&
        (unit == Unit::Year || unit == Unit::Decade || unit == Unit::Month || unit == Unit::Century)) {
      return literal(j + 1, TimexType::Duration, duration_value(unit, 0, true));
    }
    // "hours after the vote", "days before the election", "weeks later", "in the weeks since Labor Day", "days
    // ahead of the caucus", "with just months left", "the vote is weeks away", "planned weeks in advance"
    if (j == i &&
        (g.word(j + 1, "after") || g.word(j + 1, "before") ||
         ((g.word(j + 1, "later") || g.word(j + 1, "earlier")) && !adverb_joins_date(g, j + 2)) ||
         g.word(j + 1, "since") || g.word(j + 1, "following") || (g.word(j + 1, "ahead") && g.word(j + 2, "of")) ||
         g.word(j + 1, "away") || (g.word(j + 1, "in") && g.word(j + 2, "advance")) ||
         (g.word(j + 1, "left") && i > 0 && (g.word(i - 1, "just") || g.word(i - 1, "only"))))) {
      return literal(j + 1, TimexType::Duration, duration_value(unit, 0, true));
    }
    return std::nullopt;
  }
  size_t u = q->end;
  bool range_before_unit = false;
  bool small_range = false;
  // ("two, three years", "45, 60 days": spoken, a comma joins the two counts of a range, the upper at most twice the
  // lower, as a list of counts would not be)
  // (whole counts only: "at version 8.1, 15 days before departure" is no range)
  const bool spoken_range = g.punct(u, ",") && !(i > 0 && g.punct(i - 1, ",")) &&
                            q->value == static_cast<double>(static_cast<int64_t>(q->value));
  if (!q->article && !q->vague && (g.word(u, "to") || g.word(u, "or") || spoken_range)) {
    // (a range goes up: "fell from 58 minutes in 1985 to 34 minutes" is no "1985 to 34 minutes")
    if (std::optional<Quantity> upper = g.quantity_at(u + 1);
        upper && !upper->article && !upper->vague && g.unit(upper->end) != Unit::None &&
        g.info(upper->end)->unit_plural && q->value < upper->value && !(spoken_range && upper->value > 2 * q->value)) {
      range_before_unit = true;
      // "two to three weeks", "four to 12 years": a range from a small count is written at its lower end
      // (TimeBank's P2W); "12 to 18 months", "20 to 30 years" stay unspecified (TimeBank's PXM)
      small_range = q->value >= 1 && q->value < 10 && q->value == static_cast<int>(q->value);
      if (!small_range) q->value = upper->value;
      u = upper->end;
    }
  }
  // "three or more days", "five or more years": the least length, as "at least three days" is ("on two or more days
  // a week" counts days, no length)
  if (!q->article && !q->vague && !range_before_unit && !(i > 0 && g.word(i - 1, "on")) && g.word(u, "or") &&
      g.word(u + 1, "more") && g.unit(u + 2) != Unit::None && g.info(u + 2)->unit_plural) {
    u += 2;
  }
  // "2 1/2 years"
  if (!q->vague && g.integer(u, 1, 1) && g.punct(u + 1, "/") && g.glued(u + 1) && g.integer(u + 2, 1, 1) &&
      g.glued(u + 2) && g[u].integer < g[u + 2].integer && g[u + 2].integer > 0) {
    q->value += static_cast<double>(g[u].integer) / static_cast<double>(g[u + 2].integer);
    u += 3;
  }
  // "three and a half years", "a two-and-a-half-year investigation"
  if (!q->vague && g.word(u, "and") && g.word(u + 1, "a") && g.word(u + 2, "half") && g.unit(u + 3) != Unit::None &&
      (g.info(u + 3)->unit_plural || g[u + 3].hyphen_before)) {
    q->value += 0.5;
    u += 3;
  }
  // "40-odd years", "20-some years": about that many
  if (g.has(u + 1) && g[u + 1].hyphen_before && (g.word(u + 1, "odd") || g.word(u + 1, "some")) && g.punct(u, "-") &&
      g.unit(u + 2) != Unit::None && g.info(u + 2)->unit_plural) {
    u += 2;
  }
  // "two more weeks", "three consecutive years", "20 working days", "eight trading days", "30 calendar days",
  // "an extra week", "in a single year", "248 Earth years", "three long years" (but "a long weekend", "a long day"
  // tell how the time felt, not its length)
  // ("two hard winters", "three lean years": an adjective of how the time went, before a plural)
  const bool felt =
      g.is(u, WordClass::FeltAdjective) && !q->article && !q->vague && g.info(u + 1) && g.info(u + 1)->unit_plural;
  if (felt || g.word(u, "more") || g.word(u, "additional") || g.word(u, "extra") || g.word(u, "single") ||
      g.word(u, "consecutive") || g.word(u, "straight") || g.word(u, "full") || g.word(u, "whole") ||
      (g.word(u, "long") && !q->article) || g.word(u, "working") || g.word(u, "business") || g.word(u, "trading") ||
      // ("a calendar year", "a school year" name a kind of year, no length)
      ((g.word(u, "calendar") || g.word(u, "school")) && !q->article) || (g.word(u, "earth") && g[u].upper_initial)) {
    if (g.unit(u + 1) != Unit::None && !(g.has(u + 1) && g[u + 1].hyphen_before)) ++u;
  }
  // "10-year", "two-day": the hyphen piece between a number and its unit
  bool adjective = false;
  if (g.punct(u, "-") && g.has(u + 1) && g[u + 1].hyphen_before) {
    ++u;
    adjective = true;
  } else if (g.has(u) && g[u].hyphen_before) {
    adjective = true;
  }
  // "two nights", "the first two nights", "a 12-night voyage": nights counted as days (TimeBank's P{n}D)
  // ("three nights a week" is a set: recognize_set.cpp)
  const bool rate_follows =
      (g.word(u + 1, "a") || g.word(u + 1, "per") || g.word(u + 1, "each") || g.word(u + 1, "every")) &&
      g.unit(u + 2) != Unit::None;
  const bool nights =
      !q->article && !q->vague && !rate_follows && (g.word(u, "nights") || (adjective && g.word(u, "night")));
  const Unit unit = nights ? Unit::Day : g.unit(u);
  if (unit == Unit::None) return std::nullopt;
  // ("since the 2004 and 2005 seasons": a year before "seasons" names them, no count of them is that large)
  if ((g.word(u, "seasons") || g.word(u, "season")) && q->value >= 1000) return std::nullopt;
  // ("three-month copper on the LME", "copper for three-month delivery": a traded contract's tenor, no length told;
  // "three-month Treasury bills" are tagged, as annotators do; a tenor is months, "a two-hour delivery window" is a
  // length)
  if (adjective && (g.is(u + 1, WordClass::Commodity) || (g.word(u + 1, "delivery") && unit == Unit::Month) ||
                    g.word(u + 1, "futures"))) {
    return std::nullopt;
  }
  // ("a 500-year flood", "a 1-in-100-year event": how rare a disaster is, no length of time)
  if (adjective && unit == Unit::Year && q->value >= 50 &&
      (g.word(u + 1, "flood") || g.word(u + 1, "floods") || g.word(u + 1, "storm") || g.word(u + 1, "storms") ||
       g.word(u + 1, "event") || g.word(u + 1, "events") || g.word(u + 1, "drought") || g.word(u + 1, "rainfall") ||
       g.word(u + 1, "flooding") || g.word(u + 1, "floodplain") ||
       (i >= 2 && g.punct(i - 1, "-") && g.word(i - 2, "in")))) {
    return std::nullopt;
  }
  // ("16 min", "3 hr": an abbreviation after a number other than one counts as plural; not glued to it, as a race
  // time is written, "6min 52sec", nor as an adjective after "the", "the 5 yr plan")
  const bool abbreviation_plural = g.info(u)->unit_abbreviation && q->value != 1 && !q->article && !g.glued(u) &&
                                   !(the && g.has(u + 1) && g[u + 1].kind == PieceKind::Word);
  const bool plural = nights ? g.word(u, "nights") : g.info(u)->unit_plural || abbreviation_plural;
  // "a yearlong inquiry", "a year-long inquiry": the article is not part of the adjective's extent
  // ("a year-earlier loss" likewise: "year-earlier" is the adjective)
  if (q->article && (g.info(u)->unit_long || (g.has(u + 1) && g[u + 1].hyphen_before))) return std::nullopt;
  // "the two-week trip": an adjective's extent leaves the article out (it is matched from the number)
  if (the && adjective && j == i + 1) return std::nullopt;
  // "three-quarters of its food", "a quarter of the market", "three-quarters said": fractions, not durations
  // ("four quarter-point hikes", "a half-point cut": a size of a rate move)
  if (unit == Unit::Quarter && ((g.word(u + 1, "of") && !q->vague) || (plural && g[u].hyphen_before) ||
                                ((g.word(u + 1, "point") || g.word(u + 1, "percentage")) && g[u + 1].hyphen_before))) {
    return std::nullopt;
  }
  // "a quarter" alone is mostly a share ("save a quarter", "in a quarter that produced a loss"); it is a
  // length only after "for", "over", "within" or "per"
  if (unit == Unit::Quarter && q->article && !plural && !adjective &&
      !(j > 0 && (g.word(j - 1, "for") || g.word(j - 1, "over") || g.word(j - 1, "within") || g.word(j - 1, "per")))) {
    return std::nullopt;
  }
  if (q->article && !adjective && ordinal_second_at(g, u)) return std::nullopt;  // "a second trial"
  // "a day centre", "a day camp", "a day trip": "day" heads no length but names a kind of place or outing
  if (q->article && unit == Unit::Day && !plural && day_compound_head(g, u + 1)) return std::nullopt;
  // "a day like this", "after a year like that": a kind of day or year, no length (untagged 6 times of 6)
  if (q->article && !plural && !adjective && g.word(u + 1, "like")) return std::nullopt;
  // "£45 a year", "$9.99 a month": the period of a price is no length (and no rate, recognize_set.cpp)
  if (q->article && !plural && !adjective && g.ends_a_price(j)) return std::nullopt;
  // "60 Minutes", a capitalized unit inside a sentence, is a title
  if (g[u].upper_initial && u > 0 && g[u - 1].kind == PieceKind::Number && !g[u].all_upper) return std::nullopt;
  if (q->article && (plural || period_word)) return std::nullopt;  // "a years" does not occur; "the past a" neither
  if (q->vague && !plural && !adjective) return std::nullopt;
  if (q->vague && g.has(u + 1) && g[u + 1].hyphen_before) return std::nullopt;  // "hundreds of seconds-long talks"
  // ages ("a 71-year-old", "children three years old"); but a thing's age is a length: "an 8-month-old truce"
  // ("a 51-year-old campaign director": a noun after the thing makes it a modifier of a person)
  const bool compound = g.has(u + 3) && g[u + 3].kind == PieceKind::Word && !g[u + 3].info &&
                        !g[u + 3].is(WordClass::FunctionWord) && !g[u + 3].is(WordClass::Auxiliary) &&
                        !g[u + 3].lower.ends_with("ed") && !g[u + 3].upper_initial;
  const bool aged_thing =
      adjective && g.word(u + 1, "old") && g[u + 1].hyphen_before && g.is(u + 2, WordClass::AgedThing) && !compound;
  // ("16-year-olds": people of that age)
  if ((g.word(u + 1, "old") && !aged_thing) || g.word(u + 1, "olds") || g.word(u + 1, "older") ||
      g.word(u + 1, "younger")) {
    return std::nullopt;
  }
  // ("every dog three months or older", "dogs 3 months and older": an age limit; "vessels older than 30 years" is a
  // length the annotators tag)
  if ((g.word(u + 1, "or") || g.word(u + 1, "and")) && (g.word(u + 2, "older") || g.word(u + 2, "younger"))) {
    return std::nullopt;
  }
  if (after_aged(g, i)) return std::nullopt;  // "children aged 8-10 years"
  // ("the first dose at 12 to 15 months of age": so is an age told with "of age")
  if (g.word(u + 1, "of") && g.word(u + 2, "age")) return std::nullopt;
  // Number agreement: "1988 quarter" is not a duration; "two-year" (adjective) and "1.5 hours" are.
  // A number word before a singular unit is an adjective without its hyphen: "a five year low", "a two day
  // rally", and so are digits below 1000 ("a 20 minute walk"); a year is not ("the 1988 quarter").
  const bool number_word = g[j].kind == PieceKind::Word || (g[j].kind == PieceKind::Number && q->value < 1000);
  if (!adjective && !plural && !q->article && !q->vague && q->value > 1) {
    if (!number_word || !g.has(u + 1) || g[u + 1].kind != PieceKind::Word) return std::nullopt;
    if (the) return std::nullopt;  // "(about) the two day rally": the adjective leaves the article out
  }
  if (q->article && the) return std::nullopt;
  if (q->article && unit == Unit::Second) return std::nullopt;  // "a second opinion"
  if (q->vague && g.word(j, "some") && !plural) return std::nullopt;
  size_t end = u + 1;
  if (adjective && g.word(end, "long") && g[end].hyphen_before) ++end;  // "six-month-long"
  if (aged_thing) ++end;
  // "in two weeks' time", "in a week's time"
  if (!adjective && (g.punct(end, "'") || g.punct(end, "\u2019")) && g.glued(end) && g.word(end + 1, "time")) {
    end += 2;
  } else if (!adjective && g.has(end) && g[end].possessive && g.word(end + 1, "time")) {
    end += 2;  // (the "'s" is a piece of its own)
  }
  double amount = q->value;
  bool vague = q->vague;
  // "two to three weeks", "12 to 18 months", "two or three days", "a year or two": a range of lengths
  if (range_before_unit && !small_range) vague = true;
  // ("a week or two", "a month or two": written at the lower end, as a range from a small count is, "two to three
  // weeks" being P2W)
  if (!adjective && g.word(end, "or") && g.info(end + 1) && g.info(end + 1)->number_kind == NumberKind::Cardinal &&
      !(g.has(end + 2) && g.unit(end + 2) != Unit::None)) {
    vague = vague || !(amount >= 1 && amount < 10 && amount == static_cast<int>(amount));
    end += 2;
  }
  // "an hour and a half", "two years and a half"
  if (g.word(end, "and") && g.word(end + 1, "a") && g.word(end + 2, "half")) {
    amount += 0.5;
    end += 3;
  }
  // "for many years to come", as "for years to come"
  if (!adjective && plural && to_come_at(g, end)) end += 2;
  if (unit == Unit::Weekend) {
    return literal(end, TimexType::Duration, duration_value(Unit::Weekend, amount, vague));
  }
  // (up to the ages of geology and astronomy, "65 million years", "15 billion years"; millions of hours or
  // days are time summed over many people, "spent 50 million hours on the site", no one stretch of time)
  const double most = unit >= Unit::Year ? 1e11 : 100000;
  if (!q->vague && (amount <= 0 || amount > most)) return std::nullopt;
  std::string value = duration_value(unit, amount, vague);
  // "two minutes and 40 seconds", "three years and six months", "8 minutes, 48 seconds", "four hours, 11 minutes
  // and 40 seconds": one length in two or three units (after a comma only before figures, as mission clocks and
  // race times are written)
  Unit last_unit = unit;
  const bool first_in_figures = q->end == j + 1;
  for (int part = 0; part < 2 && !adjective && !vague; ++part) {
    const bool comma_figures =
        g.punct(end, ",") && g.has(end + 1) && g[end + 1].kind == PieceKind::Number && first_in_figures;
    // ("delayed for 4 hours 25 minutes": in figures the second unit may follow with nothing between; so after hours
    // or minutes in words, "averaged seven minutes 12 seconds")
    const bool bare_figures =
        g.has(end) && g[end].kind == PieceKind::Number && !g.glued(end) && first_in_figures &&
        (g[j].kind == PieceKind::Number ||
         ((unit == Unit::Hour || unit == Unit::Minute) && !q->article && g[end].integer >= 0 && g[end].integer < 60));
    if (!g.word(end, "and") && !comma_figures && !bare_figures) break;
    const std::optional<Quantity> rest = g.quantity_at(bare_figures ? end : end + 1);
    if (!rest || rest->vague || rest->value <= 0) break;
    const Unit smaller = g.unit(rest->end);
    if (smaller == Unit::None || smaller >= last_unit || smaller == Unit::Weekend || smaller == Unit::Fortnight ||
        (rest->value == 1) == g.info(rest->end)->unit_plural ||
        (g.has(rest->end + 1) && g[rest->end + 1].hyphen_before)) {
      break;
    }
    const std::string tail = duration_value(smaller, rest->value, false);
    const bool time_tail = tail.starts_with("PT");
    if (last_unit == Unit::Week && smaller == Unit::Day && amount == static_cast<int>(amount) && part == 0) {
      value = duration_value(Unit::Day, amount * 7 + rest->value, false);  // weeks and days: ISO has no P2W3D
    } else if (value.find('T') != std::string::npos) {
      value += tail.substr(2);
    } else {
      value += (time_tail ? "T" : "") + tail.substr(time_tail ? 2 : 1);
    }
    end = rest->end + 1;
    last_unit = smaller;
  }
  return literal(end, TimexType::Duration, value);
}

}  // namespace

std::optional<Candidate> match_duration(const Grammar& g, size_t i) {
  std::optional<Candidate> length = length_at(g, i);
  if (length && (runs_scored(g, length->end) || no_length_at(g, i))) length.reset();
  return length;  // (one named result, returned in place)
}

}  // namespace quarry::dates
