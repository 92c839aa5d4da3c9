// Data-driven cases (cases.jsonl beside this file): an input text, a reference date and the exact list of
// expected figures (text, value, low, high, qualifier, unit), in text order.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

TEST(FigureCases, EveryCaseMatchesExactly) {
  std::ifstream in(std::string(QUARRY_SOURCE_DIR) + "/tests/plugins/figures/cases.jsonl");
  ASSERT_TRUE(in) << "cases.jsonl not found";
  std::string line;
  int count = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto c = nlohmann::json::parse(line);
    const std::string input = c["input"].get<std::string>();
    nlohmann::json got = nlohmann::json::array();
    for (const auto& f : testing::figures_of(input, c["reference_date"].get<std::string>())) {
      got.push_back({{"text", f["text"]},
                     {"value", f["value"]},
                     {"low", f["low"]},
                     {"high", f["high"]},
                     {"qualifier", f["qualifier"]},
                     {"unit", f["unit"]}});
    }
    EXPECT_EQ(got, c["expected"]) << "input: " << input;
    ++count;
  }
  EXPECT_GT(count, 40);
}

}  // namespace
}  // namespace quarry::figures
