#include "packed_word.hpp"

#include <array>

#include "lexicon.hpp"

namespace quarry::quotes::packing {

PackedWord pack_slowly(std::string_view word) {
  // A curly apostrophe folds three bytes into one, so a word a little longer than kMaxPackedWord may fit.
  std::array<char, 32> buffer{};
  const std::string_view folded = fold_word(word, buffer);
  if (folded.empty() || folded.size() > kMaxPackedWord) return {};
  return pack_word(folded);  // ASCII now: the fast path
}

}  // namespace quarry::quotes::packing
