// Opening plugin modules at run time. This is the one place where targets differ: the native build uses
// Boost.DLL (module_loader_dll.cpp); a build without dynamic loading links module_loader_none.cpp.
#ifndef QUARRY_CORE_MODULE_LOADER_HPP
#define QUARRY_CORE_MODULE_LOADER_HPP

#include <quarry/plugin.h>

#include <memory>
#include <string>

namespace quarry::core {

struct LoadedModule {
  quarry_plugin_entry_fn entry = nullptr;
  std::shared_ptr<const void> handle;  // the library stays loaded while this (or a copy) is alive
};

// Opens the module at `path` and resolves QUARRY_PLUGIN_ENTRY_SYMBOL. Throws PluginError saying why not:
// not a loadable library, or no entry point.
LoadedModule open_module(const std::string& path);

// File name suffix of loadable modules on this target (".so").
std::string module_suffix();

// Directory of the running program, or empty when unknown.
std::string program_directory();

// False where plugins can only be linked in (then open_module always throws).
bool supports_dynamic_loading();

}  // namespace quarry::core

#endif  // QUARRY_CORE_MODULE_LOADER_HPP
