// Data-driven cases (cases.jsonl beside this file): an input text, a reference date and the exact list of
// expected actors (text, name, type, role, affiliation), in text order.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

TEST(ActorCases, EveryCaseMatchesExactly) {
  std::ifstream in(std::string(QUARRY_SOURCE_DIR) + "/tests/plugins/actors/cases.jsonl");
  ASSERT_TRUE(in) << "cases.jsonl not found";
  std::string line;
  int count = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto c = nlohmann::json::parse(line);
    const std::string input = c["input"].get<std::string>();
    nlohmann::json got = nlohmann::json::array();
    for (const auto& a : testing::actors_of(input, c["reference_date"].get<std::string>())) {
      got.push_back({{"text", a["text"]},
                     {"name", a["name"]},
                     {"type", a["type"]},
                     {"role", a["role"]},
                     {"affiliation", a["affiliation"]}});
    }
    EXPECT_EQ(got, c["expected"]) << "input: " << input;
    ++count;
  }
  EXPECT_GE(count, 30);
}

}  // namespace
}  // namespace quarry::actors
