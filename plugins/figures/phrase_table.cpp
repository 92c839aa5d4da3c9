#include "phrase_table.hpp"

#include <quarry/text_case.hpp>
#include <quarry/word_list.hpp>

namespace quarry::figures {

void PhraseTable::Index::add(const std::vector<std::string>& words, uint32_t phrase) {
  const uint32_t node = trie.insert(words);
  if (ending.size() < trie.node_count()) ending.resize(trie.node_count());
  ending[node].push_back(phrase);
}

void PhraseTable::add(std::string_view text, std::string payload, uint32_t tag) {
  Phrase phrase;
  for (const std::string_view word : split(text, ' ')) {
    if (!word.empty()) phrase.words.push_back(ascii_lower(word));
  }
  if (phrase.words.empty()) return;
  phrase.payload = std::move(payload);
  phrase.tag = tag;
  const auto index = static_cast<uint32_t>(phrases_.size());
  forward_.add(phrase.words, index);
  backward_.add(std::vector<std::string>(phrase.words.rbegin(), phrase.words.rend()), index);
  phrases_.push_back(std::move(phrase));
}

const Phrase* PhraseTable::first_ending(const Index& index, uint32_t node, uint32_t tag_mask) const {
  for (const uint32_t p : index.ending[node]) {
    if ((phrases_[p].tag & tag_mask) != 0) return &phrases_[p];
  }
  return nullptr;
}

std::optional<PhraseMatch> PhraseTable::match_forward(const TokenText& tokens, size_t i, uint32_t tag_mask) const {
  std::optional<PhraseMatch> best;
  uint32_t node = PhraseTrie::kRoot;
  for (size_t k = i; tokens.valid(k); ++k) {
    node = forward_.trie.child(node, tokens.lower(k));
    if (node == PhraseTrie::kNone) break;
    if (const Phrase* phrase = first_ending(forward_, node, tag_mask)) best = PhraseMatch{i, k + 1, phrase};
  }
  return best;
}

const Phrase* PhraseTable::find_word(std::string_view lower_word, uint32_t tag_mask) const {
  const uint32_t node = forward_.trie.child(PhraseTrie::kRoot, lower_word);
  return node == PhraseTrie::kNone ? nullptr : first_ending(forward_, node, tag_mask);
}

std::optional<PhraseMatch> PhraseTable::match_backward(const TokenText& tokens, size_t i, uint32_t tag_mask) const {
  if (!tokens.valid(i)) return std::nullopt;
  std::optional<PhraseMatch> best;
  uint32_t node = PhraseTrie::kRoot;
  for (size_t k = i + 1; k-- > tokens.first();) {
    node = backward_.trie.child(node, tokens.lower(k));
    if (node == PhraseTrie::kNone) break;
    if (const Phrase* phrase = first_ending(backward_, node, tag_mask)) best = PhraseMatch{k, i + 1, phrase};
  }
  return best;
}

}  // namespace quarry::figures
