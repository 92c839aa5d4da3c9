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

namespace detail {

// A forward range of string_views over the pieces of a text. Cut says where pieces are: start(rest) moves to
// the first piece and says whether there is one, piece(rest) is the piece at the front, next(rest) moves past
// it and says whether another follows.
template <typename Cut>
class Pieces {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    iterator() = default;
    std::string_view operator*() const { return cut_.piece(rest_); }
    iterator& operator++() {
      done_ = !cut_.next(rest_);
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
    friend class Pieces;
    iterator(std::string_view rest, Cut cut, bool done) : rest_(rest), cut_(cut), done_(done) {}
    std::string_view rest_;
    Cut cut_{};
    bool done_ = true;
  };

  constexpr Pieces(std::string_view text, Cut cut) : text_(text), cut_(cut) {}
  iterator begin() const {
    std::string_view rest = text_;
    const bool any = cut_.start(rest);
    return iterator(rest, cut_, !any);
  }
  iterator end() const { return iterator({}, cut_, true); }
  // The first piece (empty when there is none).
  std::string_view front() const {
    const iterator first = begin();
    return first == end() ? std::string_view{} : *first;
  }

 private:
  std::string_view text_;
  Cut cut_;
};

// Pieces between separator characters, trimmed; empty pieces count.
struct AtSeparator {
  char sep = '|';
  static bool start(std::string_view&) { return true; }
  std::string_view piece(std::string_view rest) const { return trim(rest.substr(0, rest.find(sep))); }
  bool next(std::string_view& rest) const {
    const size_t at = rest.find(sep);
    if (at == std::string_view::npos) return false;
    rest.remove_prefix(at + 1);
    return true;
  }
};

// Runs of characters between runs of blanks.
struct AtBlanks {
  static bool start(std::string_view& rest) {
    while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
    return !rest.empty();
  }
  static std::string_view piece(std::string_view rest) {
    size_t n = 0;
    while (n < rest.size() && !is_blank(rest[n])) ++n;
    return rest.substr(0, n);
  }
  static bool next(std::string_view& rest) {
    rest.remove_prefix(piece(rest).size());
    return start(rest);
  }
};

}  // namespace detail

// The pieces of `text` between separators, each trimmed; empty pieces are kept ("a||b" has three, "" one).
// A forward range of string_views: for (std::string_view piece : split(text, ',')) ...
using Split = detail::Pieces<detail::AtSeparator>;
inline Split split(std::string_view text, char sep) { return Split(text, detail::AtSeparator{sep}); }

// The words of `text`: the runs of characters between runs of spaces, tabs and carriage returns (never empty).
// A forward range of string_views: for (std::string_view word : split_blanks(line)) ...
using SplitBlanks = detail::Pieces<detail::AtBlanks>;
inline SplitBlanks split_blanks(std::string_view text) { return SplitBlanks(text, detail::AtBlanks{}); }

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
