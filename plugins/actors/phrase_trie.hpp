// A trie over lower-cased words: multi-word phrases ("defense minister", "South Korean", "Joint Chiefs of
// Staff") are matched word by word against the core's tokens, one hash lookup per word, no allocation.
#ifndef QUARRY_ACTORS_PHRASE_TRIE_HPP
#define QUARRY_ACTORS_PHRASE_TRIE_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::actors {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  // Adds the phrase (its words, already lower-cased) and returns its node; existing nodes are shared.
  uint32_t insert(std::span<const std::string> words);
  // The node reached from `node` by `word` (lower-cased), or kNone.
  uint32_t child(uint32_t node, std::string_view word) const {
    if (edges_.empty()) return kNone;
    const uint32_t h = hash(node, word);
    for (size_t i = h & mask_; edges_[i].child != kNone; i = (i + 1) & mask_) {
      const Edge& e = edges_[i];
      if (e.hash == h && e.parent == node && words_[e.word] == word) return e.child;
    }
    return kNone;
  }
  uint32_t node_count() const { return node_count_; }
  // The words that lead out of the root.
  std::vector<std::string> root_words() const;

 private:
  // Open addressing: one probe per word in the usual case, no node allocations.
  struct Edge {
    uint32_t hash = 0;
    uint32_t parent = 0;
    uint32_t word = 0;  // index into words_
    uint32_t child = kNone;
  };
  static uint32_t hash(uint32_t parent, std::string_view word) {
    uint64_t h = 1469598103934665603ull ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ull);
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }
  void grow();

  std::vector<Edge> edges_;
  size_t mask_ = 0;
  size_t edge_count_ = 0;
  std::deque<std::string> owned_;        // the words (deque: stable addresses)
  std::vector<std::string_view> words_;  // views of owned_, by index
  uint32_t node_count_ = 1;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_PHRASE_TRIE_HPP
