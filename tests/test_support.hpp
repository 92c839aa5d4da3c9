// Shared helpers for Quarry's tests: running statically linked plugins through the core pipeline exactly as
// the CLI does, and finding ../shared (tests that need it skip with a clear message when it is absent).
#ifndef QUARRY_TESTS_TEST_SUPPORT_HPP
#define QUARRY_TESTS_TEST_SUPPORT_HPP

#include <gtest/gtest.h>
#include <quarry/plugin.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "quarry/core/document.hpp"
#include "quarry/core/json_output.hpp"
#include "quarry/core/pipeline.hpp"
#include "quarry/core/plugin_registry.hpp"

namespace quarry::testing {

// Runs the given statically linked plugins (their quarry_static_plugin_<name> functions) over texts.
class PluginHarness {
 public:
  PluginHarness(std::initializer_list<quarry_plugin_entry_fn> entries) {
    for (quarry_plugin_entry_fn entry : entries) registry_.add_static(entry);
    pipeline_ = std::make_unique<core::Pipeline>(registry_.plugins());
  }
  // The document's JSON output, as `quarry extract` prints it.
  nlohmann::ordered_json run(std::string text, std::string reference_date = "",
                             std::vector<std::pair<std::string, std::string>> metadata = {}) const {
    core::DocumentInput input;
    input.id = "test";
    input.text = std::move(text);
    input.reference_date = std::move(reference_date);
    input.metadata = std::move(metadata);
    const core::Document doc(std::move(input));
    const core::DocumentResult result = pipeline_->run(doc);
    for (const core::PluginOutcome& outcome : result.outcomes) errors_ += outcome.error;
    return core::document_json(doc, result);
  }
  const core::Pipeline& pipeline() const { return *pipeline_; }
  // The errors plugins reported in all runs so far, run together (empty when all went well).
  const std::string& errors() const { return errors_; }

 private:
  core::PluginRegistry registry_;
  std::unique_ptr<core::Pipeline> pipeline_;
  mutable std::string errors_;
};

// The entries of one kind in a document's output ("figures", "actors"), or an empty array.
inline nlohmann::ordered_json entries_of(const nlohmann::ordered_json& out, const std::string& kind) {
  return out.contains(kind) ? out.at(kind) : nlohmann::ordered_json::array();
}

// The first entry whose text is exactly `text`, or null.
inline nlohmann::ordered_json entry_with_text(const nlohmann::ordered_json& entries, const std::string& text) {
  for (const auto& e : entries) {
    if (e["text"] == text) return e;
  }
  return nullptr;
}

// Every entry's text, in order, joined with " | " (for readable failure messages).
inline std::string texts(const nlohmann::ordered_json& entries) {
  std::string out;
  for (const auto& e : entries) {
    if (!out.empty()) out += " | ";
    out += e["text"].get<std::string>();
  }
  return out;
}

// The entries with only the given attributes (what a cases.jsonl line lists as expected); an attribute an
// entry lacks reads "<missing>".
inline nlohmann::json project(const nlohmann::ordered_json& entries, std::initializer_list<const char*> keys) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : entries) {
    nlohmann::json picked = nlohmann::json::object();
    for (const char* key : keys)
      picked[key] = e.contains(key) ? nlohmann::json(e.at(key)) : nlohmann::json("<missing>");
    out.push_back(std::move(picked));
  }
  return out;
}

// Calls fn(case) for each line of a data-driven cases file (JSON Lines; blank lines skipped) of the source
// tree, e.g. "tests/plugins/figures/cases.jsonl", and returns how many there were. A missing file fails the
// calling test and counts none.
template <typename Fn>
int for_each_case(const std::string& source_relative_path, Fn&& fn) {
  std::ifstream in(std::string(QUARRY_SOURCE_DIR) + "/" + source_relative_path);
  EXPECT_TRUE(in) << source_relative_path << " not found";
  std::string line;
  int count = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    fn(nlohmann::json::parse(line));
    ++count;
  }
  return count;
}

// ../shared beside the project, as configured at build time.
inline std::filesystem::path shared_dir() { return QUARRY_SHARED_DIR; }

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

}  // namespace quarry::testing

// Skips the current test when a file or folder of ../shared is missing (CI and developers have it).
#define QUARRY_REQUIRE_SHARED(relative_path)                                                   \
  do {                                                                                         \
    if (!std::filesystem::exists(::quarry::testing::shared_dir() / (relative_path))) {         \
      GTEST_SKIP() << "needs " << (::quarry::testing::shared_dir() / (relative_path)).string() \
                   << " (the shared data folder beside the project); not found, so skipped";   \
    }                                                                                          \
  } while (0)

#endif  // QUARRY_TESTS_TEST_SUPPORT_HPP
