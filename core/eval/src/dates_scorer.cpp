#include "example_builder.hpp"
#include "quarry/eval/comparison.hpp"
#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/span_matching.hpp"

namespace quarry::eval {
namespace {

std::string attributes(const DateEntry& d) {
  return detail::joined({describe("type", d.type), describe("value", d.value)});
}

}  // namespace

// TempEval-3 Task A (shared/bench/dates/README.md): values and types are compared as exact strings.
ListScore score_dates(DocumentRef doc, const std::vector<DateEntry>& gold, const std::vector<DateEntry>& system,
                      const ScoreOptions& options) {
  ListScore score;
  score.list = "dates";
  score.headline = "value";
  score.documents = 1;
  score.prf = {{"strict", {}}, {"relaxed", {}}, {"type", {}}, {"value", {}}};
  score.accuracy = {{"type", {}}, {"value", {}}};
  Prf& strict = score.prf_of("strict");
  Prf& relaxed = score.prf_of("relaxed");
  Prf& type_f = score.prf_of("type");
  Prf& value_f = score.prf_of("value");

  const Matching matching = match_spans(detail::spans_of(gold), detail::spans_of(system), MatchRule::kOverlap);
  strict.gold = relaxed.gold = gold.size();
  strict.system = relaxed.system = type_f.system = value_f.system = system.size();
  for (const DateEntry& g : gold) {
    type_f.gold += g.type.annotated ? 1 : 0;
    value_f.gold += g.value.annotated ? 1 : 0;
  }
  relaxed.correct = matching.pairs.size();

  const auto describe = [](const auto& entry) { return attributes(entry); };
  for (const MatchedPair& pair : matching.pairs) {
    const DateEntry& g = gold[pair.gold];
    const DateEntry& s = system[pair.system];
    if (g.span == s.span) ++strict.correct;
    std::vector<std::string> wrong;
    const bool type_right = same_exact(g.type, s.type);
    const bool value_right = same_exact(g.value, s.value);
    detail::check(score.accuracy_of("type"), g.type.annotated, type_right, "type", wrong);
    detail::check(score.accuracy_of("value"), g.value.annotated, value_right, "value", wrong);
    if (!g.type.annotated)
      --type_f.system;
    else if (type_right)
      ++type_f.correct;
    if (!g.value.annotated)
      --value_f.system;
    else if (value_right)
      ++value_f.correct;
    detail::record_mismatch(score, options, doc, g, s, wrong, describe);
  }
  detail::record_unmatched(score, options, doc, matching, gold, system, describe);
  return score;
}

}  // namespace quarry::eval
