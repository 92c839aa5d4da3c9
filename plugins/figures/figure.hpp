// A numeric figure as the plugin emits it (SCHEMA.md `figures`): a byte span, value or low/high, qualifier,
// unit.
#ifndef QUARRY_FIGURES_FIGURE_HPP
#define QUARRY_FIGURES_FIGURE_HPP

#include <cstdint>
#include <optional>
#include <string_view>

namespace quarry::figures {

enum class Qualifier : uint8_t { kExact, kApprox, kAtLeast, kMoreThan, kAtMost, kLessThan, kRange };

// The schema's name ("more_than"), and back; nullopt for an unknown name.
std::string_view qualifier_name(Qualifier q);
std::optional<Qualifier> qualifier_from_name(std::string_view name);

struct Figure {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::optional<double> value;  // null for a range
  std::optional<double> low;
  std::optional<double> high;
  Qualifier qualifier = Qualifier::kExact;
  std::string_view unit;  // empty: null. Views the document text or the lexicon (valid during process()).
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_FIGURE_HPP
