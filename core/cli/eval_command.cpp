// quarry eval --gold FILE [--plugins a,b] [--system OUT.jsonl | --out OUT.jsonl] [--kinds direct,mixed]
//             [--errors N] [--json]
// Runs the pipeline on every gold document (its `dct` as the reference date) and scores each list the gold
// annotates. Exit codes: 0 scored, 1 scored but some documents or plugins failed, 2 usage error or a gold
// file that is not valid (every problem printed with its line).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>

#include "commands.hpp"
#include "plugin_setup.hpp"
#include "progress_bar.hpp"
#include "quarry/core/json_output.hpp"
#include "quarry/eval/document_reader.hpp"
#include "quarry/eval/evaluation.hpp"
#include "quarry/eval/gold_file.hpp"
#include "quarry/eval/report.hpp"

namespace quarry::cli {
namespace {

// System-output problems printed before "... and N more".
constexpr size_t kProblemsShown = 20;

struct EvalOptions {
  PluginOptions plugins;
  std::string gold;
  bool date_from_gold = true;
  std::string date;
  std::string system;
  std::string out;
  std::vector<std::string> kinds;
  std::string skip_rt_unsupported;
  size_t errors = 0;
  bool json = false;
};

// The reference date of a gold document: its dct (the default, --date-from-gold), else --date, else none.
std::string reference_date(const EvalOptions& options, const eval::EvalDocument& gold) {
  if (options.date_from_gold && gold.dct) return *gold.dct;
  return options.date;
}

std::string describe_reference_dates(const EvalOptions& options, const std::vector<eval::EvalDocument>& docs) {
  const size_t without = static_cast<size_t>(
      std::count_if(docs.begin(), docs.end(), [](const eval::EvalDocument& d) { return !d.dct.has_value(); }));
  const std::string fallback = options.date.empty() ? "none" : options.date;
  if (!options.date_from_gold) return "not from the gold (--no-date-from-gold): " + fallback + " for every document";
  std::string text = "each document's gold dct";
  if (without > 0) text += "; " + std::to_string(without) + " without one get " + fallback;
  return text;
}

void print_problems(const std::vector<std::string>& problems) {
  for (size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) std::cerr << "quarry: " << problems[i] << '\n';
  if (problems.size() > kProblemsShown) {
    std::cerr << "quarry: ... and " << problems.size() - kProblemsShown << " more problems in the system output\n";
  }
}

// Runs the pipeline over the gold documents and scores each; writes the system output to `out` when given.
int run_pipeline(const EvalOptions& options, const std::vector<eval::EvalDocument>& gold, eval::Evaluator& evaluator,
                 eval::ReportHeader& header) {
  core::PluginRegistry registry = load_registry(options.plugins, std::cerr);
  const std::unique_ptr<core::Pipeline> pipeline = pipeline_or_report(registry, options.plugins, std::cerr);
  if (!pipeline) return kExitUsage;
  std::set<std::string> produced;
  for (const auto& plugin : pipeline->plugins()) {
    header.plugins.emplace_back(plugin->name(), plugin->version());
    produced.insert(plugin->provides().begin(), plugin->provides().end());
  }

  std::ofstream out;
  if (!options.out.empty()) {
    out.open(options.out, std::ios::binary);
    if (!out) {
      std::cerr << "quarry: cannot write " << options.out << '\n';
      return kExitUsage;
    }
  }
  size_t total_bytes = 0;
  for (const eval::EvalDocument& doc : gold) total_bytes += doc.text.size();
  ProgressBar progress(stderr_is_terminal(), gold.size(), total_bytes);
  size_t done = 0, done_bytes = 0, failed = 0;
  std::vector<std::string> problems;
  for (const eval::EvalDocument& g : gold) {
    eval::EvalDocument system;
    try {
      core::DocumentInput input;
      input.id = g.id;
      input.text = g.text;
      input.reference_date = reference_date(options, g);
      const core::Document doc(std::move(input));
      const nlohmann::ordered_json json = core::document_json(doc, pipeline->run(doc));
      if (out.is_open()) out << json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      std::vector<std::string> found;
      system = eval::read_system_document(json, g.text, found);
      for (const std::string& problem : found) problems.push_back(g.id + ": " + problem);
    } catch (const core::InputError& e) {
      if (out.is_open()) out << core::document_error_json_text(g.id, e.what(), -1) << '\n';
      system.id = g.id;
      system.error = e.what();
    }
    // A document that failed still owes every list the pipeline produces: its gold entries count as missed.
    if (produced.count("figures") && !system.figures) system.figures.emplace();
    if (produced.count("actors") && !system.actors) system.actors.emplace();
    if (produced.count("quotes") && !system.quotes) system.quotes.emplace();
    if (produced.count("dates") && !system.dates) system.dates.emplace();
    failed += system.error.empty() ? 0 : 1;
    evaluator.add(g, system);
    done_bytes += g.text.size();
    progress.update(++done, done_bytes, failed);
  }
  progress.finish();
  print_problems(problems);
  return kExitOk;
}

int run_eval(const EvalOptions& options) {
  if (!options.date.empty() && !core::is_iso_date(options.date)) {
    std::cerr << "quarry: --date '" << options.date << "' is not a valid YYYY-MM-DD date\n";
    return kExitUsage;
  }
  if (!options.system.empty() && !options.out.empty()) {
    std::cerr << "quarry: --system scores a saved output and runs no plugins, so --out has nothing to write\n";
    return kExitUsage;
  }

  std::vector<eval::EvalDocument> gold;
  try {
    gold = eval::load_gold_file(options.gold);
  } catch (const eval::GoldFileError& e) {
    std::cerr << "quarry: " << e.what() << '\n';
    return kExitUsage;
  }

  eval::ReportHeader header;
  header.gold = options.gold;
  header.quote_kinds = options.kinds;
  if (!options.skip_rt_unsupported.empty()) {
    const std::string& platform = options.skip_rt_unsupported;
    const auto unsupported = [&](const eval::EvalDocument& d) {
      return std::find(d.rt_not_supported.begin(), d.rt_not_supported.end(), platform) != d.rt_not_supported.end();
    };
    const size_t before = gold.size();
    gold.erase(std::remove_if(gold.begin(), gold.end(), unsupported), gold.end());
    header.notes.push_back(std::to_string(before - gold.size()) + " of " + std::to_string(before) +
                           " documents left out: Recognizers-Text marks them not supported on " + platform);
  }

  eval::ScoreOptions score_options;
  score_options.max_examples = options.errors;
  score_options.quote_kinds = options.kinds;
  eval::Evaluator evaluator(score_options);

  if (!options.system.empty()) {
    header.system = options.system;
    std::vector<std::string> problems;
    std::vector<eval::EvalDocument> system;
    try {
      system = eval::load_system_file(options.system, gold, problems);
    } catch (const eval::GoldFileError& e) {
      std::cerr << "quarry: " << e.what() << '\n';
      return kExitUsage;
    }
    print_problems(problems);
    for (size_t i = 0; i < gold.size(); ++i) evaluator.add(gold[i], system[i]);
  } else {
    header.reference_date = describe_reference_dates(options, gold);
    const int code = run_pipeline(options, gold, evaluator, header);
    if (code != kExitOk) return code;
  }

  const eval::Evaluation& result = evaluator.result();
  if (options.json) {
    std::cout << eval::report_json(header, result, options.errors).dump(2) << '\n';
  } else {
    eval::print_report(std::cout, header, result, options.errors);
  }
  return result.failed_documents > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

std::function<int()> add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score plugins against a gold file (P/R/F1 per list; see docs/BENCHMARKS.md for the metrics)");
  cmd->add_option("--gold", options->gold, "Gold file, JSON Lines in the format of shared/gold/SCHEMA.md")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_flag("--date-from-gold,!--no-date-from-gold", options->date_from_gold,
                "Reference date of each document = its gold \"dct\" (default). --no-date-from-gold runs every "
                "document with --date (or none), to see how a plugin does without knowing the date");
  cmd->add_option("--date", options->date,
                  "Reference date YYYY-MM-DD for documents whose gold dct is null (or for all, with "
                  "--no-date-from-gold)");
  cmd->add_option("--system", options->system,
                  "Score this saved output (quarry extract --format jsonl, or eval --out) instead of running plugins")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", options->out, "Also write the system output, JSON Lines, to this file");
  cmd->add_option("--kinds", options->kinds, "Quotes: score only these kinds, comma-separated (direct,mixed)")
      ->delimiter(',')
      ->check(CLI::IsMember({"direct", "indirect", "mixed"}))
      ->allow_extra_args(false);
  cmd->add_option("--skip-rt-unsupported", options->skip_rt_unsupported,
                  "Leave out documents whose rt_not_supported metadata names this platform (e.g. javascript), for a "
                  "like-for-like comparison with Recognizers-Text");
  cmd->add_option("--errors", options->errors,
                  "Show the first N misses, false alarms and mismatches of each list, with their context");
  cmd->add_flag("--json", options->json, "Print the scores as JSON");
  add_plugin_options(*cmd, options->plugins);
  return [options] { return run_eval(*options); };
}

}  // namespace quarry::cli
