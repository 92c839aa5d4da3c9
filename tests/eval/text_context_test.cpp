#include "quarry/eval/text_context.hpp"

#include <gtest/gtest.h>

namespace quarry::eval {
namespace {

TEST(TextContext, MarksTheSpanAndFlattensLines) {
  EXPECT_EQ(text_context("one\ntwo three", {4, 7}, 50), "one [two] three");
}

TEST(TextContext, CutsWithEllipses) {
  EXPECT_EQ(text_context("aaaaaaaaaa target bbbbbbbbbb", {11, 17}, 3), "...aa [target] bb...");
}

TEST(TextContext, NeverSplitsAMultiByteCharacter) {
  // "“" is 3 bytes (E2 80 9C); a 2-byte window before the span would cut it in half: it moves back instead.
  const std::string text =
      "\xE2\x80\x9C"
      "ab";
  const std::string context = text_context(text, {3, 5}, 2);
  EXPECT_EQ(context, "\xE2\x80\x9C[ab]");
  const std::string after = "ab\xC2\xA0\xC2\xA0x";  // two no-break spaces after the span
  EXPECT_EQ(text_context(after, {0, 2}, 3), "[ab]\xC2\xA0...");
}

TEST(TextContext, OutOfBoundsSpanGivesNothing) {
  EXPECT_EQ(text_context("abc", {2, 9}), "");
  EXPECT_EQ(span_text("abc", {2, 9}), "");
  EXPECT_EQ(span_text("abc", {1, 3}), "bc");
}

}  // namespace
}  // namespace quarry::eval
