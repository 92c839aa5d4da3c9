#include "example_builder.hpp"
#include "quarry/eval/comparison.hpp"
#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/span_matching.hpp"

namespace quarry::eval {
namespace {

std::string attributes(const Figure& f) {
  return detail::joined({describe("value", f.value), describe("low", f.low), describe("high", f.high),
                         describe("qualifier", f.qualifier), describe("unit", f.unit)});
}

// Value, low and high as far as the gold annotates them: a range needs both ends, a single number its value.
bool same_value(const Figure& gold, const Figure& system) {
  return (!gold.value.annotated || same(gold.value, system.value)) &&
         (!gold.low.annotated || same(gold.low, system.low)) && (!gold.high.annotated || same(gold.high, system.high));
}

}  // namespace

ListScore score_figures(DocumentRef doc, const std::vector<Figure>& gold, const std::vector<Figure>& system,
                        const ScoreOptions& options) {
  ListScore score;
  score.list = "figures";
  score.headline = "e2e";
  score.documents = 1;
  score.prf = {{"span", {}}, {"e2e", {}}};
  score.accuracy = {{"value", {}}, {"qualifier", {}}, {"unit", {}}};
  Prf& span = score.prf_of("span");
  Prf& e2e = score.prf_of("e2e");
  Accuracy& value = score.accuracy_of("value");
  Accuracy& qualifier = score.accuracy_of("qualifier");
  Accuracy& unit = score.accuracy_of("unit");

  const Matching matching = match_spans(detail::spans_of(gold), detail::spans_of(system), MatchRule::kOverlap);
  span.gold = gold.size();
  span.system = system.size();
  span.correct = matching.pairs.size();
  for (const Figure& g : gold) e2e.gold += g.value.annotated ? 1 : 0;
  e2e.system = system.size();

  const auto describe = [](const auto& entry) { return attributes(entry); };
  for (const MatchedPair& pair : matching.pairs) {
    const Figure& g = gold[pair.gold];
    const Figure& s = system[pair.system];
    std::vector<std::string> wrong;
    const bool value_right = same_value(g, s);
    detail::check(value, g.value.annotated, value_right, "value", wrong);
    detail::check(qualifier, g.qualifier.annotated, same_exact(g.qualifier, s.qualifier), "qualifier", wrong);
    detail::check(unit, g.unit.annotated, same_folded(g.unit, s.unit), "unit", wrong);
    if (!g.value.annotated) {
      --e2e.system;  // matched to a figure whose value nobody knows: neither right nor a false alarm
    } else if (value_right) {
      ++e2e.correct;
    }
    detail::record_mismatch(score, options, doc, g, s, wrong, describe);
  }
  detail::record_unmatched(score, options, doc, matching, gold, system, describe);
  return score;
}

}  // namespace quarry::eval
