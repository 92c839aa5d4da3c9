// Building the examples the scorers record (internal to the scorers).
#ifndef QUARRY_EVAL_EXAMPLE_BUILDER_HPP
#define QUARRY_EVAL_EXAMPLE_BUILDER_HPP

#include <initializer_list>
#include <string>
#include <vector>

#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/span_matching.hpp"
#include "quarry/eval/text_context.hpp"

namespace quarry::eval::detail {

// The non-empty parts joined by spaces.
inline std::string joined(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

inline Example miss(DocumentRef doc, Span gold, std::string gold_attributes) {
  Example e;
  e.kind = ExampleKind::kMiss;
  e.document = doc.id;
  e.gold_span = gold;
  e.gold_text = span_text(doc.text, gold);
  e.gold = std::move(gold_attributes);
  e.context = text_context(doc.text, gold);
  return e;
}

inline Example false_alarm(DocumentRef doc, Span system, std::string system_attributes) {
  Example e;
  e.kind = ExampleKind::kFalseAlarm;
  e.document = doc.id;
  e.system_span = system;
  e.system_text = span_text(doc.text, system);
  e.system = std::move(system_attributes);
  e.context = text_context(doc.text, system);
  return e;
}

inline Example mismatch(DocumentRef doc, Span gold, Span system, std::string gold_attributes,
                        std::string system_attributes, const std::vector<std::string>& wrong) {
  Example e;
  e.kind = ExampleKind::kMismatch;
  e.document = doc.id;
  e.gold_span = gold;
  e.system_span = system;
  e.gold_text = span_text(doc.text, gold);
  e.system_text = span_text(doc.text, system);
  e.gold = std::move(gold_attributes);
  e.system = std::move(system_attributes);
  for (const std::string& w : wrong) e.note += (e.note.empty() ? "wrong " : ", ") + w;
  e.context = text_context(doc.text, gold);
  return e;
}

// Adds one checked attribute to an accuracy and to the list of wrong ones.
inline void check(Accuracy& accuracy, bool annotated, bool correct, const char* name, std::vector<std::string>& wrong) {
  if (!annotated) return;
  ++accuracy.total;
  if (correct) {
    ++accuracy.correct;
  } else {
    wrong.emplace_back(name);
  }
}

// Records a matched pair whose checked attributes are not all right; `describe` gives an entry's attributes.
template <typename Entry, typename Describe>
void record_mismatch(ListScore& score, const ScoreOptions& options, DocumentRef doc, const Entry& gold,
                     const Entry& system, const std::vector<std::string>& wrong, Describe describe) {
  if (wrong.empty()) return;
  score.record(ExampleKind::kMismatch, options.max_examples,
               [&] { return mismatch(doc, gold.span, system.span, describe(gold), describe(system), wrong); });
}

// Records the entries the matching left alone: gold ones as misses, system ones as false alarms.
template <typename Entry, typename Describe>
void record_unmatched(ListScore& score, const ScoreOptions& options, DocumentRef doc, const Matching& matching,
                      const std::vector<Entry>& gold, const std::vector<Entry>& system, Describe describe) {
  for (size_t g : matching.unmatched_gold) {
    score.record(ExampleKind::kMiss, options.max_examples, [&] { return miss(doc, gold[g].span, describe(gold[g])); });
  }
  for (size_t s : matching.unmatched_system) {
    score.record(ExampleKind::kFalseAlarm, options.max_examples,
                 [&] { return false_alarm(doc, system[s].span, describe(system[s])); });
  }
}

template <typename Entry>
std::vector<Span> spans_of(const std::vector<Entry>& entries) {
  std::vector<Span> spans;
  spans.reserve(entries.size());
  for (const Entry& e : entries) spans.push_back(e.span);
  return spans;
}

}  // namespace quarry::eval::detail

#endif  // QUARRY_EVAL_EXAMPLE_BUILDER_HPP
