// A regression guard on the seed articles (../shared/gold/seeds.jsonl): every gold figure is found, overlapping
// its gold span, with its value. The scores themselves are tracked with `quarry eval`, not asserted here.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

TEST(FigureSeeds, EveryGoldFigureIsFoundWithItsValue) {
  QUARRY_REQUIRE_SHARED("gold/seeds.jsonl");
  std::ifstream in(quarry::testing::shared_dir() / "gold/seeds.jsonl");
  std::string line;
  int gold_count = 0;
  while (std::getline(in, line)) {
    const auto doc = nlohmann::json::parse(line);
    const auto system = testing::figures_of(doc["text"].get<std::string>(), doc["dct"].get<std::string>());
    for (const auto& gold : doc["figures"]) {
      ++gold_count;
      bool found = false;
      for (const auto& f : system) {
        const bool overlap = f["start"] < gold["end"] && gold["start"] < f["end"];
        found =
            found || (overlap && f["value"] == gold["value"] && f["low"] == gold["low"] && f["high"] == gold["high"]);
      }
      EXPECT_TRUE(found) << doc["id"] << ": " << gold.dump();
    }
  }
  EXPECT_GT(gold_count, 0);
}

}  // namespace
}  // namespace quarry::figures
