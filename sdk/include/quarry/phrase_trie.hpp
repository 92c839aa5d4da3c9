// Quarry phrase trie: multi-word phrases ("defense minister", "more than", "according to") matched word by word
// against a text's tokens, one hash probe per word and no allocation. Header-only.
//
// Nodes are numbered densely from kRoot (0) to node_count() - 1, so a caller keeps what a phrase means in a
// plain vector indexed by the node its last word reaches:
//
//   #include <quarry/phrase_trie.hpp>
//
//   quarry::PhraseTrie trie;
//   std::vector<int> unit_of;                                       // node -> index of a unit, or -1
//   const uint32_t node = trie.insert(std::vector<std::string>{"square", "metres"});  // words already folded
//   unit_of.resize(trie.node_count(), -1);
//   unit_of[node] = 7;
//
//   // The longest phrase starting at token i: follow the words until the trie has no edge for one.
//   uint32_t at = quarry::PhraseTrie::kRoot;
//   for (size_t k = i; k < n; ++k) {
//     at = trie.child(at, lower_word(k));
//     if (at == quarry::PhraseTrie::kNone) break;
//     if (unit_of[at] >= 0) best = {k + 1, unit_of[at]};
//   }
//
// The edges live in one open-addressing table keyed by (parent node, word), so a step costs one hash of the
// word and usually one probe. Fill the trie from one thread, then only read it (child() is safe from any number
// of threads once writing is over).
#ifndef QUARRY_PHRASE_TRIE_HPP
#define QUARRY_PHRASE_TRIE_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quarry {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  // Adds a phrase (a range of words, already folded as lookups will fold them) and returns the node its last
  // word reaches; nodes already there are shared. No words: kRoot.
  template <typename Words>
  uint32_t insert(const Words& words) {
    uint32_t node = kRoot;
    for (const auto& w : words) {
      const std::string_view word(w);
      const uint32_t next = child(node, word);
      if (next != kNone) {
        node = next;
        continue;
      }
      if ((edge_count_ + 1) * 2 > edges_.size()) grow();
      const uint32_t h = hash(node, word);
      size_t i = h & mask_;
      while (edges_[i].child != kNone) i = (i + 1) & mask_;
      words_.push_back(owned_.emplace_back(word));
      edges_[i] = Edge{h, node, static_cast<uint32_t>(words_.size() - 1), node_count_};
      ++edge_count_;
      node = node_count_++;
    }
    return node;
  }

  // The node reached from `node` by `word`, or kNone.
  uint32_t child(uint32_t node, std::string_view word) const {
    if (edges_.empty()) return kNone;
    const uint32_t h = hash(node, word);
    for (size_t i = h & mask_; edges_[i].child != kNone; i = (i + 1) & mask_) {
      const Edge& e = edges_[i];
      if (e.hash == h && e.parent == node && words_[e.word] == word) return e.child;
    }
    return kNone;
  }

  // How many nodes there are, the root included: every node is below this.
  uint32_t node_count() const { return node_count_; }

  // The words that lead out of the root (in no particular order).
  std::vector<std::string> root_words() const {
    std::vector<std::string> out;
    for (const Edge& e : edges_) {
      if (e.child != kNone && e.parent == kRoot) out.emplace_back(words_[e.word]);
    }
    return out;
  }

 private:
  static constexpr size_t kFirstSize = 64;
  struct Edge {
    uint32_t hash = 0;
    uint32_t parent = 0;
    uint32_t word = 0;  // index into words_
    uint32_t child = kNone;
  };

  // FNV-1a over the word, seeded with the parent node, folded to 32 bits.
  static uint32_t hash(uint32_t parent, std::string_view word) {
    uint64_t h = 1469598103934665603ull ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ull);
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }

  void grow() {
    std::vector<Edge> old = std::move(edges_);
    edges_.assign(old.empty() ? kFirstSize : old.size() * 2, Edge{});
    mask_ = edges_.size() - 1;
    for (const Edge& e : old) {
      if (e.child == kNone) continue;
      size_t i = e.hash & mask_;
      while (edges_[i].child != kNone) i = (i + 1) & mask_;
      edges_[i] = e;
    }
  }

  std::vector<Edge> edges_;
  size_t mask_ = 0;
  size_t edge_count_ = 0;
  std::deque<std::string> owned_;        // the words (a deque: their addresses never move)
  std::vector<std::string_view> words_;  // views of owned_, by index
  uint32_t node_count_ = 1;
};

}  // namespace quarry

#endif  // QUARRY_PHRASE_TRIE_HPP
