// Native module loading with Boost.DLL (header-only with BOOST_DLL_USE_STD_FS).
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "quarry/core/module_loader.hpp"
#include "quarry/core/plugin.hpp"

namespace quarry::core {
namespace {

// Boost's message is "...load() failed (dlerror system message: TEXT): ERRNO TEXT"; only TEXT is meaningful.
std::string loader_message(const std::string& what) {
  static constexpr std::string_view kMarker = "dlerror system message: ";
  const size_t start = what.find(kMarker);
  if (start == std::string::npos) return what;
  const size_t begin = start + kMarker.size();
  const size_t end = what.rfind(')');
  return what.substr(begin, end != std::string::npos && end > begin ? end - begin : std::string::npos);
}

}  // namespace

LoadedModule open_module(const std::string& path) {
  namespace dll = boost::dll;
  std::shared_ptr<dll::shared_library> library;
  try {
    // rtld_now: a plugin with an unresolved symbol fails here, with the symbol named, not mid-document.
    library = std::make_shared<dll::shared_library>(path, dll::load_mode::rtld_now | dll::load_mode::rtld_local);
  } catch (const std::system_error& e) {
    throw PluginError("not a loadable library: " + loader_message(e.what()));
  }
  if (!library->has(QUARRY_PLUGIN_ENTRY_SYMBOL)) {
    throw PluginError(std::string("not a Quarry plugin: no ") + QUARRY_PLUGIN_ENTRY_SYMBOL +
                      " entry point (build it with QUARRY_PLUGIN from quarry/extractor.hpp)");
  }
  LoadedModule module;
  module.entry = &library->get<const quarry_plugin_info*(uint32_t)>(QUARRY_PLUGIN_ENTRY_SYMBOL);
  module.handle = std::move(library);
  return module;
}

std::string module_suffix() { return boost::dll::shared_library::suffix().string(); }

std::string program_directory() {
  std::error_code error;
  const auto location = boost::dll::program_location(error);
  return error ? std::string() : location.parent_path().string();
}

bool supports_dynamic_loading() { return true; }

}  // namespace quarry::core
