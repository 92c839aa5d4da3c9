#include "tense.hpp"

#include "grammar.hpp"

namespace quarry::dates {
namespace {

// "due to" looks ahead only as a predicate ("is due to arrive", "the bid, due to expire"); after a noun or
// a verb it gives a cause ("closed since Monday due to snow"). `i` is "due", followed by "to".
bool due_looks_ahead(std::span<const Piece> s, size_t i) {
  // "spending cuts due to take effect in January", "a deal due to expire Friday": before a verb of a
  // scheduled event it looks ahead whatever stands before it
  if (i + 2 < s.size()) {
    const std::string_view v = s[i + 2].lower;
    if (v == "take" || v == "expire" || v == "begin" || v == "start" || v == "end" || v == "arrive" || v == "open" ||
        v == "close" || v == "resume" || v == "come" || v == "finish" || v == "meet" || v == "vote" || v == "report" ||
        v == "launch" || v == "return" || v == "hold" || v == "visit" || v == "reopen") {
      return true;
    }
  }
  size_t prev = i;
  while (prev > 0 && s[prev - 1].is(WordClass::InsideVerbGroup)) --prev;  // "is also due to"
  if (prev == 0) return false;
  const Piece& before = s[prev - 1];
  return before.is(WordClass::BeForm) || (before.kind == PieceKind::Punct && before.text == ",");
}

// After "would" at i: "not say", "n't comment", "not elaborate", the set phrase of a source that declined.
bool declined_to_speak(std::span<const Piece> s, size_t i) {
  size_t k = i + 1;
  if (k < s.size() && (s[k].lower == "not" || s[k].lower == "n't" || s[k].lower == "n\u2019t")) ++k;
  if (k == i + 1 && s[i].lower == "would") return false;  // "would say" is a future or a conditional
  if (k >= s.size()) return false;
  const std::string_view v = s[k].lower;
  return v == "say" || v == "comment" || v == "elaborate" || v == "discuss" || v == "confirm" || v == "disclose" ||
         v == "specify" || v == "reveal" || v == "answer";
}

// "expects sales to improve", "expected the company to report": "expect" with an object before its "to"
// (a few words, no punctuation between) still looks ahead.
bool expects_object_to(std::span<const Piece> s, size_t i) {
  const std::string_view w = s[i].lower;
  if (w != "expect" && w != "expects" && w != "expected") return false;
  for (size_t k = i + 1; k < s.size() && k <= i + 4; ++k) {
    if (s[k].kind != PieceKind::Word) return false;
    if (s[k].lower == "to")
      return k > i + 1 && k + 1 < s.size() && s[k + 1].kind == PieceKind::Word &&
             !s[k + 1].is(WordClass::NounPhraseStart) && !s[k + 1].upper_initial;
  }
  return false;
}

bool is_modal(std::string_view w);

// The bare verb at i right after its subject: a name or a plural noun ("EU leaders meet", "Arafat meet",
// "Markets reopen"), not an infinitive or a verb under an auxiliary ("to meet", "will meet", "did not meet").
bool after_subject(std::span<const Piece> s, size_t i) {
  if (i == 0) return false;
  const Piece& before = s[i - 1];
  // the second verb of a subject ("Tokyo markets were shut for a holiday and reopen on Tuesday", "Markets,
  // closed Tuesday, reopen on Wednesday"), unless an infinitive or an auxiliary came first ("plans to close and
  // reopen", "did not close and reopen")
  if (before.lower == "and" || (before.kind == PieceKind::Punct && before.text == ",")) {
    for (size_t k = i - 1; k > 0 && i - k < 10; --k) {
      const Piece& p = s[k - 1];
      if (p.lower == "to" || p.lower == "not" || p.lower == "n't" || p.lower == "did" || p.lower == "does" ||
          p.lower == "do" || is_modal(p.lower)) {
        return false;
      }
      if (k - 1 == 0 || (p.kind == PieceKind::Punct && (p.text == ";" || p.text == ":"))) break;
    }
    return true;
  }
  if (before.kind != PieceKind::Word || before.info || before.is(WordClass::FunctionWord) ||
      before.is(WordClass::Auxiliary) || before.is(WordClass::NounPhraseStart) || before.is(WordClass::BeForm)) {
    return false;
  }
  return (before.upper_initial && i > 1) || looks_like_plural_in_s(before.lower);
}

Tense cue_of(std::span<const Piece> s, size_t i) {
  const Piece& piece = s[i];
  if (piece.kind != PieceKind::Word) return Tense::Unknown;
  const std::string_view w = piece.lower;
  // "to be published", "is to be held": an infinitive of what is still to come.
  if (w == "be" && i > 0 && s[i - 1].lower == "to") return Tense::Future;
  if (w.ends_with("'ll") || w.ends_with("\u2019ll")) return Tense::Future;
  // "Mohamed and his father are to travel Wednesday", "the minister is to visit": "be to" plus a verb is a
  // plan ("is to blame" is not, nor "is to the north" or "are to 5 percent").
  if ((w == "is" || w == "are" || w == "am") && i + 2 < s.size() && s[i + 1].lower == "to" &&
      s[i + 2].kind == PieceKind::Word && !s[i + 2].upper_initial && s[i + 2].lower != "blame" &&
      !s[i + 2].is(WordClass::NounPhraseStart) && !s[i + 2].is(WordClass::FunctionWord)) {
    return Tense::Future;
  }
  // "The law takes effect Jan. 1": a scheduled start, ahead of the announcement
  // ("new laws take effect Wednesday", "the jobs report comes out on Friday")
  if ((w == "takes" || w == "comes" || ((w == "take" || w == "come") && after_subject(s, i))) && i + 2 < s.size() &&
      (s[i + 1].lower == "effect" || s[i + 1].lower == "into" || (w.starts_with("come") && s[i + 1].lower == "out"))) {
    return Tense::Future;
  }
  // "if his candidate were to win in November": a supposition about what is to come
  if (w == "were" && i + 1 < s.size() && s[i + 1].lower == "to") {
    for (size_t k = 1; k <= 4 && k <= i; ++k) {
      if (s[i - k].lower == "if") return Tense::Future;
    }
  }
  // "another band of storms could arrive Tuesday", "talks may resume Monday", "campaigning must end on
  // Thursday": a modal before a bare verb looks ahead; "could not be reached Wednesday", "could have ended",
  // "could see" speak of the past
  if ((w == "could" || w == "may" || w == "might" || w == "must" || w == "should" || w == "can") && i + 1 < s.size() &&
      s[i + 1].kind == PieceKind::Word) {
    const Piece& verb = s[i + 1];
    const std::string_view v = verb.lower;
    const bool past_ability = v == "not" || v == "n't" || v == "n\u2019t" || v == "have" || v == "be" || v == "see" ||
                              v == "hear" || v == "feel" || v == "only" || v == "never" || v == "also" || v == "still";
    // (a scheduling verb has an entry of its own: "may resume Monday")
    const bool verb_like = !verb.info || (verb.info->tense != Tense::Unknown && verb.info->tense != Tense::Past);
    if (!past_ability && verb_like && !verb.upper_initial && !verb.is(WordClass::FunctionWord) &&
        !verb.is(WordClass::NounPhraseStart) && !v.ends_with("ed")) {
      return Tense::Future;
    }
  }
  // "would not say Tuesday how ...", "wouldn't comment": a refusal reported after the fact
  if ((w == "would" || w == "wouldn't" || w == "wouldn\u2019t") && declined_to_speak(s, i)) return Tense::Past;
  // "with only hours left before midnight", "two days left", "less than a week left": what remains, not the verb
  if (w == "left" && i > 0 && s[i - 1].info && s[i - 1].info->unit != Unit::None) {
    return Tense::Unknown;
  }
  // "The parade takes place on St. Patrick's Day": as often a custom as a schedule ("takes office on Jan. 1" is one)
  if (w == "takes" && i + 1 < s.size() && s[i + 1].lower == "place") return Tense::Unknown;
  // "the embassies next to the park": a place, not the next thing to come
  if (w == "next" && i + 1 < s.size() && s[i + 1].lower == "to") return Tense::Unknown;
  if (piece.info && piece.info->tense != Tense::Unknown) {
    // "going to", "due to", "plans to", "expected to": future only with "to", and only before a verb
    // ("going to the station", "due to the strike" are a place and a cause).
    const bool weak =
        piece.info->tense_strength == TenseStrength::Weak || piece.info->tense_strength == TenseStrength::Aim;
    if (piece.info->tense == Tense::Future && weak && i + 1 < s.size() && w != "next" && w != "upcoming" &&
        w != "would") {
      // "a ruling is expected by March", "the report is due in June": a predicate about what is to come
      const bool predicate = (w == "expected" || w == "due") && i > 0 && s[i - 1].is(WordClass::BeForm) &&
                             (s[i + 1].lower == "by" || s[i + 1].lower == "in" || s[i + 1].lower == "on" ||
                              s[i + 1].lower == "within" || s[i + 1].lower == "before" || s[i + 1].lower == "at" ||
                              s[i + 1].lower == "next" || s[i + 1].lower == "later" || s[i + 1].lower == "soon" ||
                              s[i + 1].lower == "around" || s[i + 1].lower == "for" || s[i + 1].lower == "until" ||
                              // "the state budget is due Tuesday"
                              (w == "due" && s[i + 1].info && s[i + 1].info->weekday != 0));
      if (predicate) return Tense::Future;
      // "a planned rise in fuel duty due in September", "the payment due on March 1": "due" right after its noun
      // names what is scheduled
      if (w == "due" && i > 0 && s[i - 1].kind == PieceKind::Word && !s[i - 1].info &&
          !s[i - 1].is(WordClass::FunctionWord) && !s[i - 1].is(WordClass::Auxiliary) &&
          !s[i - 1].is(WordClass::BeForm) && !s[i - 1].is(WordClass::InsideVerbGroup) &&
          (s[i + 1].lower == "in" || s[i + 1].lower == "on" || s[i + 1].lower == "by" || s[i + 1].lower == "at")) {
        return Tense::Future;
      }
      // "China's trade data, due on Wednesday", "July figures, due out Wednesday": after a noun and a comma,
      // what is still to come
      if (w == "due" && i > 0 && s[i - 1].kind == PieceKind::Punct && s[i - 1].text == "," &&
          (s[i + 1].lower == "on" || s[i + 1].lower == "out" || s[i + 1].lower == "in" ||
           (s[i + 1].info && s[i + 1].info->weekday != 0))) {
        return Tense::Future;
      }
      // "Forecasters expect a dry Saturday", "predicted highs near 104 on Monday": an expectation with its object
      // looks ahead ("as expected", "than expected" compare with the past)
      // ("forecast" is as often a noun: "its February forecast")
      const bool expectation =
          w == "expect" || w == "expects" || w == "expected" || w == "predict" || w == "predicts" || w == "predicted";
      if (expectation && i > 0 && s[i - 1].lower != "as" && s[i - 1].lower != "than" &&
          !s[i - 1].is(WordClass::Auxiliary) && s[i + 1].kind == PieceKind::Word && s[i + 1].lower != "to") {
        return Tense::Future;
      }
      if (s[i + 1].lower != "to" && !expects_object_to(s, i)) return Tense::Unknown;
      if (i + 2 < s.size() && (s[i + 2].is(WordClass::NounPhraseStart) || s[i + 2].kind == PieceKind::Number)) {
        return Tense::Unknown;
      }
      if (w == "due" && !due_looks_ahead(s, i)) return Tense::Unknown;
    }
    // ("the U.S. Open in September": a capitalized bare verb is a name)
    if (piece.info->tense_strength == TenseStrength::ScheduleBare && (!after_subject(s, i) || piece.upper_initial)) {
      return Tense::Unknown;
    }
    if (piece.info->tense_strength == TenseStrength::Plan) {
      // "has scheduled a vote Monday" looks ahead; "the planned trip", "hastily planned", "as previously
      // planned" are adjectives or report an old plan.
      if (i > 0 && (s[i - 1].is(WordClass::BeforeAdjective) || s[i - 1].lower.ends_with("ly"))) return Tense::Unknown;
      return Tense::Future;
    }
    if (piece.info->tense == Tense::Past && i > 0 && s[i - 1].is(WordClass::Auxiliary) && w != "was" && w != "were" &&
        w != "had" && w != "did") {
      return Tense::Unknown;  // a participle
    }
    return piece.info->tense;
  }
  // (A capitalized -ed word is a name, "Ahmed", except a participle opening the sentence before a preposition:
  // "Asked on Monday whether ...", "Reached by phone".)
  const bool opening_participle = i == 0 && i + 1 < s.size() && s[i + 1].is(WordClass::FunctionWord);
  // ("a two-legged play-off", "state-owned", "Saudi-backed": the end of a compound adjective, though
  // "re-elected", "co-founded" are verbs)
  const bool compound_adjective = piece.hyphen_before && i > 0 && s[i - 1].lower != "re" && s[i - 1].lower != "co" &&
                                  s[i - 1].lower != "pre" && s[i - 1].lower != "un";
  if (w.size() >= 5 && w.ends_with("ed") && !piece.is(WordClass::NotPastEd) && !compound_adjective &&
      (!piece.upper_initial || opening_participle)) {
    // "has also joined", "was not charged": look past an adverb to the auxiliary; "Trump also joined" is past
    size_t prev = i;
    // (an adverb in -ly too: "will be formally installed")
    while (
        prev > 0 && prev + 3 > i &&
        (s[prev - 1].is(WordClass::InsideVerbGroup) ||
         (s[prev - 1].kind == PieceKind::Word && s[prev - 1].lower.size() > 4 && s[prev - 1].lower.ends_with("ly")))) {
      --prev;
    }
    // ("will stay closed Wednesday", "remained closed": a participle after a verb of staying)
    const bool after_stay = prev > 0 && (s[prev - 1].lower == "stay" || s[prev - 1].lower == "stays" ||
                                         s[prev - 1].lower == "remain" || s[prev - 1].lower == "remains");
    // ("the three states that voted Tuesday": after a relative "that", a verb, where "that planned visit" has an
    // adjective; a date, a function word or a stop after it tells the verb)
    const bool relative_that = prev > 0 && s[prev - 1].lower == "that" &&
                               (i + 1 >= s.size() || s[i + 1].kind == PieceKind::Punct ||
                                (s[i + 1].info && s[i + 1].info->temporal) || s[i + 1].is(WordClass::FunctionWord));
    if (prev > 0 && !relative_that &&
        (s[prev - 1].is(WordClass::Auxiliary) || s[prev - 1].is(WordClass::BeforeAdjective) || after_stay)) {
      return Tense::Unknown;
    }
    // ("for vaccinated shoppers", "of elected officials": after a preposition and before a noun, an adjective)
    const std::string_view before = i > 0 ? s[i - 1].lower : std::string_view{};
    const bool after_preposition = before == "for" || before == "of" || before == "with" || before == "among" ||
                                   before == "against" || before == "about" || before == "from" || before == "on";
    if (prev == i && after_preposition && i + 1 < s.size() && s[i + 1].kind == PieceKind::Word &&
        !s[i + 1].upper_initial && !s[i + 1].info && !s[i + 1].is(WordClass::FunctionWord) &&
        !s[i + 1].is(WordClass::NounPhraseStart) && looks_like_plural_in_s(s[i + 1].lower)) {
      return Tense::Unknown;
    }
    return Tense::Past;
  }
  return Tense::Unknown;
}

bool is_modal(std::string_view w) {
  return w == "could" || w == "would" || w == "should" || w == "must" || w == "may" || w == "might" || w == "can" ||
         w == "will";
}

// A semicolon, colon or dash between clauses (not the colon of a clock time, "8:30").
bool is_clause_break(std::span<const Piece> s, size_t i) {
  const Piece& piece = s[i];
  if (piece.kind != PieceKind::Punct) return false;
  if (piece.text == ":") {
    return !(i > 0 && i + 1 < s.size() && s[i - 1].kind == PieceKind::Number && s[i + 1].kind == PieceKind::Number);
  }
  return piece.text == ";" || piece.text == "\u2014";
}

constexpr size_t kWindow = 15;
constexpr size_t kFarWindow = 25;  // how far back a "will" still governs when nothing nearer does
constexpr size_t kNearWindow = 5;  // how many words away a "near" cue (a present modal) still governs

// A "near" cue `distance` words from the date is too far to govern it.
bool beyond_reach(const Piece& cue, size_t distance) {
  return cue.info && cue.info->tense_strength == TenseStrength::Near && distance > kNearWindow;
}

// The nearest tense cue after `end` within the clause. A present-tense "is"/"are" across a comma belongs to
// the main clause, not to a fronted adjunct ("After a defeat in New Hampshire Tuesday, Clinton is
// staggering"): it decides nothing, though a later modal or past form still may ("On Monday, the talks are
// expected to ...").
Tense tense_to_the_right(std::span<const Piece> sentence, size_t end) {
  bool comma = false;
  bool present = false;
  for (size_t i = end; i < sentence.size() && i < end + kWindow; ++i) {
    if (is_clause_break(sentence, i)) break;
    if (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",") comma = true;
    if (beyond_reach(sentence[i], i - end + 1)) continue;
    if (sentence[i].info && (sentence[i].info->tense_strength == TenseStrength::Schedule ||
                             sentence[i].info->tense_strength == TenseStrength::ScheduleBare ||
                             sentence[i].info->tense_strength == TenseStrength::Aim)) {
      continue;
    }
    const Tense t = cue_of(sentence, i);
    if (t == Tense::Present) {
      if (!comma && !present) return t;
      present = true;
      continue;
    }
    if (t != Tense::Unknown) return t;
  }
  return Tense::Unknown;
}

// "and on Monday, ...", "but Tuesday, ...": the expression [first, end), with its preposition, opens a clause
// after a conjunction and is set off by a comma.
bool opens_clause_before_comma(std::span<const Piece> sentence, size_t first, size_t end) {
  if (end >= sentence.size() || sentence[end].kind != PieceKind::Punct || sentence[end].text != ",") return false;
  size_t p = first;
  if (p > 0 && sentence[p - 1].is(WordClass::FunctionWord) && sentence[p - 1].lower != "and" &&
      sentence[p - 1].lower != "but") {
    --p;  // "on", "by", "since"
  }
  if (p == 0) return false;
  const std::string_view before = sentence[p - 1].lower;
  return before == "and" || before == "but" || before == "while" || before == "yet";
}

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

// "ahead of Tuesday's primary", "heading into the weekend", "between now and March", "in the run-up to
// Sunday's vote", "the lead-up to Tuesday's primary": phrases that point at an event still to come. The phrase may
// stand a few words before the expression `first` starts ("ahead of New York's delegate-rich Tuesday primary"), within
// the clause.
// ("leading up to" is not one: news uses it as often for a past stretch, "in the months leading up to
// Monday's caucus".)
bool looks_forward_to(std::span<const Piece> s, size_t first) {
  return phrase_before(s, first, 6, [first](const auto& word, size_t k) {
    return (word(1, "of") && (word(2, "ahead") || (word(2, "advance") && word(3, "in")))) ||
           (word(1, "into") && word(2, "heading")) ||
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

// "All hearings were moved to Monday", "the vote was postponed to Friday", "pushed back to March", "rescheduled
// for Thursday": an event moved onto the date at `first`, which lies ahead of the report.
bool moved_to(std::span<const Piece> s, size_t first) {
  if (first < 2 || (s[first - 1].lower != "to" && s[first - 1].lower != "for")) return false;
  for (size_t k = first - 1; k > 0 && first - k <= 6; --k) {
    if (s[k - 1].kind == PieceKind::Punct) return false;
    if (s[k - 1].is(WordClass::MovesDate)) return true;
  }
  return false;
}

// "in the wake of Sunday's collapse", "in the aftermath of Tuesday's vote": phrases that look back at an event
// that has happened, a few words before the expression `first` starts, within the clause.
bool looks_back_at(std::span<const Piece> s, size_t first) {
  return phrase_before(s, first, 4, [](const auto& word, size_t) {
    return word(1, "of") && (word(2, "wake") || word(2, "aftermath")) && word(3, "the") && word(4, "in");
  });
}

// "agreed to meet again on Monday", "called on both sides to return to talks on Monday": a past verb of
// deciding or bidding at `verb`, then "to" and a verb before the date at `first`: the date is the plan's, which
// lies after the report more often than not.
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
    const bool verb_like = !next.info || next.info->tense != Tense::Unknown;
    return next.kind == PieceKind::Word && !next.upper_initial && verb_like && !next.is(WordClass::NounPhraseStart) &&
           !next.is(WordClass::FunctionWord) && !next.lower.ends_with("ing");
  }
  return false;
}

Tense tense_by_cues(std::span<const Piece> sentence, size_t first, size_t end) {
  // "as soon as Tuesday", "as early as next week": a future expectation whatever the verb.
  if (first >= 3 && sentence[first - 1].lower == "as" && sentence[first - 3].lower == "as" &&
      (sentence[first - 2].lower == "soon" || sentence[first - 2].lower == "early")) {
    // ("were probably spreading the virus as early as mid-June": a past verb before it, with no modal, keeps
    // it in the past)
    for (size_t d = 4; d <= kWindow && d <= first; ++d) {
      const size_t i = first - d;
      if (is_clause_break(sentence, i) || is_modal(sentence[i].lower)) break;
      if (const Tense t = cue_of(sentence, i); t != Tense::Unknown)
        return t == Tense::Past ? Tense::Past : Tense::Future;
    }
    return Tense::Future;
  }
  if (looks_forward_to(sentence, first) || moved_to(sentence, first)) return Tense::Future;
  // "Forecasters said Sunday would be milder": the date is the subject of a verb that looks ahead
  // (after a verb of saying, or opening the sentence or a clause; "a roadmap announced Wednesday would be followed"
  // is no such subject)
  if (end < sentence.size() && (sentence[end].lower == "will" || sentence[end].lower == "would") &&
      (first == 0 || sentence[first - 1].kind != PieceKind::Word || sentence[first - 1].is(WordClass::SpeechVerb))) {
    return Tense::Future;
  }
  if (looks_back_at(sentence, first)) return Tense::Past;
  // "effective Feb. 1": a date set by the announcement, as often ahead as behind; nearness decides.
  if (first >= 1 && sentence[first - 1].lower == "effective") return Tense::Unknown;
  // "until Monday", "extended its deadline until 9 a.m. Tuesday": a deadline ahead, unless a past
  // auxiliary governs ("Until Thursday, they had not called him").
  // ("no later than Wednesday" is a deadline as "until Wednesday" is)
  const bool until =
      first >= 1 && (sentence[first - 1].lower == "until" || sentence[first - 1].lower == "till" ||
                     (first >= 3 && sentence[first - 1].lower == "than" && sentence[first - 2].lower == "later" &&
                      (sentence[first - 3].lower == "no" || sentence[first - 3].lower == "not")));
  if (until) {
    // "Those who filed by April 15 have until Oct. 15": "have until", "has until" give time still left
    if (first >= 2 && sentence[first - 1].lower == "until" &&
        (sentence[first - 2].lower == "have" || sentence[first - 2].lower == "has")) {
      return Tense::Future;
    }
    // ("was unlikely to vote until Tuesday": a future cue after the past auxiliary still looks ahead)
    bool past = false;
    for (size_t i = first > 15 ? first - 15 : 0; i < sentence.size() && i < end + 15; ++i) {
      const std::string_view w = sentence[i].lower;
      if (i >= first && i < end) continue;
      if (w == "had" || w == "was" || w == "were" || w == "did") past = true;
      if (past && i < first && cue_of(sentence, i) == Tense::Future) past = false;
    }
    // "marched until 2 a.m. Friday", "kept going until Sunday": an activity in the past ran up to the date;
    // "extended its deadline until Tuesday", "postponed the vote until Monday" set a state that runs ahead.
    if (!past) {
      for (size_t d = 2; d <= kWindow && d <= first; ++d) {
        const size_t i = first - d;
        if (is_clause_break(sentence, i) || is_modal(sentence[i].lower)) break;  // ("may wait until February")
        const Tense t = cue_of(sentence, i);
        if (t == Tense::Unknown) continue;
        past = t == Tense::Past && !sentence[i].is(WordClass::SetsStateAhead);
        break;
      }
    }
    return past ? Tense::Past : Tense::Future;
  }
  // "could be ready by Saturday", "must be returned by Friday": a deadline under a modal lies ahead, though
  // a modal alone decides nothing ("could" is as often the past of "can": "could not be reached Wednesday").
  if (first >= 1 && sentence[first - 1].lower == "by") {
    for (size_t d = 2; d <= 8 && d <= first; ++d) {
      const Piece& piece = sentence[first - d];
      if (is_clause_break(sentence, first - d)) break;
      if (is_modal(piece.lower)) return Tense::Future;
    }
  }
  // "..., and on Monday, CBS said": an adjunct fronted in a new clause belongs to the verb after it, not to
  // the clause before the conjunction.
  if (opens_clause_before_comma(sentence, first, end)) {
    if (const Tense t = tense_to_the_right(sentence, end); t != Tense::Unknown) return t;
  }
  // The nearest cue to the left within the clause governs (the verb of a temporal adjunct usually comes
  // before it); otherwise the nearest to the right.
  bool comma = false;
  for (size_t d = 1; d <= kWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (is_clause_break(sentence, i)) break;
    if (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",") comma = true;
    // "Faced with this, the hearings in September could ...": an opening participle governs only its own
    // phrase, up to the comma
    if (i == 0 && comma && sentence[i].upper_initial) continue;
    if (beyond_reach(sentence[i], d)) continue;
    if (const Tense t = cue_of(sentence, i); t != Tense::Unknown) {
      // "had been due to expire Friday": a plan in the past perfect is over, whatever the plan said.
      if (t == Tense::Future && sentence[i].info &&
          (sentence[i].info->tense_strength == TenseStrength::Weak ||
           sentence[i].info->tense_strength == TenseStrength::Plan)) {
        for (size_t k = 1; k <= 3 && k <= i; ++k) {
          if (sentence[i - k].lower == "had") return Tense::Past;
        }
      }
      if (t == Tense::Past && plans_ahead(sentence, i, first)) return Tense::Future;
      return t;
    }
  }
  // "Obama will lay out his jobs plan in an address to a joint session of Congress at 7 p.m. Thursday": with no
  // cue near, a "will" further back in the same clause, with no comma between, still governs
  for (size_t d = 1; d <= kFarWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (is_clause_break(sentence, i) || (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",")) break;
    const std::string_view w = sentence[i].lower;
    if (d > kWindow && (w == "will" || w == "shall" || w.ends_with("'ll") || w.ends_with("\u2019ll"))) {
      return Tense::Future;
    }
    // ("a storm that is expected to drop 6 to 10 inches of snow across the western suburbs before it tapers off
    // Thursday evening": a plan of "to" and a verb, as far back)
    if (d > kWindow && sentence[i].info && sentence[i].info->tense_strength == TenseStrength::Weak &&
        cue_of(sentence, i) == Tense::Future) {
      return Tense::Future;
    }
  }
  if (const Tense t = tense_to_the_right(sentence, end); t != Tense::Unknown) return t;
  // "until December", "by early March": with no verb to go by, these prepositions look ahead.
  size_t before = first;
  while (before > 0 && (sentence[before - 1].lower == "early" || sentence[before - 1].lower == "mid")) --before;
  if (before > 0) {
    const std::string_view w = sentence[before - 1].lower;
    if (w == "until" || w == "till" || w == "by" || w == "through") return Tense::Future;
  }
  return Tense::Unknown;
}

}  // namespace

Tense tense_around(std::span<const Piece> sentence, size_t first, size_t end) {
  const Tense t = tense_by_cues(sentence, first, end);
  // "are under pressure to unite before Friday's vote": what a present (or tenseless) clause does "before" a
  // date, it does ahead of it
  if ((t == Tense::Present || t == Tense::Unknown) && first >= 1 && sentence[first - 1].lower == "before") {
    return Tense::Future;
  }
  return t;
}

}  // namespace quarry::dates
