// Small builders for hand-made gold/system entries in the scorer tests.
#ifndef QUARRY_TESTS_EVAL_SCORER_TEST_SUPPORT_HPP
#define QUARRY_TESTS_EVAL_SCORER_TEST_SUPPORT_HPP

#include <optional>
#include <string>

#include "quarry/eval/entries.hpp"
#include "quarry/eval/list_scorers.hpp"

namespace quarry::eval::testing {

// Options that keep up to `n` examples of each kind.
inline ScoreOptions keeping(size_t n) {
  ScoreOptions options;
  options.max_examples = n;
  return options;
}

inline Attribute<std::string> str(const char* s) {
  return s ? Attribute<std::string>::of(s) : Attribute<std::string>::null();
}
inline Attribute<double> num(double v) { return Attribute<double>::of(v); }
inline Attribute<double> null_num() { return Attribute<double>::null(); }

inline Figure figure(uint32_t start, uint32_t end, std::optional<double> value, const char* qualifier = "exact",
                     const char* unit = nullptr) {
  Figure f;
  f.span = {start, end};
  f.value = value ? num(*value) : null_num();
  f.low = null_num();
  f.high = null_num();
  f.qualifier = str(qualifier);
  f.unit = str(unit);
  return f;
}

inline Figure range(uint32_t start, uint32_t end, double low, double high, const char* unit = nullptr) {
  Figure f = figure(start, end, std::nullopt, "range", unit);
  f.low = num(low);
  f.high = num(high);
  return f;
}

inline Actor actor(uint32_t start, uint32_t end, const char* name, const char* type = "person",
                   const char* role = nullptr, const char* affiliation = nullptr) {
  return Actor{{start, end}, str(name), str(type), str(role), str(affiliation)};
}

inline Quote quote(uint32_t start, uint32_t end, const char* kind, const char* speaker,
                   std::optional<Span> speaker_span = std::nullopt, const char* cue = "said") {
  Quote q;
  q.span = {start, end};
  q.kind = str(kind);
  q.speaker = str(speaker);
  q.speaker_span = speaker_span ? Attribute<Span>::of(*speaker_span) : Attribute<Span>::null();
  q.cue = str(cue);
  return q;
}

inline DateEntry date(uint32_t start, uint32_t end, const char* type, const char* value) {
  return DateEntry{{start, end}, str(type), str(value)};
}

}  // namespace quarry::eval::testing

#endif  // QUARRY_TESTS_EVAL_SCORER_TEST_SUPPORT_HPP
