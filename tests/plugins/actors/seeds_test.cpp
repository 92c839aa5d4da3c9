// The seeds gold (../shared/gold/seeds.jsonl): a regression guard on the end-to-end score (mention overlap +
// canonical name + role), the metric of `quarry eval`. The bar is below the measured score so that only a real
// regression fails it; the score itself is tracked with `quarry eval`.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

std::string folded(const nlohmann::json& v) {
  if (v.is_null()) return "<null>";
  std::string s = v.get<std::string>();
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

TEST(ActorSeeds, EndToEndScoreStaysHigh) {
  QUARRY_REQUIRE_SHARED("gold/seeds.jsonl");
  std::ifstream in(quarry::testing::shared_dir() / "gold/seeds.jsonl");
  std::string line;
  size_t gold_total = 0, system_total = 0, correct = 0, affiliation_right = 0, matched = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto doc = nlohmann::json::parse(line);
    const auto system = testing::actors_of(doc["text"].get<std::string>(), doc["dct"].get<std::string>());
    const auto& gold = doc["actors"];
    gold_total += gold.size();
    system_total += system.size();
    // One-to-one matching by largest overlap.
    std::vector<std::tuple<long, size_t, size_t>> pairs;
    for (size_t g = 0; g < gold.size(); ++g) {
      for (size_t s = 0; s < system.size(); ++s) {
        const long overlap = std::min(gold[g]["end"].get<long>(), system[s]["end"].get<long>()) -
                             std::max(gold[g]["start"].get<long>(), system[s]["start"].get<long>());
        if (overlap > 0) pairs.emplace_back(-overlap, g, s);
      }
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<bool> gold_used(gold.size()), system_used(system.size());
    for (const auto& [overlap, g, s] : pairs) {
      if (gold_used[g] || system_used[s]) continue;
      gold_used[g] = system_used[s] = true;
      ++matched;
      if (folded(gold[g]["name"]) == folded(system[s]["name"]) &&
          folded(gold[g]["role"]) == folded(system[s]["role"])) {
        ++correct;
      }
      if (folded(gold[g]["affiliation"]) == folded(system[s]["affiliation"])) ++affiliation_right;
    }
  }
  ASSERT_GT(gold_total, 0u);
  const double precision = static_cast<double>(correct) / static_cast<double>(std::max<size_t>(1, system_total));
  const double recall = static_cast<double>(correct) / static_cast<double>(gold_total);
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  const double affiliation = static_cast<double>(affiliation_right) / static_cast<double>(std::max<size_t>(1, matched));
  EXPECT_GE(f1, 0.90) << "actors e2e F1 on the seeds";
  EXPECT_GE(affiliation, 0.85) << "affiliation accuracy on matched seed mentions";
}

}  // namespace
}  // namespace quarry::actors
