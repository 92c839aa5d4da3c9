// The plugin's configuration (`quarry extract --plugin-config figures='{"mode":"all"}'`):
//   "mode": "news" (default) follows the project's figure guidelines (SEEDS-NOTES §4): parts of dates and
//           times, durations and numbers in names and identifiers are not figures.
//           "all" reports every cardinal number, dates, times, durations and identifiers included, and each
//           number of a list written as one token ("22,24,26,31", "192.168.1.2"), which is what
//           number-recognition benchmarks such as Recognizers-Text expect. Ordinals, "one" used as a
//           pronoun and a bare "half" stay out in both modes.
#ifndef QUARRY_FIGURES_SCAN_OPTIONS_HPP
#define QUARRY_FIGURES_SCAN_OPTIONS_HPP

#include <string_view>

namespace quarry::figures {

struct ScanOptions {
  bool all_numbers = false;

  // Parses the plugin configuration; throws std::invalid_argument on an unknown key or mode.
  static ScanOptions from_json(std::string_view config_json);
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_SCAN_OPTIONS_HPP
