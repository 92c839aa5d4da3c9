// A trie over lower-cased words: multi-word phrases ("defense minister", "South Korean", "Joint Chiefs of
// Staff") are matched word by word against the core's tokens, one hash lookup per word, no allocation.
#ifndef QUARRY_ACTORS_PHRASE_TRIE_HPP
#define QUARRY_ACTORS_PHRASE_TRIE_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace quarry::actors {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  // Adds the phrase (its words, already lower-cased) and returns its node; existing nodes are shared.
  uint32_t insert(std::span<const std::string> words);
  // The node reached from `node` by `word` (lower-cased), or kNone.
  uint32_t child(uint32_t node, std::string_view word) const;
  uint32_t node_count() const { return node_count_; }
  // The words that lead out of the root.
  std::vector<std::string> root_words() const;

 private:
  struct Edge {
    uint32_t parent;
    std::string_view word;
    bool operator==(const Edge& other) const { return parent == other.parent && word == other.word; }
  };
  struct EdgeHash {
    size_t operator()(const Edge& e) const {
      return std::hash<std::string_view>{}(e.word) ^ (static_cast<size_t>(e.parent) * 0x9E3779B97F4A7C15ull);
    }
  };
  std::unordered_map<Edge, uint32_t, EdgeHash> edges_;
  std::deque<std::string> words_;  // owns the words the edges point to (deque: stable addresses)
  uint32_t node_count_ = 1;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_PHRASE_TRIE_HPP
