#include "batch_runner.hpp"

#include <atomic>
#include <optional>
#include <thread>

namespace quarry::cli {
namespace {

// Documents read ahead per job: enough to keep threads busy, small enough to bound memory. With one job each
// document goes out as soon as it is done, so a slow stream is answered line by line.
constexpr size_t kBatchPerJob = 32;

}  // namespace

BatchRunner::BatchRunner(std::vector<std::unique_ptr<core::Pipeline>> pipelines) : pipelines_(std::move(pipelines)) {}

ProcessedDocument BatchRunner::process(SourceItem&& item, const core::Pipeline& pipeline, const Render& render) {
  DocumentSource::parse_pending(item);
  ProcessedDocument out;
  out.id = item.id;
  const auto refused = [&](std::string_view why) {
    out.problems.emplace_back(why);
    if (render) out.rendered = render(ExtractedDocument{item.id, nullptr, nullptr, why});
  };
  if (!item.input) {
    refused(item.error);
    return out;
  }
  std::optional<core::Document> doc;
  std::optional<core::DocumentResult> result;
  try {
    doc.emplace(std::move(*item.input));
    result.emplace(pipeline.run(*doc));
  } catch (const core::InputError& e) {
    refused(e.what());
    return out;
  }
  for (const core::PluginOutcome& o : result->outcomes) {
    if (!o.error.empty()) out.problems.push_back("plugin '" + std::string(o.plugin->name()) + "' failed: " + o.error);
  }
  if (render) out.rendered = render(ExtractedDocument{item.id, &*doc, &*result, {}});
  return out;
}

void BatchRunner::run(DocumentSource& source, const Render& render,
                      const std::function<void(ProcessedDocument&&)>& consume) const {
  const size_t jobs = pipelines_.size();
  const size_t batch_size = jobs == 1 ? 1 : kBatchPerJob * jobs;
  std::vector<SourceItem> batch;
  std::vector<ProcessedDocument> results;
  bool more = true;
  while (more) {
    batch.clear();
    while (batch.size() < batch_size) {
      auto item = source.next_unparsed();  // parsed by the thread that takes it
      if (!item) {
        more = false;
        break;
      }
      batch.push_back(std::move(*item));
    }
    results.assign(batch.size(), ProcessedDocument{});
    const size_t threads = std::min(jobs, batch.size());
    if (threads <= 1) {
      for (size_t i = 0; i < batch.size(); ++i) results[i] = process(std::move(batch[i]), *pipelines_[0], render);
    } else {
      // Each thread takes the next unprocessed document with its own pipeline.
      std::atomic<size_t> next{0};
      std::vector<std::thread> workers;
      for (size_t t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
          for (size_t i = next++; i < batch.size(); i = next++) {
            results[i] = process(std::move(batch[i]), *pipelines_[t], render);
          }
        });
      }
      for (std::thread& worker : workers) worker.join();
    }
    for (ProcessedDocument& result : results) consume(std::move(result));
  }
}

}  // namespace quarry::cli
