// Days named from the reference day and parts of a day: "today", "yesterday morning", "tonight", "overnight",
// "in the morning", "late last night", "by midmorning", "at dawn", "earlier in the day", "later in the week".
#include "grammar.hpp"

namespace quarry::dates {
namespace {

// "overnight" as an adverb of when ("snow fell overnight", "results came in overnight"), not as an adjective
// ("overnight rates", "an overnight flight"), nor as "at once" or "for the night" after a negation or one of
// the verbs of overnight_not_when ("it won't happen overnight", "police held him overnight"), nor before the
// day it belongs to ("fell overnight on Tuesday": the day is the expression).
bool literal_overnight(const Grammar& g, size_t i) {
  // ("Overnight, residents described heavy bombardment": opening the sentence, set off by a comma)
  if (i == 0 && g.punct(1, ",")) return true;
  // ("stay off Highway 104 overnight", "an update to firmware 7.15 overnight": a number ending the phrase before)
  if (i == 0 || (g[i - 1].kind != PieceKind::Word && g[i - 1].kind != PieceKind::Number) ||
      g[i - 1].is(WordClass::NounPhraseStart)) {
    return false;
  }
  if (g.word(i + 1, "on") || g.word(i + 1, "into")) return false;
  // (a past verb after it is the clause's: "results declared overnight showed Labour losing")
  const bool verb_follows = g.has(i + 1) && g[i + 1].info && g[i + 1].info->tense == Tense::Past;
  const bool ed_follows = g.has(i + 1) && g[i + 1].lower.ends_with("ed") && g[i + 1].lower.size() > 4;
  if (g.has(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].is(WordClass::FunctionWord) &&
      !g[i + 1].is(WordClass::Auxiliary) && !verb_follows && !ed_follows) {
    return false;
  }
  for (size_t k = i; k > 0 && i - k < 8; --k) {
    const std::string_view w = g[k - 1].lower;
    // ("it won't happen overnight": at once; "no major incidents overnight" denies what happened in the night)
    if (w == "not" || w == "n't" || w == "never") return false;
    if (g.is(k - 1, WordClass::OvernightNotWhen)) {
      // (custody holds a person, "police held him overnight", "was held overnight in the county jail"; "crews held
      // the fire's east edge overnight", "kept the House in session overnight" tell what went on in the night)
      const bool custody_verb = w == "held" || w == "hold" || w == "holds" || w == "kept";
      const std::string_view object = g.has(k) ? g[k].lower : std::string_view{};
      if (!custody_verb || k == i || object == "him" || object == "her" || object == "them" || object == "me" ||
          object == "us") {
        return false;
      }
    }
  }
  return true;
}

}  // namespace

std::optional<Candidate> match_deictic(const Grammar& g, size_t i) {
  // "in the night from Saturday to Sunday", "the night between Saturday and Sunday": one night, dated by its first
  // day, as continental European news names a night
  if (g.word(i, "the") && g.word(i + 1, "night") && (g.word(i + 2, "from") || g.word(i + 2, "between")) &&
      g.has(i + 3) && g[i + 3].upper_initial && g.info(i + 3) && g.info(i + 3)->weekday != 0) {
    std::optional<Candidate> first = match_weekday(g, i + 3);
    const size_t link = first ? first->end : 0;
    if (first && first->expression.kind == ExpressionKind::Weekday && first->expression.fields.day_part.empty() &&
        (g.word(link, "to") || g.word(link, "and")) && g.has(link + 1) && g[link + 1].upper_initial &&
        g.info(link + 1) && g.info(link + 1)->weekday == first->expression.weekday % 7 + 1) {
      first->expression.fields.day_part = "NI";
      first->expression.type = TimexType::Time;
      return Candidate{link + 2, std::move(first->expression)};
    }
  }
  // ("the search resumed at first light", "will resume at first light Friday": the tuning annotators leave daybreak
  // untagged 20 times of 28, and tag only the weekday after it)
  // "by midweek", "until mid-week", "rain midweek.": the middle of the week in view (not "a midweek game")
  {
    const bool one_word = g.word(i, "midweek");
    const bool hyphened = g.word(i, "mid") && g.word(i + 1, "week") && g.has(i + 1) && g[i + 1].hyphen_before;
    const size_t end = one_word ? i + 1 : i + 2;
    // ("weather forecast for midweek could complicate the search": a modal is no noun)
    const bool noun_follows = g.has(end) && g[end].kind == PieceKind::Word && !g[end].is(WordClass::FunctionWord) &&
                              !g[end].is(WordClass::Auxiliary) && !g[end].info && !g.word(end, "could") &&
                              !g.word(end, "may") && !g.word(end, "might") && !g.word(end, "can") &&
                              !g.word(end, "must");
    if ((one_word || hyphened) && !noun_follows) {
      Expression e = shift(Unit::Week, 0);
      e.midweek = true;
      return Candidate{end, std::move(e)};
    }
  }
  if (!g.has(i) || g[i].kind != PieceKind::Word) return std::nullopt;
  // "Evening — Court banquet", "Afternoon: private visit": a part of the day heading a programme's line, of the day
  // in focus
  if (g[i].upper_initial && !g.day_part(i).empty() && g.labels_entry(i, i + 1)) {
    return Candidate{i + 1, part_of_day_in_focus(g.day_part(i))};
  }
  // "by midmorning", "until midafternoon", "at midday", "by evening": a part of the day in focus ("at night" is
  // any night, and a bare "morning" after "at" rarely a time: left alone)
  // ("at dawn services": a kind of service)
  if (i > 0 && !g.day_part(i).empty() && !(g.has(i + 1) && g[i + 1].hyphen_before) && !g.word(i + 1, "of") &&
      !(g.has(i + 1) && g[i + 1].possessive) &&
      !(g.has(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].upper_initial && !g[i + 1].info &&
        !g[i + 1].is(WordClass::FunctionWord) && !g[i + 1].is(WordClass::Auxiliary))) {
    const std::string_view before = g[i - 1].lower;
    const std::string_view w = g[i].lower;
    // (so are "at dawn", "since daybreak": the first light's hours; not after "before" or "after", which annotators
    // mostly leave untagged, "before dawn" 25 times of 38; nor "at sunset", 21 times of 21. The other hours of the
    // light only as a deadline, "by nightfall", "by dusk", tagged 7 times of 7, where "at nightfall", "at dusk",
    // "before sunrise" are left untagged 21 times of 25.)
    const bool mid = w == "midmorning" || w == "midafternoon" || w == "midday" || w == "lunchtime";
    const bool first_light = w == "dawn" || w == "daybreak";
    const bool light = first_light || w == "sunrise" || w == "dusk" || w == "nightfall";
    const bool deadline = (before == "by" || before == "until" || before == "till" || before == "through") &&
                          (w == "morning" || w == "afternoon" || w == "evening" || mid || first_light);
    const bool by_light = light && before == "by";
    const bool first_light_at = first_light && (before == "at" || before == "around" || before == "since");
    if (deadline || by_light || first_light_at ||
        (mid && (before == "at" || before == "around" || before == "before" || before == "after" || before == "since" ||
                 before == "until" || before == "till" || before == "by"))) {
      return Candidate{i + 1, part_of_day_in_focus(g.day_part(i))};
    }
  }
  // "earlier in the day", "later in the week", "late in the evening": the period in focus, the adverb kept in the
  // span as in "earlier this month"
  if (const Modifier m = g.modifier(i);
      (m == Modifier::Earlier || m == Modifier::Later || m == Modifier::Early || m == Modifier::Late) &&
      g.word(i + 1, "in") && g.word(i + 2, "the") && !g.word(i + 4, "of") &&
      !(g.has(i + 4) && g[i + 4].hyphen_before) &&
      // ("this early in the year", "so late in the day": a degree, the period alone is the date)
      !(i > 0 && (g.word(i - 1, "this") || g.word(i - 1, "so") || g.word(i - 1, "too") || g.word(i - 1, "as") ||
                  g.word(i - 1, "how")))) {
    if (const std::string_view part = g.day_part(i + 3); !part.empty()) {
      return Candidate{i + 4, part_of_day_in_focus(part)};
    }
    const Unit unit = g.unit(i + 3);
    if ((unit == Unit::Day || unit == Unit::Week || unit == Unit::Month || unit == Unit::Year) &&
        !g.info(i + 3)->unit_plural) {
      Expression e = shift(unit, 0);
      e.anaphoric = true;
      e.weak_anaphor = true;
      e.week_still_ahead = unit == Unit::Week && (m == Modifier::Later || m == Modifier::Early);
      return Candidate{i + 4, std::move(e)};
    }
    // ("low water later in the summer": so the season, 6 times of 7 in the tuning sets)
    if (g.info(i + 3) && !g.info(i + 3)->season.empty()) {
      if (std::optional<Candidate> season = match_season(g, i + 2); season && season->end == i + 4) return season;
    }
  }
  // "later in December", "early in 2016", "earlier in March": the month or year, the adverb kept in the span
  // as in "earlier this month" (the probe and silver sets tag it whole)
  if (const Modifier m = g.modifier(i);
      (m == Modifier::Earlier || m == Modifier::Later || m == Modifier::Early || m == Modifier::Late) &&
      g.word(i + 1, "in") && g.has(i + 2) && g[i + 2].upper_initial == (g.month_at(i + 2, true) != 0) &&
      !(i > 0 && (g.word(i - 1, "this") || g.word(i - 1, "so") || g.word(i - 1, "too") || g.word(i - 1, "as") ||
                  g.word(i - 1, "how")))) {
    std::optional<Candidate> inner;
    if (g.month_at(i + 2, true) != 0) {
      inner = match_month_date(g, i + 2);
      if (inner && inner->expression.fields.day != 0) inner.reset();  // ("later in March 5" does not occur)
    } else if (g.year_at(i + 2) > 0) {
      inner = match_year(g, i + 2);
    }
    if (inner && inner->expression.type == TimexType::Date) return inner;
  }
  // "slept in the afternoons", "every eight minutes in the evenings": that part of every day
  if (g.word(i, "the") && i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "during")) &&
      !g.plural_day_part(i + 1).empty() && !(g.has(i + 2) && g[i + 2].hyphen_before) && !g.word(i + 2, "of")) {
    Expression e;
    e.kind = ExpressionKind::Literal;
    e.type = TimexType::Set;
    e.literal = "XXXX-XX-XXT" + std::string(g.plural_day_part(i + 1));
    return Candidate{i + 2, std::move(e)};
  }
  // "in the morning", "during the night", "spent the afternoon", "late into the night", "in the early evening":
  // a part of the day in focus
  // ("may not lift until the early afternoon", "a display planned for the late afternoon": with "early" or "late",
  // after any preposition of time)
  const bool early_late_after =
      i > 0 && (g.modifier(i + 1) == Modifier::Early || g.modifier(i + 1) == Modifier::Late) &&
      !(g.has(i + 2) && g[i + 2].hyphen_before) &&  // (not "at the late-night N26 bus")
      (g.word(i - 1, "until") || g.word(i - 1, "till") || g.word(i - 1, "before") || g.word(i - 1, "after") ||
       g.word(i - 1, "since") || g.word(i - 1, "from") || g.word(i - 1, "for") || g.word(i - 1, "at"));
  if (g.word(i, "the") && i > 0 &&
      (g.word(i - 1, "in") || g.word(i - 1, "during") || g.word(i - 1, "by") || g.word(i - 1, "through") ||
       g.word(i - 1, "into") || g.is(i - 1, WordClass::SpendsTime) || early_late_after)) {
    const bool early_late = g.modifier(i + 1) == Modifier::Early || g.modifier(i + 1) == Modifier::Late;
    const size_t k = early_late ? i + 2 : i + 1;
    // ("the morning shows" are programmes; "the early morning hours" one expression)
    // ("rose into the night sky", "the morning air": the part of the day describes the sky or the air)
    if (!g.day_part(k).empty() && !g.word(k + 1, "of") && !(g.has(k + 1) && g[k + 1].hyphen_before) &&
        !g.is(k + 1, WordClass::KindOfProgramme) && !g.word(k + 1, "sky") && !g.word(k + 1, "air")) {
      Expression e = part_of_day_in_focus(g.day_part(k));
      e.night_passed = !early_late && e.fields.day_part == "NI";
      return Candidate{g.word(k + 1, "hours") ? k + 2 : k + 1, std::move(e)};
    }
  }
  // "queuing began in the early hours", "talks ran until the small hours": the first hours of the day in focus
  // (annotators give them the morning's code; "the early hours of Monday" is left to its day)
  if (g.word(i, "the") && i > 0 && (g.word(i + 1, "early") || g.word(i + 1, "small") || g.word(i + 1, "wee")) &&
      g.word(i + 2, "hours") && !g.word(i + 3, "of") &&
      (g.word(i - 1, "in") || g.word(i - 1, "into") || g.word(i - 1, "until") || g.word(i - 1, "till") ||
       g.word(i - 1, "by") || g.word(i - 1, "through"))) {
    return Candidate{i + 3, part_of_day_in_focus("MO")};
  }
  // "fell 3 percent in morning trading", "in afternoon trade": the market's part of the day in focus, the noun
  // left out
  if (i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "during")) && !g.day_part(i).empty() &&
      (g.word(i + 1, "trading") || g.word(i + 1, "trade") || g.word(i + 1, "deals"))) {
    return Candidate{i + 1, part_of_day_in_focus(g.day_part(i))};
  }
  // "mid-afternoon yesterday", "late morning Friday", "by mid afternoon": a part of a day, with its day or
  // (after a preposition) the day in focus
  if ((g.modifier(i) == Modifier::Early || g.modifier(i) == Modifier::Mid || g.modifier(i) == Modifier::Late) &&
      !g.day_part(i + 1).empty()) {
    const std::string_view part = g.day_part(i + 1);
    // (one level only: "late night late night ..." must not recurse down a long sentence)
    const Modifier next = g.modifier(i + 2);
    const bool chained = next == Modifier::Early || next == Modifier::Mid || next == Modifier::Late;
    std::optional<Candidate> day = chained ? std::nullopt : match_deictic(g, i + 2);
    if (!day && g.has(i + 2) && g[i + 2].upper_initial) day = match_weekday(g, i + 2);
    if (day && day->expression.fields.day_part.empty() && day->expression.fields.hour < 0 &&
        (day->expression.kind == ExpressionKind::Weekday ||
         (day->expression.kind == ExpressionKind::Shift && day->expression.unit == Unit::Day))) {
      day->expression.fields.day_part = part;
      day->expression.type = TimexType::Time;
      return day;
    }
    const std::string_view before = i > 0 ? g[i - 1].lower : std::string_view{};
    if (before == "by" || before == "at" || before == "in" || before == "until" || before == "around" ||
        before == "from" || before == "since" || before == "before" || before == "after" || before == "till" ||
        before == "through") {  // ("rain in 24 hours through early evening")
      return Candidate{i + 2, part_of_day_in_focus(part)};
    }
  }
  // "his early-morning tweets", "a late-afternoon meeting": a part of the day, as an adjective, on the day in
  // focus ("late-night comedians", "early-morning news shows" name a kind of programme, not a time; so does
  // "late-night" before any noun as often as not: "late-night buses", "a late-night row", "late-night venues")
  const bool late_night = g.modifier(i) == Modifier::Late && g.day_part(i + 1) == "NI";
  if ((g.modifier(i) == Modifier::Early || g.modifier(i) == Modifier::Late || g.modifier(i) == Modifier::Mid) &&
      !late_night && !g.day_part(i + 1).empty() && g[i + 1].hyphen_before && g.has(i + 2) &&
      g[i + 2].kind == PieceKind::Word && !g[i + 2].upper_initial && !g[i + 2].info &&
      !g.is(i + 2, WordClass::KindOfProgramme)) {
    return Candidate{i + 2, part_of_day_in_focus(g.day_part(i + 1))};
  }
  // "late yesterday", "early today", "earlier today", "later this afternoon", "late last night": the modifier is part
  // of the extent (TimeML keeps it, with a mod), the value is the day or its part
  // (not an adverb of how: "Markets close early today")
  if (const Modifier m = g.modifier(i);
      (m == Modifier::Early || m == Modifier::Late || m == Modifier::Earlier || m == Modifier::Later) &&
      !((m == Modifier::Early || m == Modifier::Late) && i > 0 && g.is(i - 1, WordClass::EarlyLateVerb) &&
        g.day_part(i + 2).empty()) &&
      !moved_by_length_before(g, i) &&
      (g.word(i + 1, "yesterday") || g.word(i + 1, "today") || g.word(i + 1, "tomorrow") || g.word(i + 1, "tonight") ||
       ((g.word(i + 1, "this") || g.word(i + 1, "last")) && !g.day_part(i + 2).empty()))) {
    std::optional<Candidate> day = match_deictic(g, i + 1);
    if (day) return day;
  }
  // "overnight Sunday", "overnight Monday": that weekday's night, one TIME
  if (g.word(i, "overnight") && g.has(i + 1) && g[i + 1].upper_initial && g.info(i + 1) &&
      g.info(i + 1)->weekday != 0 && !g.info(i + 1)->weekday_plural) {
    std::optional<Candidate> day = match_weekday(g, i + 1);
    if (day && day->expression.kind == ExpressionKind::Weekday && day->expression.fields.day_part.empty() &&
        day->expression.fields.hour < 0) {
      day->expression.fields.day_part = "NI";
      day->expression.type = TimexType::Time;
      return day;
    }
  }
  const std::string_view w = g[i].lower;
  Expression e;
  size_t j = i + 1;
  if (w == "today") {
    // "in today's world", "today's youth": the present age (the "'s" is a piece of its own)
    if (g.has(i + 1) && g[i + 1].possessive && g.is(i + 2, WordClass::NowadaysNoun)) return std::nullopt;
    // "kids today", "young people today think ...": after a noun of the age, the present age (but "expect 800,000
    // people today" counts the day's, and in "for most people today is an extra Thursday" the day is the subject)
    if (i > 0 && !g.is(i + 1, WordClass::BeForm) &&
        (g.is(i - 1, WordClass::NowadaysNoun) || (g.word(i - 1, "people") && g.word(i - 2, "young")))) {
      e.literal = "PRESENT_REF";
      return Candidate{i + 1, std::move(e)};
    }
    e = shift(Unit::Day, 0);
  } else if (w == "yesterday") {
    e = shift(Unit::Day, -1);
  } else if (w == "tomorrow") {
    e = shift(Unit::Day, 1);
  } else if (w == "tonight") {
    e = shift(Unit::Day, 0);
    e.fields.day_part = "NI";
    e.type = TimexType::Time;
    return Candidate{j, std::move(e)};
  } else if (w == "overnight" && literal_overnight(g, i)) {
    // "snow fell overnight", "results declared overnight": the night before the reference day
    e = shift(Unit::Day, -1);
    e.fields.day_part = "NI";
    e.type = TimexType::Time;
    e.keeps_focus = true;
    e.overnight = true;
    return Candidate{j, std::move(e)};
  } else if (w == "the" && g.word(i + 1, "day") && (g.word(i + 2, "before") || g.word(i + 2, "after")) &&
             (g.word(i + 3, "yesterday") || g.word(i + 3, "tomorrow"))) {
    e = shift(Unit::Day, g.word(i + 3, "yesterday") ? -2 : 2);
    return Candidate{i + 4, std::move(e)};
  } else if ((g.modifier(i) == Modifier::This || g.modifier(i) == Modifier::Prev) && !g.day_part(i + 1).empty()) {
    // "this morning", "last night", "last evening" (the night before the reference day)
    const bool last = g.modifier(i) == Modifier::Prev;
    if (last && g[i + 1].lower != "night" && g[i + 1].lower != "evening") return std::nullopt;
    if (!last && g[i].lower != "this") return std::nullopt;
    e = shift(Unit::Day, last ? -1 : 0);
    attach_day_part(g, i + 1, e);
    return Candidate{i + 2, std::move(e)};
  } else {
    return std::nullopt;
  }
  j = attach_day_part(g, j, e);
  return Candidate{j, std::move(e)};
}

}  // namespace quarry::dates
