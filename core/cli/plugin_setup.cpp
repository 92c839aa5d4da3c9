#include "plugin_setup.hpp"

#include <cstdlib>

#include <nlohmann/json.hpp>

namespace quarry::cli {
namespace {

std::vector<std::string> search_path(const PluginOptions& options) {
  return core::plugin_search_path(options.plugin_dirs, std::getenv("QUARRY_PLUGIN_PATH"));
}

std::map<std::string, std::string> parse_configs(const std::vector<std::string>& configs) {
  std::map<std::string, std::string> parsed;
  for (const std::string& item : configs) {
    const size_t eq = item.find('=');
    if (eq == std::string::npos || eq == 0) {
      throw UsageError("--plugin-config expects NAME=JSON, got '" + item + "'");
    }
    const std::string json_text = item.substr(eq + 1);
    if (!nlohmann::json::accept(json_text) || !nlohmann::json::parse(json_text).is_object()) {
      throw UsageError("--plugin-config " + item.substr(0, eq) + ": the value is not a JSON object");
    }
    parsed[item.substr(0, eq)] = json_text;
  }
  return parsed;
}

}  // namespace

void add_plugin_options(CLI::App& command, PluginOptions& options, bool with_selection) {
  command.add_option("--plugin-dir", options.plugin_dirs,
                     "Directory to load plugins from (repeatable; searched before QUARRY_PLUGIN_PATH and the "
                     "directory installed beside quarry)")
      ->allow_extra_args(false);
  if (with_selection) {
    command.add_option("--plugins", options.names, "Plugins to run, comma-separated (default: all found)")
        ->delimiter(',')
        ->allow_extra_args(false);
    command.add_option("--plugin-config", options.configs, "Configuration for one plugin: NAME={json object}")
        ->allow_extra_args(false);
  }
}

core::PluginRegistry load_registry(const PluginOptions& options, std::ostream& err) {
  core::PluginRegistry registry;
  for (const std::string& dir : options.plugin_dirs) registry.load_directory(dir, /*must_exist=*/true);
  const std::vector<std::string> path = search_path(options);
  for (size_t i = options.plugin_dirs.size(); i < path.size(); ++i) registry.load_directory(path[i], false);
  for (const core::LoadProblem& problem : registry.problems()) {
    err << "quarry: skipped " << problem.path << ": " << problem.message << '\n';
  }
  return registry;
}

std::unique_ptr<core::Pipeline> make_pipeline(const core::PluginRegistry& registry, const PluginOptions& options) {
  if (registry.plugins().empty()) {
    throw UsageError("no plugins found (searched " + describe_search_path(options) +
                     "); pass --plugin-dir or set QUARRY_PLUGIN_PATH");
  }
  try {
    return std::make_unique<core::Pipeline>(core::select_plugins(registry, options.names),
                                            parse_configs(options.configs));
  } catch (const core::PipelineError& e) {
    throw UsageError(e.what());
  } catch (const core::PluginError& e) {
    throw UsageError(e.what());
  }
}

std::unique_ptr<core::Pipeline> pipeline_or_report(const core::PluginRegistry& registry, const PluginOptions& options,
                                                   std::ostream& err) {
  try {
    return make_pipeline(registry, options);
  } catch (const UsageError& e) {
    err << "quarry: " << e.what() << '\n';
    return nullptr;
  }
}

std::string describe_search_path(const PluginOptions& options) {
  std::string joined;
  for (const std::string& dir : search_path(options)) joined += (joined.empty() ? "" : ":") + dir;
  return joined.empty() ? "nothing" : joined;
}

}  // namespace quarry::cli
