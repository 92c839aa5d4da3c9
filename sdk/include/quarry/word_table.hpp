// Quarry word table: a hash table from byte strings (lower-cased words, as a rule) to a small value, for the
// word lists a plugin loads once and then looks up once or more per token. Header-only.
//
//   #include <quarry/text_case.hpp>
//   #include <quarry/word_table.hpp>
//
//   quarry::WordTable<uint32_t> roles;          // filled once, e.g. in a function-local static
//   roles["said"] |= kSpeechVerb;               // inserts a zero value first when the key is new
//   roles["told"] |= kSpeechVerb | kAddressee;
//
//   char buffer[32];
//   const std::string_view lower = quarry::ascii_lower(doc.text(token), buffer);
//   if (const uint32_t* r = roles.find(lower)) { ... }   // no allocation, usually one cache line
//
// Why not std::unordered_map: a lookup there costs a division and a pointer chase per node, and the key sits
// in yet another allocation. Here the table is one flat array with open addressing (linear probing, a power
// of two in size, at most half full); a key of up to 19 bytes (nearly every word) lives inside its slot, so a
// lookup touches one cache line. Longer keys are kept aside and compared there.
//
// A caller that looks up many words in a row can hash them first, prefetch() a few words ahead and then call
// find(key, hash): the cache misses of a large table then overlap instead of stalling one after another.
//
// Lifetime and threads: fill the table (operator[]) from one thread, then only read it; find() and
// prefetch() are safe from any number of threads once writing is over. Keys are copied. A pointer returned by
// find() or a reference from operator[] stays valid until the next insertion of a new key.
#ifndef QUARRY_WORD_TABLE_HPP
#define QUARRY_WORD_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quarry {

template <typename Value>
class WordTable {
 public:
  // The value for `key`, a value-initialised one inserted first when the key is new.
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
      slot.tag = static_cast<uint8_t>(key.size() + 1);
      std::memcpy(slot.key, key.data(), key.size());
    } else {
      slot.tag = kLong;
      const auto index = static_cast<uint32_t>(long_keys_.size());
      long_keys_.emplace_back(key);
      std::memcpy(slot.key, &index, sizeof index);
    }
    slot.value = Value{};
    ++count_;
    if (key.size() > max_key_size_) max_key_size_ = key.size();
    return slot.value;
  }

  // The value stored for `key`, or nullptr.
  const Value* find(std::string_view key) const {
    if (key.size() > max_key_size_) return nullptr;  // longer than every key: no need to hash it
    return find(key, hash(key));
  }
  // The same, with hash(key) already computed.
  const Value* find(std::string_view key, uint32_t h) const {
    if (count_ == 0 || key.size() > max_key_size_) return nullptr;
    for (size_t i = h & mask_; slots_[i].tag != kEmpty; i = (i + 1) & mask_) {
      if (slots_[i].hash == h && same(slots_[i], key)) return &slots_[i].value;
    }
    return nullptr;
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // Asks the processor to load the slot where the search for a key of hash `h` starts.
  void prefetch(uint32_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & mask_]);
  }

  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

  // FNV-1a over the bytes, folded to 32 bits so that the low bits (the ones the table uses) spread well.
  static uint32_t hash(std::string_view key) {
    uint64_t h = 1469598103934665603ull;
    for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

 private:
  static constexpr size_t kInline = 19;
  static constexpr uint8_t kEmpty = 0;    // tag of a free slot; an inline key's tag is its length + 1
  static constexpr uint8_t kLong = 0xff;  // the key is in long_keys_, its index in the first bytes of `key`
  static constexpr size_t kFirstSize = 16;
  struct Slot {
    uint32_t hash = 0;
    uint8_t tag = kEmpty;
    char key[kInline] = {};
    Value value{};
  };

  bool same(const Slot& slot, std::string_view key) const {
    if (key.size() <= kInline) {
      return slot.tag == key.size() + 1 && std::memcmp(slot.key, key.data(), key.size()) == 0;
    }
    if (slot.tag != kLong) return false;
    uint32_t index = 0;
    std::memcpy(&index, slot.key, sizeof index);
    return long_keys_[index] == key;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? kFirstSize : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (Slot& s : old) {
      if (s.tag == kEmpty) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].tag != kEmpty) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> long_keys_;
  size_t count_ = 0;
  size_t mask_ = 0;
  size_t max_key_size_ = 0;
};

}  // namespace quarry

#endif  // QUARRY_WORD_TABLE_HPP
