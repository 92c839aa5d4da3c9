// Plugins linked into the binary (the web build; the native conformance test). The definition is generated
// by quarry_generate_static_registry() from every quarry_add_plugin() of the build.
#ifndef QUARRY_CORE_STATIC_PLUGINS_HPP
#define QUARRY_CORE_STATIC_PLUGINS_HPP

#include "quarry/core/plugin_registry.hpp"

namespace quarry::core {

void add_static_plugins(PluginRegistry& registry);

}  // namespace quarry::core

#endif  // QUARRY_CORE_STATIC_PLUGINS_HPP
