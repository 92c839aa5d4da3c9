// quarry plugins: every plugin found with its version, ABI, kinds and path, and every skipped file with why.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "plugin_setup.hpp"

namespace quarry::cli {
namespace {

struct PluginsOptions {
  PluginOptions plugins;
  bool json = false;
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out.empty() ? "-" : out;
}

int run_plugins(const PluginsOptions& options) {
  std::ostringstream problems;  // printed in the listing, not as loading noise
  const core::PluginRegistry registry = load_registry(options.plugins, problems);
  if (options.json) {
    nlohmann::ordered_json out;
    out["search_path"] = describe_search_path(options.plugins);
    out["plugins"] = nlohmann::ordered_json::array();
    for (const auto& p : registry.plugins()) {
      const quarry_abi_fingerprint& abi = p->info().abi;
      out["plugins"].push_back({{"name", p->name()},
                                {"version", p->version()},
                                {"abi", std::to_string(abi.abi_major) + "." + std::to_string(abi.abi_minor)},
                                {"license", p->license()},
                                {"description", p->description()},
                                {"provides", p->provides()},
                                {"requires", p->requires_kinds()},
                                {"path", p->path()}});
    }
    out["broken"] = nlohmann::ordered_json::array();
    for (const auto& problem : registry.problems()) {
      out["broken"].push_back({{"path", problem.path}, {"error", problem.message}});
    }
    std::cout << out.dump(2) << '\n';
  } else {
    std::cout << "Search path: " << describe_search_path(options.plugins) << "\n\n";
    for (const auto& p : registry.plugins()) {
      const quarry_abi_fingerprint& abi = p->info().abi;
      std::cout << p->name() << ' ' << p->version() << "  (ABI " << abi.abi_major << '.' << abi.abi_minor << ", "
                << p->license() << ")\n"
                << "  " << p->description() << '\n'
                << "  provides: " << join(p->provides()) << "   requires: " << join(p->requires_kinds()) << '\n'
                << "  path: " << p->path() << "\n\n";
    }
    if (registry.plugins().empty()) std::cout << "No plugins found.\n\n";
    for (const auto& problem : registry.problems()) {
      std::cout << "BROKEN " << problem.path << "\n  " << problem.message << "\n\n";
    }
  }
  return registry.problems().empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

std::function<int()> add_plugins_command(CLI::App& app) {
  auto options = std::make_shared<PluginsOptions>();
  CLI::App* cmd = app.add_subcommand("plugins", "List the plugins found (and the files skipped, with why)");
  cmd->add_flag("--json", options->json, "Print as JSON");
  add_plugin_options(*cmd, options->plugins, /*with_selection=*/false);
  return [options] { return run_plugins(*options); };
}

}  // namespace quarry::cli
