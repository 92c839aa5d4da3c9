#include "quarry/core/pipeline.hpp"

#include <gtest/gtest.h>

#include <string>

namespace quarry::core {
namespace {

const std::string kFixtures = std::string(QUARRY_BINARY_DIR) + "/test-plugins/";

PluginRegistry registry_of(const std::string& dir) {
  PluginRegistry registry;
  registry.load_directory(kFixtures + dir, true);
  return registry;
}

Document doc_of(const std::string& text, const std::string& date = "") {
  DocumentInput in;
  in.id = "t";
  in.text = text;
  in.reference_date = date;
  in.metadata.emplace_back("source", "unit-test");
  return Document(std::move(in));
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

TEST(PipelineOrder, PutsProvidersBeforeRequirers) {
  const PluginRegistry registry = registry_of("good");
  // The registry lists count before words (file order); the pipeline must run words first.
  const Pipeline pipeline(registry.plugins());
  ASSERT_EQ(pipeline.plugins().size(), 2u);
  EXPECT_EQ(pipeline.plugins()[0]->name(), "words");
  EXPECT_EQ(pipeline.plugins()[1]->name(), "count");
}

TEST(PipelineOrder, NamesBothPluginsOfACycle) {
  const PluginRegistry registry = registry_of("cycle");
  const std::string error = error_of([&] { Pipeline p(registry.plugins()); });
  EXPECT_NE(error.find("dependency cycle"), std::string::npos);
  EXPECT_NE(error.find("'alpha'"), std::string::npos);
  EXPECT_NE(error.find("'beta'"), std::string::npos);
}

TEST(PipelineOrder, NamesTheMissingKindAndItsRequirer) {
  const PluginRegistry registry = registry_of("missing");
  const std::string error = error_of([&] { Pipeline p(registry.plugins()); });
  EXPECT_EQ(error, "plugin 'gamma' requires 'unobtainium', which no selected plugin provides");
}

TEST(PipelineSelect, PullsInRequiredProducers) {
  const PluginRegistry registry = registry_of("good");
  const PluginList selected = select_plugins(registry, {"count"});
  ASSERT_EQ(selected.size(), 2u);
  EXPECT_EQ(selected[0]->name(), "count");
  EXPECT_EQ(selected[1]->name(), "words");
  EXPECT_NE(error_of([&] { select_plugins(registry, {"nope"}); }).find("unknown plugin 'nope' (available: "),
            std::string::npos);
  EXPECT_EQ(select_plugins(registry, {}).size(), 2u);
}

TEST(PipelineRun, PassesAnnotationsDocumentDataAndConfig) {
  const PluginRegistry registry = registry_of("good");
  const Pipeline pipeline(registry.plugins(), {{"count", R"({"mode":"test"})"}});
  const DocumentResult result = pipeline.run(doc_of("Seoul and NATO met in Geneva.", "2025-01-24"));
  ASSERT_TRUE(result.ok());
  const PluginOutcome& words = result.outcomes[0];
  EXPECT_EQ(words.annotations.size(), 3u);
  const PluginOutcome& count = result.outcomes[1];
  ASSERT_EQ(count.annotations.size(), 1u);
  std::map<std::string, std::string> strings;
  std::map<std::string, double> numbers;
  for (const quarry_attr& a : count.annotations.attrs(count.annotations.entries()[0])) {
    const std::string key(a.key.data, a.key.size);
    if (a.value.type == QUARRY_VALUE_STRING) strings[key] = std::string(a.value.as.string.data, a.value.as.string.size);
    if (a.value.type == QUARRY_VALUE_INT) numbers[key] = static_cast<double>(a.value.as.integer);
    if (a.value.type == QUARRY_VALUE_DOUBLE) numbers[key] = a.value.as.number;
  }
  EXPECT_EQ(numbers["count"], 3);
  EXPECT_EQ(numbers["total_length"], 15);  // Seoul + NATO + Geneva
  EXPECT_EQ(strings["first_word"], "Seoul");
  EXPECT_EQ(strings["config"], R"({"mode":"test"})");
  EXPECT_EQ(strings["source"], "unit-test");
  EXPECT_EQ(strings["reference_date"], "2025-01-24");
}

TEST(PipelineRun, IsolatesAThrowingPluginAndSkipsItsDependents) {
  const PluginRegistry registry = registry_of("good");
  const Pipeline pipeline(registry.plugins());
  const DocumentResult result = pipeline.run(doc_of("This will go boom."));
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.outcomes[0].error, "found boom, exploding");
  EXPECT_EQ(result.outcomes[0].annotations.size(), 0u);
  EXPECT_EQ(result.outcomes[1].error, "skipped: required plugin 'words' failed");
  // The next document is not affected.
  EXPECT_TRUE(pipeline.run(doc_of("Seoul is fine.")).ok());
}

TEST(PipelineRun, RefusesAnOutOfBoundsSpanAndDropsThatOutput) {
  const PluginRegistry registry = registry_of("good");
  const Pipeline pipeline(PluginList{registry.find("words")});
  const DocumentResult result = pipeline.run(doc_of("A badspan here."));
  ASSERT_EQ(result.outcomes.size(), 1u);
  EXPECT_NE(result.outcomes[0].error.find("outside the text"), std::string::npos);
  EXPECT_EQ(result.outcomes[0].annotations.size(), 0u);
}

TEST(PipelineRun, RefusesStringAttributesOfInvalidUtf8) {
  const PluginRegistry registry = registry_of("good");
  const Pipeline pipeline(PluginList{registry.find("words")});
  // A string cut out of the (valid) text inside a character, and a string of invalid bytes of the plugin's own.
  for (const std::string text : {"A badcut \u00e9t\u00e9 here.", "A badbytes here."}) {
    const DocumentResult result = pipeline.run(doc_of(text));
    ASSERT_EQ(result.outcomes.size(), 1u);
    EXPECT_NE(result.outcomes[0].error.find("is not valid UTF-8"), std::string::npos) << text;
    EXPECT_EQ(result.outcomes[0].annotations.size(), 0u);
  }
}

}  // namespace
}  // namespace quarry::core
