// Data-driven cases (cases.jsonl beside this file): an input text, a reference date and the exact list of
// expected actors (text, name, type, role, affiliation), in text order.
#include <gtest/gtest.h>

#include <string>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

TEST(ActorCases, EveryCaseMatchesExactly) {
  const int count = quarry::testing::for_each_case("tests/plugins/actors/cases.jsonl", [](const nlohmann::json& c) {
    const std::string input = c["input"].get<std::string>();
    const auto got = testing::actors_of(input, c["reference_date"].get<std::string>());
    EXPECT_EQ(quarry::testing::project(got, {"text", "name", "type", "role", "affiliation"}), c["expected"])
        << "input: " << input;
  });
  EXPECT_GE(count, 30);
}

}  // namespace
}  // namespace quarry::actors
