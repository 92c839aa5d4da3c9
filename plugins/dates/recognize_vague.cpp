// Vague references: "recently", "now", "right now", "these days", "the future", "the near term", and the
// stand-alone adverb "earlier" ("Earlier, the ambassador said"; "had earlier assessed").
#include "grammar.hpp"

namespace quarry::dates {
namespace {

// Auxiliaries before a participle: "had earlier assessed".
bool is_auxiliary(std::string_view w) {
  return w == "had" || w == "has" || w == "have" || w == "was" || w == "were" || w == "is" || w == "are" ||
         w == "been" || w == "'d";
}

}  // namespace

std::optional<Candidate> match_vague(const Grammar& g, size_t i) {
  if (g.word(i, "right") && g.word(i + 1, "now")) {  // "right now"
    Expression e;
    e.literal = "PRESENT_REF";
    return Candidate{i + 2, std::move(e)};
  }
  if (g.word(i, "these") && g.word(i + 1, "days")) {
    Expression e;
    e.literal = "PRESENT_REF";
    return Candidate{i + 2, std::move(e)};
  }
  if (g.word(i, "the") && (g.word(i + 1, "near") || g.word(i + 1, "short")) &&
      (g.word(i + 2, "future") || g.word(i + 2, "term"))) {
    Expression e;
    e.literal = "FUTURE_REF";
    return Candidate{i + 3, std::move(e)};
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
      if (g[j].lower == "now" && j > 0 && g.word(j - 1, "right") && j == i) return std::nullopt;  // from "right"
      // "as soon as", "soon after": conjunction and preposition uses
      if (g[j].lower == "soon" &&
          ((j > 0 && g.word(j - 1, "as")) || g.word(j + 1, "after") || g.word(j + 1, "before"))) {
        return std::nullopt;
      }
      return Candidate{j + 1, std::move(e)};
    case VagueContext::AfterThe:
      if (!the || g.word(j + 1, "of") || g.word(j + 1, "tense")) return std::nullopt;
      if (g.has(j + 1) && g[j + 1].kind == PieceKind::Word && !g[j + 1].info && g[j + 1].lower != "and" &&
          g[j + 1].lower != "or" && g[j + 1].lower != "that" && g[j + 1].lower != "is" && g[j + 1].lower != "was" &&
          g[j + 1].lower != "will" && g[j + 1].lower != "but" && g[j + 1].lower != "when" && g[j + 1].lower != "if" &&
          g[j + 1].lower != "as") {
        return std::nullopt;  // "the past decisions", "the future president": adjectives
      }
      return Candidate{j + 1, std::move(e)};
    case VagueContext::Adverb: {
      if (the) return std::nullopt;
      // Stand-alone "earlier" only in its two adverbial slots: opening a clause before a comma ("Earlier,
      // the ambassador said") and between an auxiliary and its participle ("had earlier assessed").
      // "earlier reports", "earlier-announced" and "a year earlier" are not it.
      const bool opens_clause =
          (j == 0 || g[j - 1].kind == PieceKind::Punct || g[j - 1].kind == PieceKind::Quote) && g.punct(j + 1, ",");
      const bool between_aux_and_participle =
          j > 0 && g[j - 1].kind == PieceKind::Word && is_auxiliary(g[j - 1].lower) && g.has(j + 1) &&
          g[j + 1].kind == PieceKind::Word && !g[j + 1].hyphen_before && g[j + 1].lower.ends_with("ed");
      if (!opens_clause && !between_aux_and_participle) return std::nullopt;
      return Candidate{j + 1, std::move(e)};
    }
    default:
      return std::nullopt;
  }
}

}  // namespace quarry::dates
