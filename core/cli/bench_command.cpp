// quarry bench [FILES... | --jsonl-in FILE] [--plugins a,b] [--repeat N] [--json]
// Throughput of the whole pipeline (the core's tokens and sentences plus every plugin) and of each plugin
// alone, plugin load time and peak memory. Documents are read into memory first, so reading files is not
// timed; each pass runs every document once; the median pass is reported (the first pass also pays for
// plugins' lazy start-up, e.g. parsing their word lists, which the best and median of several passes do not).
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "commands.hpp"
#include "document_source.hpp"
#include "plugin_setup.hpp"

namespace quarry::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchOptions {
  PluginOptions plugins;
  std::vector<std::string> inputs;
  bool jsonl_in = false;
  std::string date;
  size_t repeat = 3;
  bool json = false;
};

// One row of the result: a stage's time in each pass.
struct Stage {
  std::string name;
  std::vector<double> seconds;  // one per pass
  std::optional<double> start;  // a plugin's cold start (its create()), timed alone
  double median() const {
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    return n == 0 ? 0 : n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
  double best() const { return seconds.empty() ? 0 : *std::min_element(seconds.begin(), seconds.end()); }
  double first() const { return seconds.empty() ? 0 : seconds.front(); }
};

double elapsed(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// CPU time of this thread: unlike wall time, it leaves out the time the thread waited for a core, which on a
// shared machine is most of the noise.
double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Peak resident set size of this process so far, in MB (Linux reports ru_maxrss in kilobytes).
double peak_memory_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

std::string format(const char* pattern, double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, pattern, v);
  return buffer;
}

std::string padded(const std::string& s, size_t width, bool right = true) {
  if (s.size() >= width) return s;
  return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

// The --plugin-config JSON for `name`, or "{}" as the pipeline passes.
std::string config_for(const std::vector<std::string>& configs, std::string_view name) {
  for (const std::string& item : configs) {
    if (item.size() > name.size() && item.compare(0, name.size(), name) == 0 && item[name.size()] == '=') {
      return item.substr(name.size() + 1);
    }
  }
  return "{}";
}

// Each selected plugin started alone, before the pipeline starts them all: its create() is where a plugin may
// parse its data, so this is its cold start. Problems are left for make_pipeline to report.
std::map<std::string, double> cold_starts(const core::PluginRegistry& registry, const PluginOptions& options) {
  std::map<std::string, double> seconds;
  try {
    for (const auto& plugin : core::select_plugins(registry, options.names)) {
      const Clock::time_point start = Clock::now();
      const core::PluginInstance probe(plugin, config_for(options.configs, plugin->name()));
      seconds[std::string(plugin->name())] = elapsed(start);
    }
  } catch (const std::exception&) {
    // an unknown name, a missing provider, a plugin that fails to start: make_pipeline says which
  }
  return seconds;
}

struct Totals {
  size_t documents = 0;
  size_t bytes = 0;
};

double per_second(double amount, double seconds) { return seconds > 0 ? amount / seconds : 0; }

void print_table(const BenchOptions& options, const Totals& totals, double registry_s, double pipeline_s,
                 size_t plugin_count, const std::vector<Stage>& stages, size_t failed, double peak_mb) {
  std::cout << "documents: " << totals.documents << " (" << format("%.3f", totals.bytes / 1e6) << " MB), "
            << options.repeat << " pass" << (options.repeat == 1 ? "" : "es") << ", median pass shown\n";
  std::cout << "plugin load: " << format("%.1f", registry_s * 1e3) << " ms (registry, all modules on the path), "
            << format("%.1f", pipeline_s * 1e3) << " ms (pipeline start of " << plugin_count << " plugin"
            << (plugin_count == 1 ? "" : "s") << ", after each was started once alone: \"start ms\")\n\n";
  std::cout << padded("stage", 28, false) << padded("median s", 11) << padded("best s", 11) << padded("first s", 11)
            << padded("MB/s", 10) << padded("docs/s", 11) << padded("start ms", 10) << '\n';
  for (const Stage& s : stages) {
    const double median = s.median();
    std::cout << padded(s.name, 28, false) << padded(format("%.4f", median), 11) << padded(format("%.4f", s.best()), 11)
              << padded(format("%.4f", s.first()), 11)
              << padded(format("%.2f", per_second(totals.bytes / 1e6, median)), 10)
              << padded(format("%.1f", per_second(static_cast<double>(totals.documents), median)), 11)
              << padded(s.start ? format("%.1f", *s.start * 1e3) : "", 10) << '\n';
  }
  std::cout << "\npeak memory: " << format("%.1f", peak_mb) << " MB (max resident set size)\n";
  if (failed > 0) std::cout << "failures: " << failed << " plugin runs failed (their time is still counted)\n";
}

void print_json(const BenchOptions& options, const Totals& totals, double registry_s, double pipeline_s,
                const std::vector<Stage>& stages, size_t failed, double peak_mb) {
  nlohmann::ordered_json j;
  j["documents"] = totals.documents;
  j["bytes"] = totals.bytes;
  j["repeat"] = options.repeat;
  j["load_seconds"] = {{"registry", registry_s}, {"pipeline", pipeline_s}};
  j["stages"] = nlohmann::ordered_json::array();
  for (const Stage& s : stages) {
    const double median = s.median();
    j["stages"].push_back({{"name", s.name},
                           {"median_seconds", median},
                           {"best_seconds", s.best()},
                           {"first_seconds", s.first()},
                           {"mb_per_second", per_second(totals.bytes / 1e6, median)},
                           {"documents_per_second", per_second(static_cast<double>(totals.documents), median)},
                           {"pass_seconds", s.seconds},
                           {"start_seconds", s.start ? nlohmann::ordered_json(*s.start) : nullptr}});
  }
  j["peak_memory_mb"] = peak_mb;
  j["failed_plugin_runs"] = failed;
  std::cout << j.dump(2) << '\n';
}

int run_bench(const BenchOptions& options) {
  if (options.repeat == 0) {
    std::cerr << "quarry: --repeat must be at least 1\n";
    return kExitUsage;
  }
  if (!options.date.empty() && !core::is_iso_date(options.date)) {
    std::cerr << "quarry: --date '" << options.date << "' is not a valid YYYY-MM-DD date\n";
    return kExitUsage;
  }
  if (options.inputs.empty()) {
    std::cerr << "quarry: bench needs input files (text files, or JSON Lines with --jsonl-in)\n";
    return kExitUsage;
  }

  Clock::time_point start = Clock::now();
  core::PluginRegistry registry = load_registry(options.plugins, std::cerr);
  const double registry_s = elapsed(start);
  const std::map<std::string, double> starts = cold_starts(registry, options.plugins);
  start = Clock::now();
  const std::unique_ptr<core::Pipeline> pipeline = pipeline_or_report(registry, options.plugins, std::cerr);
  if (!pipeline) return kExitUsage;
  const double pipeline_s = elapsed(start);

  // Everything is read first, so the passes time extraction only.
  std::vector<core::DocumentInput> inputs;
  Totals totals;
  DocumentSource source(options.inputs, options.jsonl_in, options.date);
  while (auto item = source.next()) {
    if (!item->input) {
      std::cerr << "quarry: " << item->id << ": " << item->error << " (left out)\n";
      continue;
    }
    totals.bytes += item->input->text.size();
    inputs.push_back(std::move(*item->input));
  }
  totals.documents = inputs.size();
  if (inputs.empty()) {
    std::cerr << "quarry: no documents to run\n";
    return kExitUsage;
  }

  std::vector<Stage> stages;
  stages.push_back({"core (tokens, sentences)", {}, std::nullopt});
  for (const auto& plugin : pipeline->plugins()) {
    const auto cold = starts.find(std::string(plugin->name()));
    stages.push_back({"plugin " + std::string(plugin->name()),
                      {},
                      cold == starts.end() ? std::nullopt : std::optional<double>(cold->second)});
  }
  stages.push_back({"pipeline (all of the above)", {}, std::nullopt});
  stages.push_back({"pipeline, CPU time", {}, std::nullopt});
  const size_t wall_total = stages.size() - 2, cpu_total = stages.size() - 1;
  size_t failed = 0, skipped = 0;
  for (size_t pass = 0; pass < options.repeat; ++pass) {
    std::vector<double> seconds(stages.size(), 0.0);
    for (const core::DocumentInput& input : inputs) {
      core::DocumentInput copy = input;  // the Document takes its input; copying is not part of the pipeline
      const double cpu_start = thread_cpu_seconds();
      const Clock::time_point doc_start = Clock::now();
      try {
        const core::Document doc(std::move(copy));
        seconds.front() += elapsed(doc_start);
        const core::DocumentResult result = pipeline->run(doc);
        for (size_t i = 0; i < result.outcomes.size(); ++i) {
          seconds[i + 1] += result.outcomes[i].seconds;
          failed += result.outcomes[i].error.empty() ? 0 : 1;
        }
      } catch (const core::InputError& e) {
        if (pass == 0) std::cerr << "quarry: " << input.id << ": " << e.what() << '\n';
        ++skipped;
      }
      seconds[wall_total] += elapsed(doc_start);
      seconds[cpu_total] += thread_cpu_seconds() - cpu_start;
    }
    for (size_t i = 0; i < stages.size(); ++i) stages[i].seconds.push_back(seconds[i]);
  }
  const double peak_mb = peak_memory_mb();

  if (options.json) {
    print_json(options, totals, registry_s, pipeline_s, stages, failed, peak_mb);
  } else {
    print_table(options, totals, registry_s, pipeline_s, pipeline->plugins().size(), stages, failed, peak_mb);
  }
  return failed > 0 || skipped > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

std::function<int()> add_bench_command(CLI::App& app) {
  auto options = std::make_shared<BenchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "bench", "Measure speed: MB/s and documents/s of the pipeline and of each plugin, load time, peak memory");
  cmd->add_option("inputs", options->inputs, "Text files (one document each), or JSON Lines files with --jsonl-in");
  cmd->add_flag("--jsonl-in", options->jsonl_in, "Inputs are JSON Lines with \"id\", \"text\", \"dct\" (gold files)");
  cmd->add_option("--date", options->date, "Reference date YYYY-MM-DD (a JSONL document's \"dct\" takes precedence)");
  cmd->add_option("--repeat", options->repeat, "Passes over the documents (default 3); the median pass is reported");
  cmd->add_flag("--json", options->json, "Print as JSON");
  add_plugin_options(*cmd, options->plugins);
  return [options] { return run_bench(*options); };
}

}  // namespace quarry::cli
