// A plugin as the core knows it: a descriptor that passed the ABI checks, the handle that keeps its code
// loaded, and its declared kinds parsed into lists. Instances (plugin states) are made by the pipeline.
#ifndef QUARRY_CORE_PLUGIN_HPP
#define QUARRY_CORE_PLUGIN_HPP

#include <quarry/plugin.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::core {

class PluginError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Checks a descriptor field by field before anything else of it is used. Returns what is wrong (and what
// to rebuild), or an empty string when the host can use it.
std::string check_descriptor(const quarry_plugin_info* info);

// Splits "a, b,c" into {"a", "b", "c"}.
std::vector<std::string> split_kinds(std::string_view list);

class Plugin {
 public:
  // `library` keeps the shared library loaded as long as any Plugin or instance refers to it (null for a
  // plugin linked into the binary). The descriptor must have passed check_descriptor().
  Plugin(const quarry_plugin_info* info, std::shared_ptr<const void> library, std::string path);

  std::string_view name() const { return info_->name; }
  std::string_view version() const { return info_->version; }
  std::string_view license() const { return info_->license ? info_->license : ""; }
  std::string_view description() const { return info_->description ? info_->description : ""; }
  const std::vector<std::string>& provides() const { return provides_; }
  const std::vector<std::string>& requires_kinds() const { return requires_; }
  bool provides_kind(std::string_view kind) const;
  // The file it was loaded from, or "(built in)".
  const std::string& path() const { return path_; }
  const quarry_plugin_info& info() const { return *info_; }

 private:
  const quarry_plugin_info* info_;
  std::shared_ptr<const void> library_;
  std::string path_;
  std::vector<std::string> provides_;
  std::vector<std::string> requires_;
};

// One state of a plugin, made by its create() and released by its destroy().
class PluginInstance {
 public:
  // Throws PluginError with the plugin's message when create() fails.
  PluginInstance(std::shared_ptr<const Plugin> plugin, std::string_view config_json);
  ~PluginInstance();
  PluginInstance(const PluginInstance&) = delete;
  PluginInstance& operator=(const PluginInstance&) = delete;

  const Plugin& plugin() const { return *plugin_; }
  quarry_status process(const quarry_document* doc, quarry_sink* sink) const;

 private:
  std::shared_ptr<const Plugin> plugin_;
  void* state_ = nullptr;
};

}  // namespace quarry::core

#endif  // QUARRY_CORE_PLUGIN_HPP
