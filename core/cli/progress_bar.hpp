// A one-line progress bar on stderr for batches, drawn only when stderr is a terminal (never in pipes,
// logs or CI), at most ten times a second.
#ifndef QUARRY_CLI_PROGRESS_BAR_HPP
#define QUARRY_CLI_PROGRESS_BAR_HPP

#include <chrono>
#include <cstddef>

namespace quarry::cli {

class ProgressBar {
 public:
  // total_docs / total_bytes: 0 when unknown (a stream). `enabled` false makes every call a no-op.
  ProgressBar(bool enabled, size_t total_docs, size_t total_bytes);
  ~ProgressBar();
  void update(size_t docs_done, size_t bytes_done, size_t failed);
  void finish();

 private:
  void draw(size_t docs_done, size_t bytes_done, size_t failed);

  bool enabled_;
  bool drawn_ = false;
  size_t total_docs_;
  size_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// True when stderr is an interactive terminal.
bool stderr_is_terminal();
bool stdout_is_terminal();

}  // namespace quarry::cli

#endif  // QUARRY_CLI_PROGRESS_BAR_HPP
