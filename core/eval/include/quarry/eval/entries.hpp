// The evaluator's view of one document: its text and, per list (figures, actors, quotes, dates), the entries
// with only what the scorers compare. Gold files and system output are both read into this shape.
//
// An attribute is tri-state, because the gold format distinguishes them: a key that is absent means "not
// annotated" (never checked: GUM has no actor `role`, MeasEval no figure `value`), a null means "known to be
// absent" (an actor with no role), and anything else is a value.
#ifndef QUARRY_EVAL_ENTRIES_HPP
#define QUARRY_EVAL_ENTRIES_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace quarry::eval {

// A UTF-8 byte range [start, end) of the document text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t length() const { return end > start ? end - start : 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Bytes shared by two spans (0 when they are disjoint).
inline uint32_t overlap(Span a, Span b) {
  const uint32_t lo = a.start > b.start ? a.start : b.start;
  const uint32_t hi = a.end < b.end ? a.end : b.end;
  return hi > lo ? hi - lo : 0;
}

template <typename T>
struct Attribute {
  bool annotated = false;  // the key is present
  std::optional<T> value;  // empty for JSON null

  static Attribute absent() { return {}; }
  static Attribute null() { return {true, std::nullopt}; }
  static Attribute of(T v) { return {true, std::move(v)}; }
};

struct Figure {
  Span span;
  Attribute<double> value, low, high;
  Attribute<std::string> qualifier, unit;
};

struct Actor {
  Span span;
  Attribute<std::string> name, type, role, affiliation;
};

struct Quote {
  Span span;
  Attribute<std::string> kind, speaker, cue;
  Attribute<Span> speaker_span;  // speaker_start/speaker_end
};

struct DateEntry {
  Span span;
  Attribute<std::string> type, value;
};

// One document. A list that is std::nullopt was not annotated (gold) or not produced (system): not scored.
struct EvalDocument {
  std::string id;
  std::string text;
  std::optional<std::string> dct;  // "YYYY-MM-DD", or nullopt when null/absent
  std::optional<std::vector<Figure>> figures;
  std::optional<std::vector<Actor>> actors;
  std::optional<std::vector<Quote>> quotes;
  std::optional<std::vector<DateEntry>> dates;
  std::vector<std::string> rt_not_supported;  // Recognizers-Text metadata: platforms RT fails this case on
  std::string error;                          // system output: why the document or a plugin failed
  size_t line = 0;                            // 1-based line in its file (0 when not from a file)
};

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_ENTRIES_HPP
