// The annotations one plugin made for one document. The host copies every emitted annotation in here
// (kind, span, attributes and their strings) so nothing points into plugin memory; after the plugin returns
// the set is sorted by (begin, end) and read-only.
#ifndef QUARRY_CORE_ANNOTATION_SET_HPP
#define QUARRY_CORE_ANNOTATION_SET_HPP

#include <quarry/plugin.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::core {

// Bump allocator for copied strings: views into it stay valid for the arena's lifetime.
class StringArena {
 public:
  std::string_view copy(std::string_view s);
  void clear();

 private:
  static constexpr size_t kBlockSize = 16 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = kBlockSize;  // bytes used in the last block; full when there is none
};

class AnnotationSet {
 public:
  struct Entry {
    uint32_t kind;  // index into kinds()
    uint32_t begin;
    uint32_t end;
    uint32_t first_attr;
    uint32_t attr_count;
  };

  // Copies one annotation; the caller has validated it.
  void add(std::string_view kind, uint32_t begin, uint32_t end, std::span<const quarry_attr> attrs);
  // Sorts by (begin, end), keeping emission order among equal spans.
  void finish();
  void clear();

  std::span<const Entry> entries() const { return entries_; }
  std::string_view kind(const Entry& e) const { return kinds_[e.kind]; }
  std::span<const quarry_attr> attrs(const Entry& e) const {
    return std::span<const quarry_attr>(attrs_).subspan(e.first_attr, e.attr_count);
  }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<std::string> kinds_;
  std::vector<Entry> entries_;
  std::vector<quarry_attr> attrs_;
  StringArena strings_;
};

}  // namespace quarry::core

#endif  // QUARRY_CORE_ANNOTATION_SET_HPP
