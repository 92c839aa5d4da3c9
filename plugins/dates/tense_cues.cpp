#include "tense_cues.hpp"

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

// A weekday at `k`, or "late"/"early" and a weekday ("is expected late Sunday").
bool names_weekday_next(std::span<const Piece> s, size_t k) {
  if (k < s.size() && (s[k].lower == "late" || s[k].lower == "early")) ++k;
  return k < s.size() && s[k].info && s[k].info->weekday != 0;
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
      // (an infinitive's "to", before a word: not "priced from €38 to €142, go on sale")
      const bool infinitive = p.lower == "to" && s[k].kind == PieceKind::Word;
      if (infinitive || p.lower == "not" || p.lower == "n't" || p.lower == "did" || p.lower == "does" ||
          p.lower == "do" || is_modal(p)) {
        return false;
      }
      if (k - 1 == 0 || (p.kind == PieceKind::Punct && (p.text == ";" || p.text == ":"))) break;
    }
    return true;
  }
  // "Penfold Corp. reports on Tuesday": a company's name ends in an abbreviation
  if (before.kind == PieceKind::Punct && before.text == "." && i > 2 && s[i - 2].upper_initial &&
      s[i - 2].end == before.begin) {
    return true;
  }
  // "I start on Monday", "they meet Tuesday", "cuts that take effect Tuesday": a subject pronoun, or a relative
  // one standing for the subject
  const std::string_view b = before.lower;
  // ("We saw that start in late Q2": "that" as the object of a past verb, with a bare verb after it)
  if (b == "that" && i >= 2 && s[i - 2].info && s[i - 2].info->tense == Tense::Past) return false;
  if (b == "i" || b == "we" || b == "they" || b == "you" || b == "he" || b == "she" || b == "it" || b == "that" ||
      b == "which" || b == "who") {
    return true;
  }
  // (a name that also opens a holiday's, "Arafat" of "Arafat Day", "Columbus", is still a name)
  const bool lexical = before.info && !(before.info->starts_holiday && before.upper_initial);
  if (before.kind != PieceKind::Word || lexical || before.is(WordClass::FunctionWord) ||
      before.is(WordClass::Auxiliary) || before.is(WordClass::NounPhraseStart) || before.is(WordClass::BeForm)) {
    return false;
  }
  // ("chains kept stores open late on Friday": the object of a verb of keeping, with the bare verb its adjective)
  if (i >= 2) {
    const std::string_view keep = s[i - 2].lower;
    if (keep == "kept" || keep == "keep" || keep == "keeps" || keep == "keeping" || keep == "left" || keep == "leave" ||
        keep == "leaves" || keep == "leaving") {
      return false;
    }
  }
  // ("Reno open a five-game trip on Wednesday": a name opening the sentence, before a bare verb it agrees with)
  return before.upper_initial || looks_like_plural_in_s(before.lower);
}

// Whether the word is the particle of a phrasal verb: "taken down", "given up", "drawn out".
bool is_verb_particle(std::string_view w) {
  return w == "down" || w == "up" || w == "out" || w == "off" || w == "away" || w == "back" || w == "over";
}

// Whether the word at i stands between a noun, its subject, and the determiner of its object: "committee advanced
// a bill", "the ministry detailed its plans" (not "an advanced the", "highly detailed the").
bool takes_determined_object(std::span<const Piece> s, size_t i) {
  const Piece& before = s[i - 1];
  const std::string_view next = s[i + 1].lower;
  const bool determiner = next == "a" || next == "an" || next == "the" || next == "its" || next == "their" ||
                          next == "his" || next == "her" || next == "our";
  return determiner && before.kind == PieceKind::Word && !before.info && !before.hyphen_before &&
         !before.is(WordClass::FunctionWord) && !before.is(WordClass::Auxiliary) && !before.is(WordClass::BeForm) &&
         !before.is(WordClass::BeforeAdjective) && !before.lower.ends_with("ly");
}

// Whether the participle at `i` follows the object of a bare verb of keeping or leaving, one to three words of a
// noun phrase ("would keep the plant closed", "to leave roads blocked"); the verb's own auxiliary tells the time
// ("a measure that keeps the government funded" leaves it to the clause it belongs to).
bool complements_kept_object(std::span<const Piece> s, size_t i) {
  for (size_t k = i; k > 1 && i - k < 3;) {
    --k;
    const Piece& word = s[k];
    if (word.kind != PieceKind::Word || word.is(WordClass::Auxiliary) || word.is(WordClass::BeForm) ||
        ((word.info || word.is(WordClass::FunctionWord)) && !word.is(WordClass::NounPhraseStart))) {
      return false;
    }
    const std::string_view verb = s[k - 1].lower;
    if (verb == "keep" || verb == "leave") return true;
  }
  return false;
}

}  // namespace

Tense cue_of(std::span<const Piece> s, size_t i) {
  const Piece& piece = s[i];
  if (piece.kind != PieceKind::Word) return Tense::Unknown;
  const std::string_view w = piece.lower;
  // "to be published", "is to be held": an infinitive of what is still to come.
  // ("We were meant to be home on Monday": a plan told as one that fell through, for a day gone by)
  if (w == "be" && i >= 3 && s[i - 1].lower == "to" && s[i - 2].lower == "meant" &&
      (s[i - 3].lower == "was" || s[i - 3].lower == "were")) {
    return Tense::Past;
  }
  if (w == "be" && i > 0 && s[i - 1].lower == "to") return Tense::Future;
  if (w.ends_with("'ll") || w.ends_with("\u2019ll")) return Tense::Future;
  // ("must have arrived by Friday", "may have peaked": a perfect of what is inferred looks back; "will have finished
  // by Friday" looks ahead, and "would have risen by fall", "should have opened before the end of the decade" tell
  // of what did not come about, as often ahead)
  const std::string_view modal = i > 0 ? s[i - 1].lower : std::string_view{};
  if (w == "have" &&
      (modal == "must" || modal == "might" || modal == "could" || (modal == "may" && is_modal(s[i - 1]))) &&
      i + 1 < s.size() &&
      (s[i + 1].lower == "been" || (s[i + 1].lower.ends_with("ed") && !s[i + 1].is(WordClass::NotPastEd)) ||
       (s[i + 1].info && s[i + 1].info->tense == Tense::Past))) {
    return Tense::Past;
  }
  // ("expect completion no earlier than the fourth quarter": a bound, no time gone by; "an hour earlier than
  // Saturday" compares with a day that has been)
  if (w == "earlier" && i > 0 && i + 1 < s.size() && s[i + 1].lower == "than" &&
      (s[i - 1].lower == "no" || s[i - 1].lower == "not")) {
    return Tense::Unknown;
  }
  // ("suggest going to bed earlier each night this weekend")
  if (earlier_each_time(s, i)) return Tense::Unknown;
  // ("Families face an earlier dark", "an earlier start on Sunday": after an article, the adjective, no time gone by)
  if ((w == "earlier" || w == "later") && i > 0 &&
      (s[i - 1].lower == "an" || s[i - 1].lower == "a" || s[i - 1].lower == "the")) {
    return Tense::Unknown;
  }
  // "you've got an away game on Tuesday", "he's got a hearing Monday": "have got" is "have", a present
  if (w == "got" && i > 0 &&
      (s[i - 1].lower == "have" || s[i - 1].lower == "has" || s[i - 1].lower.ends_with("'ve") ||
       s[i - 1].lower.ends_with("\u2019ve") || s[i - 1].lower.ends_with("'s") || s[i - 1].lower.ends_with("\u2019s"))) {
    return Tense::Present;
  }
  // "we're asking for a date in September", "I'm told": "are" and "am" as clitics
  if (w.ends_with("'re") || w.ends_with("\u2019re") || w.ends_with("'m") || w.ends_with("\u2019m")) {
    return Tense::Present;
  }
  // "we'd ask for November": "would" before a bare verb; "she'd left", "we'd been told": "had"
  if (w.ends_with("'d") || w.ends_with("\u2019d")) {
    if (i + 1 >= s.size() || s[i + 1].kind != PieceKind::Word) return Tense::Unknown;
    const std::string_view next = s[i + 1].lower;
    const bool participle = next == "been" || (next.ends_with("ed") && !s[i + 1].is(WordClass::NotPastEd)) ||
                            (s[i + 1].info && s[i + 1].info->tense == Tense::Past);
    return participle ? Tense::Past : Tense::Future;
  }
  // "Mohamed and his father are to travel Wednesday", "the minister is to visit": "be to" plus a verb is a
  // plan ("is to blame" is not, nor "is to the north" or "are to 5 percent").
  if ((w == "is" || w == "are" || w == "am") && i + 2 < s.size() && s[i + 1].lower == "to" &&
      s[i + 2].kind == PieceKind::Word && !s[i + 2].upper_initial && s[i + 2].lower != "blame" &&
      !s[i + 2].is(WordClass::NounPhraseStart) && !s[i + 2].is(WordClass::FunctionWord)) {
    return Tense::Future;
  }
  // "The law takes effect Jan. 1": a scheduled start, ahead of the announcement
  // ("new laws take effect Wednesday", "the jobs report comes out on Friday")
  // ("Sanctions on Iranian oil take effect in November": "take effect" is never a bare infinitive, so a subject
  // ending in a singular noun after a preposition still governs it)
  if (w == "take" && i > 0 && i + 2 < s.size() && s[i + 1].lower == "effect" && s[i - 1].kind == PieceKind::Word &&
      !s[i - 1].is(WordClass::FunctionWord) && !s[i - 1].is(WordClass::Auxiliary) && !is_modal(s[i - 1]) &&
      s[i - 1].lower != "to" && s[i - 1].lower != "not") {
    return Tense::Future;
  }
  if ((w == "takes" || w == "comes" || ((w == "take" || w == "come") && after_subject(s, i))) && i + 2 < s.size() &&
      (s[i + 1].lower == "effect" || s[i + 1].lower == "into" || (w.starts_with("come") && s[i + 1].lower == "out"))) {
    return Tense::Future;
  }
  // ("her lease runs out at the end of October": what "runs out" on a date expires then, as "expires" does)
  if (w == "runs" && i + 1 < s.size() && s[i + 1].lower == "out") return Tense::Future;
  // "The first review comes in December", "the ruling comes on Monday": what a present "comes" on a date is
  // scheduled
  // ("a partial eclipse follows on Aug. 28": so is what "follows" on it; "the move follows Tuesday's vote" looks back)
  if ((w == "comes" || w == "follows") && i + 1 < s.size() && (s[i + 1].lower == "in" || s[i + 1].lower == "on")) {
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
  if ((w == "could" || w == "might" || w == "must" || w == "should" || w == "can" || (w == "may" && is_modal(s[i]))) &&
      i + 1 < s.size() && s[i + 1].kind == PieceKind::Word) {
    // ("the hull might not be towed before August", "talks may not resume until Monday": a negation after any
    // modal but "could" leaves the modal looking ahead; the verb follows it)
    const bool negated = w != "could" && (s[i + 1].lower == "not" || s[i + 1].lower == "never") && i + 2 < s.size() &&
                         s[i + 2].kind == PieceKind::Word;
    const size_t at = negated ? i + 2 : i + 1;
    const Piece& verb = s[at];
    const std::string_view v = verb.lower;
    // ("may have to add a day in June" is an obligation ahead, not "could have ended")
    const bool have_to = v == "have" && at + 1 < s.size() && s[at + 1].lower == "to";
    const bool past_ability = v == "not" || v == "n't" || v == "n\u2019t" || (v == "have" && !have_to) || v == "be" ||
                              v == "see" || v == "hear" || v == "feel" || v == "only" || v == "never" || v == "also" ||
                              v == "still";
    // ("could not be reached for comment Tuesday", "couldn't say": the past of "cannot", as wire copy writes it)
    if (w == "could" && (v == "not" || v == "n't" || v == "n\u2019t")) return Tense::Past;
    // "more could be lifted Monday", "power may be restored Tuesday": a modal's passive or predicate looks ahead
    // ("could be seen", "could be heard", "could be reached", "could be located" tell what was possible then)
    if (v == "be" && at + 1 < s.size() && s[at + 1].kind == PieceKind::Word) {
      const std::string_view after = s[at + 1].lower;
      const bool perceived = after == "seen" || after == "heard" || after == "reached" || after == "felt" ||
                             after == "spotted" || after == "found" || after == "located" || after == "contacted";
      if (!perceived && after != "that") return Tense::Future;
    }
    // (a scheduling verb has an entry of its own: "may resume Monday")
    // ("temperatures could fall to minus 15 by Friday night": "fall" is the verb here, not the season)
    const bool verb_like =
        !verb.info || (verb.info->tense != Tense::Unknown && verb.info->tense != Tense::Past) || v == "fall";
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
  // "gales possible on the coast on Thursday", "storms were likely overnight and into Tuesday": a forecast's
  // adjective before what it is said of looks ahead ("likely voters" is an adjective on a noun; "likely to" is
  // read below)
  if ((w == "likely" || w == "possible") && i + 1 < s.size() &&
      (s[i + 1].kind == PieceKind::Punct ||
       (s[i + 1].is(WordClass::FunctionWord) && s[i + 1].lower != "to" && s[i + 1].lower != "that") ||
       (s[i + 1].info && (s[i + 1].info->weekday != 0 || !s[i + 1].info->day_part.empty())) ||
       s[i + 1].lower == "overnight" || s[i + 1].lower == "across")) {
    return Tense::Future;
  }
  // "temperatures in the 60s Tuesday, followed by rain Wednesday night": what follows in a sequence takes its
  // tense from the sentence, not from the participle
  if (w == "followed" && i + 1 < s.size() && s[i + 1].lower == "by" && i > 0 && s[i - 1].kind == PieceKind::Punct) {
    return Tense::Unknown;
  }
  // "it depends on the weather in August", "she plans a tour in April": an -s word right after a subject pronoun
  // is a verb in the present
  if (i > 0 && !piece.info && !piece.upper_initial && w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") &&
      !w.ends_with("'s") && !w.ends_with("\u2019s")) {
    const std::string_view subject = s[i - 1].lower;
    if (subject == "it" || subject == "he" || subject == "she") {
      // ("expects growth of 8 percent when it reports in March": after a conjunction of time, what is still ahead)
      return i >= 2 && opens_time_clause(s[i - 2]) ? Tense::Future : Tense::Present;
    }
  }
  // ("a final push before they vote on Monday": so is a plural subject's bare verb)
  if (i >= 2 && !piece.info && !piece.upper_initial && piece.kind == PieceKind::Word && !w.ends_with("ed") &&
      !w.ends_with("ing") && !w.ends_with("s") && opens_time_clause(s[i - 2])) {
    const std::string_view subject = s[i - 1].lower;
    if (subject == "they" || subject == "we" || subject == "you" || subject == "i") return Tense::Future;
  }
  // ("Dallas hit -2 degrees on Tuesday", "the company cut 120 jobs on Sunday": a verb whose past is its bare form,
  // after a singular subject, is past, as its present would end in -s)
  if (i > 0 && !piece.info && !piece.upper_initial && w.size() >= 3 && w.size() <= 6 &&
      std::string_view("hcspqb").find(w[0]) != std::string_view::npos &&
      (w == "hit" || w == "cut" || w == "shut" || w == "put" || w == "quit" || w == "spread" || w == "burst" ||
       w == "hurt" || w == "split" || w == "cost")) {
    const Piece& subject = s[i - 1];
    // ("the drama, which hit screens on Friday": a relative pronoun standing for such a subject)
    const bool pronoun = subject.lower == "he" || subject.lower == "she" || subject.lower == "it" ||
                         (subject.lower == "which" && i >= 2 && s[i - 2].text == ",");
    const bool name = subject.kind == PieceKind::Word && subject.upper_initial && i > 1 && !subject.info &&
                      !subject.is(WordClass::FunctionWord) && !subject.lower.ends_with("s");
    // (not "its own cut", a noun)
    const bool noun = subject.kind == PieceKind::Word && !subject.upper_initial && !subject.info && i > 1 &&
                      s[i - 2].is(WordClass::NounPhraseStart) && !subject.lower.ends_with("s") &&
                      !subject.is(WordClass::PluralNoS) && subject.lower != "own";
    if (pronoun || name || noun) return Tense::Past;
  }
  // "the league gets under way on Thursday": a start still ahead ("Man gets 15 years" is no schedule)
  if (w == "gets" && i + 1 < s.size() &&
      (s[i + 1].lower == "underway" || (s[i + 1].lower == "under" && i + 2 < s.size() && s[i + 2].lower == "way"))) {
    return Tense::Future;
  }
  // "The parade takes place on St. Patrick's Day": as often a custom as a schedule ("takes office on Jan. 1" is one),
  // both told in the present: no lean back ("takes place the week of Sept. 8", written in April, is this September)
  if (w == "takes" && i + 1 < s.size() && s[i + 1].lower == "place") return Tense::Present;
  // "the resilience test, last run in August", "the index, last revised in May": "last" before a participle
  // tells when it was done ("the last held seat" is a determiner's adjective)
  if (w == "last" && i + 1 < s.size() && s[i + 1].kind == PieceKind::Word &&
      (i == 0 || !s[i - 1].is(WordClass::NounPhraseStart))) {
    const std::string_view v = s[i + 1].lower;
    const bool participle = (v.ends_with("ed") && !s[i + 1].is(WordClass::NotPastEd)) ||
                            (s[i + 1].info && s[i + 1].info->tense == Tense::Past) || v == "run" || v == "set" ||
                            v == "seen" || v == "held" || v == "met" || v == "won" || v == "made" || v == "done" ||
                            v == "cut" || v == "paid" || v == "sold" || v == "heard" || v == "shown" || v == "spent";
    if (participle) return Tense::Past;
  }
  // "a target of 12 set in February", "the record set on Monday": "set" with a date is a participle of the past
  // ("set for February", "set to" look ahead; "is set in 1944" is a story's setting)
  if (w == "set" && i > 0 && i + 1 < s.size() &&
      (s[i + 1].lower == "in" || s[i + 1].lower == "on" || s[i + 1].lower == "during" || s[i + 1].lower == "last" ||
       s[i + 1].lower == "earlier") &&
      s[i - 1].kind == PieceKind::Word && !s[i - 1].is(WordClass::BeForm) && !s[i - 1].is(WordClass::Auxiliary) &&
      !s[i - 1].is(WordClass::InsideVerbGroup) && !is_modal(s[i - 1]) && s[i - 1].lower != "to") {
    return Tense::Past;
  }
  // ("down from 2.3 percent forecast in May": the participle of a figure already forecast)
  if ((w == "forecast" || w == "projected" || w == "predicted" || w == "estimated") && i > 0 &&
      (s[i - 1].lower == "percent" || s[i - 1].lower == "%" || s[i - 1].lower == "cent" ||
       s[i - 1].kind == PieceKind::Number)) {
    return Tense::Past;
  }
  // "the embassies next to the park": a place, not the next thing to come
  if (w == "next" && i + 1 < s.size() && s[i + 1].lower == "to") return Tense::Unknown;
  // ("national founder Kim Il Sung", "The Met Office": a capitalized past cue after a capitalized word is part of
  // a name; "gives the Fed room to wait", "a meeting in Rose at 7 p.m.": so is one after any word, inside a sentence)
  // (or after an abbreviation's period: "the village of Ste. Rose")
  const bool after_word = i > 0 && (s[i - 1].kind == PieceKind::Word ||
                                    (s[i - 1].text == "." && i > 1 && s[i - 2].kind == PieceKind::Word));
  if (piece.info && piece.upper_initial && after_word && piece.info->tense == Tense::Past) {
    return Tense::Unknown;
  }
  // ("want written guidance by Friday", "a broken window": a participle in -en or -wn before a noun is its adjective)
  if (piece.info && piece.info->tense == Tense::Past && (w.ends_with("en") || w.ends_with("wn")) && i > 0 &&
      !s[i - 1].is(WordClass::Auxiliary) && !s[i - 1].is(WordClass::BeForm) && i + 1 < s.size() &&
      s[i + 1].kind == PieceKind::Word && !s[i + 1].upper_initial && !s[i + 1].info &&
      !s[i + 1].is(WordClass::FunctionWord) && !s[i + 1].is(WordClass::Auxiliary) && !s[i + 1].is(WordClass::BeForm) &&
      !s[i + 1].lower.ends_with("ly") && !is_verb_particle(s[i + 1].lower)) {
    return Tense::Unknown;
  }
  // ("a two-legged play-off", "state-owned", "Saudi-backed": the end of a compound adjective, though
  // "re-elected", "co-founded" are verbs)
  const bool compound_adjective = piece.hyphen_before && i > 0 && s[i - 1].lower != "re" && s[i - 1].lower != "co" &&
                                  s[i - 1].lower != "pre" && s[i - 1].lower != "un";
  // ("Japanese-made parts", "home-grown", "long-held": so does an irregular past form)
  if (piece.info && piece.info->tense == Tense::Past && compound_adjective && s[i - 1].kind == PieceKind::Word) {
    return Tense::Unknown;
  }
  if (piece.info && piece.info->tense != Tense::Unknown) {
    // "going to", "due to", "plans to", "expected to": future only with "to", and only before a verb
    // ("going to the station", "due to the strike" are a place and a cause).
    const bool weak =
        piece.info->tense_strength == TenseStrength::Weak || piece.info->tense_strength == TenseStrength::Aim;
    if (piece.info->tense == Tense::Future && weak && i + 1 < s.size() && w != "next" && w != "upcoming" &&
        w != "would") {
      // ("In January we expected it to fade by spring": a speaker's own past expectation)
      // (a third person's is as often reported ahead: "officials said they expected it to open in early March")
      if (w.ends_with("ed") && i > 0 && (s[i - 1].lower == "we" || s[i - 1].lower == "i")) return Tense::Past;
      // "a ruling is expected by March", "the report is due in June": a predicate about what is to come
      // ("highs near 37C were expected again on Saturday": an adverb may stand between)
      const size_t n = (s[i + 1].lower == "again" || s[i + 1].lower == "also") && i + 2 < s.size() ? i + 2 : i + 1;
      const bool predicate =
          (w == "expected" || w == "due") && i > 0 && s[i - 1].is(WordClass::BeForm) &&
          (s[n].lower == "by" || s[n].lower == "in" || s[n].lower == "on" || s[n].lower == "within" ||
           s[n].lower == "before" || s[n].lower == "at" || s[n].lower == "next" || s[n].lower == "later" ||
           s[n].lower == "soon" || s[n].lower == "around" || s[n].lower == "for" || s[n].lower == "until" ||
           // "the state budget is due Tuesday", "results are expected late Sunday night"
           names_weekday_next(s, n) ||
           // "motions are due December 1st" (not "was due March 3")
           (s[n].info && s[n].info->month != 0 && (s[i - 1].lower == "is" || s[i - 1].lower == "are")));
      if (predicate) return Tense::Future;
      // "a planned rise in fuel duty due in September", "the payment due on March 1": "due" right after its noun
      // names what is scheduled
      // (a noun that also begins a holiday's name is a noun: "pregnant women due in March")
      if (w == "due" && i > 0 && s[i - 1].kind == PieceKind::Word &&
          (!s[i - 1].info || s[i - 1].info->holiday_word_only) && !s[i - 1].is(WordClass::FunctionWord) &&
          !s[i - 1].is(WordClass::Auxiliary) && !s[i - 1].is(WordClass::BeForm) &&
          !s[i - 1].is(WordClass::InsideVerbGroup) &&
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
      // ("needs a top-five finish on Sunday", "wants a deal by Friday": a present want of something looks ahead too)
      const bool expectation = w == "expect" || w == "expects" || w == "expected" || w == "predict" ||
                               w == "predicts" || w == "predicted" || w == "wants" || w == "needs";
      // ("The Bureau of Meteorology forecast a top of 39 degrees on Saturday": after a name it is the verb)
      const bool named_forecast = w == "forecast" && i > 1 && s[i - 1].upper_initial &&
                                  s[i - 1].kind == PieceKind::Word && !s[i - 1].info && !s[i - 1].possessive &&
                                  (s[i + 1].is(WordClass::NounPhraseStart) || s[i + 1].kind == PieceKind::Number);
      // ("citing an expected fiscal deterioration", "the predicted peak": after a determiner, an adjective)
      const bool adjective = w.ends_with("ed") && s[i - 1].is(WordClass::BeforeAdjective);
      if ((expectation || named_forecast) && i > 0 && s[i - 1].lower != "as" && s[i - 1].lower != "than" &&
          !adjective && !s[i - 1].is(WordClass::Auxiliary) && s[i + 1].kind == PieceKind::Word &&
          s[i + 1].lower != "to") {
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
    // ("The Cedar Falls school board on Tuesday approved": a capitalized verb after a capitalized word is a name)
    if (piece.info->tense_strength == TenseStrength::Schedule && piece.upper_initial && i > 0 &&
        s[i - 1].upper_initial) {
      return Tense::Unknown;
    }
    // ("counted bats during visits between mid-January and Feb. 15", "the returns", "its plays": after a
    // preposition or a determiner a schedule verb in -s is a plural noun)
    // ("helped by two launches in July": after a count too; "The Aria 5 goes on sale" is a name's number)
    if (piece.info->tense_strength == TenseStrength::Schedule && i > 0 &&
        (s[i - 1].kind == PieceKind::Number ||
         (s[i - 1].info && s[i - 1].info->number_kind == NumberKind::Cardinal && s[i - 1].lower != "one")) &&
        !(i >= 2 && s[i - 2].kind == PieceKind::Word && s[i - 2].upper_initial)) {
      return Tense::Unknown;
    }
    if (piece.info->tense_strength == TenseStrength::Schedule && i > 0) {
      const std::string_view before = s[i - 1].lower;
      if (before == "the" || before == "a" || before == "its" || before == "their" || before == "his" ||
          before == "her" || before == "our" || before == "during" || before == "after" || before == "before" ||
          before == "of" || before == "for" || before == "with" || before == "between" || before == "in" ||
          before == "on" || before == "at" || before == "from" || before == "by") {
        return Tense::Unknown;
      }
    }
    // ("reflected sharp falls in January", "saw steady rises in May": after a past verb and its adjective, a
    // schedule verb in -s is the plural noun of its object)
    if (piece.info->tense_strength == TenseStrength::Schedule && i >= 2 && s[i - 1].kind == PieceKind::Word &&
        !s[i - 1].upper_initial && !s[i - 1].lower.ends_with("ly") && !s[i - 1].is(WordClass::FunctionWord) &&
        !s[i - 1].is(WordClass::Auxiliary) && !s[i - 1].info && s[i - 2].kind == PieceKind::Word &&
        ((s[i - 2].lower.ends_with("ed") && !s[i - 2].is(WordClass::NotPastEd)) ||
         (s[i - 2].info && s[i - 2].info->tense == Tense::Past))) {
      return Tense::Unknown;
    }
    // ("The state suspended visits, after the agency on Wednesday declared": right after a past verb, too)
    if (piece.info->tense_strength == TenseStrength::Schedule && i >= 1 && s[i - 1].kind == PieceKind::Word &&
        !s[i - 1].upper_initial && !s[i - 1].hyphen_before && !s[i - 1].is(WordClass::Auxiliary) &&
        !s[i - 1].is(WordClass::BeForm) &&
        ((s[i - 1].lower.ends_with("ed") && s[i - 1].lower.size() >= 5 && !s[i - 1].is(WordClass::NotPastEd)) ||
         (s[i - 1].info && s[i - 1].info->tense == Tense::Past &&
          s[i - 1].info->tense_strength == TenseStrength::None))) {
      return Tense::Unknown;
    }
    // ("The drama hit screens on Friday": so after a past whose form is the bare verb's)
    if (piece.info->tense_strength == TenseStrength::Schedule && i >= 1 && !s[i - 1].info &&
        (s[i - 1].lower == "hit" || s[i - 1].lower == "cut" || s[i - 1].lower == "put") &&
        cue_of(s, i - 1) == Tense::Past) {
      return Tense::Unknown;
    }
    // ("Okonedo plans a party on Saturday"; but "set aside vacation plans", "the plan" are nouns)
    if ((w == "plans" || w == "plan") && (!after_subject(s, i) || piece.upper_initial)) {
      if (i + 1 < s.size() && s[i + 1].lower == "to") return Tense::Future;  // ("the plan to", "plans to")
      return Tense::Unknown;
    }
    if (piece.info->tense_strength == TenseStrength::Plan) {
      // "has scheduled a vote Monday" looks ahead; "the planned trip", "hastily planned", "as previously
      // planned" are adjectives or report an old plan ("We normally expect" is a present habit of expecting, which
      // looks ahead).
      if (i > 0 && (s[i - 1].is(WordClass::BeforeAdjective) || (s[i - 1].lower.ends_with("ly") && w.ends_with("ed")))) {
        return Tense::Unknown;
      }
      // ("The move was planned for January but was delayed", "first scheduled for April but postponed": a plan that
      // fell through was for a date gone by)
      if (plan_fell_through(s, i)) return Tense::Past;
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
  // ("Inspected Tuesday." in an inspection round-up: so is one before a weekday)
  const bool opening_participle = i == 0 && i + 1 < s.size() &&
                                  (s[i + 1].is(WordClass::FunctionWord) ||
                                   (s[i + 1].info && s[i + 1].info->weekday != 0 && s[i + 1].upper_initial));
  // ("an international event called First Stand in March": a participle that names, not a past)
  if ((w == "called" || w == "named" || w == "dubbed" || w == "titled" || w == "entitled") && i > 0 &&
      s[i - 1].kind == PieceKind::Word && !s[i - 1].is(WordClass::Auxiliary) && !s[i - 1].is(WordClass::BeForm) &&
      !s[i - 1].is(WordClass::FunctionWord) && !s[i - 1].upper_initial && s[i - 1].lower != "was" &&
      s[i - 1].lower != "were" && i + 1 < s.size() && s[i + 1].upper_initial && s[i + 1].kind == PieceKind::Word) {
    return Tense::Unknown;
  }
  // ("A House committee advanced a tax-cut bill late Sunday", "the group detailed its plans": a word of the -ed
  // adjectives after a noun and before the determiner of an object is the past verb)
  if (piece.is(WordClass::NotPastEd) && w.size() >= 6 && w.ends_with("ed") && !w.ends_with("eed") &&
      !w.starts_with("un") && i > 0 && i + 1 < s.size() && takes_determined_object(s, i)) {
    return Tense::Past;
  }
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
    // ("could be left stranded on Monday", "will be kept closed Friday": so after a participle of leaving, keeping or
    // getting under an auxiliary, whose tense is the auxiliary's)
    const bool after_left =
        prev > 1 && (s[prev - 1].lower == "left" || s[prev - 1].lower == "kept" || s[prev - 1].lower == "got") &&
        (s[prev - 2].is(WordClass::Auxiliary) || s[prev - 2].is(WordClass::BeForm));
    const bool after_stay =
        after_left || (prev > 0 && (s[prev - 1].lower == "stay" || s[prev - 1].lower == "stays" ||
                                    s[prev - 1].lower == "remain" || s[prev - 1].lower == "remains"));
    // ("the three states that voted Tuesday": after a relative "that", a verb, where "that planned visit" has an
    // adjective; a date, a function word or a stop after it tells the verb)
    const bool relative_that = prev > 0 && s[prev - 1].lower == "that" &&
                               (i + 1 >= s.size() || s[i + 1].kind == PieceKind::Punct ||
                                (s[i + 1].info && s[i + 1].info->temporal) || s[i + 1].is(WordClass::FunctionWord));
    if (prev > 0 && !relative_that &&
        (s[prev - 1].is(WordClass::Auxiliary) || s[prev - 1].is(WordClass::BeforeAdjective) || after_stay)) {
      return Tense::Unknown;
    }
    // ("might not be righted or towed before August": the second of two participles joined under one auxiliary)
    if (prev == i && i >= 3 && (s[i - 1].lower == "or" || s[i - 1].lower == "and") && s[i - 2].lower.ends_with("ed") &&
        (s[i - 3].is(WordClass::Auxiliary) || s[i - 3].is(WordClass::BeForm))) {
      return Tense::Unknown;
    }
    // ("will be filled over the summer and sealed in the fall": or with the first participle's phrase between, when
    // "will be", "would be" or "to be" heads it)
    if (prev == i && i >= 4 && (s[i - 1].lower == "or" || s[i - 1].lower == "and")) {
      for (size_t k = i - 2; k >= 2 && i - k <= 8; --k) {
        if (s[k].kind == PieceKind::Punct) break;
        if (s[k].lower.ends_with("ed") && s[k - 1].lower == "be" &&
            (is_will(s[k - 2]) || is_modal(s[k - 2]) || s[k - 2].lower == "to")) {
          return Tense::Unknown;
        }
      }
    }
    // ("said it would keep the plant closed through the weekend", "leave roads blocked on Friday": a participle
    // after the object of a verb of keeping or leaving is its adjective; the verb tells the time)
    if (prev == i && complements_kept_object(s, i)) return Tense::Unknown;
    // ("General strike Thursday, transport guaranteed at peak times", "Milan strike on Friday, metro guaranteed until
    // 8:45": in a headline, with no full stop closing it, a participle after its noun is a passive with its
    // auxiliary left out, which tells no time)
    // (not after a gerund it has as its subject: "Jobs report shows hiring slowed in September")
    if (prev == i && i > 0 && s[i - 1].kind == PieceKind::Word && !s[i - 1].info && !s[i - 1].lower.ends_with("ing") &&
        !s[i - 1].is(WordClass::FunctionWord) &&
        (s.back().kind == PieceKind::Word || s.back().kind == PieceKind::Number) && !s.back().text.ends_with(".") &&
        i + 1 < s.size() && s[i + 1].is(WordClass::FunctionWord)) {
      return Tense::Unknown;
    }
    // ("will report its first combined results in May", "the second revised estimate": after a determiner and an
    // ordinal, an adjective; "the company first reported" has no determiner right before the ordinal)
    if (prev == i && i >= 2 && s[i - 1].info && s[i - 1].info->number_kind == NumberKind::Ordinal &&
        s[i - 2].is(WordClass::BeforeAdjective)) {
      return Tense::Unknown;
    }
    // ("for vaccinated shoppers", "of elected officials", "rescheduling postponed procedures", "with revised price
    // stickers": after a preposition or a verb in -ing and before a plural noun, or a compound one, an adjective)
    // ("is holding socially distanced apiary visits": so with an adverb in -ly between)
    const bool ly_adverb = prev + 1 == i && s[prev].lower.ends_with("ly");
    const std::string_view before = ly_adverb && prev > 0 ? s[prev - 1].lower
                                    : i > 0               ? s[i - 1].lower
                                                          : std::string_view{};
    const auto preposition = [](std::string_view b) {
      return b == "for" || b == "of" || b == "with" || b == "among" || b == "against" || b == "about" || b == "from" ||
             b == "on" || b == "over" || b == "in" || b == "into" || b == "at" || b == "by" || b == "under" ||
             b == "between" || b == "across" || b == "amid" || b == "to" || b == "without" ||
             (b.size() > 5 && b.ends_with("ing"));
    };
    const bool after_preposition = preposition(before);
    // ("a duty on imported galvanized steel wire": two adjectives in -ed after a preposition, before a noun)
    const auto adjective_ed = [&s](size_t k) {
      return k < s.size() && s[k].kind == PieceKind::Word && !s[k].upper_initial && s[k].lower.size() >= 5 &&
             s[k].lower.ends_with("ed") && !s[k].info;
    };
    const bool noun_after_next = i + 2 < s.size() && s[i + 2].kind == PieceKind::Word && !s[i + 2].upper_initial &&
                                 !s[i + 2].info && !s[i + 2].is(WordClass::FunctionWord);
    if (prev == i && ((after_preposition && adjective_ed(i + 1) && noun_after_next) ||
                      (i >= 2 && adjective_ed(i - 1) && preposition(s[i - 2].lower) && i + 1 < s.size() &&
                       s[i + 1].kind == PieceKind::Word && !s[i + 1].upper_initial && !s[i + 1].info &&
                       !s[i + 1].is(WordClass::FunctionWord)))) {
      return Tense::Unknown;
    }
    // ("will present updated guidelines", "to release revised figures": after a bare verb under a modal or "to", an
    // adjective, as a past form cannot follow a bare verb)
    if (prev == i && i >= 2 && s[i - 1].kind == PieceKind::Word && !s[i - 1].upper_initial && !s[i - 1].info &&
        !s[i - 1].is(WordClass::FunctionWord) && (is_modal(s[i - 2]) || s[i - 2].lower == "to") && i + 1 < s.size() &&
        s[i + 1].kind == PieceKind::Word && !s[i + 1].upper_initial && !s[i + 1].is(WordClass::FunctionWord)) {
      return Tense::Unknown;
    }
    if ((prev == i || ly_adverb) && after_preposition && i + 1 < s.size() && s[i + 1].kind == PieceKind::Word &&
        !s[i + 1].upper_initial && !s[i + 1].info && !s[i + 1].is(WordClass::FunctionWord) &&
        !s[i + 1].is(WordClass::NounPhraseStart) &&
        (looks_like_plural_in_s(s[i + 1].lower) ||
         (i + 2 < s.size() && s[i + 2].kind == PieceKind::Word && looks_like_plural_in_s(s[i + 2].lower)))) {
      return Tense::Unknown;
    }
    return Tense::Past;
  }
  return Tense::Unknown;
}

bool opens_time_clause(const Piece& p) {
  const std::string_view w = p.lower;
  return w == "when" || w == "before" || w == "once" || w == "until" || w == "till" || w == "after";
}

bool is_will(const Piece& p) {
  const std::string_view w = p.lower;
  return w == "will" || w == "shall" || w.ends_with("'ll") || w.ends_with("\u2019ll");
}

bool is_modal(const Piece& p) {
  const std::string_view w = p.lower;
  return w == "could" || w == "would" || w == "should" || w == "must" || (w == "may" && !p.upper_initial) ||
         w == "might" || w == "can" || w == "will";
}

// A semicolon, colon or dash between clauses (not the colon of a clock time, "8:30").
bool earlier_each_time(std::span<const Piece> s, size_t i) {
  return s[i].lower == "earlier" && i + 1 < s.size() && (s[i + 1].lower == "each" || s[i + 1].lower == "every");
}

bool is_clause_break(std::span<const Piece> s, size_t i) {
  const Piece& piece = s[i];
  if (piece.kind != PieceKind::Punct) return false;
  if (piece.text == ":") {
    return !(i > 0 && i + 1 < s.size() && s[i - 1].kind == PieceKind::Number && s[i + 1].kind == PieceKind::Number);
  }
  return piece.text == ";" || piece.text == "\u2014";
}

bool plan_fell_through(std::span<const Piece> s, size_t i) {
  if (!s[i].info || s[i].info->tense_strength != TenseStrength::Plan || !s[i].lower.ends_with("ed")) return false;
  size_t k = i;
  while (k > 0 && i - k < 2 && (s[k - 1].lower.ends_with("ly") || s[k - 1].lower == "first")) --k;
  // ("a raise of the levee, planned for the summer, was postponed when contractors ...": a plan set off between
  // commas, then moved in the past)
  if (k > 0 && s[k - 1].text == ",") {
    for (size_t c = i + 1; c < s.size() && c <= i + 8; ++c) {
      if (s[c].text != ",") continue;
      // (in the simple past only: "planned for July, has been moved to Sept. 14" is a plan still to come)
      if (c + 2 >= s.size() || (s[c + 1].lower != "was" && s[c + 1].lower != "were")) return false;
      for (size_t m = c + 2; m < s.size() && m <= c + 4; ++m) {
        if (s[m].is(WordClass::MovesDate)) return true;
      }
      return false;
    }
    return false;
  }
  if (k == 0 || (s[k - 1].lower != "was" && s[k - 1].lower != "were")) return false;
  // (within the clause: a "but" after a semicolon or a dash belongs to another)
  for (size_t b = i + 1; b < s.size() && !is_clause_break(s, b); ++b) {
    if (s[b].lower != "but") continue;
    for (size_t m = b + 1; m < s.size() && m <= b + 3; ++m) {
      if (s[m].is(WordClass::MovesDate)) return true;
    }
  }
  return false;
}

}  // namespace quarry::dates
