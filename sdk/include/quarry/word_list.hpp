// Quarry word lists: reading the line-based data files a plugin embeds (quarry_add_plugin(... DATA ...)).
// Header-only; nothing here allocates.
//
// The format: one entry per line; blank lines and lines starting with '#' are skipped; an entry's fields are
// separated by '|' (or another character); lines and fields are trimmed of spaces, tabs and carriage returns.
//
//   # data/scales.txt: word | power of ten | how it attaches
//   million | 6 | word
//   bn      | 9 | both
//
//   #include <quarry/word_list.hpp>
//
//   quarry::for_each_entry(quarry_data::figures::scales_txt(), [&](const quarry::Fields<4>& e) {
//     add_scale(e[0], e[1], e[2]);  // a field the line does not have is empty; e.count() says how many it has
//   });
//   quarry::for_each_line(data, [&](std::string_view line) { ... });       // whole lines
//   for (std::string_view alias : quarry::split("UN, U.N.", ',')) { ... }  // "UN", "U.N."
//   for (std::string_view word : quarry::split_blanks("said  say\tclause")) { ... }  // "said", "say", "clause"
//
// Views point into the data passed in (embedded data lives as long as the process).
#ifndef QUARRY_WORD_LIST_HPP
#define QUARRY_WORD_LIST_HPP

#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace quarry {

constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// `s` without leading and trailing spaces, tabs and carriage returns.
constexpr std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// Calls fn(line) for each line of `data` that is neither blank nor a '#' comment, trimmed.
template <typename Fn>
void for_each_line(std::string_view data, Fn&& fn) {
  while (!data.empty()) {
    const size_t eol = data.find('\n');
    const std::string_view line = trim(data.substr(0, eol));
    data = eol == std::string_view::npos ? std::string_view{} : data.substr(eol + 1);
    if (!line.empty() && line.front() != '#') fn(line);
  }
}

// The pieces of `text` between separators, each trimmed; empty pieces are kept ("a||b" has three, "" one).
// A forward range of string_views: for (std::string_view piece : split(text, ',')) ...
class Split {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    iterator() = default;
    std::string_view operator*() const { return trim(rest_.substr(0, rest_.find(sep_))); }
    iterator& operator++() {
      const size_t at = rest_.find(sep_);
      if (at == std::string_view::npos) {
        done_ = true;
      } else {
        rest_.remove_prefix(at + 1);
      }
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const iterator& a, const iterator& b) {
      return a.done_ == b.done_ && (a.done_ || a.rest_.data() == b.rest_.data());
    }

   private:
    friend class Split;
    iterator(std::string_view rest, char sep, bool done) : rest_(rest), sep_(sep), done_(done) {}
    std::string_view rest_;
    char sep_ = '|';
    bool done_ = true;
  };

  constexpr Split(std::string_view text, char sep) : text_(text), sep_(sep) {}
  iterator begin() const { return iterator(text_, sep_, false); }
  iterator end() const { return iterator(text_, sep_, true); }
  // The first piece (the whole text, trimmed, when there is no separator).
  std::string_view front() const { return *begin(); }

 private:
  std::string_view text_;
  char sep_;
};

inline Split split(std::string_view text, char sep) { return Split(text, sep); }

// The words of `text`: the runs of characters between runs of spaces, tabs and carriage returns (never empty).
// A forward range of string_views: for (std::string_view word : split_blanks(line)) ...
class SplitBlanks {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    iterator() = default;
    std::string_view operator*() const { return rest_.substr(0, word_end()); }
    iterator& operator++() {
      rest_.remove_prefix(word_end());
      skip_blanks();
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const iterator& a, const iterator& b) {
      return a.rest_.size() == b.rest_.size() && (a.rest_.empty() || a.rest_.data() == b.rest_.data());
    }

   private:
    friend class SplitBlanks;
    explicit iterator(std::string_view rest) : rest_(rest) { skip_blanks(); }
    size_t word_end() const {
      size_t n = 0;
      while (n < rest_.size() && !is_blank(rest_[n])) ++n;
      return n;
    }
    void skip_blanks() {
      while (!rest_.empty() && is_blank(rest_.front())) rest_.remove_prefix(1);
    }
    std::string_view rest_;
  };

  constexpr explicit SplitBlanks(std::string_view text) : text_(text) {}
  iterator begin() const { return iterator(text_); }
  iterator end() const { return iterator(text_.substr(text_.size())); }

 private:
  std::string_view text_;
};

inline SplitBlanks split_blanks(std::string_view text) { return SplitBlanks(text); }

// The first N fields of a line (see split()); fields past the line's end are empty, and count() is how many
// fields the line has, all of them, even past N.
template <size_t N>
class Fields {
 public:
  Fields(std::string_view line, char sep) {
    for (const std::string_view field : split(line, sep)) {
      if (count_ < N) fields_[count_] = field;
      ++count_;
    }
  }
  std::string_view operator[](size_t i) const { return i < N ? fields_[i] : std::string_view{}; }
  size_t count() const { return count_; }

 private:
  std::array<std::string_view, N> fields_{};
  size_t count_ = 0;
};

// Calls fn(fields) with the fields of each entry line (see for_each_line).
template <size_t N = 4, typename Fn>
void for_each_entry(std::string_view data, Fn&& fn, char sep = '|') {
  for_each_line(data, [&](std::string_view line) { fn(Fields<N>(line, sep)); });
}

}  // namespace quarry

#endif  // QUARRY_WORD_LIST_HPP
