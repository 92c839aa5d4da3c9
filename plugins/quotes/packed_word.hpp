// A short word folded for lookup (ASCII lower case, U+2019 as an apostrophe, as fold_word does) and packed into
// two 64-bit integers. Every word token of a document is looked up in the lexicon once; packing the word in a
// few word-sized steps lets the lookup hash and compare two integers instead of looping over bytes and
// calling memcmp, which was most of the plugin's time per token.
#ifndef QUARRY_QUOTES_PACKED_WORD_HPP
#define QUARRY_QUOTES_PACKED_WORD_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace quarry::quotes {

struct PackedWord {
  uint64_t low = 0;   // folded bytes 0-7, zero-padded
  uint64_t high = 0;  // folded bytes 8-14, zero-padded; the length in the top byte, so any word has high != 0
  bool valid() const { return high != 0; }
  bool operator==(const PackedWord&) const = default;
};

// The longest word that packs (folded); the lexicon's words are all shorter.
inline constexpr size_t kMaxPackedWord = 15;

namespace packing {

inline constexpr uint64_t kEveryByte = 0x0101010101010101ull;
inline constexpr uint64_t kHighBits = kEveryByte * 0x80;

// Bytes [p, p + n), n <= 8, as an integer with byte i at bits 8i: two overlapping loads of 4 (or 2) bytes
// cover any n without a loop, and without reading past the word (the overlap ORs equal bytes together).
inline uint64_t load_bytes(const char* p, size_t n) {
  static_assert(std::endian::native == std::endian::little, "the overlapping loads assume little-endian bytes");
  if (n >= 4) {
    uint32_t first = 0;
    uint32_t last = 0;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    return first | (static_cast<uint64_t>(last) << (8 * (n - 4)));
  }
  if (n >= 2) {
    uint16_t first = 0;
    uint16_t last = 0;
    std::memcpy(&first, p, 2);
    std::memcpy(&last, p + n - 2, 2);
    return first | (static_cast<uint64_t>(last) << (8 * (n - 2)));
  }
  return n == 1 ? static_cast<unsigned char>(*p) : 0;
}

// Lower-cases the ASCII letters among eight ASCII bytes at once: a byte is upper case when adding 0x80 - 'A'
// sets its top bit but adding 0x80 - 'Z' - 1 does not (bytes below 0x80 cannot carry into their neighbour).
inline uint64_t lower_ascii_bytes(uint64_t x) {
  const uint64_t at_least_a = x + kEveryByte * (0x80 - 'A');
  const uint64_t above_z = x + kEveryByte * (0x80 - 'Z' - 1);
  const uint64_t upper = (at_least_a ^ above_z) & kHighBits;
  return x | (upper >> 2);  // 0x80 >> 2 is 0x20, the case bit
}

// The word has a non-ASCII byte (or is too long for the fast path): fold it byte by byte first.
PackedWord pack_slowly(std::string_view word);

}  // namespace packing

// The folded, packed form of `word`, or an invalid PackedWord when the word is empty, folds to more than
// kMaxPackedWord bytes, or has a non-ASCII character other than U+2019 (no lexicon word has one).
inline PackedWord pack_word(std::string_view word) {
  const size_t n = word.size();
  if (n == 0 || n > kMaxPackedWord) return n == 0 ? PackedWord{} : packing::pack_slowly(word);
  const uint64_t length = static_cast<uint64_t>(n) << 56;
  if (n <= 8) {
    const uint64_t low = packing::load_bytes(word.data(), n);
    if ((low & packing::kHighBits) != 0) return packing::pack_slowly(word);
    return {packing::lower_ascii_bytes(low), length};
  }
  uint64_t low = 0;
  std::memcpy(&low, word.data(), 8);
  const uint64_t high = packing::load_bytes(word.data() + 8, n - 8);
  if (((low | high) & packing::kHighBits) != 0) return packing::pack_slowly(word);
  return {packing::lower_ascii_bytes(low), packing::lower_ascii_bytes(high) | length};
}

// The same for a word inside a longer text whose bytes up to `readable_end` may be read. When 16 bytes from
// the word's start are readable, two plain loads and two masks replace the loads that depend on the word's
// length, whose branches the processor cannot predict from one word to the next.
inline PackedWord pack_word(std::string_view word, const char* readable_end) {
  constexpr ptrdiff_t kWideLoad = 16;
  const size_t n = word.size();
  if (n - 1 >= kMaxPackedWord || readable_end - word.data() < kWideLoad) return pack_word(word);
  uint64_t low = 0;
  uint64_t high = 0;
  std::memcpy(&low, word.data(), 8);
  std::memcpy(&high, word.data() + 8, 8);
  // Keep the word's own bytes, the first n of the 16 (n is 1 to 15, so every shift stays below 64).
  const size_t low_bytes = n < 8 ? n : 8;
  const size_t high_bytes = n > 8 ? n - 8 : 0;
  low &= ~uint64_t{0} >> (8 * (8 - low_bytes));
  high &= (uint64_t{1} << (8 * high_bytes)) - 1;
  if (((low | high) & packing::kHighBits) != 0) return packing::pack_slowly(word);
  return {packing::lower_ascii_bytes(low), packing::lower_ascii_bytes(high) | (static_cast<uint64_t>(n) << 56)};
}

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_PACKED_WORD_HPP
