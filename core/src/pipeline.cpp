#include "quarry/core/pipeline.hpp"

#include <algorithm>
#include <set>

namespace quarry::core {

PluginList order_plugins(PluginList plugins) {
  std::sort(plugins.begin(), plugins.end(), [](const auto& a, const auto& b) { return a->name() < b->name(); });
  // Edges: provider -> requirer, for every required kind.
  const size_t n = plugins.size();
  std::vector<std::vector<size_t>> after(n);
  std::vector<size_t> pending(n, 0);
  for (size_t r = 0; r < n; ++r) {
    for (const std::string& kind : plugins[r]->requires_kinds()) {
      bool found = false;
      for (size_t p = 0; p < n; ++p) {
        if (plugins[p]->provides_kind(kind)) {
          found = true;
          if (p == r) throw PipelineError("plugin '" + std::string(plugins[r]->name()) + "' requires '" + kind +
                                          "', which it provides itself");
          after[p].push_back(r);
          ++pending[r];
        }
      }
      if (!found) {
        throw PipelineError("plugin '" + std::string(plugins[r]->name()) + "' requires '" + kind +
                            "', which no selected plugin provides");
      }
    }
  }
  // Kahn's algorithm, always taking the first ready plugin by name.
  PluginList ordered;
  std::vector<bool> done(n, false);
  while (ordered.size() < n) {
    size_t next = n;
    for (size_t i = 0; i < n; ++i) {
      if (!done[i] && pending[i] == 0) {
        next = i;
        break;
      }
    }
    if (next == n) {
      std::string names;
      for (size_t i = 0; i < n; ++i) {
        if (!done[i]) names += (names.empty() ? "'" : ", '") + std::string(plugins[i]->name()) + "'";
      }
      throw PipelineError("dependency cycle among plugins " + names + " (each requires a kind another provides)");
    }
    done[next] = true;
    for (size_t r : after[next]) --pending[r];
    ordered.push_back(plugins[next]);
  }
  return ordered;
}

PluginList select_plugins(const PluginRegistry& registry, const std::vector<std::string>& names) {
  if (names.empty()) return registry.plugins();
  PluginList selected;
  auto contains = [&](const Plugin* p) {
    return std::any_of(selected.begin(), selected.end(), [&](const auto& s) { return s.get() == p; });
  };
  for (const std::string& name : names) {
    auto plugin = registry.find(name);
    if (!plugin) {
      std::string known;
      for (const auto& p : registry.plugins()) known += (known.empty() ? "" : ", ") + std::string(p->name());
      throw PipelineError("unknown plugin '" + name + "' (available: " + (known.empty() ? "none" : known) + ")");
    }
    if (!contains(plugin.get())) selected.push_back(plugin);
  }
  // Pull in the providers of required kinds until nothing is missing that the registry can supply.
  for (size_t i = 0; i < selected.size(); ++i) {
    for (const std::string& kind : selected[i]->requires_kinds()) {
      const bool provided = std::any_of(selected.begin(), selected.end(), [&](const auto& p) { return p->provides_kind(kind); });
      if (provided) continue;
      for (const auto& candidate : registry.plugins()) {
        if (candidate->provides_kind(kind) && !contains(candidate.get())) selected.push_back(candidate);
      }
    }
  }
  return selected;
}

bool DocumentResult::ok() const {
  return std::all_of(outcomes.begin(), outcomes.end(), [](const PluginOutcome& o) { return o.error.empty(); });
}

}  // namespace quarry::core
