// The JavaScript face of the module (embind): `new Module.Session()`, `session.pluginsJson()`,
// `session.extract(id, text, date, plugins)` -> {json, error, runInfo}, and `Module.coreVersion()`.
// Only type mapping lives here; the behaviour is in extraction_session.cpp.
#include <emscripten/bind.h>

#include <string>

#include "extraction_session.hpp"
#include "quarry/core/version.hpp"

namespace {

std::string core_version() { return quarry::core::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(quarry_web) {
  using quarry::web::ExtractionReply;
  using quarry::web::ExtractionSession;
  emscripten::value_object<ExtractionReply>("ExtractionReply")
      .field("json", &ExtractionReply::json)
      .field("error", &ExtractionReply::error)
      .field("runInfo", &ExtractionReply::run_info);
  emscripten::class_<ExtractionSession>("Session")
      .constructor<>()
      .function("pluginsJson", &ExtractionSession::plugins_json)
      .function("extract", &ExtractionSession::extract);
  emscripten::function("coreVersion", &core_version);
}
