#include "tense_phrases.hpp"

#include "grammar.hpp"
#include "tense_cues.hpp"

namespace quarry::dates {
namespace {

constexpr size_t kClauseReach = 15;  // how far back a headline's subject or a fixture may stand

// Whether `matches(word, k)` holds at a piece k up to `reach` pieces before the expression starting at `first`,
// within the clause; `word(back, w)` tells whether the piece `back` places before k is the word w.
template <typename Matches>
bool phrase_before(std::span<const Piece> s, size_t first, size_t reach, Matches matches) {
  for (size_t k = first; k > 0 && first - k < reach; --k) {
    const Piece& prev = s[k - 1];
    if (prev.kind == PieceKind::Punct && prev.text != "-" && prev.text != "'" && prev.text != "\u2019") return false;
    const auto word = [&](size_t back, std::string_view w) { return k >= back && s[k - back].lower == w; };
    if (matches(word, k)) return true;
  }
  return false;
}

}  // namespace

bool opens_with_command(std::span<const Piece> s) {
  // (after an opening quote or a bullet)
  size_t k = 0;
  while (k < s.size() && k < 3 && (s[k].kind == PieceKind::Punct || s[k].kind == PieceKind::Quote)) ++k;
  if (k + 1 >= s.size()) return false;
  const std::string_view w = s[k].lower;
  if (w == "please" || w == "don't" || w == "don\u2019t") return true;
  if (w == "do" && s[k + 1].lower == "not") return true;
  // The verb must be followed by a word that shows it is one: "Check back", "Book early", "Ask me", "Watch the
  // final"; not "Book sales rose", "Plan sponsors expect", "Head teacher Mark Ellery said"
  if (!s[k].is(WordClass::CommandVerb)) return false;
  const std::string_view next = s[k + 1].lower;
  return next == "me" || next == "us" || next == "you" || next == "your" || next == "yourself" || next == "it" ||
         next == "them" || next == "back" || next == "along" || next == "early" || next == "ahead" || next == "out" ||
         next == "up" || next == "in" || next == "by" || next == "on" || next == "to" || next == "for" ||
         next == "the" || next == "a" || next == "an" || next == "this" || next == "our";
}

bool names_day_of_month(std::span<const Piece> s, size_t first, size_t end) {
  bool month = false;
  bool number = false;
  for (size_t k = first; k < end; ++k) {
    month = month || (s[k].info && s[k].info->month != 0);
    number = number || s[k].kind == PieceKind::Number;
  }
  return month && number;
}

bool looks_forward_to(std::span<const Piece> s, size_t first) {
  // ("ran 11 percent ahead of forecast in the spring": "ahead of forecast", "of schedule", "of expectations" is
  // better than them, not before a date)
  const auto better_than = [&s](size_t k) {
    if (k >= s.size()) return false;
    const std::string_view w = s[k].lower;
    return w == "forecast" || w == "forecasts" || w == "schedule" || w == "expectations" || w == "estimates" ||
           w == "target" || w == "plan" || w == "budget" || w == "inflation" || w == "projections";
  };
  return phrase_before(s, first, 6, [first, &better_than, &s](const auto& word, size_t k) {
    return (word(1, "of") && (word(2, "ahead") || (word(2, "advance") && word(3, "in"))) && !better_than(k)) ||
           (word(1, "into") && word(2, "heading")) ||
           // ("anyone hoping for a brunch table on Sunday": what is hoped for is still to come)
           (word(1, "for") && (word(2, "hoping") || word(2, "hope") || word(2, "hopes"))) ||
           // ("she is marching toward November", "working towards March": a goal ahead)
           ((word(1, "toward") || word(1, "towards")) && k == first && k >= 2 && s[k - 2].lower.size() > 5 &&
            s[k - 2].lower.ends_with("ing")) ||
           (word(1, "to") && (word(2, "run-up") || word(2, "lead-up") ||
                              (word(2, "up") && (word(3, "run") || (word(3, "lead") && word(4, "the")))))) ||
           (word(1, "and") && word(2, "now") && word(3, "between")) ||
           (word(1, "you") && word(2, "see")) ||  // "See you Monday."
           // "a three-day meeting starting Monday", "beginning on Thursday": the start of something ahead
           ((word(1, "starting") || word(1, "beginning")) && k == first) ||
           (word(1, "on") && (word(2, "starting") || word(2, "beginning")) && k == first) ||
           ((word(1, "until") || word(1, "to") || word(1, "through")) && word(2, "now") && word(3, "from"));
  });
}

bool warns_of(std::span<const Piece> s, size_t first) {
  // ("first warned of the storm on Thursday, four days ahead": a danger already named is the warning's topic, and
  // the day the warning's)
  return phrase_before(s, first, 12, [&s](const auto& word, size_t k) {
    return word(1, "of") && (word(2, "warned") || word(2, "warns") || word(2, "warning") || word(2, "warnings")) &&
           k < s.size() && s[k].lower != "the";
  });
}

bool moved_to(std::span<const Piece> s, size_t first) {
  if (first < 2 || (s[first - 1].lower != "to" && s[first - 1].lower != "for" && s[first - 1].lower != "from")) {
    return false;
  }
  // ("rescheduled for Thursday", but "moved its results for the fourth quarter": "for" right after the verb)
  if (s[first - 1].lower == "for") return s[first - 2].is(WordClass::MovesDate);
  // ("was moved to a slot from Sept. 20 to Oct. 4": a new span of dates; "moved from Sept. 20", "pushed its opera
  // from September to 2024" have the old date after "from")
  const bool from = s[first - 1].lower == "from";
  bool to_seen = false;
  // ("an automatic six-month extension, to Oct. 17", "has been extended once again, to Sept. 30": the new date
  // set off by a comma)
  for (size_t k = first - 1; k > 0 && first - k <= 12; --k) {
    const bool comma_before_to = k == first - 1 && s[k - 1].text == ",";
    // (the period of an abbreviated month inside the span, "from Sept. 20 to")
    const bool abbreviation = s[k - 1].text == "." && k >= 2 && s[k - 2].info && s[k - 2].info->month != 0;
    if (s[k - 1].kind == PieceKind::Punct && !comma_before_to && !abbreviation) return false;
    if (s[k - 1].is(WordClass::MovesDate)) return !from || to_seen;
    if (k < first - 1 && s[k - 1].lower == "to") to_seen = true;
  }
  return false;
}

bool moved_from_weekday(std::span<const Piece> s, size_t first, size_t end) {
  if (first < 2 || s[first - 1].lower != "from" || !names_weekday(s, first, end)) return false;
  // (the new date follows: "from Sunday to Wednesday"; not "delayed flights from Monday", the start of a stretch)
  if (end + 1 >= s.size() || (s[end].lower != "to" && s[end].lower != "until")) return false;
  // (not "pushed the launch from Monday to today": a move onto the report's day was made before the old one)
  const std::string_view to = s[end + 1].lower;
  if (to == "today" || to == "tonight" || to == "yesterday") return false;
  for (size_t k = first - 1; k > 0 && first - k <= 8; --k) {
    if (s[k - 1].kind == PieceKind::Punct) return false;
    if (s[k - 1].is(WordClass::MovesDate)) return true;
  }
  return false;
}

bool moved_up_from(std::span<const Piece> s, size_t first) {
  if (first < 3 || s[first - 1].lower != "from") return false;
  for (size_t k = first - 1; k > 1 && first - k <= 8; --k) {
    if (s[k - 1].kind == PieceKind::Punct) return false;
    if ((s[k - 1].lower == "up" || s[k - 1].lower == "forward") && k >= 2) {
      for (size_t v = k - 1; v > 0 && k - v <= 5; --v) {
        if (s[v - 1].is(WordClass::MovesDate) || s[v - 1].lower == "brought" || s[v - 1].lower == "bring") return true;
      }
    }
  }
  return false;
}

bool calls_off_weekday(std::span<const Piece> s, size_t first, size_t end) {
  if (!names_weekday(s, first, end)) return false;
  for (size_t d = 1; d <= 3 && d <= first; ++d) {
    const std::string_view w = s[first - d].lower;
    // ("the call to postpone Friday night's debate": a bare verb of calling off, too)
    if (w == "cancelled" || w == "canceled" || w == "scrapped" || w == "axed" || w == "postpone" || w == "cancel" ||
        w == "scrap" || w == "postponing" || w == "cancelling" || w == "canceling") {
      return true;
    }
    if (s[first - d].kind == PieceKind::Punct) return false;
  }
  return false;
}

bool follows_telling(std::span<const Piece> s, size_t k) {
  if (k == 0) return false;
  const std::string_view verb = s[k - 1].lower;
  return verb == "said" || verb == "told" || verb == "announced" ||
         (k > 1 && verb == "reporters" && s[k - 2].lower == "told");
}

bool denied_until(std::span<const Piece> s, size_t first) {
  if (first < 3 || (s[first - 1].lower != "until" && s[first - 1].lower != "till")) return false;
  for (size_t d = 2; d <= 15 && d <= first; ++d) {
    const size_t i = first - d;
    if (is_clause_break(s, i)) return false;
    const std::string_view w = s[i].lower;
    if (w == "won't" || w == "won\u2019t") return true;
    if ((w == "will" || w == "shall") && i + 1 < first &&
        (s[i + 1].lower == "not" || s[i + 1].lower == "n't" || s[i + 1].lower == "n\u2019t" ||
         s[i + 1].lower == "never")) {
      return true;
    }
  }
  return false;
}

bool runs_on_to(std::span<const Piece> s, size_t first) {
  if (first < 2) return false;
  const std::string_view prep = s[first - 1].lower;
  if (prep != "through" && prep != "until" && prep != "till" && prep != "into") return false;
  size_t k = first - 2;
  if (k > 0 && (s[k].lower == "well" || s[k].lower == "late" || s[k].lower == "only")) --k;  // "runs well into"
  // "stay open until Labor Day", "remains closed through Sunday": the state between the verb and the preposition
  if (k > 0 && (s[k].lower == "open" || s[k].lower == "closed" || s[k].lower == "shut" || s[k].lower == "available" ||
                s[k].lower == "suspended" || s[k].lower == "unchanged")) {
    --k;
  }
  if (s[k].is(WordClass::RunsOn)) return true;
  // "kept an ice storm warning in effect until 6 a.m. Friday", "the ban remains in place until Wednesday": a
  // state in force runs on to a date ahead
  if (k > 0 && s[k - 1].lower == "in" && (s[k].lower == "effect" || s[k].lower == "place" || s[k].lower == "force")) {
    return true;
  }
  const std::string_view v = s[k].lower;
  const bool bare = v == "run" || v == "last" || v == "continue" || v == "stay" || v == "remain";
  // ("will run through Sunday"; "was extended to run through January": the extension's new end lies ahead)
  // ("normally stay open until Labor Day": so does a habit)
  return bare && k > 0 &&
         (is_modal(s[k - 1]) || s[k - 1].lower == "to" ||
          (s[k - 1].kind == PieceKind::Word && s[k - 1].lower.size() > 4 && s[k - 1].lower.ends_with("ly")));
}

bool states_a_plan(std::span<const Piece> s, size_t first) {
  if (s.empty() || (s.back().kind == PieceKind::Punct && (s.back().text == "." || s.back().text == "?" ||
                                                          s.back().text == "!" || s.back().text == "\u201d"))) {
    return false;
  }
  // (a headline's subject is short: look back a few words only, which keeps long sentences linear)
  size_t clause = first;
  while (clause > 0 && first - clause < kClauseReach && !is_clause_break(s, clause - 1)) --clause;
  if (clause > 0 && !is_clause_break(s, clause - 1)) return false;
  for (size_t k = clause + 1; k + 1 < first; ++k) {
    if (cue_of(s, k - 1) != Tense::Unknown) return false;
    if (s[k].lower != "to" || s[k - 1].kind != PieceKind::Word || s[k - 1].is(WordClass::FunctionWord)) continue;
    const Piece& verb = s[k + 1];
    return verb.kind == PieceKind::Word && !verb.upper_initial && !verb.is(WordClass::NounPhraseStart) &&
           !verb.is(WordClass::FunctionWord) && (!verb.info || verb.info->tense != Tense::Past);
  }
  return false;
}

bool names_possessed_event(std::span<const Piece> s, size_t end) {
  if (s[end - 1].possessive) return true;
  return end < s.size() && (s[end].lower == "'s" || s[end].lower == "\u2019s");
}

size_t possessed_noun(std::span<const Piece> s, size_t end) {
  return end < s.size() && (s[end].lower == "'s" || s[end].lower == "\u2019s") ? end + 1 : end;
}

bool names_weekday(std::span<const Piece> s, size_t first, size_t end) {
  for (size_t k = first; k < end; ++k) {
    if (s[k].info && s[k].info->weekday != 0) return true;
  }
  return false;
}

bool names_month_alone(std::span<const Piece> s, size_t first, size_t end) {
  bool month = false;
  for (size_t k = first; k < end; ++k) {
    if (s[k].kind == PieceKind::Number) return false;
    month = month || (s[k].info && s[k].info->month != 0 && s[k].upper_initial);
  }
  return month;
}

bool names_set_date(std::span<const Piece> s, size_t end) {
  if (end >= s.size()) return false;
  const std::string_view noun = s[end].lower;
  return noun == "date" || noun == "release" || noun == "launch" || noun == "deadline" || noun == "debut" ||
         noun == "premiere" || noun == "target" || noun == "window" || noun == "rollout" || noun == "opening";
}

bool starts_from(std::span<const Piece> s, size_t first, size_t end) {
  if (first == 0 || s[first - 1].lower != "from" ||
      !(names_weekday(s, first, end) || names_day_of_month(s, first, end)) || s[end - 1].possessive) {
    return false;
  }
  if (end >= s.size()) return true;
  const std::string_view next = s[end].lower;
  return next != "'s" && next != "\u2019s" && next != "to" && next != "until" && next != "through" && next != "till" &&
         next != "-" && next != "\u2013";
}

bool names_fixture(std::span<const Piece> s, size_t first) {
  for (size_t k = first; k > 1 && first - k < kClauseReach; --k) {
    if (is_clause_break(s, k - 1)) return false;
    const std::string_view w = s[k - 1].lower;
    if ((w == "v" || w == "vs" || w == "v." || w == "vs.") && s[k - 2].upper_initial && k < s.size() &&
        s[k].upper_initial) {
      return true;
    }
  }
  return false;
}

bool looks_back_at(std::span<const Piece> s, size_t first) {
  return phrase_before(s, first, 4, [](const auto& word, size_t) {
    return word(1, "of") && (word(2, "wake") || word(2, "aftermath")) && word(3, "the") && word(4, "in");
  });
}

bool plans_ahead(std::span<const Piece> s, size_t verb, size_t first) {
  if (!s[verb].is(WordClass::BidsAhead)) return false;
  for (size_t k = verb + 1; k + 1 < first; ++k) {
    if (s[k].lower != "to") continue;
    const Piece& next = s[k + 1];
    // (a verb that is itself a cue, "to meet", "to resume", counts; a comma after it closes the plan: "allowed
    // Cubans to have dollars, triggering a trickle that soon became a flood")
    for (size_t p = k + 1; p < first; ++p) {
      if (s[p].kind == PieceKind::Punct && s[p].text != "-") return false;
    }
    // ("summoned leaders to a meeting on Wednesday", "invited him to a dinner on Friday": to an event, as well)
    if (next.lower == "a" || next.lower == "an") return k + 2 < first && s[first - 1].lower == "on";
    // ("called for people to march on Tuesday": a lower-case month name after "to" is the verb)
    // (a gerund after "to" is no plan, "committed to spending"; "to bring", "to sing" are verbs)
    // ("told to return Thursday": a verb of schedule counts, whatever its own tense)
    const bool verb_like = !next.info || next.info->tense != Tense::Unknown ||
                           next.info->tense_strength != TenseStrength::None || next.info->month != 0;
    return next.kind == PieceKind::Word && !next.upper_initial && verb_like && !next.is(WordClass::NounPhraseStart) &&
           !next.is(WordClass::FunctionWord) && !(next.lower.ends_with("ing") && next.lower.size() > 5);
  }
  return false;
}

bool notice_holds_for(std::span<const Piece> s, size_t first) {
  if (in_past_perfect(s, first)) return false;
  // the notice right before the preposition that opens the date ("a heat warning from 11 a.m. Friday"), or before
  // the "from" of a range the date ends ("... from noon to 8 p.m. Tuesday")
  const auto opens_stretch = [&s](size_t k) {
    return k >= 2 &&
           (s[k - 1].lower == "from" || s[k - 1].lower == "for" || s[k - 1].lower == "until" ||
            s[k - 1].lower == "through") &&
           s[k - 2].is(WordClass::AlertNoun);
  };
  if (opens_stretch(first)) return true;
  if (first < 1 || !(s[first - 1].lower == "to" || s[first - 1].lower == "through" || s[first - 1].lower == "until")) {
    return false;
  }
  return phrase_before(s, first - 1, 8,
                       [&opens_stretch](const auto& word, size_t k) { return word(1, "from") && opens_stretch(k); });
}

bool in_past_perfect(std::span<const Piece> s, size_t first) {
  return phrase_before(s, first, 6, [](const auto& word, size_t) { return word(1, "had"); });
}

bool tells_deed_done(std::span<const Piece> s, size_t verb, size_t first) {
  const Piece& participle = s[verb];
  const std::string_view w = participle.lower;
  if (participle.kind != PieceKind::Word || participle.upper_initial || first == 0) return false;
  const bool irregular =
      participle.info && participle.info->tense == Tense::Past && w != "was" && w != "were" && w != "had" && w != "did";
  const bool regular = !participle.info && w.size() >= 5 && w.ends_with("ed") && !participle.is(WordClass::NotPastEd);
  if (!irregular && !regular) return false;
  size_t aux = verb;
  while (aux > 0 && s[aux - 1].is(WordClass::InsideVerbGroup)) --aux;
  if (aux == 0 || (s[aux - 1].lower != "has" && s[aux - 1].lower != "have")) return false;
  for (size_t k = aux - 1; k > 0 && aux - 1 - k < 4; --k) {
    const Piece& before = s[k - 1];
    if (before.kind == PieceKind::Punct) break;
    if (is_modal(before) || is_will(before) || before.lower == "to" || before.lower == "if" ||
        opens_time_clause(before) || before.lower.ends_with("'d") || before.lower.ends_with("\u2019d")) {
      return false;
    }
  }
  const std::string_view prep = s[first - 1].lower;
  // (an "on", "in" or "at" after an object may date what the deed set up, "has called a meeting at 10am Friday",
  // "has promised a law in January"; right after the verb it dates the deed)
  const bool near_verb = first - 1 <= verb + 2 && (prep == "on" || prep == "in" || prep == "at");
  if (!near_verb && prep != "over" && prep != "during" && prep != "since") return false;
  for (size_t k = verb + 1; k < first; ++k) {
    if (s[k].lower == "that" || is_modal(s[k]) || is_will(s[k])) return false;
  }
  return true;
}

bool sets_day_aside(std::span<const Piece> s, size_t first, size_t end) {
  if (first == 0 || !names_weekday(s, first, end) || end != first + 1) return false;
  const std::string_view before = s[first - 1].lower;
  const std::string_view after = end < s.size() ? s[end].lower : std::string_view{};
  // "declared Thursday a public holiday", "declared Saturday as 1 Syawal"
  if ((before == "declared" || before == "declares" || before == "declare") &&
      (after == "a" || after == "an" || after == "as")) {
    return true;
  }
  // "have taken Friday off", "were given Wednesday off", "have taken Thursday and Friday off"
  size_t last = end;
  if (s.size() > end + 1 && (after == "and" || after == "or") && names_weekday(s, end + 1, end + 2)) last = end + 2;
  if (last < s.size() && s[last].lower == "off") {
    // (not the simple past nor the past perfect, "took Friday off work and came straight here", "had given the
    // musicians Friday off": a day off already had)
    for (size_t d = 1; d <= 3 && d <= first; ++d) {
      const std::string_view w = s[first - d].lower;
      if (w == "taken" || w == "take" || w == "takes" || w == "given" || w == "give" || w == "gives" ||
          w == "granted") {
        return !(first - d > 0 && s[first - d - 1].lower == "had");
      }
    }
  }
  // "claims made by Wednesday should be paid", "shots given by Friday will appear": a participle right after its noun
  // ("Trades made Monday will settle on Thursday": or with the weekday right after it)
  // (only a participle of a transaction there, as "said Wednesday the province would spend" is the clause's verb)
  const bool transaction = before == "made" || before == "placed" || before == "executed" || before == "submitted" ||
                           before == "filed" || before == "received" || before == "postmarked" || before == "bought" ||
                           before == "purchased" || before == "booked";
  const size_t gap = before == "by" ? 2 : 1;
  if ((before == "by" || transaction) && first >= gap + 1 && (end >= s.size() || !s[first].possessive)) {
    const Piece& participle = s[first - gap];
    const Piece& noun = s[first - gap - 1];
    const bool past_form = participle.info ? participle.info->tense == Tense::Past
                                           : participle.lower.size() > 4 && participle.lower.ends_with("ed");
    const bool after_noun = noun.kind == PieceKind::Word && (!noun.upper_initial || first == gap + 1) && !noun.info &&
                            !noun.is(WordClass::FunctionWord) && !noun.is(WordClass::Auxiliary) &&
                            !noun.is(WordClass::BeForm) && !noun.lower.ends_with("ed") && !noun.lower.ends_with("ly");
    if (participle.kind == PieceKind::Word && past_form && after_noun) {
      for (size_t k = end; k < s.size() && k < end + 4; ++k) {
        if (is_clause_break(s, k) || s[k].text == ",") break;
        if (is_modal(s[k]) || is_will(s[k])) return true;
      }
    }
  }
  return false;
}

bool state_runs_until(std::span<const Piece> s, size_t first, size_t end) {
  if (first < 2) return false;
  const std::string_view until = s[first - 1].lower;
  if (until != "until" && until != "till" && until != "through") return false;
  bool month = false;
  for (size_t k = first; k < end; ++k) {
    if (s[k].kind == PieceKind::Number && s[k].digits == 4) return false;  // (a year written out says which)
    month = month || (s[k].info && s[k].info->month != 0 && s[k].upper_initial);
  }
  if (!month) return false;
  for (size_t d = 2; d <= 7 && d <= first; ++d) {
    const Piece& p = s[first - d];
    if (p.kind == PieceKind::Punct) return false;
    const std::string_view w = p.lower;
    // (not a lake that "did not freeze until Jan. 14", nor salvage "delayed by ice until late March": no state set)
    // (nor a noun's possessive, "the fund's sales picture this year through August")
    const std::string_view after = s[first - d + 1].lower;
    if (p.possessive || after == "'s" || after == "\u2019s" || after == "'" || after == "\u2019") continue;
    // ("to fund the government": the verb; "The fund was open until Dec. 31" is the noun)
    const bool to_fund = (w == "fund" || w == "finance") && first - d > 0 && s[first - d - 1].lower == "to";
    if (w == "extended" || w == "extend" || w == "extends" || w == "extending" || w == "frozen" || to_fund ||
        w == "funded" || w == "funding" || w == "finances" || w == "financed" || w == "delay" || w == "delays" ||
        w == "postpone" || w == "postpones" || w == "postponed" || w == "keeps" || w == "keep" || w == "stopgap" ||
        w == "moratorium" || w == "honored" || w == "honoured" || w == "valid") {
      return true;
    }
  }
  return false;
}

bool lies_scheduled(std::span<const Piece> s, size_t first) {
  if (first < 2) return false;
  const std::string_view prep = s[first - 1].lower;
  const std::string_view verb = s[first - 2].lower;
  const auto present_be = [&](size_t k) { return s[k].lower == "is" || s[k].lower == "are"; };
  // "The final is on Sunday", "OPEC's next meeting is on June 5", "a hearing is set for May 17"
  if ((prep == "on" && present_be(first - 2)) ||
      (prep == "for" && (verb == "set" || verb == "slated") && first >= 3 && present_be(first - 3))) {
    return true;
  }
  // ("Club fair is Thursday", "The final is Sunday": a present "is" right before a weekday schedules it)
  if ((prep == "is" || prep == "are") && names_weekday(s, first, first + 1)) return true;
  // "Sentencing was set for July 22" (but "had been set for Monday" is over)
  if (prep == "for" && (verb == "set" || verb == "slated") && !in_past_perfect(s, first)) return true;
  // ("Judge Brennan set sentencing for Jan. 24", "set a hearing for March 3": an event set for a date, its noun
  // between; not "set a record for January")
  if (prep == "for" && first >= 3 && !in_past_perfect(s, first)) {
    const size_t noun = first - 2;
    const size_t set = s[noun - 1].lower == "a" || s[noun - 1].lower == "the" ? noun - 2 : noun - 1;
    const std::string_view n = s[noun].lower;
    const bool event = n == "sentencing" || n == "trial" || n == "hearing" || n == "hearings" || n == "vote" ||
                       n == "date" || n == "deadline" || n == "meeting" || n == "arraignment" || n == "retrial";
    if (event && set < noun && (s[set].lower == "set" || s[set].lower == "sets" || s[set].lower == "scheduled")) {
      return true;
    }
  }
  // "thunderstorms tonight and on Thursday afternoon", "tomorrow or Friday"
  const size_t joint = prep == "on" ? first - 1 : first;
  return joint >= 2 && (s[joint - 1].lower == "and" || s[joint - 1].lower == "or") &&
         (s[joint - 2].lower == "tonight" || s[joint - 2].lower == "tomorrow");
}

bool passive_instruction(std::span<const Piece> s, size_t be, size_t first) {
  if (!s[be].is(WordClass::BeForm) || be + 1 >= first) return false;
  const std::string_view w = s[be + 1].lower;
  return (w == "told" || w == "asked" || w == "ordered" || w == "urged" || w == "summoned" || w == "invited") &&
         plans_ahead(s, be + 1, first);
}

bool planned_then(std::span<const Piece> s, size_t first) {
  constexpr size_t kReach = 12;
  for (size_t d = 1; d <= kReach && d <= first; ++d) {
    const size_t k = first - d;
    if (is_clause_break(s, k)) return false;
    const std::string_view w = s[k].lower;
    // ("was due", "was to"; "was set to", "was scheduled for", not "a record was set on Saturday")
    const std::string_view next = k + 1 < s.size() ? s[k + 1].lower : std::string_view{};
    const bool plan_word = w == "due" || w == "to" ||
                           ((w == "scheduled" || w == "set" || w == "expected" || w == "slated" || w == "planned" ||
                             w == "meant" || w == "supposed") &&
                            (next == "to" || next == "for"));
    if (!plan_word) continue;
    size_t b = k;
    // ("was supposed to be paid Thursday", "were due to be back Monday": the plan word before the infinitive's "to")
    if (w == "to" && b > 0) {
      const std::string_view plan = s[b - 1].lower;
      if (plan == "due" || plan == "supposed" || plan == "meant" || plan == "scheduled" || plan == "set" ||
          plan == "expected" || plan == "slated" || plan == "planned") {
        --b;
      }
    }
    while (b > 0 && (s[b - 1].lower == "originally" || s[b - 1].lower == "initially" || s[b - 1].lower == "first" ||
                     s[b - 1].lower == "also")) {
      --b;
    }
    // (a past perfect plan is over: "the sale had been set for Tuesday", lies_scheduled)
    return b > 0 && (s[b - 1].lower == "was" || s[b - 1].lower == "were");
  }
  return false;
}

}  // namespace quarry::dates
