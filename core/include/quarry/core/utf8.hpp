// UTF-8 services of the core: validation with the offending byte offset, decoding one code point, and the
// coarse character classes the tokenizer needs (without ICU, which has no WebAssembly build here).
#ifndef QUARRY_CORE_UTF8_HPP
#define QUARRY_CORE_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace quarry::core::utf8 {

// The byte offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or nullopt when the whole text is valid.
std::optional<size_t> find_invalid(std::string_view text);

struct Decoded {
  char32_t code_point;
  uint32_t length;  // bytes consumed, 1..4
};

// Decodes the code point at `pos`, which must be < text.size() and on a character boundary of valid UTF-8.
inline Decoded decode(std::string_view text, size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i]) & 0x3F); };
  if (b0 < 0xE0) return {(static_cast<char32_t>(b0 & 0x1F) << 6) | cont(1), 2};
  if (b0 < 0xF0) return {(static_cast<char32_t>(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3};
  return {(static_cast<char32_t>(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4};
}

// True for a byte that starts a character (not a continuation byte).
inline bool is_boundary(std::string_view text, size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

enum class CharClass : uint8_t {
  Space,   // ASCII whitespace, no-break and other Unicode spaces, zero-width space, BOM
  Letter,  // letters of any script, combining marks, and code points not classed otherwise
  Digit,   // ASCII 0-9
  Quote,   // " ' ` “ ” „ ‟ ‘ ’ ‚ ‛ « » ‹ › ＂
  Punct,   // ASCII punctuation, dashes, ellipsis, bullets, CJK and full-width punctuation
  Symbol,  // $ % & @ # + = < > ^ ~ * | currency signs, ° © ® ™ arrows, math, emoji
};

namespace detail {
CharClass classify_ascii(char32_t cp);
CharClass classify_non_ascii(char32_t cp);
// Classes of the 128 ASCII code points, filled once: the tokenizer's hot path is mostly ASCII.
struct AsciiClasses {
  CharClass table[128];
  AsciiClasses() {
    for (char32_t c = 0; c < 128; ++c) table[c] = classify_ascii(c);
  }
};
inline const AsciiClasses kAsciiClasses;
}  // namespace detail

inline CharClass classify(char32_t cp) {
  return cp < 0x80 ? detail::kAsciiClasses.table[cp] : detail::classify_non_ascii(cp);
}

bool is_upper(char32_t cp);
bool is_lower(char32_t cp);

}  // namespace quarry::core::utf8

#endif  // QUARRY_CORE_UTF8_HPP
