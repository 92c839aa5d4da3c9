// WebAssembly with dynamic linking (the web build's drop-in variant, QUARRY_WEB_DROP_IN): the host is an
// Emscripten MAIN_MODULE and a plugin is a SIDE_MODULE `.wasm` that the page has written into the module's
// in-memory file system. dlopen() compiles and links it synchronously, which browsers allow in a worker.
// Boost.DLL is not used here: its shared_library::location() is unreliable under Emscripten (TOOLCHAIN.md).
#include <dlfcn.h>

#include "quarry/core/module_loader.hpp"
#include "quarry/core/plugin.hpp"

namespace quarry::core {

LoadedModule open_module(const std::string& path) {
  void* library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    // Emscripten appends the JavaScript exception (e.g. "RangeError: ...") on later lines; the first says it all.
    const char* error = dlerror();
    std::string why = error ? error : "dlopen failed";
    why = why.substr(0, why.find('\n'));
    throw PluginError("not a loadable WebAssembly side module: " + why);
  }
  std::shared_ptr<const void> handle(library, [](const void* opened) { dlclose(const_cast<void*>(opened)); });
  void* entry = dlsym(library, QUARRY_PLUGIN_ENTRY_SYMBOL);
  if (!entry) {
    throw PluginError(std::string("not a Quarry plugin: no ") + QUARRY_PLUGIN_ENTRY_SYMBOL +
                      " entry point (build it with QUARRY_PLUGIN from quarry/extractor.hpp, as -sSIDE_MODULE=1)");
  }
  LoadedModule module;
  module.entry = reinterpret_cast<quarry_plugin_entry_fn>(entry);
  module.handle = std::move(handle);
  return module;
}

std::string module_suffix() { return ".wasm"; }

std::string program_directory() { return {}; }

bool supports_dynamic_loading() { return true; }

}  // namespace quarry::core
