// The JavaScript face of the module (embind). Only type mapping lives here; the behaviour is in
// extraction_session.cpp. From JavaScript:
//   const session = new Module.Session();
//   session.pluginsJson()                              -> JSON text: the plugins linked in
//   session.extract(id, text, date, plugins)           -> {json, error, runInfo}  (simple; strings copied by embind)
//   session.benchmark(documentsJson, plugins, passes, copies) -> JSON text (see pipeline_benchmark.hpp)
//   session.supportsDropIn(), session.loadPlugin(path) -> '' or why not   (drop-in build: write the .wasm
//                                                        with Module.FS.writeFile first)
//   Module.coreVersion()
// The byte-buffer path, which the page uses: TextEncoder/TextDecoder work on the module's memory directly
// instead of embind's per-character JavaScript loops (which matter with light plugins, little with heavy ones):
//   view = session.inputBuffer(maxBytes); {written} = new TextEncoder().encodeInto(text, view);
//   session.extractInput(id, written, date, plugins);   // then:
//   new TextDecoder().decode(session.jsonView()), session.error(), session.runInfo()
// A view dies when the module's memory grows: take it just before use, never keep it.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <string>

#include "extraction_session.hpp"
#include "quarry/core/version.hpp"

namespace quarry::web {
namespace {

std::string core_version() { return core::kVersion; }

// An ExtractionSession plus the byte buffers the fast path shares with JavaScript.
class WebSession {
 public:
  std::string plugins_json() const { return session_.plugins_json(); }

  ExtractionReply extract(const std::string& id, const std::string& text, const std::string& date,
                          const std::string& plugins) {
    return session_.extract(id, text, date, plugins);
  }

  std::string benchmark(const std::string& documents_json, const std::string& plugins, int passes, int copies) {
    return session_.benchmark(documents_json, plugins, passes, copies);
  }

  std::string load_plugin(const std::string& path) { return session_.load_plugin(path); }
  bool supports_drop_in() const { return session_.supports_drop_in(); }

  emscripten::val input_buffer(size_t max_bytes) {
    input_.resize(max_bytes);
    return emscripten::val(emscripten::typed_memory_view(input_.size(), reinterpret_cast<uint8_t*>(input_.data())));
  }

  // Extracts from the first `size` bytes written into inputBuffer(); returns the JSON's length in bytes.
  size_t extract_input(const std::string& id, size_t size, const std::string& date, const std::string& plugins) {
    input_.resize(std::min(size, input_.size()));
    last_ = session_.extract(id, input_, date, plugins);
    return last_.json.size();
  }

  emscripten::val json_view() const {
    return emscripten::val(
        emscripten::typed_memory_view(last_.json.size(), reinterpret_cast<const uint8_t*>(last_.json.data())));
  }
  std::string error() const { return last_.error; }
  std::string run_info() const { return last_.run_info; }

 private:
  ExtractionSession session_;
  std::string input_;
  ExtractionReply last_;
};

}  // namespace
}  // namespace quarry::web

EMSCRIPTEN_BINDINGS(quarry_web) {
  using quarry::web::ExtractionReply;
  using quarry::web::WebSession;
  emscripten::value_object<ExtractionReply>("ExtractionReply")
      .field("json", &ExtractionReply::json)
      .field("error", &ExtractionReply::error)
      .field("runInfo", &ExtractionReply::run_info);
  emscripten::class_<WebSession>("Session")
      .constructor<>()
      .function("pluginsJson", &WebSession::plugins_json)
      .function("extract", &WebSession::extract)
      .function("benchmark", &WebSession::benchmark)
      .function("loadPlugin", &WebSession::load_plugin)
      .function("supportsDropIn", &WebSession::supports_drop_in)
      .function("inputBuffer", &WebSession::input_buffer)
      .function("extractInput", &WebSession::extract_input)
      .function("jsonView", &WebSession::json_view)
      .function("error", &WebSession::error)
      .function("runInfo", &WebSession::run_info);
  emscripten::function("coreVersion", &quarry::web::core_version);
}
