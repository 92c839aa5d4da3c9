#include "progress_bar.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace quarry::cli {

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }
bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

ProgressBar::ProgressBar(bool enabled, size_t total_docs, size_t total_bytes)
    : enabled_(enabled),
      total_docs_(total_docs),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(size_t docs_done, size_t bytes_done, size_t failed) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw(docs_done, bytes_done, failed);
}

void ProgressBar::draw(size_t docs_done, size_t bytes_done, size_t failed) {
  constexpr int kWidth = 30;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double fraction = total_docs_ ? double(docs_done) / double(total_docs_)
                          : total_bytes_ ? double(bytes_done) / double(total_bytes_)
                                         : -1.0;
  std::string bar;
  if (fraction >= 0) {
    const int filled = static_cast<int>(fraction * kWidth + 0.5);
    bar = "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] " +
          std::to_string(static_cast<int>(fraction * 100)) + "% ";
  }
  const double mb_per_s = seconds > 0 ? double(bytes_done) / 1e6 / seconds : 0;
  std::fprintf(stderr, "\r%s%zu%s docs, %.1f MB/s%s\033[K", bar.c_str(), docs_done,
               total_docs_ ? ("/" + std::to_string(total_docs_)).c_str() : "", mb_per_s,
               failed ? (", " + std::to_string(failed) + " failed").c_str() : "");
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!enabled_ || !drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace quarry::cli
