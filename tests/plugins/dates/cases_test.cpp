// Data-driven cases (cases.jsonl beside this file): each line has an input text, a reference date ("" for
// none) and the exact list of expected dates (text, type, value), in text order.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_dates(uint32_t);

namespace {

TEST(DatesCases, EveryCaseMatchesExactly) {
  const quarry::testing::PluginHarness harness{&quarry_static_plugin_dates};
  std::ifstream in(std::string(QUARRY_SOURCE_DIR) + "/tests/plugins/dates/cases.jsonl");
  ASSERT_TRUE(in) << "cases.jsonl not found";
  std::string line;
  int count = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto c = nlohmann::json::parse(line);
    const std::string input = c["input"].get<std::string>();
    const auto out = harness.run(input, c["reference_date"].get<std::string>());
    nlohmann::json got = nlohmann::json::array();
    if (out.contains("dates")) {
      for (const auto& d : out["dates"]) {
        got.push_back({{"text", d["text"]}, {"type", d["type"]}, {"value", d["value"]}});
      }
    }
    EXPECT_EQ(got, c["expected"]) << "input: " << input << "\nreference: " << c["reference_date"];
    ++count;
  }
  EXPECT_GT(count, 50);
}

}  // namespace
