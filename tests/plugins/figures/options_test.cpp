// The plugin configuration: {"mode": "all"} reports every cardinal number; bad configurations are refused
// when the plugin starts.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

// The figures of `text` with the given configuration of the figures plugin.
nlohmann::ordered_json figures_with(const std::string& config, const std::string& text) {
  core::PluginRegistry registry;
  registry.add_static(&quarry_static_plugin_figures);
  const core::Pipeline pipeline(registry.plugins(), {{"figures", config}});
  core::DocumentInput input;
  input.id = "test";
  input.text = text;
  const core::Document doc(std::move(input));
  const auto out = core::document_json(doc, pipeline.run(doc));
  return out.contains("figures") ? out["figures"] : nlohmann::ordered_json::array();
}

TEST(FigureOptions, NewsModeIsTheDefault) {
  const std::string text = "On Jan 24, 2025 at 2 pm, 300 soldiers left for four months.";
  EXPECT_EQ(figures_with("{}", text).size(), 1u);
  EXPECT_EQ(figures_with(R"({"mode": "news"})", text).size(), 1u);
}

TEST(FigureOptions, AllModeKeepsDatesTimesAndDurations) {
  const auto all = figures_with(R"({"mode": "all"})", "On Jan 24, 2025 at 2 pm, 300 soldiers left for four months.");
  ASSERT_EQ(all.size(), 5u) << all.dump();
  EXPECT_EQ(all[0]["value"], 24);
  EXPECT_EQ(all[1]["value"], 2025);
  EXPECT_EQ(all[2]["value"], 2);
  EXPECT_EQ(all[3]["unit"], "soldiers");
  EXPECT_EQ(all[4]["unit"], "months");
  // Ordinals and pronoun "one" stay out even then.
  EXPECT_EQ(figures_with(R"({"mode": "all"})", "the 62nd day, the one who came").size(), 0u);
}

TEST(FigureOptions, AllModeSplitsNumberLists) {
  const auto list = figures_with(R"({"mode": "all"})", "Exercises nrs. 22,24,26,31.");
  ASSERT_EQ(list.size(), 4u) << list.dump();
  EXPECT_EQ(list[0]["value"], 22);
  EXPECT_EQ(list[0]["text"], "22");
  EXPECT_EQ(list[3]["value"], 31);
  EXPECT_EQ(list[3]["text"], "31");
  EXPECT_EQ(figures_with(R"({"mode": "all"})", "192.168.1.2").size(), 4u);
  // News mode leaves lists and addresses out.
  EXPECT_EQ(figures_with("{}", "Exercises nrs. 22,24,26,31 at 192.168.1.2").size(), 0u);
}

TEST(FigureOptions, BadConfigurationsAreRefused) {
  EXPECT_THROW(figures_with(R"({"mode": "everything"})", "x"), core::PluginError);
  EXPECT_THROW(figures_with(R"({"colour": "red"})", "x"), core::PluginError);
  EXPECT_THROW(figures_with(R"({"mode": 3})", "x"), core::PluginError);
}

}  // namespace
}  // namespace quarry::figures
