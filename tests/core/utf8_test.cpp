#include "quarry/core/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace quarry::core::utf8 {
namespace {

TEST(Utf8Validation, AcceptsAsciiAndMultiByteText) {
  EXPECT_EQ(find_invalid(""), std::nullopt);
  EXPECT_EQ(find_invalid("plain ASCII text, long enough for the fast path"), std::nullopt);
  EXPECT_EQ(find_invalid("Korea\xE2\x80\x99s \xE2\x80\x9Cquote\xE2\x80\x9D \xC3\xA9 \xF0\x9F\x98\x80"), std::nullopt);
}

TEST(Utf8Validation, NamesTheOffendingByte) {
  EXPECT_EQ(find_invalid("abc\xFF" "def"), 3u);
  EXPECT_EQ(find_invalid("abcdefghij\x80"), 10u);             // lone continuation byte after the fast path
  EXPECT_EQ(find_invalid("ab\xC3"), 2u);                     // truncated sequence at the end
  EXPECT_EQ(find_invalid("ab\xC0\xAF"), 2u);                 // overlong "/"
  EXPECT_EQ(find_invalid("ab\xE0\x80\xAF"), 2u);             // overlong three-byte form
  EXPECT_EQ(find_invalid("ab\xED\xA0\x80"), 2u);             // UTF-16 surrogate
  EXPECT_EQ(find_invalid("ab\xF4\x90\x80\x80"), 2u);         // above U+10FFFF
  EXPECT_EQ(find_invalid("\xE2\x80\x9C ok \xE2\x80"), 7u);   // truncated curly quote
}

TEST(Utf8Decode, DecodesEachLength) {
  const std::string text = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
  EXPECT_EQ(decode(text, 0).code_point, U'a');
  EXPECT_EQ(decode(text, 1).code_point, U'\u00E9');
  EXPECT_EQ(decode(text, 1).length, 2u);
  EXPECT_EQ(decode(text, 3).code_point, U'\u201C');
  EXPECT_EQ(decode(text, 6).code_point, U'\U0001F600');
  EXPECT_EQ(decode(text, 6).length, 4u);
  EXPECT_TRUE(is_boundary(text, 3));
  EXPECT_FALSE(is_boundary(text, 4));
}

TEST(Utf8Classes, ClassifiesCommonCharacters) {
  EXPECT_EQ(classify(U' '), CharClass::Space);
  EXPECT_EQ(classify(U'\u00A0'), CharClass::Space);  // no-break space
  EXPECT_EQ(classify(U'\u2009'), CharClass::Space);  // thin space
  EXPECT_EQ(classify(U'x'), CharClass::Letter);
  EXPECT_EQ(classify(U'\u00E9'), CharClass::Letter);
  EXPECT_EQ(classify(U'\uAC00'), CharClass::Letter);  // Hangul
  EXPECT_EQ(classify(U'7'), CharClass::Digit);
  EXPECT_EQ(classify(U'\u201C'), CharClass::Quote);
  EXPECT_EQ(classify(U'\u00AB'), CharClass::Quote);
  EXPECT_EQ(classify(U'\u2014'), CharClass::Punct);  // em dash
  EXPECT_EQ(classify(U'\u2026'), CharClass::Punct);  // ellipsis
  EXPECT_EQ(classify(U'$'), CharClass::Symbol);
  EXPECT_EQ(classify(U'\u20B9'), CharClass::Symbol);  // rupee sign
  EXPECT_EQ(classify(U'%'), CharClass::Symbol);
}

TEST(Utf8Case, KnowsUpperAndLowerBeyondAscii) {
  EXPECT_TRUE(is_upper(U'A'));
  EXPECT_TRUE(is_upper(U'\u00C9'));   // É
  EXPECT_TRUE(is_upper(U'\u0141'));   // Ł
  EXPECT_TRUE(is_upper(U'\u0416'));   // Ж
  EXPECT_TRUE(is_lower(U'\u00E9'));
  EXPECT_TRUE(is_lower(U'\u0142'));   // ł
  EXPECT_FALSE(is_upper(U'\u00D7'));  // ×
  EXPECT_FALSE(is_lower(U'1'));
}

}  // namespace
}  // namespace quarry::core::utf8
