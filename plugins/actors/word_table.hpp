// An open-addressing hash table from a lower-cased word to what the lexicon knows about it. Looked up once per
// token, so it avoids what a std::unordered_map costs there: a division per lookup and a pointer chase per node.
#ifndef QUARRY_ACTORS_WORD_TABLE_HPP
#define QUARRY_ACTORS_WORD_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace quarry::actors {

template <typename Value>
class WordTable {
 public:
  // The value for `key` (a default one is inserted first if absent). Keys must outlive the table.
  Value& operator[](std::string_view key) {
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    const uint32_t h = hash(key);
    size_t i = h & mask_;
    while (slots_[i].key != kEmpty) {
      if (slots_[i].hash == h && keys_[slots_[i].key] == key) return slots_[i].value;
      i = (i + 1) & mask_;
    }
    slots_[i] = Slot{h, static_cast<uint32_t>(keys_.size()), Value{}};
    keys_.push_back(key);
    return slots_[i].value;
  }

  const Value* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint32_t h = hash(key);
    size_t i = h & mask_;
    while (slots_[i].key != kEmpty) {
      if (slots_[i].hash == h && keys_[slots_[i].key] == key) return &slots_[i].value;
      i = (i + 1) & mask_;
    }
    return nullptr;
  }

  static uint32_t hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a, folded so the low bits spread well
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  // Small slots (the keys live apart) keep the table of ~60,000 words within a few cache-friendly megabytes.
  struct Slot {
    uint32_t hash = 0;
    uint32_t key = kEmpty;  // index into keys_
    Value value{};
  };

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.key == kEmpty) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].key != kEmpty) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> keys_;
  size_t mask_ = 0;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_WORD_TABLE_HPP
