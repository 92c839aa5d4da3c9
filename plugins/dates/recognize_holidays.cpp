// Holidays and days named by a rule: "Christmas", "Thanksgiving night", "Memorial Day weekend", "the Labor Day
// weekend", "New Year’s Eve", "the first Monday in September", "last Thanksgiving". Their dates come from
// data/holidays.txt and are fixed once the year is known (resolver.cpp).
#include "calendar.hpp"
#include "grammar.hpp"
#include "hijri_calendar.hpp"

namespace quarry::dates {

namespace {

// "Labor Day falls on the first Monday in September", "has been fixed on", "summer time ends on": the day is the
// rule itself, any year's (XXXX-09), not one date.
bool states_a_rule(const Grammar& g, size_t i) {
  if (i < 2 || !g.word(i - 1, "on")) return false;
  for (size_t k = i - 1; k > 0 && i - k <= 4; --k) {
    const std::string_view w = g[k - 1].lower;
    if (g[k - 1].kind == PieceKind::Punct) return false;
    if (w == "falls" || w == "fall" || w == "fallen" || w == "fixed" || w == "observed" || w == "ends" ||
        w == "starts" || w == "begins") {
      return true;
    }
  }
  return false;
}

// "the first Sunday of Advent", "the third Advent Sunday": the n-th of the four Sundays before Christmas, the
// fourth being the one on or after December 18.
std::optional<Candidate> advent_sunday(const Grammar& g, size_t i) {
  if (!g.word(i, "the")) return std::nullopt;
  const WordInfo* n = g.info(i + 1);
  if (!n || n->number_kind != NumberKind::Ordinal || n->number < 1 || n->number > 4) return std::nullopt;
  size_t end = 0;
  if (g.word(i + 2, "sunday") && g.word(i + 3, "of") && g.word(i + 4, "advent") && g[i + 4].upper_initial) {
    end = i + 5;
  } else if (g.word(i + 2, "advent") && g[i + 2].upper_initial && g.word(i + 3, "sunday")) {
    end = i + 4;
  } else {
    return std::nullopt;
  }
  // the earliest day each of the four can fall on
  static constexpr int kEarliest[4][2] = {{11, 27}, {12, 4}, {12, 11}, {12, 18}};
  const int* earliest = kEarliest[n->number - 1];
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.holiday.kind = HolidayRule::Kind::WeekdayOnOrAfter;
  e.holiday.month = earliest[0];
  e.holiday.day = earliest[1];
  e.holiday.weekday = 7;
  e.fields.month = earliest[0];
  end = take_year_at(g, end, e);
  return Candidate{end, std::move(e)};
}

// "the first Monday in September", "the last Thursday of November 2024": a day named by a rule, as a
// holiday is (Labor Day is the first Monday in September).
std::optional<Candidate> nth_weekday_of_month(const Grammar& g, size_t i) {
  if (!g.word(i, "the")) return std::nullopt;
  if (std::optional<Candidate> advent = advent_sunday(g, i)) return advent;
  int nth = 0;
  if (g.word(i + 1, "last")) {
    nth = -1;
  } else if (const WordInfo* n = g.info(i + 1);
             n && n->number_kind == NumberKind::Ordinal && n->number >= 1 && n->number <= 5) {
    nth = static_cast<int>(n->number);
  } else {
    return std::nullopt;
  }
  const WordInfo* day = g.info(i + 2);
  if (!day || day->weekday == 0 || day->weekday_plural || !g[i + 2].upper_initial) return std::nullopt;
  if (!g.word(i + 3, "in") && !g.word(i + 3, "of")) return std::nullopt;
  if (g.word(i + 3, "of") && g.word(i + 4, "the") && g.word(i + 5, "month")) {
    Expression e;
    e.kind = ExpressionKind::Calendar;
    e.holiday.kind = HolidayRule::Kind::NthWeekday;
    e.holiday.weekday = day->weekday;
    e.holiday.nth = nth;
    e.month_from_focus = true;
    return Candidate{i + 6, std::move(e)};
  }
  const int month = g.month_at(i + 4, true);
  if (month == 0) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.holiday.kind = HolidayRule::Kind::NthWeekday;
  e.holiday.month = month;
  e.holiday.weekday = day->weekday;
  e.holiday.nth = nth;
  e.fields.month = month;
  size_t end = i + 5;
  // "of Sept. 2024": the abbreviation's period, when a year follows it
  if (const int year = g.year_at(g.skip_period(end)); year > 0) {
    e.fields.year = year;
    end = g.skip_period(end) + 1;
  } else {
    e.needs_year = true;
    e.states_rule = states_a_rule(g, i);
  }
  return Candidate{end, std::move(e)};
}

// The holiday at `i` when its name is a description that takes "the": the lunar new year, a bank holiday or a
// festival, with no noun after it.
std::optional<Candidate> described_holiday(const Grammar& g, size_t i) {
  std::optional<Candidate> named = match_holiday(g, i);
  if (!named || named->expression.has_month_shift || named->expression.weekend_of) return std::nullopt;
  const HolidayRule& rule = named->expression.holiday;
  const bool lunar_new_year =
      rule.kind == HolidayRule::Kind::Lunisolar && rule.lunisolar == LunisolarDay::LunarNewYear && rule.offset == 0;
  const bool bank_holiday = named->end >= 2 && g.word(named->end - 2, "bank") && g.word(named->end - 1, "holiday");
  // ("the Lantern Festival", "the Dragon Boat Festival": so is a festival's name, 17 times of 26 in the probe sets)
  const bool festival = g.word(named->end - 1, "festival") && g[named->end - 1].upper_initial;
  // ("the Islamic New Year", "the Ethiopian New Year": so is another calendar's new year, named by its calendar, 9
  // times of 15 in the tuning sets)
  const bool calendar_new_year = named->end >= i + 3 && g.word(named->end - 2, "new") &&
                                 g.word(named->end - 1, "year") && g[i].upper_initial && !g.word(i, "new");
  if (!lunar_new_year && !bank_holiday && !festival && !calendar_new_year) return std::nullopt;
  const size_t k = named->end;
  // (a temporal noun too: "the Lunar New Year season", "the Lantern Festival holiday")
  const bool period_noun = g.word(k, "season") || g.word(k, "holiday") || g.word(k, "holidays") || g.word(k, "break") ||
                           g.word(k, "period") || g.word(k, "week") || g.word(k, "weekend");
  if (g.has(k) && g[k].kind == PieceKind::Word && !g[k].upper_initial &&
      ((!g[k].info && !g.is(k, WordClass::FunctionWord) && !g.is(k, WordClass::Auxiliary)) || period_noun)) {
    return std::nullopt;
  }
  return named;
}

}  // namespace

// The month guides the choice of year (the resolver puts the reference year's day of a movable holiday in its
// place); Easter-based days move between March and April, and a lunisolar day by its 2020 date.
void set_holiday_fields(Expression& e) {
  const HolidayRule& rule = e.holiday;
  e.fields.month = rule.kind == HolidayRule::Kind::Easter      ? 4
                   : rule.kind == HolidayRule::Kind::Lunisolar ? lunisolar_day(rule.lunisolar, 2020).month
                   : rule.kind == HolidayRule::Kind::Hijri     ? hijri_day_in_year(rule.month, rule.day, 2020).month
                                                               : rule.month;
  e.fields.day = rule.kind == HolidayRule::Kind::Fixed ? rule.day : 0;
}

// The holiday's day, its year still to be found.
Expression named_day(const Holiday& holiday) {
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.holiday = holiday.rule;
  e.named_holiday = &holiday;
  set_holiday_fields(e);
  e.needs_year = true;
  return e;
}

// "election night" for "Election Day": the night of a day named "<word> Day" (lower case as often as not)
std::optional<Candidate> night_of_named_day(const Grammar& g, size_t i) {
  const WordInfo* first = g.info(i);
  if (!first || !first->starts_holiday || !g.word(i + 1, "night") || (g.has(i + 2) && g[i + 2].hyphen_before)) {
    return std::nullopt;
  }
  // ("A Midsummer Night's Dream": a possessive night before a capitalized noun is a title's)
  if (g.has(i + 3) && g[i + 2].possessive && g[i + 3].kind == PieceKind::Word && g[i + 3].upper_initial) {
    return std::nullopt;
  }
  for (const Holiday& holiday : Lexicon::instance().holidays_starting(*first)) {
    if (holiday.words.size() != 2 || holiday.words[1] != "day" || !holiday.country.empty() ||
        holiday.rule.names_calendar_month()) {
      continue;
    }
    Expression e = named_day(holiday);
    e.fields.day_part = "NI";
    e.type = TimexType::Time;
    return Candidate{i + 2, std::move(e)};
  }
  return std::nullopt;
}

void name_holiday_as_kept(Expression& e, const Holiday& kept) {
  e.holiday = kept.rule;
  e.named_holiday = &kept;
  set_holiday_fields(e);
}

namespace {

// The holiday at i; `the_leap_day`: "leap day" after an article, read as part of "the leap day".
std::optional<Candidate> holiday_at(const Grammar& g, size_t i, bool the_leap_day) {
  // ("to mark the leap day", "no extra pay for the leap day": with its article, the day, the article in the span, as
  // the tuning annotators have it 30 times of 42; "leap day" after "the" alone is not read)
  if (!the_leap_day && g.word(i, "the") && g.word(i + 1, "leap") && g.word(i + 2, "day") && !g[i + 2].hyphen_before &&
      !(g.has(i + 3) && g[i + 3].hyphen_before)) {
    if (std::optional<Candidate> day = holiday_at(g, i + 1, true)) return day;
  }
  if (auto by_rule = nth_weekday_of_month(g, i)) return by_rule;
  if (auto night = night_of_named_day(g, i)) return night;
  // "the summer solstice", "the autumn equinox": days written in lower case, the article in the span
  // ("the first day of spring", "the first day of winter": the equinox or solstice that opens the season; not "the
  // first day of spring training")
  const auto astronomical = [&g](size_t k) {
    const auto noun = [&g](size_t n) {
      return g.has(n) && g[n].kind == PieceKind::Word && !g[n].upper_initial && !g[n].info &&
             !g.is(n, WordClass::FunctionWord) && !g.is(n, WordClass::Auxiliary) && !g.is(n, WordClass::BeForm);
    };
    return g.word(k + 1, "solstice") || g.word(k + 1, "equinox") ||
           (g.word(k, "first") && g.word(k + 1, "day") && g.word(k + 2, "of") && g.info(k + 3) &&
            !g.info(k + 3)->season.empty() && !noun(k + 4));
  };
  if (g.word(i, "the") && astronomical(i + 1)) return match_holiday(g, i + 1);
  // ("crossing before noon on the Fourth", "fireworks left over from the Fourth": Independence Day, by its short
  // name; not "the Fourth of July", matched whole below, nor "the Fourth Amendment", "the Fourth Division")
  if (g.word(i, "the") && g.word(i + 1, "fourth") && g.info(i + 1) && g[i + 1].upper_initial && !g[i + 1].all_upper &&
      !g.word(i + 2, "of") &&
      !(g.has(i + 2) && (g[i + 2].hyphen_before || (g[i + 2].kind == PieceKind::Word && g[i + 2].upper_initial)))) {
    for (const Holiday& holiday : Lexicon::instance().holidays_starting(*g.info(i + 1))) {
      if (holiday.words.size() != 3 || holiday.words[2] != "july") continue;
      return Candidate{i + 2, named_day(holiday)};
    }
  }
  // "late New Year's Day", "early Christmas Eve": a part of the day, its modifier in the extent as in "late
  // Monday" (not an adverb of how: "Markets close early Christmas Eve"; nor "a late Easter", a season's)
  if ((g.modifier(i) == Modifier::Early || g.modifier(i) == Modifier::Late) &&
      !(i > 0 && g.is(i - 1, WordClass::EarlyLateVerb)) && g.has(i + 1) && g[i + 1].upper_initial) {
    std::optional<Candidate> named = match_holiday(g, i + 1);
    if (named && !named->expression.has_month_shift && named->expression.named_holiday &&
        (named->expression.named_holiday->words.back() == "day" ||
         named->expression.named_holiday->words.back() == "eve")) {
      return named;
    }
  }
  // "the Lunar New Year", "the August bank holiday": a name read as a description keeps its article (the tuning
  // annotators have it 12 times of 18 for the lunar new year, 12 of 16 for a bank holiday), unless a noun after
  // it makes the name a modifier ("the Lunar New Year holiday", as for any holiday)
  if (g.word(i, "the")) {
    if (std::optional<Candidate> named = described_holiday(g, i + 1)) return named;
  }
  // "the Labor Day weekend", "the Easter weekend", "the Thanksgiving holiday weekend": the article belongs to
  // the weekend the holiday names ("the New Year holiday" keeps it out, as the probe sets do)
  if (g.word(i, "the") && g.has(i + 1) && g[i + 1].upper_initial) {
    std::optional<Candidate> named = match_holiday(g, i + 1);
    if (!named || named->expression.has_month_shift) return std::nullopt;
    if (named->expression.weekend_of) return named;
    if (g.word(named->end, "holiday") && g.word(named->end + 1, "weekend")) {
      named->expression.week_of = true;
      named->expression.weekend_of = true;
      named->end += 2;
      return named;
    }
    return std::nullopt;
  }
  // "last Thanksgiving", "this Christmas", "next Easter": the nearest one before, in or after the reference
  // year ("the last Christmas before the war" means the final one).
  size_t h = i;
  // ("the next Lunar New Year" is the coming one too, its article in the span; "the last Christmas before the war"
  // the final one)
  const bool the_next = g.word(i, "the") && g.modifier(i + 1) == Modifier::Next;
  const Modifier shift = the_next ? Modifier::Next : g.modifier(i);
  const bool shifted = the_next || ((shift == Modifier::Prev || shift == Modifier::Next || shift == Modifier::This) &&
                                    !(i > 0 && (g.word(i - 1, "the") || g[i - 1].possessive)));
  if (shifted) h = the_next ? i + 2 : i + 1;
  const WordInfo* first = g.info(h);
  // ("the spring bank holiday", "the early May bank holiday": British papers write these in lower case, as some
  // write "the lunar new year" and "leap day")
  const bool bank_holiday =
      (g.word(h + 1, "bank") && g.word(h + 2, "holiday")) || (g.word(h + 2, "bank") && g.word(h + 3, "holiday"));
  const bool lunar_new_year = g.word(h, "lunar") && g.word(h + 1, "new") && g.word(h + 2, "year");
  // ("Shares rose Thursday, leap day", "on leap day": as often in lower case; but "born on a leap day", "a leap-day
  // bug" speak of any)
  // ("marks leap day with 29% off", "choosing leap day", "by leap day itself": the object of a verb or a
  // preposition is the day too, where no article or number makes it any of them)
  const auto leap_object = [&] {
    return i > 0 && g[i - 1].kind == PieceKind::Word && !g[i - 1].upper_initial &&
           !g.is(i - 1, WordClass::NounPhraseStart) && !g.info(i - 1);
  };
  // ("the next leap day", "last leap day": the one before or after the reference)
  const bool leap_day = g.word(h, "leap") && g.word(h + 1, "day") && !g[h + 1].hyphen_before &&
                        (shifted || (h == i && (i == 0 || g[i - 1].kind == PieceKind::Punct || g.word(i - 1, "on") ||
                                                the_leap_day || g.word(i - 1, "is") || g.word(i - 1, "'s") ||
                                                g.word(i - 1, "\u2019s") || g.word(i - 1, "happy") || leap_object())));
  if (!first || !first->starts_holiday ||
      (!g[h].upper_initial && !astronomical(h) && !bank_holiday && !lunar_new_year && !leap_day)) {
    return std::nullopt;
  }
  // ("Leap-day storm buries Ottawa", "a leap-day deadline": joined by its hyphen to the noun after it, capitalized
  // or not, the day is an adjective, which the tuning annotators leave untagged 123 times of 160)
  if (g.word(h, "leap") && g.word(h + 1, "day") && g[h + 1].hyphen_before) return std::nullopt;
  // "Johnnie Christmas", "Merry Christmas": after a capitalized word inside a sentence it is a name or a
  // greeting
  // ("Happy Canada Day" greets the day, which the tuning annotators tag 33 times of 42; only "Happy New Year" is
  // never tagged, below)
  if (h == i && i > 1 && g[i - 1].kind == PieceKind::Word && g[i - 1].upper_initial && !g[i - 1].info &&
      g[i - 1].name_like() && !g.word(i - 1, "happy")) {
    return std::nullopt;
  }
  if (h == i && i > 0 && g.word(i - 1, "father") && g[i - 1].upper_initial) return std::nullopt;  // "Father Christmas"
  // "Happy New Year, everyone": a greeting (the probe annotators never tag it, 26 times of 26)
  // (but "Happy New Year's Eve" greets the eve, a day like any holiday)
  if (h == i && i > 0 && g.word(i - 1, "happy") && g.word(i, "new") && g.word(i + 1, "year") && !g.word(i + 2, "eve") &&
      !g.word(i + 3, "eve")) {
    return std::nullopt;
  }
  // ("Workers' Memorial Day", "Nurses' Christmas Party": after a capitalized plural possessive, a longer name)
  if (h == i && i > 1 && (g.punct(i - 1, "'") || g.punct(i - 1, "\u2019")) && g.glued(i - 1) &&
      g[i - 2].kind == PieceKind::Word && g[i - 2].upper_initial && g[i - 2].lower.ends_with("s")) {
    return std::nullopt;
  }
  for (const Holiday& holiday : Lexicon::instance().holidays_starting(*first)) {
    if (holiday.rule.names_calendar_month()) continue;  // only inside a date of its calendar
    size_t j = holiday_name_end(g, h, holiday);
    if (j == 0) continue;
    Expression e;
    e.kind = ExpressionKind::Calendar;
    e.holiday = holiday.rule;
    e.named_holiday = &holiday;
    // "Orthodox believers celebrated Easter on Sunday": the Orthodox date, when the sentence names those churches
    // before the holiday (looked for a few words back only, which keeps long sentences linear)
    // ("a week after Western Easter", "Catholic Easter": named as the other one)
    const bool western = g.word(h, "western") || g.word(h, "catholic") ||
                         (h > 0 && (g.word(h - 1, "western") || g.word(h - 1, "catholic")));
    const auto orthodox_named = [&g, h](bool copts) {
      for (size_t k = h; k > 0 && h - k < 30; --k) {
        if (g.word(k - 1, "orthodox") || (copts && (g.word(k - 1, "coptic") || g.word(k - 1, "copts")))) return true;
      }
      return false;
    };
    if (e.holiday.kind == HolidayRule::Kind::Easter && !western &&
        (g.word(h, "orthodox") || orthodox_named(true))) {  // "Orthodox Easter", "Coptic Christians celebrated Easter"
      e.holiday.kind = HolidayRule::Kind::OrthodoxEaster;
    }
    // ("Copts celebrated Christmas today", "the Orthodox faithful kept Christmas Eve", "Orthodox believers marked
    // Epiphany": the churches that keep the Julian calendar hold these 13 days later, January 7, 6 and 19)
    const HolidayRule& fixed = e.holiday;
    if (fixed.kind == HolidayRule::Kind::Fixed && !western &&
        ((fixed.month == 12 && (fixed.day == 25 || fixed.day == 24)) ||
         (fixed.month == 1 && fixed.day == 6 && (g.word(h, "epiphany") || g.word(h, "theophany")))) &&
        orthodox_named(true)) {
      const CivilDate julian = add_days(CivilDate{2001, fixed.month, fixed.day}, 13);
      e.holiday.month = julian.month;
      e.holiday.day = julian.day;
    }
    set_holiday_fields(e);
    if (holiday.rule.year > 0) {
      if (shifted) return std::nullopt;  // a day of history happened once
      e.fields.year = holiday.rule.year;
      e.keeps_focus = true;  // it names an event, not the day the text is at ("the 70th anniversary of D-Day")
    } else if (shifted) {
      e.has_month_shift = true;
      e.month_shift = shift == Modifier::Prev ? -1 : shift == Modifier::Next ? 1 : 0;
    } else if (const int year = g.year_at(j); year > 0) {
      // ("Nowruz 1387": the Persian year that Nowruz opens, which began in March 2008)
      const bool persian_year = holiday.rule.kind == HolidayRule::Kind::Lunisolar &&
                                holiday.rule.lunisolar == LunisolarDay::Nowruz && year >= 1300 && year < 1500;
      e.fields.year = persian_year ? year + 621 : year;
      ++j;
    } else if (int offset = 0; g.relative_year_at(j, offset)) {
      // "over Easter last year", "after Labor Day next year": that year's; the year is tagged on its own (the tuning
      // sets join the two 10 times of 16, but joining them cost more spans than it gained)
      e.year_from_reference = true;
      e.year_offset = offset;
    } else {
      e.needs_year = true;
    }
    // "Easter Island", "Easter Seals", "Christmas Island": before a capitalized word that is not temporal it
    // is part of a name
    // (but every word of a headline is capitalized: "ELECTION DAY INFORMATION FOR VOTERS")
    // (nor the pronoun: "On Christmas Day I was 24")
    // (but "Holy Thursday Masses", "the Easter Vigil": a service held on the day names it)
    // (nor a subject after a fronted day whose name ends in "Day", "Eve" or a weekday: "On Christmas Day Brandt will
    // be at his daughter's")
    const bool fronted_day =
        h > 0 &&
        (g.word(h - 1, "on") || g.word(h - 1, "by") || g.word(h - 1, "until") || g.word(h - 1, "since") ||
         g.word(h - 1, "after") || g.word(h - 1, "before")) &&
        (g.word(j - 1, "day") || g.word(j - 1, "eve") || (g.info(j - 1) && g.info(j - 1)->weekday));
    if (g.has(j) && g[j].kind == PieceKind::Word && g[j].upper_initial && !(g.info(j) && g.info(j)->temporal) &&
        g[j].text != "I" && !fronted_day && !g[j].is(WordClass::WorshipNoun) &&
        !g.in_title_case_line(j, g[j].all_upper)) {
      return std::nullopt;
    }
    // "Christmas trees", "Easter eggs": an object named after the holiday
    if (g.has(j) && g[j].is(WordClass::HolidayObject) && !g[j].hyphen_before) return std::nullopt;
    // "the Eid holidays", "Eid sales", "their eighth Eid in exile": a bare "Eid" as a modifier, or one of many,
    // is no day
    if (holiday.rule.either_eid) {
      const bool modifier = g.word(j, "holiday") || g.word(j, "holidays") || g.word(j, "sales") ||
                            g.word(j, "shopping") || g.word(j, "rush") || g.word(j, "greetings") ||
                            g.word(j, "gifts") || g.word(j, "clothes");
      const bool counted = h > 0 && g.info(h - 1) && g.info(h - 1)->number_kind == NumberKind::Ordinal;
      if (modifier || counted) return std::nullopt;
    }
    // "Thanksgiving night", "Christmas morning": that part of the holiday ("on a Halloween afternoon" is any)
    if (const std::string_view part = g.day_part(j); !part.empty() && !g[j].hyphen_before && !shifted &&
                                                     !(g.has(j + 1) && g[j + 1].hyphen_before) &&
                                                     !(h > 0 && (g.word(h - 1, "a") || g.word(h - 1, "an")))) {
      e.fields.day_part = part;
      e.type = TimexType::Time;
      return Candidate{j + 1, std::move(e)};
    }
    // "Newroz eve", "Diwali eve", "Raya eve": the day before, as "the eve of Diwali" is (the tuning annotators take
    // the two words as one day, 17 times of 17)
    if (g.word(j, "eve") && !g[j].hyphen_before && !shifted && holiday.words.back() != "eve" &&
        !holiday.rule.month_only && holiday.words.back() != "week") {
      e.days_from_date = -1;
      return Candidate{j + 1, std::move(e)};
    }
    // "Memorial Day weekend", "Thanksgiving weekend", "the Labour Day long weekend": the weekend the holiday
    // falls on or next to
    const size_t weekend = g.word(j, "long") ? j + 1 : j;
    if (g.word(weekend, "weekend") && !g[weekend].hyphen_before && !shifted) {
      e.week_of = true;
      e.weekend_of = true;
      j = weekend + 1;
    } else if (holiday.words.back() == "week" ||
               (g.word(j, "week") && !g[j].hyphen_before && !(g.has(j + 1) && g[j + 1].hyphen_before) && !shifted)) {
      // "Holy Week", "Easter week", "Christmas week": the week the day falls in
      e.week_of = true;
      if (holiday.words.back() != "week") ++j;
    }
    return Candidate{j, std::move(e)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Candidate> match_holiday(const Grammar& g, size_t i) { return holiday_at(g, i, false); }

}  // namespace quarry::dates
