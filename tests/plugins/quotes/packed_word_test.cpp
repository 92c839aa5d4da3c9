// Packed words fold exactly as fold_word does, and the packed table finds what was put in it and nothing else.
#include "packed_word.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>

#include "lexicon.hpp"
#include "packed_word_table.hpp"

namespace quarry::quotes {
namespace {

// The packed form of fold_word's result: what pack_word must equal for every word.
PackedWord pack_folded(std::string_view word) {
  std::array<char, 32> buffer{};
  const std::string_view folded = fold_word(word, buffer);
  if (folded.empty() || folded.size() > kMaxPackedWord) return {};
  PackedWord p;
  for (size_t i = 0; i < folded.size(); ++i) {
    const uint64_t byte = static_cast<unsigned char>(folded[i]);
    if (i < 8) {
      p.low |= byte << (8 * i);
    } else {
      p.high |= byte << (8 * (i - 8));
    }
  }
  p.high |= static_cast<uint64_t>(folded.size()) << 56;
  return p;
}

TEST(QuotesPackedWord, FoldsCaseAtEveryLength) {
  // Each length exercises a different pair of overlapping loads; the letters around 'A'-'Z' and 'a'-'z'
  // ('@', '[', '`', '{') must keep their case bit.
  const std::string letters = "@AZaz[`{Mm0'-.QqXy";
  for (size_t n = 1; n <= kMaxPackedWord; ++n) {
    for (size_t offset = 0; offset + n <= letters.size(); ++offset) {
      const std::string word = letters.substr(offset, n);
      const PackedWord packed = pack_word(word);
      EXPECT_TRUE(packed.valid()) << word;
      EXPECT_EQ(packed, pack_folded(word)) << word;
    }
  }
  EXPECT_EQ(pack_word("SAID"), pack_word("said"));
  EXPECT_FALSE(pack_word("said") == pack_word("sai"));
  EXPECT_FALSE(pack_word("a") == pack_word("a b")) << "the length is part of the key";
}

TEST(QuotesPackedWord, CurlyApostrophesFoldAndOtherUnicodeDoesNotPack) {
  EXPECT_EQ(pack_word("didn’t"), pack_word("didn't"));
  EXPECT_EQ(pack_word("They’re"), pack_word("they're"));
  EXPECT_FALSE(pack_word("Zürich").valid());
  EXPECT_FALSE(pack_word("").valid());
  EXPECT_FALSE(pack_word(std::string(kMaxPackedWord + 1, 'a')).valid());
  EXPECT_FALSE(pack_word(std::string(40, 'a')).valid());
  // Two curly apostrophes make 18 bytes that fold to 14: short enough to pack.
  const std::string curly = "abcdef’ghijkl’";
  EXPECT_TRUE(pack_word(curly).valid());
  EXPECT_EQ(pack_word(curly), pack_word("abcdef'ghijkl'"));
}

TEST(QuotesPackedWord, WideLoadsInsideATextPackTheSame) {
  // Words at every offset of a text, up to its very end (where the wide loads must not be used).
  const std::string text = "Said Comey, they’re ABOUT-TO-LEAVE Zürich 0123456789abcdefXYZ didn’t";
  const char* end = text.data() + text.size();
  for (size_t begin = 0; begin < text.size(); ++begin) {
    for (size_t n = 0; begin + n <= text.size() && n <= kMaxPackedWord + 4; ++n) {
      const std::string_view word(text.data() + begin, n);
      EXPECT_EQ(pack_word(word, end), pack_word(word)) << "'" << word << "'";
    }
  }
}

TEST(QuotesPackedWordTable, FindsInsertedWordsOnly) {
  PackedWordTable<int> table;
  EXPECT_EQ(table.find(pack_word("said")), nullptr) << "empty table";
  for (int i = 0; i < 1000; ++i) table[pack_word("w" + std::to_string(i))] = i;
  EXPECT_EQ(table.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    const int* v = table.find(pack_word("W" + std::to_string(i)));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(table.find(pack_word("w1000")), nullptr);
  EXPECT_EQ(table.find(pack_word("")), nullptr);
  table[pack_word("w7")] = 70;
  EXPECT_EQ(table.size(), 1000u) << "an existing word is updated, not added";
  EXPECT_EQ(*table.find(pack_word("w7")), 70);
}

TEST(QuotesPackedWordTable, LexiconLooksUpWordsAsWritten) {
  const Lexicon& lexicon = Lexicon::instance();
  ASSERT_NE(lexicon.lookup("said"), nullptr);
  EXPECT_EQ(lexicon.lookup("Said"), lexicon.lookup("said"));
  EXPECT_EQ(lexicon.lookup("they’re"), lexicon.lookup("they're"));
  EXPECT_EQ(lexicon.lookup("Zürich"), nullptr);
  EXPECT_EQ(lexicon.lookup("table"), nullptr);
}

}  // namespace
}  // namespace quarry::quotes
