// Targets without run-time loading (a static WebAssembly build): every plugin is linked in.
#include "quarry/core/module_loader.hpp"
#include "quarry/core/plugin.hpp"

namespace quarry::core {

LoadedModule open_module(const std::string&) {
  throw PluginError("this build of Quarry cannot load plugins at run time; link them in");
}

std::string module_suffix() { return ".so"; }

std::string program_directory() { return {}; }

bool supports_dynamic_loading() { return false; }

}  // namespace quarry::core
