// Runs plugins over documents in the order their declared kinds require, and keeps each plugin's output,
// error and time. A failing plugin loses its own output for that document; the others keep theirs, and a
// plugin whose required producer failed is skipped with a message that says so.
#ifndef QUARRY_CORE_PIPELINE_HPP
#define QUARRY_CORE_PIPELINE_HPP

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "quarry/core/annotation_set.hpp"
#include "quarry/core/document.hpp"
#include "quarry/core/plugin.hpp"
#include "quarry/core/plugin_registry.hpp"

namespace quarry::core {

// A plugin selection that cannot run: a required kind nobody provides, a cycle, an unknown plugin name.
// The message names the plugins involved.
class PipelineError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using PluginList = std::vector<std::shared_ptr<const Plugin>>;

// Orders plugins so that every plugin comes after all providers of the kinds it requires (ties by name,
// so the order is deterministic). Throws PipelineError for a missing provider or a dependency cycle.
PluginList order_plugins(PluginList plugins);

// The named plugins (all of the registry's when `names` is empty) plus, transitively, the providers of the
// kinds they require. Throws PipelineError for an unknown name.
PluginList select_plugins(const PluginRegistry& registry, const std::vector<std::string>& names);

struct PluginOutcome {
  const Plugin* plugin = nullptr;
  AnnotationSet annotations;  // empty when the plugin failed
  std::string error;          // empty when it succeeded
  double seconds = 0;         // wall time of its process() call
};

struct DocumentResult {
  std::vector<PluginOutcome> outcomes;  // in pipeline order
  bool ok() const;
};

class Pipeline {
 public:
  // Orders the plugins and creates one state of each, passing configs[name] (a JSON object) when given.
  // Throws PipelineError (ordering) or PluginError (a plugin that fails to start).
  explicit Pipeline(PluginList plugins, const std::map<std::string, std::string>& configs = {});
  ~Pipeline();

  DocumentResult run(const Document& doc) const;
  const PluginList& plugins() const { return plugins_; }

 private:
  PluginList plugins_;
  std::vector<std::unique_ptr<PluginInstance>> instances_;
};

}  // namespace quarry::core

#endif  // QUARRY_CORE_PIPELINE_HPP
