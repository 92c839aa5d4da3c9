// Runs the actors plugin (statically linked) through the real pipeline and gives its `actors` list, with small
// helpers to find one mention by its text.
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
  const auto out = harness().run(text, date);
  return out.contains("actors") ? out["actors"] : nlohmann::ordered_json::array();
}

// The first mention whose text is exactly `text`, or null.
inline nlohmann::ordered_json mention(const nlohmann::ordered_json& actors, const std::string& text) {
  for (const auto& a : actors) {
    if (a["text"] == text) return a;
  }
  return nullptr;
}

// Every mention's text, in order, joined with " | " (for readable failure messages).
inline std::string texts(const nlohmann::ordered_json& actors) {
  std::string out;
  for (const auto& a : actors) {
    if (!out.empty()) out += " | ";
    out += a["text"].get<std::string>();
  }
  return out;
}

}  // namespace quarry::actors::testing

#endif  // QUARRY_TESTS_PLUGINS_ACTORS_HARNESS_HPP
