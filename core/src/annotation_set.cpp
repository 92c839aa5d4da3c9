#include "quarry/core/annotation_set.hpp"

#include <algorithm>
#include <cstring>

namespace quarry::core {
namespace {

// A block left uninitialised (it is written before it is read; zeroing was a quarter of an emit's cost).
// std::make_unique_for_overwrite would say this, but Emscripten 3.1.6's libc++ lacks it.
std::unique_ptr<char[]> uninitialized_block(size_t size) { return std::unique_ptr<char[]>(new char[size]); }

}  // namespace

std::string_view StringArena::copy(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > kBlockSize / 4) {  // big strings get a block of their own, inserted before the current one
    auto block = uninitialized_block(s.size());
    std::memcpy(block.get(), s.data(), s.size());
    const char* data = block.get();
    blocks_.insert(blocks_.empty() ? blocks_.end() : blocks_.end() - 1, std::move(block));
    return {data, s.size()};
  }
  if (used_ + s.size() > kBlockSize) {
    blocks_.push_back(uninitialized_block(kBlockSize));
    used_ = 0;
  }
  char* dest = blocks_.back().get() + used_;
  std::memcpy(dest, s.data(), s.size());
  used_ += s.size();
  return {dest, s.size()};
}

void StringArena::clear() {
  blocks_.clear();
  used_ = kBlockSize;
}

void AnnotationSet::add(std::string_view kind, uint32_t begin, uint32_t end, std::span<const quarry_attr> attrs) {
  uint32_t kind_index = 0;
  while (kind_index < kinds_.size() && kinds_[kind_index] != kind) ++kind_index;
  if (kind_index == kinds_.size()) kinds_.emplace_back(kind);

  entries_.push_back(Entry{kind_index, begin, end, static_cast<uint32_t>(attrs_.size()),
                           static_cast<uint32_t>(attrs.size())});
  for (const quarry_attr& attr : attrs) {
    quarry_attr copy = attr;
    const std::string_view key = strings_.copy(std::string_view(attr.key.data, attr.key.size));
    copy.key = quarry_str{key.data(), attr.key.size};
    if (attr.value.type == QUARRY_VALUE_STRING) {
      const quarry_str s = attr.value.as.string;
      const std::string_view value = strings_.copy(s.size ? std::string_view(s.data, s.size) : std::string_view{});
      copy.value.as.string = quarry_str{value.data(), s.size};
    }
    attrs_.push_back(copy);
  }
}

void AnnotationSet::finish() {
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
}

void AnnotationSet::clear() {
  kinds_.clear();
  entries_.clear();
  attrs_.clear();
  strings_.clear();
}

}  // namespace quarry::core
