// The plugins a host can use: those linked into the binary and those found in plugin directories.
// Loading problems never throw; each is kept with its path and a message that says what to rebuild, so a
// host can print one line per skipped file and carry on with the rest.
#ifndef QUARRY_CORE_PLUGIN_REGISTRY_HPP
#define QUARRY_CORE_PLUGIN_REGISTRY_HPP

#include <quarry/plugin.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quarry/core/plugin.hpp"

namespace quarry::core {

struct LoadProblem {
  std::string path;
  std::string message;
};

class PluginRegistry {
 public:
  // Adds a plugin linked into this binary (its quarry_static_plugin_<name> function).
  void add_static(quarry_plugin_entry_fn entry);
  // Loads one module file. Returns false (and records a problem) when it is skipped.
  bool load_file(const std::string& path);
  // Loads every module (files ending in module_suffix()) of `dir` in file-name order; other files are
  // ignored. A missing directory is a problem only when `must_exist`.
  void load_directory(const std::string& dir, bool must_exist);

  const std::vector<std::shared_ptr<const Plugin>>& plugins() const { return plugins_; }
  const std::vector<LoadProblem>& problems() const { return problems_; }
  std::shared_ptr<const Plugin> find(std::string_view name) const;

 private:
  // Checks and adds; the first plugin of a name wins, later ones are recorded as duplicates.
  bool add(const quarry_plugin_info* info, std::shared_ptr<const void> library, const std::string& path);

  std::vector<std::shared_ptr<const Plugin>> plugins_;
  std::vector<LoadProblem> problems_;
};

// The plugin search path in order: the --plugin-dir values, then the entries of QUARRY_PLUGIN_PATH
// (colon-separated), then the directory installed beside the program (<bin>/../lib/quarry/plugins), which
// is also where a build tree puts its plugins.
std::vector<std::string> plugin_search_path(const std::vector<std::string>& plugin_dirs, const char* env_value);

}  // namespace quarry::core

#endif  // QUARRY_CORE_PLUGIN_REGISTRY_HPP
