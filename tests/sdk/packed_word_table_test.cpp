// quarry/packed_word_table.hpp: packing folds exactly as a byte-by-byte fold does at every length and offset,
// the wide loads inside a text pack the same as the narrow ones, and the table finds what was put in it only.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <quarry/packed_word_table.hpp>
#include <string>
#include <string_view>

namespace {

using quarry::kMaxPackedWord;
using quarry::pack_folded_word;
using quarry::pack_word;
using quarry::PackedWord;

// The packed form of a word's bytes, one byte at a time: what every packing must equal.
PackedWord pack_bytes(std::string_view bytes) {
  if (bytes.empty() || bytes.size() > kMaxPackedWord) return {};
  PackedWord p;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const uint64_t byte = static_cast<unsigned char>(bytes[i]);
    if (i < 8) {
      p.low |= byte << (8 * i);
    } else {
      p.high |= byte << (8 * (i - 8));
    }
  }
  p.high |= static_cast<uint64_t>(bytes.size()) << 56;
  return p;
}

// The reference fold: ASCII letters lower-cased, U+2019 as "'", any other non-ASCII character: no fold.
std::optional<std::string> fold_slowly(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (word.substr(i, 3) == "\u2019") {
      out += '\'';
      i += 2;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

PackedWord pack_reference(std::string_view word) {
  const std::optional<std::string> folded = fold_slowly(word);
  return folded ? pack_bytes(*folded) : PackedWord{};
}

TEST(PackedWord, FoldsCaseAtEveryLength) {
  // Each length exercises a different pair of overlapping loads; the letters around 'A'-'Z' and 'a'-'z'
  // ('@', '[', '`', '{') must keep their case bit.
  const std::string letters = "@AZaz[`{Mm0'-.QqXy";
  for (size_t n = 1; n <= kMaxPackedWord; ++n) {
    for (size_t offset = 0; offset + n <= letters.size(); ++offset) {
      const std::string word = letters.substr(offset, n);
      const PackedWord packed = pack_word(word);
      EXPECT_TRUE(packed.valid()) << word;
      EXPECT_EQ(packed, pack_reference(word)) << word;
    }
  }
  EXPECT_EQ(pack_word("SAID"), pack_word("said"));
  EXPECT_FALSE(pack_word("said") == pack_word("sai"));
  EXPECT_FALSE(pack_word("a") == pack_word("a b")) << "the length is part of the key";
  EXPECT_FALSE(pack_word("a") == pack_word(std::string_view("a\0", 2))) << "a NUL byte is a byte of the word";
}

TEST(PackedWord, CurlyApostrophesFoldAndOtherUnicodeDoesNotPack) {
  EXPECT_EQ(pack_word("didn’t"), pack_word("didn't"));
  EXPECT_EQ(pack_word("They’re"), pack_word("they're"));
  EXPECT_FALSE(pack_word("Zürich").valid());
  EXPECT_EQ(pack_word("’"), pack_word("'")) << "a lone curly apostrophe packs too";
  EXPECT_FALSE(pack_word(std::string_view("\xE2\x80", 2)).valid()) << "a cut U+2019 is not an apostrophe";
  EXPECT_FALSE(pack_word("").valid());
  EXPECT_FALSE(pack_word(std::string(kMaxPackedWord + 1, 'a')).valid());
  EXPECT_FALSE(pack_word(std::string(40, 'a')).valid());
  // Two curly apostrophes make 18 bytes that fold to 14: short enough to pack.
  const std::string curly = "abcdef’ghijkl’";
  EXPECT_TRUE(pack_word(curly).valid());
  EXPECT_EQ(pack_word(curly), pack_word("abcdef'ghijkl'"));
  EXPECT_FALSE(pack_word("abcdefghijklmno’").valid()) << "folds to 16 bytes";
  EXPECT_TRUE(pack_word("abcdefghijklmn’").valid()) << "folds to 15 bytes";
}

TEST(PackedWord, WideLoadsInsideATextPackTheSame) {
  // Words at every offset of a text, up to its very end (where the wide loads must not be used).
  const std::string text = "Said Comey, they’re ABOUT-TO-LEAVE Zürich 0123456789abcdefXYZ didn’t";
  const char* end = text.data() + text.size();
  for (size_t begin = 0; begin < text.size(); ++begin) {
    for (size_t n = 0; begin + n <= text.size() && n <= kMaxPackedWord + 4; ++n) {
      const std::string_view word(text.data() + begin, n);
      EXPECT_EQ(pack_word(word, end), pack_word(word)) << "'" << word << "'";
      EXPECT_EQ(pack_word(word), pack_reference(word)) << "'" << word << "'";
      EXPECT_EQ(pack_folded_word(word, end), pack_folded_word(word)) << "'" << word << "'";
      EXPECT_EQ(pack_folded_word(word), pack_bytes(word)) << "'" << word << "'";
    }
  }
}

TEST(PackedWord, FoldedWordsPackByteForByte) {
  // The caller folded already: nothing changes case, and UTF-8 bytes are part of the key.
  EXPECT_EQ(pack_folded_word("said"), pack_word("said"));
  EXPECT_FALSE(pack_folded_word("Said") == pack_word("said")) << "no folding";
  EXPECT_TRUE(pack_folded_word("zürich").valid());
  EXPECT_FALSE(pack_folded_word("zürich") == pack_folded_word("zurich"));
  EXPECT_FALSE(pack_folded_word("").valid());
  EXPECT_TRUE(pack_folded_word(std::string(kMaxPackedWord, 'a')).valid());
  EXPECT_FALSE(pack_folded_word(std::string(kMaxPackedWord + 1, 'a')).valid());
  // A text padded with 16 readable bytes: every word takes the wide loads, and the padding is not part of it.
  std::string padded = "são paulo’s mayor";
  const size_t text_size = padded.size();
  padded.append(16, 'X');
  const char* end = padded.data() + padded.size();
  for (size_t begin = 0; begin < text_size; ++begin) {
    for (size_t n = 1; begin + n <= text_size; ++n) {
      const std::string_view word(padded.data() + begin, n);
      EXPECT_EQ(pack_folded_word(word, end), pack_bytes(word)) << "'" << word << "'";
    }
  }
}

TEST(PackedWordTable, FindsInsertedWordsOnly) {
  quarry::PackedWordTable<int> table;
  EXPECT_EQ(table.find(pack_word("said")), nullptr) << "empty table";
  EXPECT_TRUE(table.empty());
  for (int i = 0; i < 1000; ++i) table[pack_word("w" + std::to_string(i))] = i;
  EXPECT_EQ(table.size(), 1000u);
  for (int i = 0; i < 1000; ++i) {
    const int* v = table.find(pack_word("W" + std::to_string(i)));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(table.find(pack_word("w1000")), nullptr);
  EXPECT_EQ(table.find(pack_word("")), nullptr);
  EXPECT_FALSE(table.contains(PackedWord{})) << "an invalid word is never found";
  table[pack_word("w7")] = 70;
  EXPECT_EQ(table.size(), 1000u) << "an existing word is updated, not added";
  EXPECT_EQ(*table.find(pack_word("w7")), 70);
}

TEST(PackedWordTable, ReservedAndLargeTablesFindEveryWord) {
  // Far more words than the bit filter has bits for a clear answer: every word is still found.
  quarry::PackedWordTable<uint32_t> table;
  table.reserve(50000);
  for (uint32_t i = 0; i < 50000; ++i) table[pack_folded_word("k" + std::to_string(i))] = i + 1;
  EXPECT_EQ(table.size(), 50000u);
  for (uint32_t i = 0; i < 50000; ++i) {
    const std::string word = "k" + std::to_string(i);
    table.prefetch(pack_folded_word(word));
    const uint32_t* v = table.find(pack_folded_word(word));
    ASSERT_NE(v, nullptr) << word;
    EXPECT_EQ(*v, i + 1);
  }
  uint32_t false_hits = 0;
  for (uint32_t i = 50000; i < 60000; ++i) false_hits += table.contains(pack_folded_word("k" + std::to_string(i)));
  EXPECT_EQ(false_hits, 0u);
}

}  // namespace
