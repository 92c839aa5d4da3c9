// Scoring a corpus: gold and system documents in pairs, each list scored where the gold annotates it and the
// system produced it, counts summed over documents (micro average).
#ifndef QUARRY_EVAL_EVALUATION_HPP
#define QUARRY_EVAL_EVALUATION_HPP

#include <array>
#include <string>
#include <vector>

#include "quarry/eval/entries.hpp"
#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/scores.hpp"

namespace quarry::eval {

// The lists of the gold format, in output order.
inline constexpr std::array<const char*, 4> kListNames = {"figures", "actors", "quotes", "dates"};

struct ListResult {
  std::string list;
  ListScore score;          // empty (documents == 0) when never scored
  size_t not_produced = 0;  // documents that annotate the list while the system did not produce it
};

struct Evaluation {
  size_t documents = 0;
  size_t failed_documents = 0;        // a document or one of its plugins failed (its output may be partial)
  std::vector<std::string> failures;  // the first few, "id: message"
  std::array<ListResult, 4> lists;    // in kListNames order
};

class Evaluator {
 public:
  explicit Evaluator(ScoreOptions options);

  // Scores one document. `system` must be the output for `gold` (same text); its `error`, when set, counts
  // the document as failed.
  void add(const EvalDocument& gold, const EvalDocument& system);
  const Evaluation& result() const { return result_; }

 private:
  ScoreOptions options_;
  Evaluation result_;
};

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_EVALUATION_HPP
