// Reading the plugin's line-based data files: one entry per line, '#' comments, fields separated by '|'.
#ifndef QUARRY_ACTORS_DATA_LINES_HPP
#define QUARRY_ACTORS_DATA_LINES_HPP

#include <string_view>
#include <vector>

namespace quarry::actors {

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls fn(line) for each non-empty, non-comment line, trimmed.
template <typename Fn>
void for_each_line(std::string_view data, Fn&& fn) {
  while (!data.empty()) {
    const size_t nl = data.find('\n');
    const std::string_view line = trim(data.substr(0, nl));
    data = nl == std::string_view::npos ? std::string_view{} : data.substr(nl + 1);
    if (!line.empty() && line.front() != '#') fn(line);
  }
}

// Splits on `sep`, trimming each piece; empty pieces are kept (fields may be blank).
inline std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    const size_t at = line.find(sep);
    out.push_back(trim(line.substr(0, at)));
    if (at == std::string_view::npos) break;
    line.remove_prefix(at + 1);
  }
  return out;
}

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_DATA_LINES_HPP
