#include "quarry/eval/gold_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "quarry/eval/document_reader.hpp"
#include "test_support.hpp"

namespace quarry::eval {
namespace {

std::vector<EvalDocument> read(const std::string& lines) {
  std::istringstream in(lines);
  return read_gold(in, "gold.jsonl");
}

// The message of the GoldFileError that reading `lines` throws ("" when none).
std::string problems_of(const std::string& lines) {
  try {
    read(lines);
  } catch (const GoldFileError& e) {
    return e.what();
  }
  return "";
}

const std::string kGood =
    R"({"id": "a", "dct": "2025-01-24", "text": "About 300 troops \u201cleft\u201d.", )"
    R"("figures": [{"start": 0, "end": 16, "text": "About 300 troops", "value": 300, "low": null, "high": null, )"
    R"("qualifier": "approx", "unit": "troops"}], )"
    R"("quotes": [{"start": 17, "end": 27, "text": "\u201cleft\u201d", "kind": "direct", "speaker": null, )"
    R"("speaker_start": null, "speaker_end": null, "cue": null}]})";

TEST(GoldFile, ReadsListsAndAttributes) {
  const std::vector<EvalDocument> docs = read(kGood + "\n");
  ASSERT_EQ(docs.size(), 1u);
  const EvalDocument& d = docs[0];
  EXPECT_EQ(d.id, "a");
  EXPECT_EQ(d.dct, "2025-01-24");
  EXPECT_EQ(d.line, 1u);
  ASSERT_TRUE(d.figures);
  EXPECT_FALSE(d.actors);  // absent: not annotated
  EXPECT_FALSE(d.dates);
  ASSERT_EQ(d.figures->size(), 1u);
  const Figure& f = d.figures->front();
  EXPECT_EQ(f.span, (Span{0, 16}));
  EXPECT_EQ(f.value.value, 300.0);
  EXPECT_TRUE(f.low.annotated);
  EXPECT_FALSE(f.low.value);
  EXPECT_EQ(f.unit.value, "troops");
  ASSERT_EQ(d.quotes->size(), 1u);
  EXPECT_EQ(d.quotes->front().span, (Span{17, 27}));  // curly quotes are 3 bytes each
  EXPECT_TRUE(d.quotes->front().speaker_span.annotated);
  EXPECT_FALSE(d.quotes->front().speaker_span.value);
}

TEST(GoldFile, PresentEmptyListIsAnnotated) {
  const std::vector<EvalDocument> docs = read(R"({"id": "a", "dct": null, "text": "x", "dates": []})");
  ASSERT_TRUE(docs[0].dates);
  EXPECT_TRUE(docs[0].dates->empty());
  EXPECT_FALSE(docs[0].dct);
}

TEST(GoldFile, DctWithATimeOfDayIsTheDay) {
  EXPECT_EQ(read(R"({"id": "a", "dct": "1998-01-08T18:30", "text": "x"})")[0].dct, "1998-01-08");
  EXPECT_NE(problems_of(R"({"id": "a", "dct": "1998-01-08junk", "text": "x"})").find("is not a YYYY-MM-DD date"),
            std::string::npos);
}

TEST(GoldFile, AbsentKeyIsNotAnnotated) {
  const std::vector<EvalDocument> docs =
      read(R"({"id": "g", "dct": null, "text": "Trump", "actors": [{"start": 0, "end": 5, "text": "Trump", )"
           R"("name": "Donald Trump", "type": "person", "name_source": "wikification"}]})");
  const Actor& a = docs[0].actors->front();
  EXPECT_FALSE(a.role.annotated);
  EXPECT_FALSE(a.affiliation.annotated);
  EXPECT_TRUE(a.name.annotated);
}

TEST(GoldFile, InvalidJsonNamesTheLine) {
  const std::string message = problems_of(kGood + "\n\n{\"id\": \"b\", \"text\": \n");
  EXPECT_NE(message.find("gold.jsonl:3: invalid JSON"), std::string::npos) << message;
}

TEST(GoldFile, UnknownKeysAreErrors) {
  const std::string doc_key = problems_of(R"({"id": "a", "text": "x", "dcte": null})");
  EXPECT_NE(doc_key.find("gold.jsonl:1: document \"a\": unknown key \"dcte\""), std::string::npos) << doc_key;
  const std::string entry_key =
      problems_of(R"({"id": "a", "text": "March", "dates": [{"start": 0, "end": 5, "text": "March", "type": "DATE", )"
                  R"("value": "XXXX-03", "confidence": 1}]})");
  EXPECT_NE(entry_key.find("dates[0] (bytes 0-5): unknown key \"confidence\""), std::string::npos) << entry_key;
}

TEST(GoldFile, DocumentedMetadataKeysAreAccepted) {
  EXPECT_EQ(problems_of(R"({"id": "r", "source": "s", "dct": null, "text": "12", "split": "train", )"
                        R"("rt_not_supported": ["java"], "rt_not_supported_by_design": [], "figures": [)"
                        R"({"start": 0, "end": 2, "text": "12", "value": 12, "low": null, "high": null, )"
                        R"("value_derived": true, "qualifier": "exact", "unit": null, "measeval_mods": []}]})"),
            "");
}

TEST(GoldFile, TextThatDoesNotMatchTheBytes) {
  // Character offsets instead of byte offsets: “left” starts at character 17 but ends at byte 27.
  const std::string message =
      problems_of(R"({"id": "a", "text": "About 300 troops \u201cleft\u201d.", "quotes": [{"start": 17, "end": 23, )"
                  R"("text": "\u201cleft\u201d", "kind": "direct", "speaker": null, "speaker_start": null, )"
                  R"("speaker_end": null, "cue": null}]})");
  EXPECT_NE(message.find("gold.jsonl:1: document \"a\": quotes[0] (bytes 17-23): \"text\""), std::string::npos)
      << message;
  EXPECT_NE(message.find("does not equal the bytes"), std::string::npos) << message;
  // An offset inside a multi-byte character: the message shows the broken bytes as U+FFFD.
  const std::string cut =
      problems_of(R"({"id": "a", "text": "\u201cleft\u201d", "quotes": [{"start": 0, "end": 2, "text": "\u201c", )"
                  R"("kind": "direct", "speaker": null, "speaker_start": null, "speaker_end": null, "cue": null}]})");
  EXPECT_NE(cut.find("does not equal the bytes at 0-2 (\"\xEF\xBF\xBD"), std::string::npos) << cut;
}

TEST(GoldFile, SpansOutsideTheText) {
  const std::string message = problems_of(
      R"({"id": "a", "text": "abc", "dates": [{"start": 2, "end": 9, "text": "c", "type": "DATE", "value": "x"}]})");
  EXPECT_NE(message.find("outside the text"), std::string::npos) << message;
  const std::string speaker = problems_of(
      R"({"id": "a", "text": "\"Hi\"", "quotes": [{"start": 0, "end": 4, "text": "\"Hi\"", "kind": "direct", )"
      R"("speaker": "X", "speaker_start": 3, "speaker_end": 40, "cue": null}]})");
  EXPECT_NE(speaker.find("speaker_start/speaker_end"), std::string::npos) << speaker;
}

TEST(GoldFile, EnumValuesOutsideTheSchema) {
  const std::string message =
      problems_of(R"({"id": "a", "text": "about 3", "figures": [{"start": 0, "end": 7, "text": "about 3", "value": 3, )"
                  R"("low": null, "high": null, "qualifier": "about", "unit": null}]})");
  EXPECT_NE(message.find("\"qualifier\" is \"about\", not one of exact, approx"), std::string::npos) << message;
  EXPECT_NE(problems_of(R"({"id": "a", "text": "Kim", "actors": [{"start": 0, "end": 3, "text": "Kim", )"
                        R"("name": "Kim", "type": "country", "role": null, "affiliation": null}]})")
                .find("not one of person, organization"),
            std::string::npos);
}

TEST(GoldFile, WrongTypesAndDuplicates) {
  const std::string message = problems_of(
      R"({"id": "a", "text": "3 ships", "figures": [{"start": 0, "end": 1, "text": "3", "value": "3", "low": null, )"
      R"("high": null, "qualifier": "exact", "unit": null}, {"start": 0, "end": 1, "text": "3", "value": 3, )"
      R"("low": null, "high": null, "qualifier": "exact", "unit": null}]})"
      "\n"
      R"({"id": "a", "dct": "24 Jan 2025", "text": "x"})");
  EXPECT_NE(message.find("\"value\" is \"3\", not a number"), std::string::npos) << message;
  EXPECT_NE(message.find("figures[1]: same span 0-1 as figures[0]"), std::string::npos) << message;
  EXPECT_NE(message.find("gold.jsonl:2: id \"a\" already used on line 1"), std::string::npos) << message;
  EXPECT_NE(message.find("\"dct\" \"24 Jan 2025\" is not a YYYY-MM-DD date"), std::string::npos) << message;
}

TEST(GoldFile, NotAnObjectAndNoText) {
  const std::string message = problems_of("[1, 2]\n{\"id\": \"b\"}\n");
  EXPECT_NE(message.find("gold.jsonl:1: not a JSON object"), std::string::npos) << message;
  EXPECT_NE(message.find("gold.jsonl:2: document \"b\": no \"text\" string"), std::string::npos) << message;
}

TEST(GoldFile, ManyProblemsAreSummarised) {
  std::string lines;
  for (int i = 0; i < 30; ++i) lines += "{oops\n";
  const std::string message = problems_of(lines);
  EXPECT_NE(message.find("30 problems"), std::string::npos);
  EXPECT_NE(message.find("and 10 more"), std::string::npos);
}

TEST(GoldFile, MissingFileIsAGoldFileError) { EXPECT_THROW(load_gold_file("/nonexistent/gold.jsonl"), GoldFileError); }

TEST(SystemOutput, ExtraKeysIgnoredAndBadEntriesDropped) {
  const nlohmann::json out = nlohmann::json::parse(
      R"({"schema": "quarry-output/1", "id": "a", "dct": null, "plugins": {"digits": "1.0.0"}, )"
      R"("figures": [{"start": 0, "end": 2, "text": "12", "value": 12, "plugin": "digits", "extra": 1}, )"
      R"({"start": 5, "end": 99, "text": "?", "plugin": "digits"}], "word_counts": [], )"
      R"("errors": [{"plugin": "words", "message": "boom"}]})");
  std::vector<std::string> problems;
  const EvalDocument d = read_system_document(out, std::string("12 ships"), problems);
  ASSERT_TRUE(d.figures);
  EXPECT_EQ(d.figures->size(), 1u);
  EXPECT_FALSE(d.figures->front().qualifier.annotated);
  EXPECT_EQ(d.error, "words: boom");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("figures[1]"), std::string::npos);
}

TEST(SystemOutput, MissingDocumentsGetEmptyLists) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "quarry_eval_system_test.jsonl";
  {
    std::ofstream out(path);
    out << R"({"id": "a", "figures": [{"start": 0, "end": 1, "text": "1", "value": 1}]})" << '\n'
        << R"({"id": "c", "error": "empty text"})" << '\n'
        << "not json\n";
  }
  const std::vector<EvalDocument> gold = read(R"({"id": "a", "text": "1", "figures": []})"
                                              "\n"
                                              R"({"id": "b", "text": "2", "figures": []})"
                                              "\n"
                                              R"({"id": "c", "text": "3", "figures": []})");
  std::vector<std::string> problems;
  const std::vector<EvalDocument> system = load_system_file(path.string(), gold, problems);
  std::filesystem::remove(path);
  ASSERT_EQ(system.size(), 3u);
  EXPECT_EQ(system[0].figures->size(), 1u);
  ASSERT_TRUE(system[1].figures);  // missing: empty, so gold entries count as missed
  EXPECT_EQ(system[1].error, "no system output");
  ASSERT_TRUE(system[2].figures);  // failed: empty too
  EXPECT_EQ(system[2].error, "empty text");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find(":3: invalid JSON"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("no output for document \"b\""), std::string::npos) << problems[1];
}

// Every gold file of ../shared must load: the seeds and every benchmark (the *.cases.jsonl files are test
// cases in another format).
TEST(SharedGold, EveryFileLoads) {
  QUARRY_REQUIRE_SHARED("gold/seeds.jsonl");
  std::vector<std::filesystem::path> files = {::quarry::testing::shared_dir() / "gold" / "seeds.jsonl"};
  for (const auto& dir : std::filesystem::directory_iterator(::quarry::testing::shared_dir() / "bench")) {
    if (!dir.is_directory()) continue;
    for (const auto& file : std::filesystem::directory_iterator(dir.path())) {
      const std::string name = file.path().filename().string();
      if (file.path().extension() == ".jsonl" && name.find(".cases.") == std::string::npos)
        files.push_back(file.path());
    }
  }
  EXPECT_GT(files.size(), 10u);
  for (const auto& file : files) {
    SCOPED_TRACE(file.string());
    try {
      const std::vector<EvalDocument> docs = load_gold_file(file.string());
      EXPECT_FALSE(docs.empty());
    } catch (const GoldFileError& e) {
      ADD_FAILURE() << e.what();
    }
  }
}

}  // namespace
}  // namespace quarry::eval
