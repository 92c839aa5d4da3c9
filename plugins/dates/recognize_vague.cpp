// Vague references: "recently", "now", "these days", "the future", "the near term", and the stand-alone adverb
// "earlier" ("Earlier, the ambassador said"; "had earlier assessed").
#include "grammar.hpp"
#include "tense.hpp"
#include "tense_cues.hpp"

namespace quarry::dates {
namespace {

// Stand-alone "earlier" is an adverb ("Earlier, the ambassador said", "had earlier told", "said earlier
// that", "as reported earlier.") unless it is an adjective before a noun ("earlier reports", "its earlier
// loss", "earlier-announced"), a comparative ("earlier than expected") or the end of a shift from an amount
// ("a year earlier", "weeks earlier": matched as a shift or duration from the amount; "much earlier").
bool is_adverbial_earlier(const Grammar& g, size_t j) {
  if (j > 0) {
    const Piece& before = g[j - 1];
    if (before.kind == PieceKind::Number) return false;
    if (before.kind == PieceKind::Word &&
        (before.is(WordClass::BeforeAdjective) || before.is(WordClass::NounPhraseStart) || before.possessive ||
         before.is(WordClass::DegreeAdverb) ||
         (before.info && (before.info->unit != Unit::None || before.info->number_kind != NumberKind::None)))) {
      return false;
    }
  }
  // ("firmware 8.2.0 and earlier", "OS 4 or earlier": older versions, no time)
  if (j > 1 && (g.word(j - 1, "and") || g.word(j - 1, "or")) && g[j - 2].kind == PieceKind::Number) return false;
  // ("heat waves are coming earlier", "schools moved earlier", "wanted to start earlier": sooner, a comparison)
  if (j > 0 && g.is(j - 1, WordClass::MovesEarlier)) return false;
  if (!g.has(j + 1)) return true;
  const Piece& next = g[j + 1];
  // ("run in Sapporo earlier on Sunday", "won New Hampshire earlier this campaign": the day or the stretch after
  // it tells the time; the adverb is not tagged on its own)
  if (g.word(j + 1, "on") || g.word(j + 1, "this") || g.word(j + 1, "today")) return false;
  if (next.hyphen_before || g.word(j + 1, "than") || earlier_each_time(g.pieces(), j)) return false;
  // "earlier in the day", "earlier in the week": part of a longer phrase (matched whole, or, for the day,
  // left untagged as TimeBank leaves it)
  if (g.word(j + 1, "in") && g.word(j + 2, "the") && (g.unit(j + 3) != Unit::None || !g.day_part(j + 3).empty())) {
    return false;
  }
  if (next.kind != PieceKind::Word) return next.kind != PieceKind::Number;
  // A noun phrase, a preposition, a conjunction or a pronoun after it: "earlier" modifies the verb.
  if (next.is(WordClass::NounPhraseStart) || next.is(WordClass::FunctionWord) || next.is(WordClass::Auxiliary)) {
    return true;
  }
  // A verb after it: "The envoy earlier warned", "had earlier told".
  if (next.info && next.info->tense == Tense::Past) return true;
  return next.lower.size() >= 4 && next.lower.ends_with("ed") && !next.is(WordClass::NotPastEd);
}

// Only quotes or brackets before piece j in its sentence. (Scanned backwards: the run of quotes right before
// j belongs to j alone, so the scan stays linear however many such words a sentence holds.)
bool opens_sentence(const Grammar& g, size_t j) {
  for (size_t k = j; k > 0; --k) {
    if (g[k - 1].kind != PieceKind::Quote && !g.punct(k - 1, "(")) return false;
  }
  return true;
}

// "at the time", "at that time" meaning back then ("saying at the time he was willing", "At the time, there
// were eight shops"; TimeBank and the newer annotations tag it, PAST_REF). Not "at the time of the shooting",
// "at the time when", nor the conjunction "At the time Howes was captured, the Khmer Rouge held ...": a
// clause after it that a comma closes makes it one.
bool at_the_time_then(const Grammar& g, size_t i) {
  if (i == 0 || !g.word(i - 1, "at") || !(g.word(i, "the") || g.word(i, "that")) || !g.word(i + 1, "time")) {
    return false;
  }
  const size_t next = i + 2;
  if (!g.has(next) || g[next].kind != PieceKind::Word) return true;
  if (g[next].hyphen_before || g.word(next, "of") || g.word(next, "when") || g.word(next, "for")) return false;
  for (size_t k = next; g.has(k); ++k) {
    if (g.punct(k, ",")) return false;
    if (g.punct(k, ";") || g.punct(k, ":")) break;
  }
  return true;
}

}  // namespace

std::optional<Candidate> match_vague(const Grammar& g, size_t i) {
  if (g.word(i, "these") && g.word(i + 1, "days")) {
    Expression e;
    e.literal = "PRESENT_REF";
    return Candidate{i + 2, std::move(e)};
  }
  // ("the foreseeable future", "the long run" stay untagged, as TimeBank leaves them.)
  // ("over the medium term", "in the long term": so are the longer terms, as the probe annotators have them,
  // but only as a noun: "the long term care plan", "the long-term outlook" are no time)
  const bool longer_term = (g.word(i + 1, "medium") || g.word(i + 1, "long")) && g.word(i + 2, "term") &&
                           !g[i + 2].hyphen_before &&
                           !(g.has(i + 3) && g[i + 3].kind == PieceKind::Word && !g[i + 3].is(WordClass::FunctionWord));
  if (g.word(i, "the") &&
      (((g.word(i + 1, "near") || g.word(i + 1, "short")) && (g.word(i + 2, "future") || g.word(i + 2, "term"))) ||
       longer_term)) {
    Expression e;
    e.literal = "FUTURE_REF";
    return Candidate{i + 3, std::move(e)};
  }
  // "for some time", "for a while", "after a while": a stretch of unknown length (TimeBank's "for a while",
  // PXX); "some time ago", "a while ago" are matched as vague past references below
  if (((g.word(i, "some") && g.word(i + 1, "time")) || (g.word(i, "a") && g.word(i + 1, "while"))) && i > 0 &&
      (g.word(i - 1, "for") || g.word(i - 1, "after") || g.word(i - 1, "in") || g.word(i - 1, "within")) &&
      !g.word(i + 2, "ago") && !(g.has(i + 2) && g[i + 2].hyphen_before)) {
    Expression e;
    e.type = TimexType::Duration;
    e.literal = "PXX";
    return Candidate{i + 2, std::move(e)};
  }
  // "the recent past", "the distant past", "the distant future": an adjective inside the vague reference
  if (g.word(i, "the") && (g.word(i + 1, "recent") || g.word(i + 1, "distant")) &&
      (g.word(i + 2, "past") || (g.word(i + 2, "future") && g.word(i + 1, "distant"))) &&
      !(g.has(i + 3) && g[i + 3].kind == PieceKind::Word && !g[i + 3].is(WordClass::FunctionWord) &&
        !g[i + 3].is(WordClass::Auxiliary))) {
    Expression e;
    e.literal = g.word(i + 2, "past") ? "PAST_REF" : "FUTURE_REF";
    return Candidate{i + 3, std::move(e)};
  }
  // "More recently, he has ...": the comparative is part of the reference, as TimeBank marks it (but "only
  // recently", "until recently" keep their adverb or preposition out)
  if (g.word(i, "more") && g.word(i + 1, "recently") && !(g.has(i + 2) && g[i + 2].hyphen_before)) {
    Expression e;
    e.literal = "PAST_REF";
    return Candidate{i + 2, std::move(e)};
  }
  // "right now": the modifier is part of the reference, as in most news annotation (TimeBank has it both ways)
  // (not in a title: "Real News Right Now")
  if (g.word(i, "right") && g.word(i + 1, "now") && !(g.has(i + 2) && g[i + 2].hyphen_before) &&
      !g[i + 1].upper_initial) {
    Expression e;
    e.literal = "PRESENT_REF";
    return Candidate{i + 2, std::move(e)};
  }
  // "as soon as possible": the whole idiom is the vague future (TimeBank and the newer annotations tag it so in
  // about three uses of four; "as soon as" alone is a conjunction, left out below). Not in a past narrative:
  // "They left as soon as possible" tells how quickly, no time ahead of the reference.
  if (g.word(i, "as") && g.word(i + 1, "soon") && g.word(i + 2, "as") && g.word(i + 3, "possible") &&
      tense_around(g.pieces(), i, i + 4) != Tense::Past) {
    Expression e;
    e.literal = "FUTURE_REF";
    return Candidate{i + 4, std::move(e)};
  }
  // "at present": the present without its article
  if (g.word(i, "present") && i > 0 && g.word(i - 1, "at")) {
    Expression e;
    e.literal = "PRESENT_REF";
    return Candidate{i + 1, std::move(e)};
  }
  if (at_the_time_then(g, i)) {
    Expression e;
    e.literal = "PAST_REF";
    return Candidate{i + 2, std::move(e)};
  }
  size_t j = i;
  const bool the = g.word(i, "the");
  if (the) ++j;
  const WordInfo* w = g.info(j);
  if (!w || w->vague.empty()) return std::nullopt;
  Expression e;
  e.kind = ExpressionKind::Literal;
  e.literal = std::string(w->vague);
  switch (w->vague_context) {
    case VagueContext::Any:
      if (the) return std::nullopt;
      // "a Johnny-come-lately", "the now-defunct firm": part of a hyphenated compound
      if (g[j].hyphen_before || (g.has(j + 1) && g[j + 1].hyphen_before)) return std::nullopt;
      // "Now, he says, ...": a discourse marker opening the sentence, not a time (TimeBank tags none of them;
      // "Now officials are investigating" and "right now" are tagged)
      if (g[j].lower == "now" && g.punct(j + 1, ",") && opens_sentence(g, j)) return std::nullopt;
      // "every now and then", "now and again": an idiom of frequency, not the present
      // (but "between now and then", "from now and then on" run from the present)
      if (g[j].lower == "now" && g.word(j + 1, "and") && (g.word(j + 2, "then") || g.word(j + 2, "again")) &&
          !(j > 0 && (g.word(j - 1, "between") || g.word(j - 1, "from")))) {
        return std::nullopt;
      }
      // "traded below $20 as recently as January 12": the date after it is the reference, the adverb a degree (but
      // "as recently as an October interview" names no date of its own)
      if (g[j].lower == "recently" && j > 0 && g.word(j - 1, "as") && g.word(j + 1, "as") && !g.word(j + 2, "a") &&
          !g.word(j + 2, "an") && !g.word(j + 2, "the")) {
        return std::nullopt;
      }
      // "as soon as", "soon after": conjunction and preposition uses
      if (g[j].lower == "soon" &&
          ((j > 0 && g.word(j - 1, "as")) || g.word(j + 1, "after") || g.word(j + 1, "before"))) {
        return std::nullopt;
      }
      // "He was soon released": in a past narrative "soon" means shortly after the event told, not a
      // time ahead of the reference (FUTURE_REF would be wrong).
      if (g[j].lower == "soon" && tense_around(g.pieces(), j, j + 1) == Tense::Past) return std::nullopt;
      return Candidate{j + 1, std::move(e)};
    case VagueContext::AfterThe:
      if (!the || g.word(j + 1, "of") || g.word(j + 1, "tense")) return std::nullopt;
      // "the past five sessions", "the past few rounds": a count of something that is no calendar unit
      if (g.has(j + 1) &&
          (g[j + 1].kind == PieceKind::Number || (g.info(j + 1) && g.info(j + 1)->number_kind != NumberKind::None))) {
        return std::nullopt;
      }
      // "the past decisions", "the future president": adjectives. A function word, a pronoun or a verb after
      // it ends the noun: "in the past it was", "the future is", "in the past, as".
      if (g.has(j + 1) && g[j + 1].kind == PieceKind::Word && !g[j + 1].info && !g[j + 1].is(WordClass::FunctionWord) &&
          !g[j + 1].is(WordClass::Auxiliary) && !g[j + 1].is(WordClass::NounPhraseStart)) {
        return std::nullopt;
      }
      return Candidate{j + 1, std::move(e)};
    case VagueContext::Adverb:
      if (the || !is_adverbial_earlier(g, j)) return std::nullopt;
      return Candidate{j + 1, std::move(e)};
    default:
      return std::nullopt;
  }
}

}  // namespace quarry::dates
