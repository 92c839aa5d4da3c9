#include "quarry/core/utf8.hpp"

namespace quarry::core::utf8 {

std::optional<size_t> find_invalid(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t chunk = 0;
      for (int k = 0; k < 8; ++k) chunk |= static_cast<uint64_t>(bytes[i + k]) << (8 * k);
      if (chunk & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char b0 = bytes[i];
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      len = 3;
      if (b0 == 0xE0) lo = 0xA0;  // no overlong
      if (b0 == 0xED) hi = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      len = 4;
      if (b0 == 0xF0) lo = 0x90;  // no overlong
      if (b0 == 0xF4) hi = 0x8F;  // not above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::nullopt;
}

namespace detail {

CharClass classify_ascii(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::Space;
  if (c >= '0' && c <= '9') return CharClass::Digit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::Letter;
  switch (c) {
    case '"':
    case '\'':
    case '`':
      return CharClass::Quote;
    case '$':
    case '%':
    case '&':
    case '@':
    case '#':
    case '+':
    case '=':
    case '<':
    case '>':
    case '^':
    case '~':
    case '*':
    case '|':
      return CharClass::Symbol;
    default:
      break;
  }
  if (c < 0x20 || c == 0x7F) return CharClass::Space;  // other control characters act as separators
  return CharClass::Punct;
}

CharClass classify_non_ascii(char32_t c) {
  switch (c) {
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: case 0x200B: case 0x0085:
      return CharClass::Space;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2018: case 0x2019: case 0x201A:
    case 0x201B: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0xFF02: case 0x300C:
    case 0x300D: case 0x300E: case 0x300F:
      return CharClass::Quote;
    case 0x00AA: case 0x00BA: case 0x00B5:  // ª º µ are letters
      return CharClass::Letter;
    case 0x00A1: case 0x00BF: case 0x00B7: case 0x00A7: case 0x00B6:
      return CharClass::Punct;
    case 0x00D7: case 0x00F7:
      return CharClass::Symbol;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return CharClass::Space;
  if (c >= 0x0080 && c <= 0x009F) return CharClass::Space;  // C1 controls
  if (c >= 0x00A2 && c <= 0x00BF) return CharClass::Symbol;  // ¢ £ ¤ ¥ © ® ° ± ² ³ ¼ ½ ¾ …
  if (c >= 0x2010 && c <= 0x2027) return CharClass::Punct;   // dashes, bullets, ellipsis
  if (c >= 0x2030 && c <= 0x205E) return CharClass::Punct;   // ‰ ′ ″ ※ ⁄ …
  if (c >= 0x2070 && c <= 0x209F) return CharClass::Symbol;  // super- and subscripts
  if (c >= 0x20A0 && c <= 0x20CF) return CharClass::Symbol;  // currency signs
  if (c >= 0x2100 && c <= 0x214F) return CharClass::Symbol;  // letterlike: ℃ № ™
  if (c >= 0x2150 && c <= 0x218F) return CharClass::Symbol;  // number forms: ⅓ Ⅻ
  if (c >= 0x2190 && c <= 0x2BFF) return CharClass::Symbol;  // arrows, math, technical, shapes, dingbats
  if (c >= 0x2E00 && c <= 0x2E7F) return CharClass::Punct;   // supplemental punctuation
  if (c >= 0x3001 && c <= 0x3003) return CharClass::Punct;   // 、。〃
  if (c >= 0x3008 && c <= 0x3011) return CharClass::Punct;   // CJK brackets
  if (c >= 0xFE10 && c <= 0xFE6F) return CharClass::Punct;   // vertical/small forms
  if (c >= 0xFF01 && c <= 0xFF0F) return CharClass::Punct;   // full-width ! " # … /
  if (c >= 0xFF1A && c <= 0xFF20) return CharClass::Punct;
  if (c >= 0xFFF0 && c <= 0xFFFF) return CharClass::Symbol;  // specials, replacement character
  if (c >= 0x1F000 && c <= 0x1FAFF) return CharClass::Symbol;  // emoji and pictographs
  if (c >= 0xE000 && c <= 0xF8FF) return CharClass::Symbol;    // private use
  return CharClass::Letter;
}

}  // namespace detail

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0x00C0 && c <= 0x00DE) return c != 0x00D7;
  if (c >= 0x0100 && c <= 0x0137) return (c & 1) == 0;
  if (c >= 0x0139 && c <= 0x0148) return (c & 1) == 1;
  if (c >= 0x014A && c <= 0x0177) return (c & 1) == 0;
  if (c == 0x0178 || c == 0x0179 || c == 0x017B || c == 0x017D) return true;
  if (c >= 0x0391 && c <= 0x03A9) return true;  // Greek
  if (c >= 0x0400 && c <= 0x042F) return true;  // Cyrillic
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 0;  // Latin Extended Additional (Vietnamese)
  return false;
}

bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0x00DF && c <= 0x00FF) return c != 0x00F7;
  if (c >= 0x0100 && c <= 0x0137) return (c & 1) == 1;
  if (c >= 0x0139 && c <= 0x0148) return (c & 1) == 0;
  if (c >= 0x014A && c <= 0x0177) return (c & 1) == 1;
  if (c == 0x017A || c == 0x017C || c == 0x017E || c == 0x017F) return true;
  if (c >= 0x03AC && c <= 0x03CE) return true;
  if (c >= 0x0430 && c <= 0x045F) return true;
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 1;
  return false;
}

}  // namespace quarry::core::utf8
