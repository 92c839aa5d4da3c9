// Data-driven cases (cases.jsonl beside this file): an input text, a reference date and the exact list of
// expected figures (text, value, low, high, qualifier, unit), in text order.
#include <gtest/gtest.h>

#include <string>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

TEST(FigureCases, EveryCaseMatchesExactly) {
  const int count = quarry::testing::for_each_case("tests/plugins/figures/cases.jsonl", [](const nlohmann::json& c) {
    const std::string input = c["input"].get<std::string>();
    const auto got = testing::figures_of(input, c["reference_date"].get<std::string>());
    EXPECT_EQ(quarry::testing::project(got, {"text", "value", "low", "high", "qualifier", "unit"}), c["expected"])
        << "input: " << input;
  });
  EXPECT_GT(count, 40);
}

}  // namespace
}  // namespace quarry::figures
