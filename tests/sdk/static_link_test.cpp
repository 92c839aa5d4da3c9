// The static link mode: the words and count fixtures are compiled with QUARRY_STATIC_PLUGINS and linked into
// this one binary (no symbol clash), and give byte-identical JSON to the same sources loaded as modules.
#include <gtest/gtest.h>

#include <string>

#include "quarry/core/json_output.hpp"
#include "quarry/core/pipeline.hpp"
#include "quarry/core/plugin_registry.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_words(uint32_t);
extern "C" const quarry_plugin_info* quarry_static_plugin_count(uint32_t);

namespace quarry::core {
namespace {

std::string run_json(const PluginRegistry& registry, const std::string& text) {
  const Pipeline pipeline(registry.plugins());
  DocumentInput in;
  in.id = "same";
  in.text = text;
  in.reference_date = "2025-01-24";
  const Document doc(std::move(in));
  return document_json(doc, pipeline.run(doc)).dump(2);
}

TEST(StaticLinkMode, SeveralPluginsLinkIntoOneBinary) {
  PluginRegistry registry;
  registry.add_static(&quarry_static_plugin_words);
  registry.add_static(&quarry_static_plugin_count);
  EXPECT_TRUE(registry.problems().empty());
  ASSERT_EQ(registry.plugins().size(), 2u);
  EXPECT_EQ(registry.find("words")->path(), "(built in)");
}

TEST(StaticLinkMode, GivesTheSameJsonAsLoadableModules) {
  PluginRegistry linked;
  linked.add_static(&quarry_static_plugin_words);
  linked.add_static(&quarry_static_plugin_count);
  PluginRegistry loaded;
  loaded.load_directory(std::string(QUARRY_BINARY_DIR) + "/test-plugins/good", true);
  ASSERT_EQ(loaded.plugins().size(), 2u);
  const std::string text = "South Korea\xE2\x80\x99s JCS said \xE2\x80\x9CWe are watching\xE2\x80\x9D on Friday.";
  EXPECT_EQ(run_json(linked, text), run_json(loaded, text));
}

}  // namespace
}  // namespace quarry::core
