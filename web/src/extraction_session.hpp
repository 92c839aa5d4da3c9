// What the demo page (and the wasm benchmark) can ask of Quarry: the plugins linked into this build, and one
// extraction that yields exactly the bytes `quarry extract --format json` prints for the same document.
// Plain C++ with no Emscripten types, so the page's contract with the core stays in one readable place.
#ifndef QUARRY_WEB_EXTRACTION_SESSION_HPP
#define QUARRY_WEB_EXTRACTION_SESSION_HPP

#include <memory>
#include <string>
#include <vector>

#include "quarry/core/pipeline.hpp"
#include "quarry/core/plugin_registry.hpp"

namespace quarry::web {

struct ExtractionReply {
  // The CLI's JSON for this one document (document_json(...).dump(2) plus a newline), or the CLI's error
  // record when the document is rejected; empty when nothing could run (see `error`).
  std::string json;
  // Why the request failed, or a plugin's failure; empty when everything ran cleanly.
  std::string error;
  // {"order": [plugin names in run order], "seconds": {name: seconds in process()}, "total_seconds": s}:
  // what ran and how long it took, measured inside the module.
  std::string run_info;
};

class ExtractionSession {
 public:
  // Registers every plugin linked into this binary (quarry::core::add_static_plugins).
  ExtractionSession();

  // [{"name", "version", "license", "description", "provides": [...], "requires": [...], "path"}] in
  // registry order.
  std::string plugins_json() const;

  // Runs the named plugins (comma-separated; empty means all, as the CLI without --plugins) plus the
  // providers they require, over `text` with reference date `date` ("YYYY-MM-DD" or empty). `id` is what
  // the CLI would print as the document's id: the file path, or "-" for text from stdin. The pipeline is
  // kept between calls while the selection stays the same.
  ExtractionReply extract(const std::string& id, const std::string& text, const std::string& date,
                          const std::string& plugin_names);

  // Loads a plugin module file (in the web build's drop-in variant: a SIDE_MODULE .wasm in the module's file
  // system). Returns an empty string, or why it was skipped (the registry's message: not a module, no entry
  // point, another ABI, a name already loaded). False from supports_drop_in(): every load is refused.
  std::string load_plugin(const std::string& path);
  bool supports_drop_in() const;

  // Times the selected pipeline over `documents_json` ([{"id", "text", "dct"}], the gold format's fields) for
  // `passes` passes of `copies` runs of the corpus each (see pipeline_benchmark.hpp). Returns
  // {"documents", "bytes_per_pass", "pass_seconds": [...], "failed_runs", "rejected"} or {"error": "..."}.
  std::string benchmark(const std::string& documents_json, const std::string& plugin_names, int passes, int copies);

 private:
  const core::Pipeline& pipeline_for(const std::vector<std::string>& names);

  core::PluginRegistry registry_;
  std::vector<std::string> pipeline_names_;
  std::unique_ptr<core::Pipeline> pipeline_;
};

}  // namespace quarry::web

#endif  // QUARRY_WEB_EXTRACTION_SESSION_HPP
