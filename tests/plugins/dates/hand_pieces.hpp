// Test helper: the pieces of a lower-case sentence made by hand, one per space-separated word, with their
// lexicon entries, for testing tense reading without the core's tokenizer.
#ifndef QUARRY_TESTS_DATES_HAND_PIECES_HPP
#define QUARRY_TESTS_DATES_HAND_PIECES_HPP

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.hpp"
#include "pieces.hpp"
#include "tense.hpp"

namespace quarry::dates {

// Pieces of a lower-case sentence, split at spaces; `target` is the word whose tense is asked.
struct HandPieces {
  explicit HandPieces(const std::string& sentence) : text(sentence) {
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      Piece p;
      p.begin = static_cast<uint32_t>(start);
      p.end = static_cast<uint32_t>(end);
      p.text = std::string_view(text).substr(start, end - start);
      p.lower = p.text;
      p.kind = (p.text == "," || p.text == ";" || p.text == ":" || p.text == ".") ? PieceKind::Punct : PieceKind::Word;
      const Lexicon::Entry entry = Lexicon::instance().lookup(p.lower);
      p.info = entry.info;
      p.classes = entry.classes;
      pieces.push_back(p);
      start = end + 1;
    }
  }
  size_t index_of(std::string_view word) const {
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].text == word) return i;
    }
    ADD_FAILURE() << "no word " << word;
    return 0;
  }
  Tense tense_of(std::string_view word) const {
    const size_t i = index_of(word);
    return tense_around(pieces, i, i + 1);
  }
  std::string text;
  std::vector<Piece> pieces;
};

}  // namespace quarry::dates

#endif  // QUARRY_TESTS_DATES_HAND_PIECES_HPP
