// Multi-word phrases of the data files ("more than", "US $", "square metres") matched against the tokens of a
// sentence, case-insensitively, forwards from a token or backwards ending at one. Phrases are indexed by their
// first and last word, so a lookup costs one hash probe plus the few phrases that share that word.
#ifndef QUARRY_FIGURES_PHRASE_TABLE_HPP
#define QUARRY_FIGURES_PHRASE_TABLE_HPP

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "token_text.hpp"

namespace quarry::figures {

// Transparent hashing: look std::string keys up with a std::string_view, no temporary string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

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

  // The longest phrase whose tag shares a bit with tag_mask, starting at token i.
  std::optional<PhraseMatch> match_forward(const TokenText& tokens, size_t i, uint32_t tag_mask = ~0u) const;
  // A one-word phrase equal to `lower_word` (a part of a token, like "mile" in "six-mile"), or nullptr.
  const Phrase* find_word(std::string_view lower_word, uint32_t tag_mask = ~0u) const;
  // The longest such phrase ending at token i (inclusive).
  std::optional<PhraseMatch> match_backward(const TokenText& tokens, size_t i, uint32_t tag_mask = ~0u) const;

 private:
  std::vector<Phrase> phrases_;
  WordMap<std::vector<uint32_t>> by_first_;
  WordMap<std::vector<uint32_t>> by_last_;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_PHRASE_TABLE_HPP
