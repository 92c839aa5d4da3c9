#include "extraction_session.hpp"

#include <nlohmann/json.hpp>

#include <chrono>

#include "pipeline_benchmark.hpp"
#include "quarry/core/json_output.hpp"
#include "quarry/core/module_loader.hpp"
#include "quarry/core/static_plugins.hpp"

namespace quarry::web {
namespace {

std::vector<std::string> split_names(const std::string& list) {
  std::vector<std::string> names;
  size_t begin = 0;
  while (begin <= list.size()) {
    size_t end = list.find(',', begin);
    if (end == std::string::npos) end = list.size();
    std::string name = list.substr(begin, end - begin);
    const size_t first = name.find_first_not_of(' ');
    const size_t last = name.find_last_not_of(' ');
    if (first != std::string::npos) names.push_back(name.substr(first, last - first + 1));
    begin = end + 1;
  }
  return names;
}

}  // namespace

ExtractionSession::ExtractionSession() { core::add_static_plugins(registry_); }

std::string ExtractionSession::plugins_json() const {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& plugin : registry_.plugins()) {
    list.push_back({{"name", plugin->name()},
                    {"version", plugin->version()},
                    {"license", plugin->license()},
                    {"description", plugin->description()},
                    {"provides", plugin->provides()},
                    {"requires", plugin->requires_kinds()},
                    {"path", plugin->path()}});
  }
  return list.dump();
}

std::string ExtractionSession::load_plugin(const std::string& path) {
  const size_t known_problems = registry_.problems().size();
  if (registry_.load_file(path)) {
    pipeline_.reset();  // "all plugins" now means one more
    return {};
  }
  return registry_.problems().size() > known_problems ? registry_.problems().back().message : "not loaded";
}

bool ExtractionSession::supports_drop_in() const { return core::supports_dynamic_loading(); }

const core::Pipeline& ExtractionSession::pipeline_for(const std::vector<std::string>& names) {
  if (!pipeline_ || names != pipeline_names_) {
    pipeline_.reset();  // a failed rebuild must not leave the old selection looking current
    pipeline_ = std::make_unique<core::Pipeline>(core::select_plugins(registry_, names));
    pipeline_names_ = names;
  }
  return *pipeline_;
}

ExtractionReply ExtractionSession::extract(const std::string& id, const std::string& text, const std::string& date,
                                           const std::string& plugin_names) {
  ExtractionReply reply;
  // The same checks, in the same order, as `quarry extract` before it reads any document.
  if (!date.empty() && !core::is_iso_date(date)) {
    reply.error = "the reference date '" + date + "' is not a valid YYYY-MM-DD date";
    return reply;
  }
  if (registry_.plugins().empty()) {
    reply.error = "this build has no plugins linked in";
    return reply;
  }
  const core::Pipeline* pipeline = nullptr;
  try {
    pipeline = &pipeline_for(split_names(plugin_names));
  } catch (const core::PipelineError& e) {
    reply.error = e.what();
    return reply;
  } catch (const core::PluginError& e) {
    reply.error = e.what();
    return reply;
  }

  const auto started = std::chrono::steady_clock::now();
  core::DocumentInput input;
  input.id = id;
  input.text = text;
  input.reference_date = date;
  try {
    const core::Document doc(std::move(input));
    const core::DocumentResult result = pipeline->run(doc);
    reply.json = core::document_json_text(doc, result, 2) + "\n";  // the CLI's bytes for --format json
    // Built apart and moved in at the end: an ordered_json object is a vector, so a reference to one member
    // dies when the next member is added.
    nlohmann::ordered_json order = nlohmann::ordered_json::array();
    nlohmann::ordered_json seconds = nlohmann::ordered_json::object();
    for (const core::PluginOutcome& outcome : result.outcomes) {
      const std::string name(outcome.plugin->name());
      order.push_back(name);
      seconds[name] = outcome.seconds;
      if (!outcome.error.empty() && reply.error.empty()) {
        reply.error = "plugin '" + name + "' failed: " + outcome.error;
      }
    }
    nlohmann::ordered_json info;
    info["order"] = std::move(order);
    info["seconds"] = std::move(seconds);
    info["total_seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    reply.run_info = info.dump();
  } catch (const core::InputError& e) {
    reply.json = core::document_error_json_text(id, e.what(), 2) + "\n";
    reply.error = e.what();
  } catch (const std::exception& e) {
    // Not expected from the core; the CLI would stop here. The page says what happened instead of trapping.
    reply.json.clear();
    reply.error = std::string("internal error: ") + e.what();
  }
  return reply;
}

std::string ExtractionSession::benchmark(const std::string& documents_json, const std::string& plugin_names,
                                         int passes, int copies) {
  nlohmann::ordered_json out;
  if (passes < 1 || copies < 1) return nlohmann::ordered_json{{"error", "passes and copies must be at least 1"}}.dump();
  std::vector<core::DocumentInput> corpus;
  try {
    for (const auto& item : nlohmann::json::parse(documents_json)) {
      core::DocumentInput input;
      input.id = item.value("id", "");
      input.text = item.at("text").get<std::string>();
      if (item.contains("dct") && item["dct"].is_string()) input.reference_date = item["dct"].get<std::string>();
      corpus.push_back(std::move(input));
    }
    const BenchmarkResult result = benchmark_pipeline(pipeline_for(split_names(plugin_names)), corpus,
                                                      static_cast<size_t>(passes), static_cast<size_t>(copies));
    out["documents"] = result.documents;
    out["bytes_per_pass"] = result.bytes_per_pass;
    out["pass_seconds"] = result.pass_seconds;
    out["failed_runs"] = result.failed_runs;
    out["rejected"] = result.rejected;
  } catch (const std::exception& e) {
    out = nlohmann::ordered_json{{"error", e.what()}};
  }
  return out.dump();
}

}  // namespace quarry::web
