// Runs the figures plugin (statically linked) through the core pipeline, as the CLI does, and gives its
// figures as JSON objects in text order.
#ifndef QUARRY_TESTS_FIGURES_HARNESS_HPP
#define QUARRY_TESTS_FIGURES_HARNESS_HPP

#include <cmath>
#include <string>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_figures(uint32_t);

namespace quarry::figures::testing {

inline const quarry::testing::PluginHarness& harness() {
  static const quarry::testing::PluginHarness h{&quarry_static_plugin_figures};
  return h;
}

// The figures of `text`; fails the calling test when the plugin reported an error.
inline nlohmann::ordered_json figures_of(const std::string& text, const std::string& reference = "2025-01-24") {
  const auto out = harness().run(text, reference);
  EXPECT_FALSE(out.contains("errors") && !out["errors"].empty()) << out.dump().substr(0, 400);
  return quarry::testing::entries_of(out, "figures");
}

// The one figure of `text`; fails when there is not exactly one.
inline nlohmann::ordered_json only_figure(const std::string& text) {
  const auto figures = figures_of(text);
  EXPECT_EQ(figures.size(), 1u) << "in: " << text << "\ngot: " << figures.dump();
  return figures.empty() ? nlohmann::ordered_json::object() : figures[0];
}

// Checks that `text` has exactly one figure, covering `span`, whose value is `value` (to a relative 1e-9:
// spelled fractions such as "two thirds" are not exact in binary).
inline void expect_value(const std::string& text, double value, const std::string& span) {
  const auto f = only_figure(text);
  EXPECT_NEAR(f.value("value", -1.0), value, std::abs(value) * 1e-9) << text;
  EXPECT_EQ(f.value("text", std::string()), span) << text;
}

}  // namespace quarry::figures::testing

#endif  // QUARRY_TESTS_FIGURES_HARNESS_HPP
