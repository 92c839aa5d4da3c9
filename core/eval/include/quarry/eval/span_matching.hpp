// One-to-one alignment of gold and system spans within one document, TempEval-3 style: pairs with identical
// offsets first, then the remaining eligible pairs by largest overlap (greedy). Each gold and each system
// span is used at most once, so duplicates on either side cannot inflate a score.
#ifndef QUARRY_EVAL_SPAN_MATCHING_HPP
#define QUARRY_EVAL_SPAN_MATCHING_HPP

#include <cstddef>
#include <vector>

#include "quarry/eval/entries.hpp"

namespace quarry::eval {

enum class MatchRule {
  kOverlap,     // any shared byte (figures, actors, dates relaxed)
  kHalfOfGold,  // the system span covers at least half of the gold span's bytes (quotes)
};

bool eligible(Span gold, Span system, MatchRule rule);

struct MatchedPair {
  size_t gold = 0;    // index into the gold list
  size_t system = 0;  // index into the system list
};

struct Matching {
  std::vector<MatchedPair> pairs;        // sorted by gold index
  std::vector<size_t> unmatched_gold;    // ascending
  std::vector<size_t> unmatched_system;  // ascending
};

// Ties in overlap go to the pair whose starts are closest, then to the lower gold index, then system index,
// so the result does not depend on hash order or sort stability.
Matching match_spans(const std::vector<Span>& gold, const std::vector<Span>& system, MatchRule rule);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_SPAN_MATCHING_HPP
