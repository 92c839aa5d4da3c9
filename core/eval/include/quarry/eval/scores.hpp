// Scores as counts, so they add up over documents (micro-averaged) and stay exact until printed, plus the
// examples an author reads to see what to fix. One ListScore per list (figures, actors, quotes, dates).
#ifndef QUARRY_EVAL_SCORES_HPP
#define QUARRY_EVAL_SCORES_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/eval/entries.hpp"

namespace quarry::eval {

// Precision = correct / system, recall = correct / gold. A ratio with a zero denominator is undefined
// (nullopt), and F1 = 2·correct / (system + gold), which is the harmonic mean when both are defined and 0
// when only one is (nothing found, or nothing to find but false alarms).
struct Prf {
  size_t correct = 0;
  size_t system = 0;
  size_t gold = 0;
  std::optional<double> precision() const;
  std::optional<double> recall() const;
  std::optional<double> f1() const;
  Prf& operator+=(const Prf& o);
};

struct Accuracy {
  size_t correct = 0;
  size_t total = 0;
  std::optional<double> value() const;
  Accuracy& operator+=(const Accuracy& o);
};

enum class ExampleKind { kMiss, kFalseAlarm, kMismatch };

// One miss (gold entry not found), false alarm (system entry matching no gold) or mismatch (matched, but a
// checked attribute differs), with what an author needs to see it in the text.
struct Example {
  ExampleKind kind = ExampleKind::kMiss;
  std::string document;
  std::optional<Span> gold_span, system_span;
  std::string gold_text, system_text;  // the spans' bytes
  std::string gold, system;            // attributes, "value=11000 qualifier=approx unit=troops"
  std::string note;                    // for a mismatch: what differs
  std::string context;                 // the text around, the span in [brackets]
};

struct NamedPrf {
  std::string name;
  Prf counts;
};
struct NamedAccuracy {
  std::string name;
  Accuracy counts;
};

struct ListScore {
  std::string list;      // "figures", "actors", "quotes", "dates"
  std::string headline;  // the name of the main metric in `prf` ("e2e", "value")
  size_t documents = 0;  // documents that annotate the list
  std::vector<NamedPrf> prf;
  std::vector<NamedAccuracy> accuracy;
  // The first examples of each kind (as many as ScoreOptions::max_examples), and how many there were.
  std::vector<Example> misses, false_alarms, mismatches;
  size_t miss_count = 0, false_alarm_count = 0, mismatch_count = 0;

  // The named counts; throws std::out_of_range for a name the list does not have.
  const Prf& prf_of(std::string_view name) const;
  const Accuracy& accuracy_of(std::string_view name) const;
  Prf& prf_of(std::string_view name);
  Accuracy& accuracy_of(std::string_view name);

  // Adds another document's score of the same list, keeping at most `max_examples` of each kind.
  void add(const ListScore& other, size_t max_examples);
  // Counts an example of `kind` and keeps the one `build()` makes while fewer than `max_examples` are kept
  // (so nothing is built for the thousands of misses nobody will read).
  template <typename Build>
  void record(ExampleKind kind, size_t max_examples, Build build) {
    ++count_of(kind);
    std::vector<Example>& kept = examples_of(kind);
    if (kept.size() < max_examples) kept.push_back(build());
  }
  void record(Example example, size_t max_examples) {
    const ExampleKind kind = example.kind;
    record(kind, max_examples, [&] { return std::move(example); });
  }

 private:
  size_t& count_of(ExampleKind kind);
  std::vector<Example>& examples_of(ExampleKind kind);
};

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_SCORES_HPP
