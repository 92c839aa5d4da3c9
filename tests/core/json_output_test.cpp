#include "quarry/core/json_output.hpp"

#include <gtest/gtest.h>

#include <string>

namespace quarry::core {
namespace {

const std::string kFixtures = std::string(QUARRY_BINARY_DIR) + "/test-plugins/";

class JsonOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.load_directory(kFixtures + "good", true);
    pipeline_ = std::make_unique<Pipeline>(registry_.plugins());
  }
  nlohmann::ordered_json run(const std::string& text, const std::string& date = "") {
    DocumentInput in;
    in.id = "doc-1";
    in.text = text;
    in.reference_date = date;
    const Document doc(std::move(in));
    return document_json(doc, pipeline_->run(doc));
  }
  PluginRegistry registry_;
  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(JsonOutput, HasTheSchemaShapeWithByteOffsets) {
  const std::string text = "\xE2\x80\x9CZo\xC3\xAB\xE2\x80\x9D met Kim.";
  const auto out = run(text, "2025-01-24");
  EXPECT_EQ(out["schema"], "quarry-output/1");
  EXPECT_EQ(out["id"], "doc-1");
  EXPECT_EQ(out["dct"], "2025-01-24");
  EXPECT_EQ(out["plugins"]["words"], "1.0.0");
  EXPECT_EQ(out["plugins"]["count"], "2.1.0");
  ASSERT_EQ(out["words"].size(), 2u);
  const auto& zoe = out["words"][0];
  EXPECT_EQ(zoe["start"], 3);  // after the 3-byte curly quote
  EXPECT_EQ(zoe["end"], 7);    // "Zoë" is 4 bytes
  EXPECT_EQ(zoe["text"], "Zo\xC3\xAB");
  EXPECT_EQ(text.substr(zoe["start"].get<size_t>(), 4), zoe["text"].get<std::string>());
  EXPECT_EQ(zoe["plugin"], "words");
  EXPECT_FALSE(out.contains("errors"));
}

TEST_F(JsonOutput, WritesTypedAttributesInEmissionOrder) {
  const auto out = run("Seoul spoke.");
  const auto& entry = out["words"][0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : entry.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"start", "end", "text", "length", "all_upper", "first", "ratio", "nothing",
                                            "self_start", "self_end", "plugin"}));
  EXPECT_TRUE(entry["length"].is_number_integer());
  EXPECT_TRUE(entry["all_upper"].is_boolean());
  EXPECT_TRUE(entry["ratio"].is_number_float());
  EXPECT_TRUE(entry["nothing"].is_null());
  EXPECT_EQ(entry["self_start"], 0);
  EXPECT_EQ(entry["self_end"], 5);
  // A double that holds an integer is written as one.
  EXPECT_TRUE(out["word_counts"][0]["total_length"].is_number_integer());
}

TEST_F(JsonOutput, ReportsPluginErrorsAndKeepsTheListsOfFailedPlugins) {
  const auto out = run("boom goes the plugin");
  ASSERT_TRUE(out.contains("errors"));
  EXPECT_EQ(out["errors"][0]["plugin"], "words");
  EXPECT_EQ(out["errors"][0]["message"], "found boom, exploding");
  EXPECT_TRUE(out["words"].is_array());
  EXPECT_TRUE(out["words"].empty());
  EXPECT_TRUE(out["dct"].is_null());
}

TEST_F(JsonOutput, IsDeterministic) {
  const std::string text = "Seoul, NATO and Geneva. The UN said \"no\".";
  EXPECT_EQ(run(text, "2025-01-01").dump(), run(text, "2025-01-01").dump());
}

TEST(JsonErrorRecord, NamesTheDocument) {
  const auto out = document_error_json("a.txt", "empty document");
  EXPECT_EQ(out.dump(), R"({"schema":"quarry-output/1","id":"a.txt","error":"empty document"})");
}

}  // namespace
}  // namespace quarry::core
