#include "phrase_trie.hpp"

namespace quarry::actors {

uint32_t PhraseTrie::insert(std::span<const std::string> words) {
  uint32_t node = kRoot;
  for (const std::string& word : words) {
    const uint32_t next = child(node, word);
    if (next != kNone) {
      node = next;
      continue;
    }
    const std::string& owned = words_.emplace_back(word);
    edges_.emplace(Edge{node, owned}, node_count_);
    node = node_count_++;
  }
  return node;
}

std::vector<std::string> PhraseTrie::root_words() const {
  std::vector<std::string> out;
  for (const auto& [edge, node] : edges_) {
    if (edge.parent == kRoot) out.emplace_back(edge.word);
  }
  return out;
}

uint32_t PhraseTrie::child(uint32_t node, std::string_view word) const {
  const auto it = edges_.find(Edge{node, word});
  return it == edges_.end() ? kNone : it->second;
}

}  // namespace quarry::actors
