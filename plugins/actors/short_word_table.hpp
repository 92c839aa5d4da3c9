// A read-only hash table for the lexicon's words of up to 16 bytes (nearly all of them), for the one lookup every
// word of every document makes. A key is the word's bytes as two 64-bit integers, so hashing and comparing take
// a few instructions instead of a loop over the bytes; WordStream reads the keys straight from its folded text,
// which it keeps padded for these 16-byte reads. Longer words stay with the lexicon's quarry::WordTable.
#ifndef QUARRY_ACTORS_SHORT_WORD_TABLE_HPP
#define QUARRY_ACTORS_SHORT_WORD_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace quarry::actors {

struct WordKey {
  uint64_t lo = 0;  // bytes 0-7, zero past the word's end
  uint64_t hi = 0;  // bytes 8-15, zero past the word's end
  uint32_t size = 0;
  uint32_t hash = 0;
};

constexpr size_t kShortWordBytes = 16;

// The key of a word of at most 16 bytes at `p`, where 16 bytes may be read even if the word is shorter.
inline WordKey padded_word_key(const char* p, size_t size) {
  WordKey key;
  std::memcpy(&key.lo, p, 8);
  std::memcpy(&key.hi, p + 8, 8);
  const uint64_t lo_mask = size >= 8 ? ~0ull : (1ull << (8 * size)) - 1;
  const uint64_t hi_mask = size <= 8 ? 0 : size >= 16 ? ~0ull : (1ull << (8 * (size - 8))) - 1;
  key.lo &= lo_mask;
  key.hi &= hi_mask;
  key.size = static_cast<uint32_t>(size);
  uint64_t h = key.lo * 0x9E3779B97F4A7C15ull ^ key.hi * 0xC2B2AE3D27D4EB4Full ^ size;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  key.hash = static_cast<uint32_t>(h ^ (h >> 32));
  return key;
}

// The key of any word of at most 16 bytes (copied to a padded buffer first).
inline WordKey word_key(std::string_view word) {
  char buffer[kShortWordBytes] = {};
  std::memcpy(buffer, word.data(), word.size());
  return padded_word_key(buffer, word.size());
}

template <typename Value>
class ShortWordTable {
 public:
  // Makes room for `count` words at once (no growing while they are inserted).
  void reserve(size_t count) {
    size_t size = 1024;
    while (size < count * 2) size *= 2;
    if (size > slots_.size()) grow_to(size);
  }

  // Adds a word of at most 16 bytes (not there yet). The table is filled once, then only read.
  void insert(const WordKey& key, const Value& value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    size_t i = key.hash & mask_;
    while (slots_[i].size != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{key.lo, key.hi, key.size, key.hash, value};
    ++count_;
  }

  const Value* find(const WordKey& key) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = key.hash & mask_; slots_[i].size != 0; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.lo == key.lo && s.hi == key.hi && s.size == key.size) return &s.value;
    }
    return nullptr;
  }

  void prefetch(const WordKey& key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[key.hash & mask_]);
  }

 private:
  struct Slot {
    uint64_t lo = 0;
    uint64_t hi = 0;
    uint32_t size = 0;  // 0: free (no key is empty)
    uint32_t hash = 0;
    Value value{};
  };

  void grow() { grow_to(slots_.empty() ? 1024 : slots_.size() * 2); }

  void grow_to(size_t size) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.size == 0) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].size != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t count_ = 0;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_SHORT_WORD_TABLE_HPP
