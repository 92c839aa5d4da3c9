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
    return core::document_json(doc, pipeline_->run(doc));
  }
  const core::Pipeline& pipeline() const { return *pipeline_; }

 private:
  core::PluginRegistry registry_;
  std::unique_ptr<core::Pipeline> pipeline_;
};

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
#define QUARRY_REQUIRE_SHARED(relative_path)                                                                   \
  do {                                                                                                         \
    if (!std::filesystem::exists(::quarry::testing::shared_dir() / (relative_path))) {                         \
      GTEST_SKIP() << "needs " << (::quarry::testing::shared_dir() / (relative_path)).string()                 \
                   << " (the shared data folder beside the project); not found, so skipped";                  \
    }                                                                                                          \
  } while (0)

#endif  // QUARRY_TESTS_TEST_SUPPORT_HPP
