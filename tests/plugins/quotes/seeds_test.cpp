// A regression guard on the seed articles (../shared/gold/seeds.jsonl), with the gold actor mentions given
// to the fixture so the score reflects the quote finder alone. The floor sits below the measured score; the
// tracked numbers come from `quarry eval`.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "quotes_harness.hpp"
#include "test_support.hpp"

namespace quarry::testing {
namespace {

// Gold quote g is found when a system quote covers at least half of it (the evaluator's rule).
bool covers_half(const nlohmann::json& g, const nlohmann::ordered_json& s) {
  const auto gb = g["start"].get<int64_t>(), ge = g["end"].get<int64_t>();
  const auto sb = s["start"].get<int64_t>(), se = s["end"].get<int64_t>();
  const int64_t shared = std::min(ge, se) - std::max(gb, sb);
  return shared > 0 && 2 * shared >= ge - gb;
}

bool same_speaker(const nlohmann::json& g, const nlohmann::ordered_json& s) {
  if (g["speaker"] == s["speaker"]) return true;
  if (g["speaker_start"].is_null() || s["speaker_start"].is_null()) return false;
  return std::min(g["speaker_end"].get<int64_t>(), s["speaker_end"].get<int64_t>()) >
         std::max(g["speaker_start"].get<int64_t>(), s["speaker_start"].get<int64_t>());
}

TEST(QuotesSeeds, DirectQuotesAreFoundWithTheirSpeakers) {
  QUARRY_REQUIRE_SHARED("gold/seeds.jsonl");
  std::ifstream in(shared_dir() / "gold/seeds.jsonl");
  const QuotesHarness harness;
  int gold = 0, system = 0, correct = 0;
  std::string line;
  while (std::getline(in, line)) {
    const auto d = nlohmann::json::parse(line);
    std::string actors;
    for (const auto& a : d["actors"]) {
      actors += std::to_string(a["start"].get<int>()) + "\t" + std::to_string(a["end"].get<int>()) + "\t" +
                a["type"].get<std::string>() + "\t" + a["name"].get<std::string>() + "\n";
    }
    const auto out = harness.run_with_offsets(d["text"], actors, d["dct"]);
    std::vector<bool> used(quotes_of(out).size(), false);
    for (const auto& s : quotes_of(out)) system += s["kind"] == "direct" ? 1 : 0;
    for (const auto& g : d["quotes"]) {
      if (g["kind"] != "direct") continue;
      ++gold;
      size_t i = 0;
      for (const auto& s : quotes_of(out)) {
        if (!used[i] && s["kind"] == "direct" && covers_half(g, s)) {
          used[i] = true;
          correct += same_speaker(g, s) ? 1 : 0;
          break;
        }
        ++i;
      }
    }
  }
  EXPECT_EQ(harness.errors(), "");
  ASSERT_GT(gold, 0);
  const double precision = system ? static_cast<double>(correct) / system : 0;
  const double recall = static_cast<double>(correct) / gold;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  EXPECT_GE(f1, 0.85) << "direct quotes e2e on the seeds: P " << precision << " R " << recall;
}

}  // namespace
}  // namespace quarry::testing
