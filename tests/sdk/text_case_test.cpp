// quarry/text_case.hpp: ASCII folding keeps every other byte and never writes past its buffer.
#include <gtest/gtest.h>

#include <array>
#include <quarry/text_case.hpp>
#include <string>

namespace {

TEST(TextCase, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(quarry::ascii_lower('A'), 'a');
  EXPECT_EQ(quarry::ascii_lower('Z'), 'z');
  EXPECT_EQ(quarry::ascii_lower('a'), 'a');
  EXPECT_EQ(quarry::ascii_lower('@'), '@');
  EXPECT_EQ(quarry::ascii_lower('['), '[');
  EXPECT_TRUE(quarry::is_ascii_upper('Q'));
  EXPECT_FALSE(quarry::is_ascii_upper('q'));
  EXPECT_TRUE(quarry::is_ascii_lower('q'));
  EXPECT_FALSE(quarry::is_ascii_lower('\xc3'));
  EXPECT_EQ(quarry::ascii_lower("Defense Minister, U.S."), "defense minister, u.s.");
  EXPECT_EQ(quarry::ascii_lower("ZÜRICH"), "zÜrich") << "multi-byte characters are kept as they are";
}

TEST(TextCase, InPlaceFolding) {
  std::string text = "Said SMITH";
  quarry::ascii_lower_in_place(text);
  EXPECT_EQ(text, "said smith");
}

TEST(TextCase, WholeTextFoldingMatchesTheByteByByteRule) {
  // Every byte value at every position of the eight-byte steps, and every tail length.
  std::string text;
  for (int b = 0; b < 256; ++b) text += static_cast<char>(b);
  text += "Zoë ÅNGSTRÖM, U.S.-based";
  for (size_t length = 0; length <= text.size(); length += 1) {
    const std::string_view part = std::string_view(text).substr(text.size() - length);
    std::string expected(part);
    for (char& c : expected) c = quarry::ascii_lower(c);
    std::string folded(part.size(), '\0');
    quarry::ascii_lower_into(part, folded.data());
    ASSERT_EQ(folded, expected) << "length " << length;
    std::string in_place(part);
    quarry::ascii_lower_in_place(in_place);
    ASSERT_EQ(in_place, expected) << "length " << length;
  }
}

TEST(TextCase, FoldsIntoABufferOrGivesNothing) {
  std::array<char, 8> buffer{};
  EXPECT_EQ(quarry::ascii_lower("Monday", buffer), "monday");
  EXPECT_EQ(quarry::ascii_lower("Saturday", buffer), "saturday") << "exactly the buffer's size fits";
  EXPECT_EQ(quarry::ascii_lower("Wednesday", buffer), "") << "too long: empty, buffer untouched past its end";
  EXPECT_EQ(quarry::ascii_lower("", buffer), "");
}

TEST(TextCase, LowerWordIsAValueWithItsOwnBuffer) {
  const quarry::LowerWord<8> word("HeLLo");
  EXPECT_EQ(word.view(), "hello");
  const quarry::LowerWord<8> copy = word;
  EXPECT_EQ(std::string_view(copy), "hello");
  EXPECT_EQ(quarry::LowerWord<4>("Hello").view(), "") << "longer than the capacity";
  EXPECT_EQ(quarry::LowerWord<5>("Hello").view(), "hello");
}

}  // namespace
