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
