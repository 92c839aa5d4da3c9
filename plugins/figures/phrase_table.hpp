// Multi-word phrases of the data files ("more than", "US $", "square metres") matched against the tokens of a
// sentence, case-insensitively, forwards from a token or backwards ending at one. The phrases' words sit in two
// tries (quarry/phrase_trie.hpp), one read forwards and one backwards, so a match costs one hash probe per word.
#ifndef QUARRY_FIGURES_PHRASE_TABLE_HPP
#define QUARRY_FIGURES_PHRASE_TABLE_HPP

#include <cstdint>
#include <optional>
#include <quarry/phrase_trie.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "token_text.hpp"

namespace quarry::figures {

struct Phrase {
  std::vector<std::string> words;  // lower-case token texts
  std::string payload;             // what the phrase stands for: a unit, a currency code
  uint32_t tag = 0;                // caller-defined bits (a qualifier, a position)
};

struct PhraseMatch {
  size_t begin = 0;  // first token
  size_t end = 0;    // one past the last token
  const Phrase* phrase = nullptr;
};

class PhraseTable {
 public:
  // `text` is split at spaces into token texts: "us $" is the two tokens "US" "$".
  void add(std::string_view text, std::string payload, uint32_t tag);

  // The longest phrase whose tag shares a bit with tag_mask, starting at token i (of phrases with the same
  // words, the one added first).
  std::optional<PhraseMatch> match_forward(const TokenText& tokens, size_t i, uint32_t tag_mask = ~0u) const;
  // A one-word phrase equal to `lower_word` (a part of a token, like "mile" in "six-mile"), or nullptr.
  const Phrase* find_word(std::string_view lower_word, uint32_t tag_mask = ~0u) const;
  // The longest such phrase ending at token i (inclusive).
  std::optional<PhraseMatch> match_backward(const TokenText& tokens, size_t i, uint32_t tag_mask = ~0u) const;

 private:
  // The phrases' words in one reading direction, and the phrases (indices, in the order added) whose last word
  // in that direction reaches each node.
  struct Index {
    PhraseTrie trie;
    std::vector<std::vector<uint32_t>> ending;
    void add(const std::vector<std::string>& words, uint32_t phrase);
  };
  const Phrase* first_ending(const Index& index, uint32_t node, uint32_t tag_mask) const;

  std::vector<Phrase> phrases_;
  Index forward_;
  Index backward_;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_PHRASE_TABLE_HPP
