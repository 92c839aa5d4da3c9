// Regression guard on the seed gold: the plugin's dates on the five seed articles must keep value F1 at
// or above the target (0.90), scored as `quarry eval` does (relaxed one-to-one matching, exact
// value strings).
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_dates(uint32_t);

namespace {

struct Entry {
  int64_t start;
  int64_t end;
  std::string value;
};

std::vector<Entry> entries(const nlohmann::json& list) {
  std::vector<Entry> out;
  for (const auto& d : list) out.push_back({d["start"].get<int64_t>(), d["end"].get<int64_t>(), d["value"]});
  return out;
}

TEST(DatesSeeds, ValueF1MeetsTarget) {
  QUARRY_REQUIRE_SHARED("gold/seeds.jsonl");
  const quarry::testing::PluginHarness harness{&quarry_static_plugin_dates};
  std::ifstream in(quarry::testing::shared_dir() / "gold/seeds.jsonl");
  std::string line;
  size_t gold_total = 0;
  size_t system_total = 0;
  size_t correct = 0;
  while (std::getline(in, line)) {
    const auto doc = nlohmann::json::parse(line);
    const std::string dct = doc["dct"].is_null() ? "" : doc["dct"].get<std::string>();
    const auto out = harness.run(doc["text"].get<std::string>(), dct);
    const std::vector<Entry> gold = entries(doc["dates"]);
    const std::vector<Entry> system = out.contains("dates") ? entries(out["dates"]) : std::vector<Entry>{};
    gold_total += gold.size();
    system_total += system.size();
    std::vector<bool> used(system.size(), false);
    for (const Entry& g : gold) {
      // Identical span first, then the largest overlap.
      size_t best = system.size();
      int64_t best_overlap = 0;
      for (size_t s = 0; s < system.size(); ++s) {
        if (used[s]) continue;
        const int64_t overlap = std::min(g.end, system[s].end) - std::max(g.start, system[s].start);
        const int64_t score = (g.start == system[s].start && g.end == system[s].end) ? INT64_MAX : overlap;
        if (overlap > 0 && score > best_overlap) {
          best_overlap = score;
          best = s;
        }
      }
      if (best == system.size()) continue;
      used[best] = true;
      if (system[best].value == g.value) ++correct;
    }
  }
  ASSERT_GT(gold_total, 0u);
  const double precision = system_total ? static_cast<double>(correct) / static_cast<double>(system_total) : 0;
  const double recall = static_cast<double>(correct) / static_cast<double>(gold_total);
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  EXPECT_GE(f1, 0.90) << "precision " << precision << " recall " << recall;
}

}  // namespace
