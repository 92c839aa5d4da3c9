#include "tense.hpp"

namespace quarry::dates {
namespace {

struct Cue {
  Tense tense = Tense::Unknown;
  bool strong = false;
};

// Words that end in -ed but are not past verbs.
bool is_ed_exception(std::string_view w) {
  return w == "need" || w == "speed" || w == "seed" || w == "feed" || w == "breed" || w == "bed" || w == "red" ||
         w == "shed" || w == "hundred" || w == "indeed" || w == "proceed" || w == "exceed" || w == "succeed" ||
         w == "ahmed" || w == "mohammed" || w == "muhammed" || w == "united" || w == "limited" || w == "based" ||
         w == "related" || w == "expected" || w == "scheduled" || w == "planned" || w == "alleged" ||
         w == "armed" || w == "concerned" || w == "interested" || w == "advanced" || w == "detailed";
}

Cue cue_of(const Piece& piece) {
  if (piece.kind != PieceKind::Word) return {};
  const std::string_view w = piece.lower;
  if (piece.info && piece.info->tense != Tense::Unknown) {
    return Cue{piece.info->tense, piece.info->tense_strength == TenseStrength::Strong};
  }
  if (w.ends_with("'ll") || w.ends_with("\u2019ll")) return Cue{Tense::Future, true};
  if (w.size() >= 5 && w.ends_with("ed") && !is_ed_exception(w) && !piece.upper_initial) {
    return Cue{Tense::Past, false};
  }
  return {};
}

bool is_clause_break(const Piece& piece) {
  return piece.kind == PieceKind::Punct && (piece.text == ";" || piece.text == ":" || piece.text == "\u2014");
}

}  // namespace

Tense tense_around(std::span<const Piece> sentence, size_t first, size_t end) {
  // A strong cue (will, said, was) wins over a weak one (an -ed word, "expected") at any distance within
  // the window; among cues of equal strength the nearest wins, left before right.
  constexpr size_t kWindow = 12;
  Cue best;
  size_t best_distance = kWindow + 1;
  auto consider = [&](const Cue& cue, size_t distance) {
    if (cue.tense == Tense::Unknown) return;
    const bool better = (cue.strong && !best.strong) || (cue.strong == best.strong && distance < best_distance);
    if (best.tense == Tense::Unknown || better) {
      best = cue;
      best_distance = distance;
    }
  };
  for (size_t d = 1; d <= kWindow && d <= first; ++d) {
    const Piece& piece = sentence[first - d];
    if (is_clause_break(piece)) break;
    consider(cue_of(piece), d);
  }
  for (size_t d = 0; d < kWindow && end + d < sentence.size(); ++d) {
    const Piece& piece = sentence[end + d];
    if (is_clause_break(piece)) break;
    consider(cue_of(piece), d + 2);  // right-hand cues count as a little farther: the verb usually precedes
  }
  return best.tense;
}

}  // namespace quarry::dates
