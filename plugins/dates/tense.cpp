#include "tense.hpp"

namespace quarry::dates {
namespace {

// Words that end in -ed but are not past verbs.
bool is_ed_exception(std::string_view w) {
  return w == "need" || w == "speed" || w == "seed" || w == "feed" || w == "breed" || w == "bed" || w == "red" ||
         w == "shed" || w == "hundred" || w == "indeed" || w == "proceed" || w == "exceed" || w == "succeed" ||
         w == "ahmed" || w == "mohammed" || w == "muhammed" || w == "united" || w == "limited" || w == "based" ||
         w == "related" || w == "alleged" || w == "armed" || w == "concerned" || w == "interested" || w == "advanced" ||
         w == "detailed";
}

// Auxiliaries after which a past form is a participle ("will be held", "has been delayed"): the tense then
// comes from the auxiliary, not from the participle.
bool is_auxiliary(std::string_view w) {
  return w == "be" || w == "been" || w == "being" || w == "is" || w == "are" || w == "am" || w == "was" ||
         w == "were" || w == "have" || w == "has" || w == "had" || w == "having" || w == "get" || w == "got" ||
         w == "will" || w == "would" || w == "to";
}

// Adverbs that stand between an auxiliary and its participle ("has also joined", "was not charged").
bool is_adverb_between(std::string_view w) {
  return w == "also" || w == "already" || w == "not" || w == "never" || w == "just" || w == "since" || w == "recently";
}

// Words after which an -ed form is an adjective, not a verb: "a still unspecified date", "the revised plan".
bool is_adjective_slot(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "its" || w == "his" || w == "her" || w == "their" || w == "our" ||
         w == "this" || w == "that" || w == "still" || w == "newly" || w == "recently" || w == "previously" ||
         w == "very" || w == "widely" || w == "so-called";
}

Tense cue_of(std::span<const Piece> s, size_t i) {
  const Piece& piece = s[i];
  if (piece.kind != PieceKind::Word) return Tense::Unknown;
  const std::string_view w = piece.lower;
  // "to be published", "is to be held": an infinitive of what is still to come.
  if (w == "be" && i > 0 && s[i - 1].lower == "to") return Tense::Future;
  if (w.ends_with("'ll") || w.ends_with("\u2019ll")) return Tense::Future;
  if (piece.info && piece.info->tense != Tense::Unknown) {
    // "going to", "due to", "plans to", "expected to": future only with "to".
    if (piece.info->tense == Tense::Future && piece.info->tense_strength == TenseStrength::Weak && i + 1 < s.size() &&
        s[i + 1].lower != "to" && w != "next" && w != "upcoming" && w != "would") {
      return Tense::Unknown;
    }
    if (piece.info->tense_strength == TenseStrength::Plan) {
      // "has scheduled a vote Monday" looks ahead; "the planned trip", "hastily planned", "as previously
      // planned" are adjectives or report an old plan.
      if (i > 0 && (is_adjective_slot(s[i - 1].lower) || s[i - 1].lower.ends_with("ly"))) return Tense::Unknown;
      return Tense::Future;
    }
    if (piece.info->tense == Tense::Past && i > 0 && is_auxiliary(s[i - 1].lower) && w != "was" && w != "were" &&
        w != "had" && w != "did") {
      return Tense::Unknown;  // a participle
    }
    return piece.info->tense;
  }
  if (w.size() >= 5 && w.ends_with("ed") && !is_ed_exception(w) && !piece.upper_initial) {
    // "has also joined", "was not charged": look past an adverb to the auxiliary; "Trump also joined" is past
    size_t prev = i;
    while (prev > 0 && prev + 3 > i && is_adverb_between(s[prev - 1].lower)) --prev;
    if (prev > 0 && (is_auxiliary(s[prev - 1].lower) || is_adjective_slot(s[prev - 1].lower))) return Tense::Unknown;
    return Tense::Past;
  }
  return Tense::Unknown;
}

bool is_clause_break(const Piece& piece) {
  return piece.kind == PieceKind::Punct && (piece.text == ";" || piece.text == ":" || piece.text == "\u2014");
}

}  // namespace

Tense tense_around(std::span<const Piece> sentence, size_t first, size_t end) {
  // "as soon as Tuesday", "as early as next week": a future expectation whatever the verb.
  if (first >= 3 && sentence[first - 1].lower == "as" && sentence[first - 3].lower == "as" &&
      (sentence[first - 2].lower == "soon" || sentence[first - 2].lower == "early")) {
    return Tense::Future;
  }
  // "effective Feb. 1": a date set by the announcement, as often ahead as behind; nearness decides.
  if (first >= 1 && sentence[first - 1].lower == "effective") return Tense::Unknown;
  // "until Monday", "extended its deadline until 9 a.m. Tuesday": a deadline ahead, unless a past
  // auxiliary governs ("Until Thursday, they had not called him").
  const bool until = first >= 1 && (sentence[first - 1].lower == "until" || sentence[first - 1].lower == "till");
  if (until) {
    for (size_t i = first > 15 ? first - 15 : 0; i < sentence.size() && i < end + 15; ++i) {
      const std::string_view w = sentence[i].lower;
      if (i >= first && i < end) continue;
      if (w == "had" || w == "was" || w == "were" || w == "did") return Tense::Past;
    }
    return Tense::Future;
  }
  // The nearest cue to the left within the clause governs (the verb of a temporal adjunct usually comes
  // before it); otherwise the nearest to the right.
  constexpr size_t kWindow = 15;
  for (size_t d = 1; d <= kWindow && d <= first; ++d) {
    const size_t i = first - d;
    if (is_clause_break(sentence[i])) break;
    if (const Tense t = cue_of(sentence, i); t != Tense::Unknown) {
      // "had been due to expire Friday": a plan in the past perfect is over, whatever the plan said.
      if (t == Tense::Future && sentence[i].info &&
          (sentence[i].info->tense_strength == TenseStrength::Weak ||
           sentence[i].info->tense_strength == TenseStrength::Plan)) {
        for (size_t k = 1; k <= 3 && k <= i; ++k) {
          if (sentence[i - k].lower == "had") return Tense::Past;
        }
      }
      return t;
    }
  }
  // To the right, a present-tense "is"/"are" across a comma belongs to the main clause, not to a fronted
  // adjunct ("After a defeat in New Hampshire Tuesday, Clinton is staggering"): it decides nothing, though a
  // later modal or past form still may ("On Monday, the talks are expected to ...").
  bool comma = false;
  bool present = false;
  for (size_t i = end; i < sentence.size() && i < end + kWindow; ++i) {
    if (is_clause_break(sentence[i])) break;
    if (sentence[i].kind == PieceKind::Punct && sentence[i].text == ",") comma = true;
    const Tense t = cue_of(sentence, i);
    if (t == Tense::Present) {
      if (!comma && !present) return t;
      present = true;
      continue;
    }
    if (t != Tense::Unknown) return t;
  }
  // "until December", "by early March": with no verb to go by, these prepositions look ahead.
  size_t before = first;
  while (before > 0 && (sentence[before - 1].lower == "early" || sentence[before - 1].lower == "mid")) --before;
  if (before > 0) {
    const std::string_view w = sentence[before - 1].lower;
    if (w == "until" || w == "till" || w == "by" || w == "through") return Tense::Future;
  }
  return Tense::Unknown;
}

}  // namespace quarry::dates
