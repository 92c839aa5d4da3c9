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
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace quarry {

constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

namespace text_case_detail {

// Top bit set on the bytes of x that are ASCII letters from `first` to `last` (other bytes, UTF-8 included, 0).
constexpr uint64_t letters_between(uint64_t x, char first, char last) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t seven = x & ~kHigh;
  const uint64_t from_first = seven + kOnes * static_cast<uint64_t>(0x80 - first);
  const uint64_t past_last = seven + kOnes * static_cast<uint64_t>(0x7f - last);
  return from_first & ~past_last & ~x & kHigh;
}

}  // namespace text_case_detail

// Lower-cases the ASCII letters of `text` into `out`, which has room for text.size() bytes (it may be `text`
// itself): eight bytes at a time, for folding a whole document once.
inline void ascii_lower_into(std::string_view text, char* out) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t x = 0;
    std::memcpy(&x, text.data() + i, 8);                       // byte order does not matter: every byte is folded alone
    x |= text_case_detail::letters_between(x, 'A', 'Z') >> 2;  // 0x80 >> 2 == 0x20: 'A' | 0x20 == 'a'
    std::memcpy(out + i, &x, 8);
  }
  for (; i < text.size(); ++i) out[i] = ascii_lower(text[i]);
}

// Lower-cases the ASCII letters of `text` where it is.
inline void ascii_lower_in_place(std::span<char> text) {
  ascii_lower_into(std::string_view(text.data(), text.size()), text.data());
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
