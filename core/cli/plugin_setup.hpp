// Plugin options shared by the CLI's commands (extract, plugins, eval, bench): where to look, which to run,
// and how each is configured; and turning them into a registry and a pipeline with clear messages.
#ifndef QUARRY_CLI_PLUGIN_SETUP_HPP
#define QUARRY_CLI_PLUGIN_SETUP_HPP

#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "quarry/core/pipeline.hpp"
#include "quarry/core/plugin_registry.hpp"

namespace quarry::cli {

struct PluginOptions {
  std::vector<std::string> plugin_dirs;                // --plugin-dir, searched first
  std::vector<std::string> names;                      // --plugins a,b (empty: all)
  std::vector<std::string> configs;                    // --plugin-config name={...}
};

void add_plugin_options(CLI::App& command, PluginOptions& options, bool with_selection = true);

// Loads every plugin on the search path. Each skipped file is one line on `err` saying what to rebuild.
core::PluginRegistry load_registry(const PluginOptions& options, std::ostream& err);

// A usage problem (exit code 2) with its message.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The selected plugins, ordered and started. Throws UsageError when none are found, a name is unknown,
// requirements cannot be met, a config is malformed, or a plugin fails to start.
std::unique_ptr<core::Pipeline> make_pipeline(const core::PluginRegistry& registry, const PluginOptions& options);

// make_pipeline for a command: a usage problem is printed to `err` ("quarry: ...") and gives null.
std::unique_ptr<core::Pipeline> pipeline_or_report(const core::PluginRegistry& registry, const PluginOptions& options,
                                                   std::ostream& err);

// The search path as one line for messages: "dir1:dir2".
std::string describe_search_path(const PluginOptions& options);

}  // namespace quarry::cli

#endif  // QUARRY_CLI_PLUGIN_SETUP_HPP
