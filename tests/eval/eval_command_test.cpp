// `quarry eval` end to end with the `digits` fixture plugin (numbers as figures, years and "today" as dates)
// on a small hand-made gold file whose scores are worked out below.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "command_test_support.hpp"

namespace quarry::testing {
namespace {

// Document "one" annotates figures and dates, "two" figures only (and has no dct).
// digits finds "300" (exact, no unit: qualifier and unit wrong), "12" (all right), "5" (unit wrong), the year
// "2024" and "today" = the reference date.
const std::string kGold =
    R"({"id": "one", "dct": "2025-01-24", "text": "In 2024, about 300 troops left today. Then 12 more.", )"
    R"("figures": [{"start": 9, "end": 25, "text": "about 300 troops", "value": 300, "low": null, "high": null, )"
    R"("qualifier": "approx", "unit": "troops"}, {"start": 43, "end": 45, "text": "12", "value": 12, "low": null, )"
    R"("high": null, "qualifier": "exact", "unit": null}], "dates": [{"start": 3, "end": 7, "text": "2024", )"
    R"("type": "DATE", "value": "2024"}, {"start": 31, "end": 36, "text": "today", "type": "DATE", )"
    R"("value": "2025-01-24"}]})"
    "\n"
    R"({"id": "two", "dct": null, "text": "Prices rose 5 percent on Friday.", "figures": [{"start": 12, "end": 21, )"
    R"("text": "5 percent", "value": 5, "low": null, "high": null, "qualifier": "exact", "unit": "%"}]})"
    "\n";

class EvalCommand : public QuarryCommand {};

TEST_F(EvalCommand, ScoresEveryAnnotatedList) {
  const std::string gold = write("gold.jsonl", kGold);
  const CommandRun run = quarry("eval --json --gold " + gold);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["documents"], 2);
  EXPECT_EQ(j["plugins"]["digits"], "1.0.0");
  const nlohmann::json& figures = j["lists"]["figures"];
  EXPECT_EQ(figures["documents"], 2);
  EXPECT_EQ(figures["prf"]["span"]["correct"], 3);
  EXPECT_EQ(figures["prf"]["span"]["system"], 3);
  EXPECT_EQ(figures["prf"]["e2e"]["f1"], 1.0);
  EXPECT_EQ(figures["accuracy"]["qualifier"]["correct"], 2);
  EXPECT_EQ(figures["accuracy"]["unit"]["correct"], 1);
  const nlohmann::json& dates = j["lists"]["dates"];
  EXPECT_EQ(dates["documents"], 1);  // "two" does not annotate dates
  EXPECT_EQ(dates["prf"]["strict"]["correct"], 2);
  EXPECT_EQ(dates["prf"]["value"]["f1"], 1.0);
  EXPECT_FALSE(j["lists"].contains("actors"));
}

TEST_F(EvalCommand, ReferenceDateComesFromTheGoldUnlessToldOtherwise) {
  const std::string gold = write("gold.jsonl", kGold);
  const CommandRun without = quarry("eval --json --no-date-from-gold --gold " + gold);
  ASSERT_EQ(without.exit_code, 0) << without.err;
  EXPECT_EQ(nlohmann::json::parse(without.out)["lists"]["dates"]["prf"]["value"]["correct"], 1);  // PRESENT_REF
  const CommandRun fixed = quarry("eval --json --no-date-from-gold --date 2025-01-24 --gold " + gold);
  EXPECT_EQ(nlohmann::json::parse(fixed.out)["lists"]["dates"]["prf"]["value"]["correct"], 2);
  const CommandRun wrong = quarry("eval --json --no-date-from-gold --date 2025-02-30 --gold " + gold);
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("not a valid YYYY-MM-DD date"), std::string::npos);
}

TEST_F(EvalCommand, TableAndErrorsWithContext) {
  const std::string gold = write("gold.jsonl", kGold);
  const CommandRun run = quarry("eval --errors 5 --gold " + gold);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("figures (2 documents)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("e2e *"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("mismatches (2 of 2):"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("one @9-25 \"about 300 troops\"  wrong qualifier, unit"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("In 2024, [about 300 troops] left today."), std::string::npos) << run.out;
}

TEST_F(EvalCommand, SavedOutputScoresTheSame) {
  const std::string gold = write("gold.jsonl", kGold);
  const CommandRun live = quarry("eval --json --gold " + gold + " --out " + path("system.jsonl"));
  ASSERT_EQ(live.exit_code, 0) << live.err;
  const CommandRun saved = quarry("eval --json --gold " + gold + " --system " + path("system.jsonl"));
  ASSERT_EQ(saved.exit_code, 0) << saved.err;
  EXPECT_EQ(nlohmann::json::parse(live.out)["lists"], nlohmann::json::parse(saved.out)["lists"]);
}

TEST_F(EvalCommand, InvalidGoldIsAClearErrorWithTheLine) {
  const std::string gold = write("bad.jsonl", kGold + R"({"id": "three", "text": "x", "figurs": []})" + "\n{oops\n");
  const CommandRun run = quarry("eval --gold " + gold);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("bad.jsonl:3: document \"three\": unknown key \"figurs\""), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("bad.jsonl:4: invalid JSON"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty());
}

TEST_F(EvalCommand, ListNoPluginProducesIsReportedNotScored) {
  const std::string gold = write(
      "quotes.jsonl", R"({"id": "q", "dct": null, "text": "\"Hi,\" he said.", "quotes": [{"start": 0, "end": 5, )"
                      R"("text": "\"Hi,\"", "kind": "direct", "speaker": null, "speaker_start": 6, "speaker_end": 8, )"
                      R"("cue": "said"}]})"
                      "\n");
  const CommandRun run = quarry("eval --kinds direct,mixed --gold " + gold);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("quotes: annotated in 1 document but not produced"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("quote kinds: direct,mixed"), std::string::npos) << run.out;
}

TEST_F(EvalCommand, FailingDocumentsExitOneAndStillScore) {
  // An empty text cannot become a document: it fails, and its gold figure counts as missed.
  const std::string gold = write("empty.jsonl", kGold + R"({"id": "blank", "text": "   ", "figures": []})" + "\n");
  const CommandRun run = quarry("eval --json --gold " + gold);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["failed_documents"], 1);
  EXPECT_EQ(j["lists"]["figures"]["documents"], 3);
}

TEST_F(EvalCommand, UsageErrors) {
  EXPECT_EQ(quarry("eval").exit_code, 2);  // --gold is required
  EXPECT_EQ(quarry("eval --gold /nonexistent.jsonl").exit_code, 2);
  const std::string gold = write("gold.jsonl", kGold);
  EXPECT_EQ(quarry("eval --gold " + gold + " --kinds reported").exit_code, 2);
  const CommandRun both = quarry("eval --gold " + gold + " --system " + gold + " --out " + path("x.jsonl"));
  EXPECT_EQ(both.exit_code, 2);
}

}  // namespace
}  // namespace quarry::testing
