// Runs the documents of a source through the pipeline on several threads: one pipeline (one state of each
// plugin, as the ABI allows) per job, documents taken in batches and handed back in input order, so the output
// is the same whatever the number of jobs.
#ifndef QUARRY_CLI_BATCH_RUNNER_HPP
#define QUARRY_CLI_BATCH_RUNNER_HPP

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document_source.hpp"
#include "quarry/core/pipeline.hpp"

namespace quarry::cli {

// A document as the Render step sees it, just after extraction: the document and its result, or, when the
// input was refused, only its id and why.
struct ExtractedDocument {
  std::string_view id;
  const core::Document* doc = nullptr;  // null when refused
  const core::DocumentResult* result = nullptr;
  std::string_view error;  // why it was refused
};

// One document after extraction: its output and the problems to report on stderr ("plugin 'x' failed: ...",
// or why the input was refused).
struct ProcessedDocument {
  std::string id;
  std::vector<std::string> problems;
  std::string rendered;  // the output for this document, when a Render step made it
};

class BatchRunner {
 public:
  // One pipeline per job; at least one.
  explicit BatchRunner(std::vector<std::unique_ptr<core::Pipeline>> pipelines);

  // Turns an extracted document into its output (ProcessedDocument::rendered) while the document and its
  // result still exist. It runs on the worker threads, so reading, parsing and writing JSON are spread over the
  // jobs as well; it must only touch the document.
  using Render = std::function<std::string(const ExtractedDocument&)>;

  // Calls render() (when given) on every document of the source on a worker thread, then consume() on this
  // thread, in input order.
  void run(DocumentSource& source, const Render& render, const std::function<void(ProcessedDocument&&)>& consume) const;

 private:
  static ProcessedDocument process(SourceItem&& item, const core::Pipeline& pipeline, const Render& render);

  std::vector<std::unique_ptr<core::Pipeline>> pipelines_;
};

}  // namespace quarry::cli

#endif  // QUARRY_CLI_BATCH_RUNNER_HPP
