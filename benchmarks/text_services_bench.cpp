// Throughput of the core's shared text services (UTF-8 check, tokenizer, sentence splitter) on news text.
// Reads the TempEval-3 training corpus from ../shared when present, else the project's example articles.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "quarry/core/document.hpp"
#include "quarry/core/text_services.hpp"
#include "quarry/core/utf8.hpp"

namespace {

std::string load_corpus() {
  namespace fs = std::filesystem;
  std::string text;
  const fs::path te3 = fs::path(QUARRY_SHARED_DIR) / "bench" / "dates" / "te3-train.jsonl";
  if (fs::exists(te3)) {
    std::ifstream in(te3);
    for (std::string line; std::getline(in, line);) text += nlohmann::json::parse(line)["text"].get<std::string>() + "\n\n";
    return text;
  }
  for (const auto& entry : fs::directory_iterator(fs::path(QUARRY_SOURCE_DIR) / "examples" / "articles")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    text += buffer.str() + "\n\n";
  }
  return text;
}

const std::string& corpus() {
  static const std::string text = load_corpus();
  return text;
}

void BM_Utf8Validation(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(quarry::core::utf8::find_invalid(corpus()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_Utf8Validation);

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(quarry::core::tokenize(corpus()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  const auto tokens = quarry::core::tokenize(corpus());
  for (auto _ : state) benchmark::DoNotOptimize(quarry::core::split_sentences(corpus(), tokens));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_SplitSentences);

void BM_Document(benchmark::State& state) {
  for (auto _ : state) {
    quarry::core::DocumentInput input;
    input.text = corpus();
    benchmark::DoNotOptimize(quarry::core::Document(std::move(input)));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().size()));
}
BENCHMARK(BM_Document);

}  // namespace

BENCHMARK_MAIN();
