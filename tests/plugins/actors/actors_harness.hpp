// Runs the actors plugin (statically linked) through the real pipeline and gives its `actors` list; the
// helpers to find one mention by its text come from test_support.hpp.
#ifndef QUARRY_TESTS_PLUGINS_ACTORS_HARNESS_HPP
#define QUARRY_TESTS_PLUGINS_ACTORS_HARNESS_HPP

#include <string>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_actors(uint32_t);

namespace quarry::actors::testing {

inline const quarry::testing::PluginHarness& harness() {
  static const quarry::testing::PluginHarness instance{&quarry_static_plugin_actors};
  return instance;
}

// The actors of a text: each entry has text, name, type, role, affiliation (and the core's fields).
inline nlohmann::ordered_json actors_of(const std::string& text, const std::string& date = "2025-01-24") {
  return quarry::testing::entries_of(harness().run(text, date), "actors");
}

// The first mention whose text is exactly `text`, or null.
inline nlohmann::ordered_json mention(const nlohmann::ordered_json& actors, const std::string& text) {
  return quarry::testing::entry_with_text(actors, text);
}

using quarry::testing::texts;

}  // namespace quarry::actors::testing

#endif  // QUARRY_TESTS_PLUGINS_ACTORS_HARNESS_HPP
