#include "quarry/eval/span_matching.hpp"

#include <algorithm>
#include <numeric>

namespace quarry::eval {
namespace {

struct Candidate {
  uint32_t overlap;
  uint32_t start_distance;
  size_t gold;
  size_t system;
};

std::vector<size_t> indices_by_span(const std::vector<Span>& spans) {
  std::vector<size_t> order(spans.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Span& x = spans[a];
    const Span& y = spans[b];
    if (x.start != y.start) return x.start < y.start;
    if (x.end != y.end) return x.end < y.end;
    return a < b;
  });
  return order;
}

}  // namespace

bool eligible(Span gold, Span system, MatchRule rule) {
  const uint32_t shared = overlap(gold, system);
  if (rule == MatchRule::kHalfOfGold) return shared > 0 && 2 * static_cast<uint64_t>(shared) >= gold.length();
  return shared > 0;
}

Matching match_spans(const std::vector<Span>& gold, const std::vector<Span>& system, MatchRule rule) {
  std::vector<bool> gold_used(gold.size(), false);
  std::vector<bool> system_used(system.size(), false);
  Matching result;

  // 1. Identical offsets: walk both lists in span order, pairing equal spans one to one.
  const std::vector<size_t> g_order = indices_by_span(gold);
  const std::vector<size_t> s_order = indices_by_span(system);
  auto less = [](const Span& a, const Span& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; };
  for (size_t gi = 0, si = 0; gi < g_order.size() && si < s_order.size();) {
    const Span& g = gold[g_order[gi]];
    const Span& s = system[s_order[si]];
    if (less(g, s)) {
      ++gi;
    } else if (less(s, g)) {
      ++si;
    } else {
      gold_used[g_order[gi]] = system_used[s_order[si]] = true;
      result.pairs.push_back({g_order[gi], s_order[si]});
      ++gi;
      ++si;
    }
  }

  // 2. The remaining eligible pairs, largest overlap first. System spans are sorted by start and a gold span
  // can only overlap system spans starting within (gold.start - longest system span, gold.end).
  uint32_t longest = 0;
  for (const Span& s : system) longest = std::max(longest, s.length());
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold_used[g]) continue;
    const uint32_t from = gold[g].start > longest ? gold[g].start - longest : 0;
    auto it = std::lower_bound(s_order.begin(), s_order.end(), from,
                               [&](size_t s, uint32_t value) { return system[s].start < value; });
    for (; it != s_order.end() && system[*it].start < gold[g].end; ++it) {
      const size_t s = *it;
      if (system_used[s] || !eligible(gold[g], system[s], rule)) continue;
      const uint32_t distance =
          gold[g].start > system[s].start ? gold[g].start - system[s].start : system[s].start - gold[g].start;
      candidates.push_back({overlap(gold[g], system[s]), distance, g, s});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.overlap != b.overlap) return a.overlap > b.overlap;
    if (a.start_distance != b.start_distance) return a.start_distance < b.start_distance;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.system < b.system;
  });
  for (const Candidate& c : candidates) {
    if (gold_used[c.gold] || system_used[c.system]) continue;
    gold_used[c.gold] = system_used[c.system] = true;
    result.pairs.push_back({c.gold, c.system});
  }

  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const MatchedPair& a, const MatchedPair& b) { return a.gold < b.gold; });
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!gold_used[g]) result.unmatched_gold.push_back(g);
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (!system_used[s]) result.unmatched_system.push_back(s);
  }
  return result;
}

}  // namespace quarry::eval
