// Times the pipeline inside the module the way `quarry bench` times its "pipeline" stage (a Document built
// from each input, then every plugin run over it; no JSON written), so the wasm and native numbers compare
// like for like. Browsers coarsen their clocks (Chromium: 0.1 ms without cross-origin isolation), so a pass
// runs the whole corpus `copies` times and is timed as one span.
#ifndef QUARRY_WEB_PIPELINE_BENCHMARK_HPP
#define QUARRY_WEB_PIPELINE_BENCHMARK_HPP

#include <string>
#include <vector>

#include "quarry/core/document.hpp"
#include "quarry/core/pipeline.hpp"

namespace quarry::web {

struct BenchmarkResult {
  size_t documents = 0;
  size_t bytes_per_pass = 0;         // corpus bytes x copies
  std::vector<double> pass_seconds;  // one per pass
  size_t failed_runs = 0;            // plugin runs that reported an error (their time still counts)
  size_t rejected = 0;               // inputs the core refused (empty, invalid UTF-8, ...), left out
};

BenchmarkResult benchmark_pipeline(const core::Pipeline& pipeline, const std::vector<core::DocumentInput>& corpus,
                                   size_t passes, size_t copies);

}  // namespace quarry::web

#endif  // QUARRY_WEB_PIPELINE_BENCHMARK_HPP
