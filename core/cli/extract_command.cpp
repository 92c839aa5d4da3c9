// quarry extract [FILES... | -] [--jsonl-in] [--date D] [--plugins a,b] [--format json|jsonl|pretty]
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "batch_runner.hpp"
#include "commands.hpp"
#include "document_source.hpp"
#include "plugin_setup.hpp"
#include "pretty_printer.hpp"
#include "progress_bar.hpp"
#include "quarry/core/json_output.hpp"

namespace quarry::cli {
namespace {

// Where the messages of the extra pipelines go: the first one has already said the same.
std::ostream& discard_stream() {
  static std::ostream null_stream(nullptr);
  return null_stream;
}

struct ExtractOptions {
  PluginOptions plugins;
  std::vector<std::string> inputs;
  std::string date;
  bool jsonl_in = false;
  std::string format = "json";
  std::string output;
  unsigned jobs = 1;
};

// Writes documents in the chosen format; a JSON array when several documents go out as "json". Rendering a
// document (render()) and writing it (write()) are separate steps so that the jobs' threads do the rendering.
class OutputWriter {
 public:
  OutputWriter(std::ostream& out, std::string format, bool colour)
      : out_(out), format_(std::move(format)), colour_(colour) {}
  ~OutputWriter() { close(); }

  // One document's output; touches nothing else, so it may run on any thread. JSON is written straight from
  // the result (document_json_text); only the pretty format reads it back from the DOM.
  std::string render(const ExtractedDocument& doc) const {
    if (format_ == "pretty") {
      std::ostringstream pretty;
      if (doc.doc) {
        print_pretty(pretty, doc.doc->text(), core::document_json(*doc.doc, *doc.result), colour_);
      } else {
        print_pretty(pretty, std::string_view(), core::document_error_json(doc.id, doc.error), colour_);
      }
      return std::move(pretty).str();
    }
    const int indent = format_ == "jsonl" ? -1 : 2;
    std::string out = doc.doc ? core::document_json_text(*doc.doc, *doc.result, indent)
                              : core::document_error_json_text(doc.id, doc.error, indent);
    if (format_ == "jsonl") out += '\n';
    return out;
  }

  void write(const std::string& rendered) {
    if (format_ != "json") {
      out_ << rendered;
    } else {
      // "json": a single object when there is one document, an array when there are several. The first
      // document is held back until we know which.
      if (held_) {
        out_ << "[\n" << *held_;
        held_.reset();
        in_array_ = true;
      }
      if (in_array_) {
        out_ << ",\n" << rendered;
      } else {
        held_ = rendered;
      }
    }
    out_.flush();
  }

  void close() {
    if (held_) out_ << *held_ << '\n';
    if (in_array_) out_ << "\n]\n";
    held_.reset();
    in_array_ = false;
    out_.flush();
  }

 private:
  std::ostream& out_;
  std::string format_;
  bool colour_;
  std::optional<std::string> held_;
  bool in_array_ = false;
};

int run_extract(const ExtractOptions& options) {
  if (!options.date.empty() && !core::is_iso_date(options.date)) {
    std::cerr << "quarry: --date '" << options.date << "' is not a valid YYYY-MM-DD date\n";
    return kExitUsage;
  }
  if (options.jobs == 0) {
    std::cerr << "quarry: --jobs must be at least 1\n";
    return kExitUsage;
  }
  core::PluginRegistry registry = load_registry(options.plugins, std::cerr);
  std::vector<std::unique_ptr<core::Pipeline>> pipelines;
  for (unsigned job = 0; job < options.jobs; ++job) {
    pipelines.push_back(pipeline_or_report(registry, options.plugins, job == 0 ? std::cerr : discard_stream()));
    if (!pipelines.back()) return kExitUsage;
  }
  const BatchRunner runner(std::move(pipelines));

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) {
      std::cerr << "quarry: cannot write " << options.output << '\n';
      return kExitUsage;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  const bool colour = options.output.empty() && stdout_is_terminal();
  OutputWriter writer(out, options.format, colour);

  DocumentSource source(options.inputs, options.jsonl_in, options.date);
  const bool batch = options.jsonl_in || options.inputs.size() > 1;
  ProgressBar progress(batch && stderr_is_terminal(), source.known_count(), source.total_bytes());
  size_t done = 0, failed = 0;
  auto report = [&](std::string_view id, std::string_view message) {
    progress.finish();  // clear the bar so the message stands on its own line
    std::cerr << "quarry: " << id << ": " << message << '\n';
  };
  const auto render = [&writer](const ExtractedDocument& doc) { return writer.render(doc); };
  runner.run(source, render, [&](ProcessedDocument&& doc) {
    writer.write(doc.rendered);
    for (const std::string& problem : doc.problems) report(doc.id, problem);
    failed += doc.problems.empty() ? 0 : 1;
    progress.update(++done, source.bytes_read(), failed);
  });
  progress.finish();
  writer.close();
  if (failed > 0 && batch) std::cerr << "quarry: " << failed << " of " << done << " documents failed\n";
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

std::function<int()> add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract figures, actors, quotes and dates from documents");
  cmd->add_option("inputs", options->inputs, "Text files, one document each; '-' or none reads stdin");
  cmd->add_flag("--jsonl-in", options->jsonl_in,
                "Inputs are JSON Lines, one document per line with \"id\", \"text\" and \"dct\" (the gold format)");
  cmd->add_option("--date", options->date,
                  "Reference date YYYY-MM-DD for relative dates (a JSONL document's \"dct\" takes precedence)");
  cmd->add_option("--format", options->format, "Output format")->check(CLI::IsMember({"json", "jsonl", "pretty"}));
  cmd->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  cmd->add_option("-j,--jobs", options->jobs,
                  "Documents processed in parallel, one pipeline per job (output order and content do not change)");
  add_plugin_options(*cmd, options->plugins);
  return [options] { return run_extract(*options); };
}

}  // namespace quarry::cli
