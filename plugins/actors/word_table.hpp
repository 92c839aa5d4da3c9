// An open-addressing hash table from a lower-cased word to what the lexicon knows about it. Looked up once per
// token, so it avoids what a std::unordered_map costs there: a division per lookup and a pointer chase per node.
// Keys of up to 19 bytes (nearly every word) live inside the slot, so a lookup touches one cache line: a slot
// that pointed to its key elsewhere cost a second cache miss per token.
#ifndef QUARRY_ACTORS_WORD_TABLE_HPP
#define QUARRY_ACTORS_WORD_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::actors {

template <typename Value>
class WordTable {
 public:
  // The value for `key` (a default one is inserted first if absent). The key is copied; it must not be empty.
  Value& operator[](std::string_view key) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const uint32_t h = hash(key);
    size_t i = h & mask_;
    while (slots_[i].tag != kEmpty) {
      if (slots_[i].hash == h && same(slots_[i], key)) return slots_[i].value;
      i = (i + 1) & mask_;
    }
    Slot& slot = slots_[i];
    slot.hash = h;
    if (key.size() <= kInline) {
      slot.tag = static_cast<uint8_t>(key.size());
      std::memcpy(slot.key, key.data(), key.size());
    } else {
      slot.tag = kLong;
      const auto index = static_cast<uint32_t>(long_keys_.size());
      long_keys_.emplace_back(key);
      std::memcpy(slot.key, &index, sizeof index);
    }
    slot.value = Value{};
    ++count_;
    return slot.value;
  }

  const Value* find(std::string_view key) const { return find(key, hash(key)); }
  // The same, with the key's hash() already computed.
  const Value* find(std::string_view key, uint32_t h) const {
    if (slots_.empty() || key.empty()) return nullptr;
    for (size_t i = h & mask_; slots_[i].tag != kEmpty; i = (i + 1) & mask_) {
      if (slots_[i].hash == h && same(slots_[i], key)) return &slots_[i].value;
    }
    return nullptr;
  }

  // Asks the processor to load the slot a key of hash `h` starts at: a caller that looks up many words issues
  // this some words ahead, so the loads overlap instead of each stalling on its cache miss in turn.
  void prefetch(uint32_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }

  static uint32_t hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a, folded so the low bits spread well
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

 private:
  static constexpr size_t kInline = 19;
  static constexpr uint8_t kEmpty = 0;
  static constexpr uint8_t kLong = 0xff;  // the key is in long_keys_, its index in the first bytes of `key`
  struct Slot {
    uint32_t hash = 0;
    uint8_t tag = kEmpty;  // the inline key's length, or kEmpty, or kLong
    char key[kInline] = {};
    Value value{};
  };

  bool same(const Slot& slot, std::string_view key) const {
    if (key.size() <= kInline) return slot.tag == key.size() && std::memcmp(slot.key, key.data(), key.size()) == 0;
    if (slot.tag != kLong) return false;
    uint32_t index = 0;
    std::memcpy(&index, slot.key, sizeof index);
    return long_keys_[index] == key;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.tag == kEmpty) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].tag != kEmpty) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> long_keys_;
  size_t count_ = 0;
  size_t mask_ = 0;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_WORD_TABLE_HPP
