// A per-document dictionary of strings (name words, name keys, acronyms): each distinct string gets a small dense
// id, so that coreference compares and indexes names as arrays of integers instead of allocating strings for
// every mention. Cleared from document to document, keeping its storage.
#ifndef QUARRY_ACTORS_NAME_WORDS_HPP
#define QUARRY_ACTORS_NAME_WORDS_HPP

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::actors {

class NameWords {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  void clear();
  // The id of `s`, added if new. `s` must not point into this dictionary (see text()).
  uint32_t intern(std::string_view s);
  // The id of `s`, or kNone.
  uint32_t find(std::string_view s) const;
  // The string of an id; the view lasts until the next intern().
  std::string_view text(uint32_t id) const {
    return std::string_view(arena_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  }
  uint32_t size() const { return static_cast<uint32_t>(starts_.size() - 1); }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t id = kNone;
  };
  void grow();

  std::vector<Slot> slots_;             // open addressing, a power of two in size, at most half full
  std::string arena_;                   // the strings, one after the other
  std::vector<uint32_t> starts_ = {0};  // id -> where its string starts in arena_; one more at the end
};

// A value per NameWords id (-1 until set), growing with the ids.
class IdTable {
 public:
  void clear() { values_.clear(); }
  int32_t get(uint32_t id) const { return id < values_.size() ? values_[id] : -1; }
  void set(uint32_t id, int32_t value) {
    if (id >= values_.size()) values_.resize(id + 1, -1);
    values_[id] = value;
  }

 private:
  std::vector<int32_t> values_;
};

// A list of numbers per NameWords id, empty until filled; clear() keeps the lists' storage.
class IdLists {
 public:
  void clear() {
    for (size_t i = 0; i < used_; ++i) lists_[i].clear();
    used_ = 0;
  }
  std::vector<uint32_t>& operator[](uint32_t id) {
    if (id >= lists_.size()) lists_.resize(id + 1);
    if (id >= used_) used_ = id + 1;
    return lists_[id];
  }
  std::span<const uint32_t> get(uint32_t id) const {
    return id < used_ ? std::span<const uint32_t>(lists_[id]) : std::span<const uint32_t>();
  }

 private:
  std::vector<std::vector<uint32_t>> lists_;
  size_t used_ = 0;  // lists_ at and after this index are empty
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_NAME_WORDS_HPP
