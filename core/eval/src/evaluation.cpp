#include "quarry/eval/evaluation.hpp"

namespace quarry::eval {
namespace {

// How many failure messages are kept for the report.
constexpr size_t kFailuresKept = 10;

template <typename Entry, typename Scorer>
void add_list(ListResult& result, DocumentRef doc, const std::optional<std::vector<Entry>>& gold,
              const std::optional<std::vector<Entry>>& system, const ScoreOptions& options, Scorer scorer) {
  if (!gold) return;  // not annotated: not scored
  if (!system) {
    ++result.not_produced;
    return;
  }
  result.score.add(scorer(doc, *gold, *system, options), options.max_examples);
}

}  // namespace

Evaluator::Evaluator(ScoreOptions options) : options_(std::move(options)) {
  for (size_t i = 0; i < kListNames.size(); ++i) result_.lists[i].list = kListNames[i];
}

void Evaluator::add(const EvalDocument& gold, const EvalDocument& system) {
  ++result_.documents;
  if (!system.error.empty()) {
    ++result_.failed_documents;
    if (result_.failures.size() < kFailuresKept) result_.failures.push_back(gold.id + ": " + system.error);
  }
  const DocumentRef doc{gold.id, gold.text};
  add_list(result_.lists[0], doc, gold.figures, system.figures, options_, score_figures);
  add_list(result_.lists[1], doc, gold.actors, system.actors, options_, score_actors);
  add_list(result_.lists[2], doc, gold.quotes, system.quotes, options_, score_quotes);
  add_list(result_.lists[3], doc, gold.dates, system.dates, options_, score_dates);
}

}  // namespace quarry::eval
