// Conformance: every in-tree plugin, linked statically (as in the WebAssembly build) and loaded as a module
// (as the CLI does), must give byte-identical JSON for the same documents: one source, two link modes.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "quarry/core/json_output.hpp"
#include "quarry/core/pipeline.hpp"
#include "quarry/core/static_plugins.hpp"
#include "test_support.hpp"

namespace quarry::core {
namespace {

namespace fs = std::filesystem;

std::vector<std::pair<std::string, std::string>> sample_documents() {
  std::vector<std::pair<std::string, std::string>> docs;  // (id, text)
  for (const auto& entry : fs::directory_iterator(fs::path(QUARRY_SOURCE_DIR) / "examples" / "articles")) {
    if (entry.path().extension() == ".txt") docs.emplace_back(entry.path().filename().string(), testing::read_file(entry.path()));
  }
  const fs::path seeds = testing::shared_dir() / "seeds";
  if (fs::exists(seeds)) {
    for (const auto& entry : fs::directory_iterator(seeds)) docs.emplace_back(entry.path().filename().string(), testing::read_file(entry.path()));
  }
  std::sort(docs.begin(), docs.end());
  return docs;
}

std::string run_all(const PluginRegistry& registry, const std::vector<std::pair<std::string, std::string>>& docs) {
  const Pipeline pipeline(registry.plugins());
  std::string out;
  for (const auto& [id, text] : docs) {
    DocumentInput in;
    in.id = id;
    in.text = text;
    in.reference_date = "2025-01-24";
    const Document doc(std::move(in));
    out += document_json(doc, pipeline.run(doc)).dump(2) + "\n";
  }
  return out;
}

TEST(LinkModes, StaticAndLoadablePluginsGiveIdenticalJson) {
  PluginRegistry linked;
  add_static_plugins(linked);
  PluginRegistry loaded;
  loaded.load_directory(std::string(QUARRY_BINARY_DIR) + "/lib/quarry/plugins", true);
  ASSERT_TRUE(loaded.problems().empty()) << loaded.problems()[0].path << ": " << loaded.problems()[0].message;
  ASSERT_FALSE(linked.plugins().empty()) << "no in-tree plugins were built";
  ASSERT_EQ(linked.plugins().size(), loaded.plugins().size());
  for (const auto& plugin : linked.plugins()) {
    const auto twin = loaded.find(plugin->name());
    ASSERT_NE(twin, nullptr) << plugin->name() << " is linked in but was not loaded as a module";
    EXPECT_EQ(twin->version(), plugin->version());
  }
  const auto docs = sample_documents();
  ASSERT_FALSE(docs.empty());
  const std::string from_linked = run_all(linked, docs), from_loaded = run_all(loaded, docs);
  if (from_linked != from_loaded) {
    // Show where they part, not two whole corpora.
    size_t at = 0;
    while (at < from_linked.size() && at < from_loaded.size() && from_linked[at] == from_loaded[at]) ++at;
    const size_t from = at > 300 ? at - 300 : 0;
    ADD_FAILURE() << "linked and loaded plugins differ at byte " << at << "\n--- linked:\n"
                  << from_linked.substr(from, 600) << "\n--- loaded:\n" << from_loaded.substr(from, 600);
  }
}

}  // namespace
}  // namespace quarry::core
