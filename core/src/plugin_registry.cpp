#include "quarry/core/plugin_registry.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "quarry/core/module_loader.hpp"

namespace quarry::core {

void PluginRegistry::add_static(quarry_plugin_entry_fn entry) {
  add(entry(QUARRY_ABI_MAJOR), nullptr, "(built in)");
}

bool PluginRegistry::load_file(const std::string& path) {
  LoadedModule module;
  try {
    module = open_module(path);
  } catch (const PluginError& e) {
    problems_.push_back({path, e.what()});
    return false;
  }
  return add(module.entry(QUARRY_ABI_MAJOR), module.handle, path);
}

void PluginRegistry::load_directory(const std::string& dir, bool must_exist) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    if (must_exist) problems_.push_back({dir, "plugin directory not found"});
    return;
  }
  std::vector<std::string> files;
  const std::string suffix = module_suffix();
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file(error) && name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      files.push_back(entry.path().string());
    }
  }
  if (error) problems_.push_back({dir, "cannot read plugin directory: " + error.message()});
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) load_file(file);
}

std::shared_ptr<const Plugin> PluginRegistry::find(std::string_view name) const {
  for (const auto& plugin : plugins_) {
    if (plugin->name() == name) return plugin;
  }
  return nullptr;
}

bool PluginRegistry::add(const quarry_plugin_info* info, std::shared_ptr<const void> library,
                         const std::string& path) {
  if (std::string problem = check_descriptor(info); !problem.empty()) {
    problems_.push_back({path, std::move(problem)});
    return false;
  }
  if (const auto existing = find(info->name)) {
    problems_.push_back({path, "duplicate plugin name '" + std::string(info->name) + "' (already loaded from " +
                                   existing->path() + "); skipped, remove one of them"});
    return false;
  }
  plugins_.push_back(std::make_shared<const Plugin>(info, std::move(library), path));
  return true;
}

std::vector<std::string> plugin_search_path(const std::vector<std::string>& plugin_dirs, const char* env_value) {
  std::vector<std::string> path(plugin_dirs);
  if (env_value) {
    std::string_view rest(env_value);
    while (!rest.empty()) {
      const size_t colon = rest.find(':');
      const std::string_view entry = rest.substr(0, colon);
      if (!entry.empty()) path.emplace_back(entry);
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  const std::string bin = program_directory();
  if (!bin.empty()) {
    path.push_back((std::filesystem::path(bin) / ".." / "lib" / "quarry" / "plugins").lexically_normal().string());
  }
  return path;
}

}  // namespace quarry::core
