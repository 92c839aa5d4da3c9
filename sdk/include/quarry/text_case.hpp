// Quarry text case: ASCII case folding for word lookups, without allocation on the hot path. Header-only.
//
//   #include <quarry/text_case.hpp>
//
//   // Per token: fold into a stack buffer (a word too long for it comes back empty, so it matches nothing).
//   const quarry::LowerWord<32> lower(doc.text(token));
//   if (lower.view() == "said") { ... }
//
//   // The same into a buffer of the caller's:
//   std::array<char, 32> buffer;
//   const std::string_view word = quarry::ascii_lower(doc.text(token), buffer);
//
//   // Once, while loading a word list (allocates):
//   const std::string key = quarry::ascii_lower("Defense Minister");   // "defense minister"
//
// Only the letters A-Z change; every other byte, including the bytes of multi-byte UTF-8 characters, is kept as
// it is, so the folded text has the same length and byte offsets as the original. Lexicons that fold other
// characters too (curly apostrophes, accents) do so on top of these.
#ifndef QUARRY_TEXT_CASE_HPP
#define QUARRY_TEXT_CASE_HPP

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace quarry {

constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Lower-cases the ASCII letters of `text` where it is.
inline void ascii_lower_in_place(std::span<char> text) {
  for (char& c : text) c = ascii_lower(c);
}

// A lower-cased copy (for loading data; allocates).
inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  ascii_lower_in_place(out);
  return out;
}

// Lower-cases `word` into `buffer` and returns the folded view of it, or an empty view when the word does not
// fit (a word longer than every key of a lexicon needs no lookup).
inline std::string_view ascii_lower(std::string_view word, std::span<char> buffer) {
  if (word.size() > buffer.size()) return {};
  for (size_t i = 0; i < word.size(); ++i) buffer[i] = ascii_lower(word[i]);
  return {buffer.data(), word.size()};
}

// A lower-cased copy of a short word in a buffer of its own (a value: return it, keep it on the stack). A word
// longer than Capacity comes out empty.
template <size_t Capacity>
class LowerWord {
 public:
  static constexpr size_t kCapacity = Capacity;
  explicit LowerWord(std::string_view word) : size_(ascii_lower(word, buffer_).size()) {}
  std::string_view view() const { return {buffer_.data(), size_}; }
  operator std::string_view() const { return view(); }

 private:
  std::array<char, Capacity> buffer_{};
  size_t size_ = 0;
};

}  // namespace quarry

#endif  // QUARRY_TEXT_CASE_HPP
