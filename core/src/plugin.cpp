#include "quarry/core/plugin.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace quarry::core {
namespace {

bool is_valid_name(const char* name) {
  if (!name || !*name) return false;
  for (const char* p = name; *p; ++p) {
    const char c = *p;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

std::string rebuild_hint() {
  return "; rebuild the plugin against the Quarry SDK of this host (ABI " + std::to_string(QUARRY_ABI_MAJOR) + "." +
         std::to_string(QUARRY_ABI_MINOR) + ")";
}

}  // namespace

std::string check_descriptor(const quarry_plugin_info* info) {
  if (!info) return "entry point returned no descriptor" + rebuild_hint();
  // The fingerprint sits right after struct_size; read it only when the struct is at least that big.
  if (info->struct_size < offsetof(quarry_plugin_info, abi) + sizeof(quarry_abi_fingerprint)) {
    return "descriptor too small (" + std::to_string(info->struct_size) + " bytes)" + rebuild_hint();
  }
  const quarry_abi_fingerprint& abi = info->abi;
  if (abi.abi_major != QUARRY_ABI_MAJOR) {
    return "built for plugin ABI " + std::to_string(abi.abi_major) + "." + std::to_string(abi.abi_minor) +
           ", this host speaks ABI " + std::to_string(QUARRY_ABI_MAJOR) + ".x" + rebuild_hint();
  }
  if (abi.pointer_size != sizeof(void*) || abi.size_size != sizeof(size_t)) {
    return "built for a " + std::to_string(abi.pointer_size * 8) + "-bit target, this host is " +
           std::to_string(sizeof(void*) * 8) + "-bit" + rebuild_hint();
  }
  if (abi.offset_unit != QUARRY_OFFSET_UNIT_UTF8_BYTE) return "unknown offset unit" + rebuild_hint();
  if (info->struct_size < sizeof(quarry_plugin_info)) {
    return "descriptor is " + std::to_string(info->struct_size) + " bytes, ABI " +
           std::to_string(QUARRY_ABI_MAJOR) + "." + std::to_string(QUARRY_ABI_MINOR) + " needs " +
           std::to_string(sizeof(quarry_plugin_info)) + rebuild_hint();
  }
  if (!is_valid_name(info->name)) return "plugin name missing or not [a-z0-9_]+";
  if (!info->version || !*info->version) return "plugin '" + std::string(info->name) + "' has no version";
  if (!info->provided_kinds || split_kinds(info->provided_kinds).empty()) {
    return "plugin '" + std::string(info->name) + "' declares no provided kinds";
  }
  if (!info->create || !info->process || !info->destroy) {
    return "plugin '" + std::string(info->name) + "' lacks create/process/destroy callbacks";
  }
  return {};
}

std::vector<std::string> split_kinds(std::string_view list) {
  std::vector<std::string> kinds;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view kind = list.substr(start, comma - start);
    while (!kind.empty() && kind.front() == ' ') kind.remove_prefix(1);
    while (!kind.empty() && kind.back() == ' ') kind.remove_suffix(1);
    if (!kind.empty()) kinds.emplace_back(kind);
    start = comma + 1;
  }
  return kinds;
}

Plugin::Plugin(const quarry_plugin_info* info, std::shared_ptr<const void> library, std::string path)
    : info_(info),
      library_(std::move(library)),
      path_(std::move(path)),
      provides_(split_kinds(info->provided_kinds)),
      requires_(split_kinds(info->required_kinds ? info->required_kinds : "")) {}

bool Plugin::provides_kind(std::string_view kind) const {
  return std::find(provides_.begin(), provides_.end(), kind) != provides_.end();
}

PluginInstance::PluginInstance(std::shared_ptr<const Plugin> plugin, std::string_view config_json)
    : plugin_(std::move(plugin)) {
  const char* error = nullptr;
  const quarry_str config{config_json.data(), static_cast<uint32_t>(config_json.size())};
  if (plugin_->info().create(config, &state_, &error) != QUARRY_STATUS_OK) {
    throw PluginError("plugin '" + std::string(plugin_->name()) + "' failed to start: " +
                      (error ? error : "no reason given"));
  }
}

PluginInstance::~PluginInstance() { plugin_->info().destroy(state_); }

quarry_status PluginInstance::process(const quarry_document* doc, quarry_sink* sink) const {
  return plugin_->info().process(state_, doc, sink);
}

}  // namespace quarry::core
