// Quarry packed word table: a hash table from short words (up to 15 bytes, nearly every word of a lexicon) to a
// small value, for the one lookup a plugin makes for every word of every document. Header-only.
//
//   #include <quarry/packed_word_table.hpp>
//
//   quarry::PackedWordTable<uint32_t> roles;                // filled once, e.g. in a function-local static
//   roles[quarry::pack_word("said")] |= kSpeechVerb;        // inserts a zero value first when the word is new
//
//   // Per token: pack_word folds as it packs (ASCII lower case, U+2019 as an apostrophe), no buffer needed.
//   if (const uint32_t* r = roles.find(quarry::pack_word(doc.text(token)))) { ... }
//
//   // Faster inside a text whose bytes up to `end` may be read: two plain 8-byte loads when 16 bytes are there.
//   roles.find(quarry::pack_word(word, end));
//
//   // A caller that lower-cased its text already (and kept other bytes, UTF-8 included, as they are) packs the
//   // bytes without folding; give it a text padded with 16 readable bytes past its end and it never branches
//   // on the word's length. Keys then go in with pack_folded_word too.
//   table.find(quarry::pack_folded_word(lower_word, lower_text_end));
//
// A packed word is the folded bytes as two 64-bit integers with the length in the top byte, so hashing and
// comparing it take a few instructions instead of a loop over the bytes and a memcmp. The table is one flat
// array, open addressing with linear probing, at most half full: a lookup is a multiply, usually one slot and
// two integer compares; a 4 KB bit filter in front turns most words that are in no list away without touching
// the slots (in a table of up to 4096 words; a larger one has too many of the filter's bits set to use it). Longer
// words do not pack (an invalid PackedWord, found nowhere): keep them in a quarry::WordTable.
//
// Lifetime and threads: fill the table (operator[]) from one thread, then only read it; find() and prefetch()
// are safe from any number of threads once writing is over. A pointer returned by find() or a reference from
// operator[] stays valid until the next insertion of a new word.
#ifndef QUARRY_PACKED_WORD_TABLE_HPP
#define QUARRY_PACKED_WORD_TABLE_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace quarry {

struct PackedWord {
  uint64_t low = 0;   // folded bytes 0-7, zero-padded
  uint64_t high = 0;  // folded bytes 8-14, zero-padded; the length in the top byte, so any word has high != 0
  bool valid() const { return high != 0; }
  bool operator==(const PackedWord&) const = default;
};

// The longest word that packs (after folding).
inline constexpr size_t kMaxPackedWord = 15;

namespace packing {

static_assert(std::endian::native == std::endian::little,
              "packed words read bytes 0-7 of a word as the low bits of an integer: little-endian only");

inline constexpr uint64_t kEveryByte = 0x0101010101010101ull;
inline constexpr uint64_t kHighBits = kEveryByte * 0x80;

// Bytes [p, p + n), sizeof(Half) <= n <= 2 * sizeof(Half), from two overlapping loads of a Half each: the
// first and the last sizeof(Half) bytes (the overlap ORs equal bytes together).
template <typename Half>
inline uint64_t load_overlapping(const char* p, size_t n) {
  Half first = 0;
  Half last = 0;
  std::memcpy(&first, p, sizeof(Half));
  std::memcpy(&last, p + n - sizeof(Half), sizeof(Half));
  return first | (static_cast<uint64_t>(last) << (8 * (n - sizeof(Half))));
}

// Bytes [p, p + n), n <= 8, as an integer with byte i at bits 8i: two overlapping loads of 4 (or 2) bytes
// cover any n without a loop, and without reading past the word.
inline uint64_t load_bytes(const char* p, size_t n) {
  if (n >= 4) return load_overlapping<uint32_t>(p, n);
  if (n >= 2) return load_overlapping<uint16_t>(p, n);
  return n == 1 ? static_cast<unsigned char>(*p) : 0;
}

// The first n (1 to 15) of the 16 bytes at p, which must all be readable: two plain loads and two masks instead
// of loads that depend on the word's length, whose branches the processor cannot predict from word to word.
inline void load_wide(const char* p, size_t n, uint64_t& low, uint64_t& high) {
  std::memcpy(&low, p, 8);
  std::memcpy(&high, p + 8, 8);
  const size_t low_bytes = n < 8 ? n : 8;  // every shift below stays under 64
  const size_t high_bytes = n > 8 ? n - 8 : 0;
  low &= ~uint64_t{0} >> (8 * (8 - low_bytes));
  high &= (uint64_t{1} << (8 * high_bytes)) - 1;
}

// Bytes [p, p + n), n from 1 to 15, unfolded, without reading past them.
inline void load_narrow(const char* p, size_t n, uint64_t& low, uint64_t& high) {
  if (n <= 8) {
    low = load_bytes(p, n);
    high = 0;
    return;
  }
  std::memcpy(&low, p, 8);
  high = load_bytes(p + 8, n - 8);
}

inline uint64_t length_byte(size_t n) { return static_cast<uint64_t>(n) << 56; }

// Lower-cases the ASCII letters among eight ASCII bytes at once: a byte is upper case when adding 0x80 - 'A'
// sets its top bit but adding 0x80 - 'Z' - 1 does not (bytes below 0x80 cannot carry into their neighbour).
inline uint64_t lower_ascii_bytes(uint64_t x) {
  const uint64_t at_least_a = x + kEveryByte * (0x80 - 'A');
  const uint64_t above_z = x + kEveryByte * (0x80 - 'Z' - 1);
  const uint64_t upper = (at_least_a ^ above_z) & kHighBits;
  return x | (upper >> 2);  // 0x80 >> 2 is 0x20, the case bit
}

// Packs ASCII bytes, folding their case (the caller checked that no byte has its top bit set).
inline PackedWord fold_ascii(uint64_t low, uint64_t high, size_t n) {
  return {lower_ascii_bytes(low), lower_ascii_bytes(high) | length_byte(n)};
}

// The word has a non-ASCII byte (or is long): fold it byte by byte into a buffer, then pack that. ASCII letters
// are lower-cased and U+2019 (right single quotation mark, the typographer's apostrophe) becomes "'", which
// makes a word three bytes shorter; any other non-ASCII character leaves the word unpacked.
inline PackedWord pack_slowly(std::string_view word) {
  std::array<char, kMaxPackedWord> folded{};
  size_t n = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (n == folded.size()) return {};
    const auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      folded[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    } else if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
               static_cast<unsigned char>(word[i + 2]) == 0x99) {
      folded[n++] = '\'';
      i += 2;
    } else {
      return {};
    }
  }
  if (n == 0) return {};
  uint64_t low = 0;
  uint64_t high = 0;
  load_narrow(folded.data(), n, low, high);
  return {low, high | length_byte(n)};
}

}  // namespace packing

// The folded, packed form of `word`, or an invalid PackedWord when the word is empty, folds to more than
// kMaxPackedWord bytes, or has a non-ASCII character other than U+2019.
inline PackedWord pack_word(std::string_view word) {
  const size_t n = word.size();
  if (n - 1 >= kMaxPackedWord) return n == 0 ? PackedWord{} : packing::pack_slowly(word);
  uint64_t low = 0;
  uint64_t high = 0;
  packing::load_narrow(word.data(), n, low, high);
  if (((low | high) & packing::kHighBits) != 0) return packing::pack_slowly(word);
  return packing::fold_ascii(low, high, n);
}

// The same for a word inside a longer text whose bytes up to `readable_end` may be read: when 16 bytes from the
// word's start are readable, two plain loads replace the ones that depend on the word's length.
inline PackedWord pack_word(std::string_view word, const char* readable_end) {
  constexpr ptrdiff_t kWideLoad = 16;
  const size_t n = word.size();
  if (n - 1 >= kMaxPackedWord || readable_end - word.data() < kWideLoad) return pack_word(word);
  uint64_t low = 0;
  uint64_t high = 0;
  packing::load_wide(word.data(), n, low, high);
  if (((low | high) & packing::kHighBits) != 0) return packing::pack_slowly(word);
  return packing::fold_ascii(low, high, n);
}

// A word its caller folded already, packed byte for byte (any byte, UTF-8 included, is kept): invalid when
// empty or longer than kMaxPackedWord bytes. Keys and lookups must both be packed this way.
inline PackedWord pack_folded_word(std::string_view word) {
  const size_t n = word.size();
  if (n - 1 >= kMaxPackedWord) return {};
  uint64_t low = 0;
  uint64_t high = 0;
  packing::load_narrow(word.data(), n, low, high);
  return {low, high | packing::length_byte(n)};
}

// The same inside a folded text whose bytes up to `readable_end` may be read. A text kept with 16 bytes of
// padding past its end always takes the wide loads: no branch on the word's length at all.
inline PackedWord pack_folded_word(std::string_view word, const char* readable_end) {
  constexpr ptrdiff_t kWideLoad = 16;
  const size_t n = word.size();
  if (n - 1 >= kMaxPackedWord) return {};
  if (readable_end - word.data() < kWideLoad) return pack_folded_word(word);
  uint64_t low = 0;
  uint64_t high = 0;
  packing::load_wide(word.data(), n, low, high);
  return {low, high | packing::length_byte(n)};
}

template <typename Value>
class PackedWordTable {
 public:
  // Makes room for `count` words at once, so that inserting them never grows the table.
  void reserve(size_t count) {
    size_t size = kFirstSize;
    while (size < count * 2) size *= 2;
    if (size > slots_.size()) grow_to(size);
  }

  // The value for `word` (valid), a value-initialised one inserted first when the word is new.
  Value& operator[](PackedWord word) {
    if ((count_ + 1) * 2 > slots_.size()) grow_to(slots_.empty() ? kFirstSize : slots_.size() * 2);
    size_t i = index(word);
    for (; slots_[i].word.valid(); i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].word == word) return slots_[i].value;
    }
    slots_[i].word = word;
    ++count_;
    const uint32_t bit = filter_bit(word);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    return slots_[i].value;
  }

  // The value stored for `word`, or nullptr (always for an invalid word).
  const Value* find(PackedWord word) const {
    if (!word.valid() || slots_.empty()) return nullptr;
    if (count_ <= kFilteredWords) {
      const uint32_t bit = filter_bit(word);
      if ((filter_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return nullptr;
    }
    for (size_t i = index(word);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.word == word) return &slot.value;
      if (!slot.word.valid()) return nullptr;
    }
  }
  bool contains(PackedWord word) const { return find(word) != nullptr; }

  // Asks the processor to load the slot where the search for `word` starts. A caller looking up many words in
  // a row of a large table packs them first and prefetches a few words ahead, so the cache misses overlap.
  void prefetch(PackedWord word) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[index(word)]);
  }

  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  struct Slot {
    PackedWord word;  // invalid in a free slot
    Value value{};
  };

  void grow_to(size_t size) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
    for (const Slot& slot : old) {
      if (!slot.word.valid()) continue;
      size_t i = index(slot.word);
      while (slots_[i].word.valid()) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot;
    }
  }

  // Multiplicative hashing: the top bits of a product mix every byte of both halves.
  static uint64_t hash(PackedWord word) { return word.low * 0x9E3779B97F4A7C15ull + word.high * 0xC2B2AE3D27D4EB4Full; }
  size_t index(PackedWord word) const { return static_cast<size_t>(hash(word) >> shift_); }
  // The filter takes middle bits of the hash, well mixed too, and apart from the slot index's top bits.
  static uint32_t filter_bit(PackedWord word) { return static_cast<uint32_t>(hash(word) >> 32) & (kFilterBits - 1); }

  static constexpr size_t kFirstSize = 16;
  // Most words of a text are in no list; a clear filter bit turns them away without touching the slots, which
  // are rarely in the L1 cache with the rest of the pipeline running between documents. 4 KB, a few percent of
  // false positives for a thousand words.
  static constexpr uint32_t kFilterBits = 1u << 15;
  // Past this many words most of the filter's bits are set and it turns few words away: a large table (a whole
  // vocabulary, which most words of a text are in anyway) goes straight to its slots.
  static constexpr size_t kFilteredWords = kFilterBits / 8;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  std::vector<Slot> slots_;
  unsigned shift_ = 64;  // 64 - log2(slots_.size())
  size_t count_ = 0;
};

}  // namespace quarry

#endif  // QUARRY_PACKED_WORD_TABLE_HPP
