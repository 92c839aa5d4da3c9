// Clock times: "10 p.m. Wednesday", "noon that day", "9 a.m. today", "at 4:45 p.m." (on the day in focus), "1 a.m.
// Moscow time". The times themselves are read by Grammar::clock_time_at.
#include "calendar.hpp"
#include "grammar.hpp"

namespace quarry::dates {

namespace {

// Whether a word of the evening or the night ("evening", "nights", "tonight") stands within a few words of the
// clock time at i.
bool near_evening(const Grammar& g, size_t i) {
  const size_t from = i > 25 ? i - 25 : 0;
  for (size_t k = from; k < i + 25 && g.has(k); ++k) {
    const std::string_view part = g.day_part(k);
    const std::string_view parts = g.plural_day_part(k);
    if (part == "EV" || part == "NI" || parts == "EV" || parts == "NI" || g.word(k, "tonight")) return true;
  }
  return false;
}

// Whether a morning is named within a few words after `k` ("6:45 on a Monday morning", "at 7 this morning").
bool morning_follows(const Grammar& g, size_t k) {
  for (size_t n = k; n < k + 5 && g.has(n); ++n) {
    if (g[n].kind == PieceKind::Punct) return false;
    if (g.day_part(n) == "MO") return true;
  }
  return false;
}

// Whether the sentence opens on the morning it tells of, a few words before `k`: "This morning I left at 6:15".
bool morning_opens_sentence(const Grammar& g, size_t k) {
  for (size_t n = 0; n < k && n < 3; ++n) {
    if (g.day_part(n) == "MO" && k - n <= 8) return true;
  }
  return false;
}

// Whether a clock time written with "a.m." or "p.m." and an hour from `low` to `high` stands within `reach` pieces
// before `i` (and after it too, with `after_too`): "the 6:10 a.m. departure still leaves at 6:10 - it just feels
// like 5:10", "Polls closed at 7:30, and by about 11 p.m. ...".
bool meridiem_hour_near(const Grammar& g, size_t i, int low, int high, bool after_too, size_t reach) {
  const size_t last = after_too ? i + reach : i;
  for (size_t k = i > reach ? i - reach : 0; k < last && g.has(k); ++k) {
    if (k == i) continue;
    const std::optional<ClockTime> t = g.clock_time_at(k);
    if (t && t->meridiem && t->hour >= low && t->hour <= high && (after_too || t->end <= i)) return true;
  }
  return false;
}

// "Visitation is from 4 to 8 p.m. Friday", "open between 9 and 11 a.m.": a bare hour opening a range of clock
// times is read as its end is, with that end's half of the day and day.
std::optional<Candidate> bare_range_start(const Grammar& g, size_t i) {
  if (i == 0 || !(g.word(i - 1, "from") || g.word(i - 1, "between")) || !g.integer(i, 1, 2) || g[i].integer < 1 ||
      g[i].integer > 12) {
    return std::nullopt;
  }
  const size_t link = i + 1;
  if (!(g.word(link, "to") || g.word(link, "and") || g.word(link, "until") || g.punct(link, "-") ||
        g.punct(link, "\u2013"))) {
    return std::nullopt;
  }
  const std::optional<ClockTime> written = g.clock_time_at(link + 1);
  if (!written || !written->meridiem) return std::nullopt;
  std::optional<Candidate> end = match_clock_time(g, link + 1);
  if (!end || end->expression.fields.hour < 0) return std::nullopt;
  const int end_hour = end->expression.fields.hour;
  int hour = static_cast<int>(g[i].integer) % 12 + (end_hour >= 12 ? 12 : 0);
  if (hour > end_hour) hour -= 12;  // "from 11 to 2 p.m.": 11 in the morning
  if (hour < 0) return std::nullopt;
  Expression e = std::move(end->expression);
  e.fields.hour = hour;
  e.fields.minute = 0;
  e.fields.second = -1;
  return Candidate{i + 1, std::move(e)};
}

}  // namespace

std::optional<Candidate> match_clock_time(const Grammar& g, size_t i) {
  if (std::optional<Candidate> start = bare_range_start(g, i)) return start;
  const std::optional<ClockTime> t = g.clock_time_at(i);
  if (!t) return std::nullopt;
  size_t end = t->end;
  // ("the new zone, UTC-4:30", "UTC+8:30": an offset from universal time, no time of day)
  const auto universal = [&g](size_t k) { return g.word(k, "utc") || g.word(k, "gmt"); };
  if ((i >= 1 && g[i].hyphen_before && universal(i - 1)) ||
      (i >= 2 && (g[i - 1].text == "+" || g[i - 1].text == "-" || g[i - 1].text == "\u2212") && g.glued(i - 1) &&
       g.glued(i) && universal(i - 2))) {
    return std::nullopt;
  }
  // "Ephesians 5:11", "John 3:16", "around the 2:05 mark": a verse or a point in a recording (not a page's stamp,
  // "Updated 08:15 on 31 December")
  const bool stamp_word = i > 0 && (g.word(i - 1, "updated") || g.word(i - 1, "posted") || g.word(i - 1, "published"));
  if (t->bare_digits && t->end == i + 3 &&
      ((i > 0 && g[i - 1].kind == PieceKind::Word && g[i - 1].upper_initial && !g[i - 1].info &&
        !g[i - 1].is(WordClass::FunctionWord) && !stamp_word) ||
       g.word(end, "mark"))) {
    return std::nullopt;
  }
  // "won the race in 2:07:18", "ran 16:31", "the course record of 2:06:54", "a 2:25:40 in Seville": a time taken,
  // a race's or a record's, no time of day (nor is its tail, "24:38" of "2:24:38")
  if (i > 1 && g.punct(i - 1, ":") && !g[i - 1].space_before && !g[i].space_before &&
      g[i - 2].kind == PieceKind::Number) {
    return std::nullopt;
  }
  if (t->bare_digits && i > 0) {
    const std::string_view before = g[i - 1].lower;
    const bool taken = before == "in" || before == "ran" || before == "run" || before == "clocked" ||
                       before == "clocking" || before == "broke" || before == "broken" || before == "break";
    const bool record_of = before == "of" && i > 1 &&
                           (g.word(i - 2, "record") || g.word(i - 2, "mark") || g.word(i - 2, "best") ||
                            g.word(i - 2, "time") || g.word(i - 2, "standard"));
    const bool article_before_seconds = t->second >= 0 && (before == "a" || before == "an" || before == "the");
    // ("the record fell to 2:01:39": hours, minutes and seconds with a one-digit hour are a time taken, unless a
    // clock shows them: "at 9:15:30", "clocks will read 7:59:60")
    const bool race_like = t->second >= 0 && g[i].text.size() == 1 && before != "at" && before != "read" &&
                           before != "reads" && before != "show" && before != "shows" && before != "by" &&
                           before != "from" && before != "until" && before != "since";
    // ("a pace of about 4:34 per mile", "the 2:30 barrier": a pace and a mark to beat)
    const bool pace = (g.word(end, "per") || g.word(end, "a")) && g.is(end + 1, WordClass::DistanceUnit);
    // ("stopped him at 2:51 of the third round", "a knockout at 1:12 of Round 3", "needed 1:58 of the first"): the
    // time elapsed in a round or period of a bout or game
    const auto ordinal_at = [&g](size_t k) {
      const WordInfo* w = g.info(k);
      return w && (w->number_kind == NumberKind::Ordinal || w->number_kind == NumberKind::OrdinalLast);
    };
    const size_t of_what = g.word(end, "of") ? (g.word(end + 1, "the") ? end + 2 : end + 1) : 0;
    const bool into_a_round = of_what > 0 && (g.word(of_what, "round") || g.word(of_what, "period") ||
                                              g.word(of_what, "overtime") || ordinal_at(of_what));
    // ("hurt with 4:12 left in the second period", "scored 2:13 into overtime", "1:30 to play": a game clock)
    const bool game_clock = g.word(end, "left") || g.word(end, "remaining") || g.word(end, "into") ||
                            (g.word(end, "to") && (g.word(end + 1, "play") || g.word(end + 1, "go")));
    // ("a 1:50 model of the Parliament buildings", "a 1:1 scale replica": a scale, no time)
    const bool scale = g.word(end, "scale") || g.word(end, "model") || g.word(end, "replica");
    if (taken || record_of || article_before_seconds || race_like || pace || g.word(end, "barrier") || into_a_round ||
        game_clock || scale) {
      return std::nullopt;
    }
  }
  // "case No. 4:20-cr-00233", "1:16-cv-02918": a court's docket number, the digits run on by a hyphen and letters
  if (t->bare_digits && g.punct(end, "-") && g.has(end + 1) && !g[end].space_before && !g[end + 1].space_before &&
      g[end + 1].kind == PieceKind::Word && !g.clock_time_at(end + 1)) {
    return std::nullopt;
  }
  // A bare "noon" or "midnight" in running text is often not a time point ("high noon"); keep it with "at".
  // ("shortly after noon", "until midnight", "from 9 a.m. to noon": after a preposition it is the hour).
  // ("midnight Monday", "noon Thursday": a day after it makes it the hour.)
  // ("a midnight deadline": the hour the deadline falls at)
  const bool day_follows = g.info(end) && g.info(end)->weekday != 0 && g[end].upper_initial;
  // ("between midnight and 8am", "between 9 p.m. and midnight", "at the stroke of midnight", "as of noon",
  // "midnight (2200 GMT)": a range's end, a stroke, "as of" or a converted time make it the hour too)
  // ("the 9pm and midnight fireworks": so does a clock time it is coordinated with)
  bool range_end = false;
  if (i > 0 && (g.word(i - 1, "and") || g.word(i - 1, "or"))) {
    for (size_t k = i - 1; k > 0 && i - k <= 6; --k) {
      if (g.word(k - 1, "between")) range_end = true;
      const std::optional<ClockTime> before = g.clock_time_at(k - 1);
      if (before && before->end == i - 1) range_end = true;
    }
  }
  // ("waiting for midnight", "a ceremony scheduled for noon", "the clock struck midnight"; not "for midnight Mass")
  const bool awaited =
      (g.word(i - 1, "for") &&
       !(g.has(end) && g[end].kind == PieceKind::Word && !g.is(end, WordClass::FunctionWord))) ||
      g.word(i - 1, "struck") || g.word(i - 1, "strikes") || g.word(i - 1, "strike") || g.word(i - 1, "reached") ||
      g.word(i - 1, "reaches") || g.word(i - 1, "straddles") || g.word(i - 1, "straddle") ||
      // ("as midnight approaches", "when midnight struck": the hour coming round)
      g.word(end, "approaches") || g.word(end, "approached") || g.word(end, "nears") || g.word(end, "neared") ||
      g.word(end, "arrives") || g.word(end, "arrived") || g.word(end, "strikes") || g.word(end, "struck") ||
      g.word(end, "chimes") || g.word(end, "chimed");
  // ("open noon to 6 p.m.": a range's start likewise)
  const bool range_start = (g.word(end, "to") || g.word(end, "until") || g.punct(end, "-") || g.punct(end, "\u2013")) &&
                           g.clock_time_at(end + 1);
  // ("Midnight: The main fireworks": so does heading a timetable's line)
  const bool heads_entry =
      (i == 0 || g[i].newline_before) && (g.punct(end, ":") || g.punct(end, "\u2014") || g.punct(end, "\u2013"));
  // ("at 11 p.m. GMT, which is midnight in Brussels", "— midnight in Brussels —": the hour in a named place)
  const bool in_place =
      !g[i].upper_initial && g.word(end, "in") && g.has(end + 1) && g[end + 1].upper_initial && !g.info(end + 1);
  const bool marked = g.word(i - 1, "between") || range_end || range_start || awaited || heads_entry || in_place ||
                      (g.word(i - 1, "of") && (g.word(i - 2, "stroke") || g.word(i - 2, "as"))) ||
                      (g.punct(end, "(") && g.clock_time_at(end + 1));
  // ("midnight Mass" is a service's name, whatever the preposition before it)
  if (end == i + 1 && g.word(end, "mass")) return std::nullopt;
  if (end == i + 1 && g[i].kind == PieceKind::Word && !day_follows && !g.word(end, "deadline") && !marked &&
      !(i > 0 && (g.word(i - 1, "at") || g.word(i - 1, "by") || g.word(i - 1, "after") || g.word(i - 1, "before") ||
                  g.word(i - 1, "until") || g.word(i - 1, "till") || g.word(i - 1, "through") ||
                  g.word(i - 1, "since") || g.word(i - 1, "around") || g.word(i - 1, "about") ||
                  g.word(i - 1, "from") || g.word(i - 1, "to") || g.word(i - 1, "past") ||
                  // ("until at least noon tomorrow")
                  (g.word(i - 1, "least") && g.word(i - 2, "at")) ||
                  g.modifier(i - 1) == Modifier::Approx))) {  // ("until nearly midnight", "almost noon")
    return std::nullopt;
  }
  Expression e;
  e.type = TimexType::Time;
  size_t k = end;
  if (g.punct(k, ",")) ++k;
  // "10 p.m. Wednesday", "noon Thursday", "9 a.m. today", "8 p.m. Jan. 3" (but "10 p.m. on Wednesday" is two
  // expressions with the preposition between them, which TimeML leaves out; sentence_rules.cpp dates the time)
  // ("8 a.m. to 5 p.m. Monday through Friday": the weekday opens a working week, a range of days of its own; "9 p.m.
  // Friday to Monday" keeps its day)
  // (a weekday at j + 1, after a word of a range at j: "through", "to", a dash)
  const auto range_to_weekday = [&g](size_t j) {
    return (g.word(j, "through") || g.word(j, "thru") || g.word(j, "to") || g.punct(j, "-") || g.punct(j, "\u2013")) &&
           g.info(j + 1) && g.info(j + 1)->weekday != 0;
  };
  const auto opens_weekly_range = [&](const Candidate& day) {
    return range_to_weekday(day.end) && working_week(day.expression.weekday, g.info(day.end + 1)->weekday);
  };
  // ("from 8 a.m. to 10 p.m. Tuesday through Friday", "8 a.m. to 8 p.m. Friday and Saturday": after a range of
  // hours, a range or pair of days belongs to the whole range, not to its last hour)
  const auto days_after_hours = [&](const Candidate& day) {
    const size_t j = day.end;
    const bool days =
        range_to_weekday(j) || ((g.word(j, "and") || g.word(j, "or")) && g.info(j + 1) && g.info(j + 1)->weekday != 0);
    const bool hours_before = i >= 2 && (g.word(i - 1, "to") || g.word(i - 1, "and") || g.word(i - 1, "until")) &&
                              (g[i - 2].kind == PieceKind::Number || g.word(i - 2, "a.m.") || g.word(i - 2, "p.m.") ||
                               g.word(i - 2, "am") || g.word(i - 2, "pm") || g.word(i - 2, "noon"));
    return days && hours_before;
  };
  // ("6.30pm next Thursday", "at 9 a.m. last Sunday": a shifted weekday too, 18 times of 21 one expression)
  const bool shifted_weekday =
      (g.modifier(k) == Modifier::Next || g.modifier(k) == Modifier::Prev || g.modifier(k) == Modifier::This) &&
      g.has(k + 1) && g[k + 1].upper_initial && g.info(k + 1) && g.info(k + 1)->weekday != 0;
  if (auto day = match_weekday(g, k);
      day && (g[k].upper_initial || shifted_weekday) && !opens_weekly_range(*day) && !days_after_hours(*day)) {
    e = std::move(day->expression);
    end = day->end;
  } else if (auto deictic = match_deictic(g, k);
             deictic && (deictic->expression.fields.day_part.empty() || !g.word(k, "the")) &&
             // (not "11:20 Yesterday, just 71 per cent of trains ran on time": a capital opens a live report's entry
             // after its time, outside a headline's title case)
             !(g[k].upper_initial && !g.in_title_case_line(k))) {
    // "9 a.m. today", "9 o'clock tomorrow morning" (the hour is finer than the part of the day)
    e = std::move(deictic->expression);
    end = deictic->end;
  } else if (auto date = match_month_date(g, k);
             date && date->expression.fields.day != 0 && date->expression.fields.hour < 0) {
    e = std::move(date->expression);
    end = date->end;
  } else if (auto holiday = match_holiday(g, k);
             holiday && holiday->expression.fields.hour < 0 && !holiday->expression.weekend_of) {
    // "5 a.m. Christmas morning", "midnight New Year's Eve"
    e = std::move(holiday->expression);
    end = holiday->end;
  } else if (auto next = match_shift(g, k); next && next->expression.kind == ExpressionKind::Shift &&
                                            next->expression.unit == Unit::Day && next->expression.anaphoric &&
                                            next->expression.fields.day_part.empty()) {
    // "9 a.m. the next day", "noon that day"
    e = std::move(next->expression);
    end = next->end;
  } else {
    // A clock time alone is on the day in focus: "He was shot on Oct. 23 ... at 10 p.m.". A time standing
    // as a line of its own is a heading of a running report ("The Latest": "4:30 p.m." above each entry),
    // which is on the day of the report.
    // ("16.05 BST Rail warning": a live report's entry opens with its time and a title)
    // ("4 p.m. — Gates open" under "FRIDAY, AUG. 2": a timetable's line, a dash after its time, is on the day
    // its heading named)
    const bool timetable_line = g.punct(end, "\u2014") || g.punct(end, "\u2013");
    // ("By the ShopWatch team | Updated 4:10 p.m. ET": so is a page's time stamp)
    const bool heading = stamp_word || (i == 0 && !timetable_line &&
                                        !(g.has(end) && g[end].kind == PieceKind::Word && !g[end].upper_initial));
    e = shift(Unit::Day, 0);
    e.dayless = true;
    e.anaphoric = !heading;
    e.weak_anaphor = e.anaphoric;
    e.begins_day = t->hour == 24 && i > 0 && (g.word(i - 1, "after") || g.word(i - 1, "past"));
    // ("Congress missed a midnight deadline": so does a deadline's midnight missed or passed, in a past clause)
    // ("at the stroke of midnight", "when the clocks struck midnight": likewise; not "from midnight", as often a start
    // announced ahead: "ordered a lockdown for 21 days from midnight")
    e.night_passed =
        t->hour == 24 && i > 0 &&
        (g.word(i - 1, "at") || g.word(i - 1, "after") || g.word(i - 1, "since") || g.word(i - 1, "past") ||
         g.word(i - 1, "by") || g.word(i - 1, "struck") || (g.word(i - 1, "of") && i > 1 && g.word(i - 2, "stroke")) ||
         ((g.word(i - 1, "a") || g.word(i - 1, "the")) && g.word(end, "deadline") && i > 1 &&
          (g.word(i - 2, "missed") || g.word(i - 2, "passed") || g.word(i - 2, "after"))));
  }
  e.type = TimexType::Time;
  e.fields.hour = t->hour;
  // "6 o'clock this afternoon", "at 9 Friday night": a part of the day after a bare hour says which half
  // ("at 5:30 tomorrow morning", "at 2 Tuesday night": the morning or the small hours undo the afternoon guess)
  const std::string_view part = e.fields.day_part;
  if (t->afternoon_guess && (part == "MO" || (part == "NI" && t->hour - 12 < 5))) e.fields.hour = t->hour - 12;
  // ("It's 6:45 on a Monday morning", "the 6:10 a.m. departure still leaves at 6:10": a morning named just after
  // it, or a near hour written with "a.m." just before, undoes the afternoon guess too)
  if (t->afternoon_guess && part.empty() &&
      (morning_follows(g, end) || morning_opens_sentence(g, i) ||
       meridiem_hour_near(g, i, t->hour - 14, t->hour - 10, false, 12))) {
    e.fields.hour = t->hour - 12;
  }
  if (t->hour >= 1 && t->hour < 12 && (part == "AF" || part == "EV" || (part == "NI" && t->hour >= 5))) {
    e.fields.hour = t->hour + 12;
  }
  // "He writes in it every evening at 9 o'clock", "On Monday nights the first set starts at 9:30": an hour from 7
  // to 11 with no a.m. or p.m., near words of the evening or the night, is in the evening (not on a 24-hour clock:
  // "opened at 07:00")
  // (nor a live report's entry time heading a line, "11.12 Recap: ... on the night of 2 February")
  // ("Polls closed at 7:30, and by about 11 p.m. ...": so is one with minutes near an evening hour written with
  // "p.m."; not "8 p.m. local time (1100 GMT)", a 24-hour clock)
  if (!t->meridiem && part.empty() && t->hour >= 7 && t->hour <= 11 && !g[i].text.starts_with('0') &&
      !(i == 0 && g[i].newline_before) &&
      (near_evening(g, i) || (g.punct(i + 1, ":") && meridiem_hour_near(g, i, t->hour + 8, t->hour + 16, true, 20)))) {
    e.fields.hour = t->hour + 12;
  }
  // ("bars may stay open until 4am tonight", "at 2 a.m. last night": the small hours of a night told from the
  // reference fall on the day after its evening)
  if (part == "NI" && e.fields.hour < 5 && e.kind == ExpressionKind::Shift && e.unit == Unit::Day && !e.anaphoric) {
    e.offset += 1;
  }
  // (not a 24-hour clock: "07:00", "1100 GMT")
  e.half_guessed = !t->meridiem && part.empty() && !g[i].text.starts_with('0') &&
                   !(g[i].kind == PieceKind::Number && g[i].text.size() > 2) &&
                   (t->afternoon_guess || (t->hour >= 1 && t->hour <= 11));
  e.fields.minute = t->minute;
  e.fields.second = t->second;
  e.fields.day_part = {};
  return Candidate{end, std::move(e)};
}

}  // namespace quarry::dates
