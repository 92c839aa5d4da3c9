#include "phrase_trie.hpp"

namespace quarry::actors {

void PhraseTrie::grow() {
  std::vector<Edge> old = std::move(edges_);
  edges_.assign(old.empty() ? 4096 : old.size() * 2, Edge{});
  mask_ = edges_.size() - 1;
  for (const Edge& e : old) {
    if (e.child == kNone) continue;
    size_t i = e.hash & mask_;
    while (edges_[i].child != kNone) i = (i + 1) & mask_;
    edges_[i] = e;
  }
}

uint32_t PhraseTrie::insert(std::span<const std::string> words) {
  uint32_t node = kRoot;
  for (const std::string& word : words) {
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

std::vector<std::string> PhraseTrie::root_words() const {
  std::vector<std::string> out;
  for (const Edge& e : edges_) {
    if (e.child != kNone && e.parent == kRoot) out.emplace_back(words_[e.word]);
  }
  return out;
}

}  // namespace quarry::actors
