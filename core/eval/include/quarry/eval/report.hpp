// An Evaluation for people (a table per list, then the examples) and for scripts (the same as JSON).
#ifndef QUARRY_EVAL_REPORT_HPP
#define QUARRY_EVAL_REPORT_HPP

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "quarry/eval/evaluation.hpp"

namespace quarry::eval {

// What was scored, printed above the tables.
struct ReportHeader {
  std::string gold;                                          // the gold file
  std::vector<std::pair<std::string, std::string>> plugins;  // name, version (empty with --system)
  std::string system;                                        // "--system FILE" when scoring a saved output
  std::string reference_date;                                // how reference dates were chosen
  std::vector<std::string> quote_kinds;                      // empty: all
  std::vector<std::string> notes;                            // e.g. documents left out by a filter
};

// Tables per scored list; misses, false alarms and mismatches when `max_examples` > 0.
void print_report(std::ostream& out, const ReportHeader& header, const Evaluation& evaluation, size_t max_examples);

// {"gold", "plugins", "documents", "failed_documents", "lists": {name: {"documents", "headline",
// "prf": {metric: {precision, recall, f1, correct, system, gold}}, "accuracy": {metric: {accuracy, correct,
// total}}, "misses", "false_alarms", "mismatches", "examples"?}}, "not_produced": {list: documents}}.
// Undefined ratios (zero denominators) are null.
nlohmann::ordered_json report_json(const ReportHeader& header, const Evaluation& evaluation, size_t max_examples);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_REPORT_HPP
