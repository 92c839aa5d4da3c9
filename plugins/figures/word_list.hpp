// Reading the plugin's data files (data/*.txt): one entry per line, fields separated by "|", "#" starts a
// comment line, blank lines are skipped, fields are trimmed. Parsed once per process by the Lexicon.
#ifndef QUARRY_FIGURES_WORD_LIST_HPP
#define QUARRY_FIGURES_WORD_LIST_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace quarry::figures {

// Up to four fields of one line; absent fields are empty.
struct WordListEntry {
  std::array<std::string_view, 4> fields{};
  std::string_view operator[](size_t i) const { return i < fields.size() ? fields[i] : std::string_view{}; }
};

// Calls fn(entry) for every entry line of a data file.
template <typename Fn>
void for_each_entry(std::string_view file, Fn&& fn);

// ASCII lower-casing into a std::string (data files are read once; no hot path).
std::string ascii_lower(std::string_view s);

std::string_view trim(std::string_view s);

template <typename Fn>
void for_each_entry(std::string_view file, Fn&& fn) {
  size_t pos = 0;
  while (pos < file.size()) {
    size_t eol = file.find('\n', pos);
    if (eol == std::string_view::npos) eol = file.size();
    const std::string_view line = trim(file.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty() || line.front() == '#') continue;
    WordListEntry entry;
    size_t field = 0, start = 0;
    while (field < entry.fields.size()) {
      const size_t bar = line.find('|', start);
      entry.fields[field++] = trim(line.substr(start, bar == std::string_view::npos ? line.npos : bar - start));
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
    fn(entry);
  }
}

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_WORD_LIST_HPP
