#include "pipeline_benchmark.hpp"

#include <chrono>

namespace quarry::web {

BenchmarkResult benchmark_pipeline(const core::Pipeline& pipeline, const std::vector<core::DocumentInput>& corpus,
                                   size_t passes, size_t copies) {
  BenchmarkResult result;
  std::vector<core::DocumentInput> accepted;
  for (const core::DocumentInput& input : corpus) {
    try {
      const core::Document check{core::DocumentInput(input)};
      accepted.push_back(input);
    } catch (const core::InputError&) {
      ++result.rejected;
    }
  }
  result.documents = accepted.size();
  for (const core::DocumentInput& input : accepted) result.bytes_per_pass += input.text.size() * copies;

  for (size_t pass = 0; pass < passes; ++pass) {
    // A Document takes its input; the copies are made before the clock starts, as `quarry bench` leaves
    // copying out of its timing.
    std::vector<core::DocumentInput> inputs;
    inputs.reserve(accepted.size() * copies);
    for (size_t copy = 0; copy < copies; ++copy) inputs.insert(inputs.end(), accepted.begin(), accepted.end());
    const auto start = std::chrono::steady_clock::now();
    for (core::DocumentInput& input : inputs) {
      const core::Document doc(std::move(input));
      const core::DocumentResult run = pipeline.run(doc);
      for (const core::PluginOutcome& outcome : run.outcomes) result.failed_runs += outcome.error.empty() ? 0 : 1;
    }
    result.pass_seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return result;
}

}  // namespace quarry::web
