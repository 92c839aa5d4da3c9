#include "quarry/eval/report.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "quarry/eval/evaluation.hpp"
#include "scorer_test_support.hpp"

namespace quarry::eval {
namespace {

using namespace testing;

// Two documents: the first annotates figures and dates, the second figures only; the system produces figures
// and not dates.
Evaluation evaluate(size_t max_examples) {
  EvalDocument g1;
  g1.id = "one";
  g1.text = "3 ships in 2024";
  g1.figures = std::vector<Figure>{figure(0, 7, 3, "exact", "ships")};
  g1.dates = std::vector<DateEntry>{date(11, 15, "DATE", "2024")};
  EvalDocument s1;
  s1.id = "one";
  s1.figures = std::vector<Figure>{figure(0, 1, 3, "exact", "ships"), figure(11, 15, 2024)};
  EvalDocument g2;
  g2.id = "two";
  g2.text = "no numbers";
  g2.figures = std::vector<Figure>{};
  EvalDocument s2;
  s2.id = "two";
  s2.figures = std::vector<Figure>{};
  s2.error = "figures: crashed";
  Evaluator evaluator(keeping(max_examples));
  evaluator.add(g1, s1);
  evaluator.add(g2, s2);
  return evaluator.result();
}

TEST(Report, CountsAcrossDocuments) {
  const Evaluation e = evaluate(0);
  EXPECT_EQ(e.documents, 2u);
  EXPECT_EQ(e.failed_documents, 1u);
  const ListScore& figures = e.lists[0].score;
  EXPECT_EQ(figures.documents, 2u);
  EXPECT_EQ(figures.prf_of("span").correct, 1u);
  EXPECT_EQ(figures.prf_of("span").system, 2u);
  EXPECT_EQ(e.lists[3].not_produced, 1u);
  EXPECT_EQ(e.lists[3].score.documents, 0u);
  EXPECT_EQ(e.lists[1].not_produced, 0u);  // actors: annotated nowhere
}

TEST(Report, TableShowsScoresFailuresAndExamples) {
  std::ostringstream out;
  ReportHeader header;
  header.gold = "g.jsonl";
  header.plugins = {{"digits", "1.0.0"}};
  print_report(out, header, evaluate(5), 5);
  const std::string text = out.str();
  EXPECT_NE(text.find("gold: g.jsonl (2 documents)"), std::string::npos) << text;
  EXPECT_NE(text.find("plugins: digits 1.0.0"), std::string::npos);
  EXPECT_NE(text.find("failed documents: 1"), std::string::npos);
  EXPECT_NE(text.find("two: figures: crashed"), std::string::npos);
  EXPECT_NE(text.find("figures (2 documents)"), std::string::npos);
  EXPECT_NE(text.find("  span          0.500  1.000  0.667        1       2       1"), std::string::npos) << text;
  EXPECT_NE(text.find("dates: annotated in 1 document but not produced"), std::string::npos);
  EXPECT_NE(text.find("false alarms (1 of 1):\n    one @11-15 \"2024\"  system: value=2024"), std::string::npos)
      << text;
  EXPECT_NE(text.find("      3 ships in [2024]"), std::string::npos) << text;
}

TEST(Report, JsonHasNullForUndefinedRatios) {
  EvalDocument g;
  g.id = "x";
  g.text = "nothing";
  g.dates = std::vector<DateEntry>{};
  Evaluator evaluator(ScoreOptions{});
  evaluator.add(g, g);
  ReportHeader header;
  header.gold = "g.jsonl";
  const nlohmann::ordered_json j = report_json(header, evaluator.result(), 0);
  EXPECT_TRUE(j["lists"]["dates"]["prf"]["value"]["f1"].is_null());
  EXPECT_EQ(j["lists"]["dates"]["prf"]["value"]["gold"], 0);
  EXPECT_EQ(j["lists"]["dates"]["headline"], "value");
  EXPECT_FALSE(j["lists"].contains("figures"));
  const nlohmann::ordered_json scored = report_json(header, evaluate(1), 1);
  EXPECT_DOUBLE_EQ(scored["lists"]["figures"]["prf"]["span"]["precision"].get<double>(), 0.5);
  EXPECT_EQ(scored["lists"]["figures"]["examples"]["false_alarms"][0]["system"]["text"], "2024");
  EXPECT_EQ(scored["not_produced"]["dates"], 1);
}

}  // namespace
}  // namespace quarry::eval
