// `quarry bench` end to end with the `digits` fixture: the report's shape and counts (never its speed).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "command_test_support.hpp"

namespace quarry::testing {
namespace {

class BenchCommand : public QuarryCommand {};

TEST_F(BenchCommand, JsonReportsEveryStage) {
  const std::string a = write("a.txt", "In 2024, 300 troops left.");
  const std::string b = write("b.txt", "Then 12 more came today.");
  const CommandRun run = quarry("bench --json --repeat 2 " + a + " " + b);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["documents"], 2);
  EXPECT_EQ(j["bytes"], 49);
  EXPECT_EQ(j["repeat"], 2);
  ASSERT_EQ(j["stages"].size(), 4u);
  EXPECT_EQ(j["stages"][0]["name"], "core (tokens, sentences)");
  EXPECT_EQ(j["stages"][1]["name"], "plugin digits");
  EXPECT_EQ(j["stages"][2]["name"], "pipeline (all of the above)");
  EXPECT_EQ(j["stages"][3]["name"], "pipeline, CPU time");
  EXPECT_TRUE(j["stages"][0]["start_seconds"].is_null());
  EXPECT_GE(j["stages"][1]["start_seconds"].get<double>(), 0.0);  // digits' cold start
  for (const auto& stage : j["stages"]) EXPECT_EQ(stage["pass_seconds"].size(), 2u);
  EXPECT_GT(j["peak_memory_mb"].get<double>(), 0.0);
  EXPECT_GE(j["load_seconds"]["registry"].get<double>(), 0.0);
}

TEST_F(BenchCommand, TableFromJsonLines) {
  const std::string gold = write("docs.jsonl", R"({"id": "x", "dct": "2025-01-24", "text": "3 ships today."})"
                                               "\n");
  const CommandRun run = quarry("bench --repeat 1 --jsonl-in " + gold);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("documents: 1 (0.000 MB), 1 pass"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("MB/s"), std::string::npos);
  EXPECT_NE(run.out.find("plugin digits"), std::string::npos);
  EXPECT_NE(run.out.find("peak memory:"), std::string::npos);
}

TEST_F(BenchCommand, UsageErrors) {
  EXPECT_EQ(quarry("bench").exit_code, 2);  // no inputs
  const std::string a = write("a.txt", "x");
  EXPECT_EQ(quarry("bench --repeat 0 " + a).exit_code, 2);
  const CommandRun missing = quarry("bench /nonexistent.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("left out"), std::string::npos);
}

}  // namespace
}  // namespace quarry::testing
