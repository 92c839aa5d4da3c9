#include "quarry/eval/scores.hpp"

#include <stdexcept>

namespace quarry::eval {
namespace {

std::optional<double> ratio(size_t numerator, size_t denominator) {
  if (denominator == 0) return std::nullopt;
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

// Works on const and mutable lists alike.
template <typename Items>
auto& find_named(Items& items, std::string_view name, std::string_view list) {
  for (auto& item : items) {
    if (item.name == name) return item.counts;
  }
  throw std::out_of_range("the " + std::string(list) + " score has no metric '" + std::string(name) + "'");
}

void append_capped(std::vector<Example>& to, const std::vector<Example>& from, size_t max_examples) {
  for (const Example& e : from) {
    if (to.size() >= max_examples) break;
    to.push_back(e);
  }
}

}  // namespace

std::optional<double> Prf::precision() const { return ratio(correct, system); }
std::optional<double> Prf::recall() const { return ratio(correct, gold); }
std::optional<double> Prf::f1() const { return ratio(2 * correct, system + gold); }

Prf& Prf::operator+=(const Prf& o) {
  correct += o.correct;
  system += o.system;
  gold += o.gold;
  return *this;
}

std::optional<double> Accuracy::value() const { return ratio(correct, total); }

Accuracy& Accuracy::operator+=(const Accuracy& o) {
  correct += o.correct;
  total += o.total;
  return *this;
}

const Prf& ListScore::prf_of(std::string_view name) const { return find_named(prf, name, list); }
const Accuracy& ListScore::accuracy_of(std::string_view name) const { return find_named(accuracy, name, list); }
Prf& ListScore::prf_of(std::string_view name) { return find_named(prf, name, list); }
Accuracy& ListScore::accuracy_of(std::string_view name) { return find_named(accuracy, name, list); }

void ListScore::add(const ListScore& other, size_t max_examples) {
  if (prf.empty() && accuracy.empty()) {
    // The first document of this list defines its metrics.
    list = other.list;
    headline = other.headline;
    for (const NamedPrf& p : other.prf) prf.push_back({p.name, {}});
    for (const NamedAccuracy& a : other.accuracy) accuracy.push_back({a.name, {}});
  }
  documents += other.documents;
  for (const NamedPrf& p : other.prf) prf_of(p.name) += p.counts;
  for (const NamedAccuracy& a : other.accuracy) accuracy_of(a.name) += a.counts;
  append_capped(misses, other.misses, max_examples);
  append_capped(false_alarms, other.false_alarms, max_examples);
  append_capped(mismatches, other.mismatches, max_examples);
  miss_count += other.miss_count;
  false_alarm_count += other.false_alarm_count;
  mismatch_count += other.mismatch_count;
}

size_t& ListScore::count_of(ExampleKind kind) {
  switch (kind) {
    case ExampleKind::kMiss:
      return miss_count;
    case ExampleKind::kFalseAlarm:
      return false_alarm_count;
    case ExampleKind::kMismatch:
      break;
  }
  return mismatch_count;
}

std::vector<Example>& ListScore::examples_of(ExampleKind kind) {
  switch (kind) {
    case ExampleKind::kMiss:
      return misses;
    case ExampleKind::kFalseAlarm:
      return false_alarms;
    case ExampleKind::kMismatch:
      break;
  }
  return mismatches;
}

}  // namespace quarry::eval
