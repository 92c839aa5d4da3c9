#include "name_words.hpp"

#include <quarry/word_table.hpp>

namespace quarry::actors {
namespace {

uint32_t hash_of(std::string_view s) { return WordTable<uint32_t>::hash(s); }

}  // namespace

void NameWords::clear() {
  arena_.clear();
  starts_.assign(1, 0);
  for (Slot& slot : slots_) slot.id = kNone;
}

uint32_t NameWords::find(std::string_view s) const {
  if (slots_.empty()) return kNone;
  const uint32_t h = hash_of(s);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask; slots_[i].id != kNone; i = (i + 1) & mask) {
    if (slots_[i].hash == h && text(slots_[i].id) == s) return slots_[i].id;
  }
  return kNone;
}

uint32_t NameWords::intern(std::string_view s) {
  if ((size() + 1) * 2 > slots_.size()) grow();
  const uint32_t h = hash_of(s);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (; slots_[i].id != kNone; i = (i + 1) & mask) {
    if (slots_[i].hash == h && text(slots_[i].id) == s) return slots_[i].id;
  }
  const uint32_t id = size();
  arena_.append(s);
  starts_.push_back(static_cast<uint32_t>(arena_.size()));
  slots_[i] = Slot{h, id};
  return id;
}

void NameWords::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == kNone) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace quarry::actors
