// A hash table from packed words (packed_word.hpp) to a small value, filled once and then read per token: one
// flat array, open addressing with linear probing, at most half full, so a lookup is a multiply, usually one
// slot, and two integer compares; a bit filter in front answers most misses alone.
#ifndef QUARRY_QUOTES_PACKED_WORD_TABLE_HPP
#define QUARRY_QUOTES_PACKED_WORD_TABLE_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "packed_word.hpp"

namespace quarry::quotes {

template <typename Value>
class PackedWordTable {
 public:
  // The value for `word` (valid), a value-initialised one inserted first when the word is new.
  Value& operator[](PackedWord word) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
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
    const uint32_t bit = filter_bit(word);
    if ((filter_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return nullptr;
    for (size_t i = index(word);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.word == word) return &slot.value;
      if (!slot.word.valid()) return nullptr;
    }
  }

  size_t size() const { return count_; }

 private:
  struct Slot {
    PackedWord word;  // invalid in a free slot
    Value value{};
  };

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? kFirstSize : old.size() * 2, Slot{});
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
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  std::vector<Slot> slots_;
  unsigned shift_ = 64;  // 64 - log2(slots_.size())
  size_t count_ = 0;
};

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_PACKED_WORD_TABLE_HPP
