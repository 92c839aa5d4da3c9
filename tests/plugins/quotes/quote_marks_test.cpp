// Pairing the core's quotation-mark tokens into passages (quote_marks.hpp), on the core's own tokens.
#include "quote_marks.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quarry/core/document.hpp"

namespace quarry::quotes {
namespace {

// The passages of `text` as the substrings they cover.
std::vector<std::string> passages(const std::string& text) {
  core::DocumentInput input;
  input.text = text;
  const core::Document doc(std::move(input));
  std::vector<std::string> out;
  for (const QuotedSpan& span : pair_quote_marks(doc.tokens())) {
    const uint32_t b = doc.tokens()[span.open].begin;
    const uint32_t e = doc.tokens()[span.close].end;
    out.push_back(text.substr(b, e - b));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(QuoteMarks, PairsEachForm) {
  EXPECT_EQ(passages("a \"b\" c “d” e ‘f’ g «h»"), (Strings{"\"b\"", "“d”", "‘f’", "«h»"}));
}

TEST(QuoteMarks, SingleMarksInsideDoubleOnesStayNested) {
  EXPECT_EQ(passages("“He said ‘no’ twice,” she said."), (Strings{"“He said ‘no’ twice,”"}));
}

TEST(QuoteMarks, ApostrophesDoNotPair) {
  EXPECT_EQ(passages("Korea's army in the '90s and the players' union's rules."), Strings{});
}

TEST(QuoteMarks, OpeningMarkWithoutCloseYieldsNothing) {
  EXPECT_EQ(passages("He said “we will win. And then nothing closed.\nNext paragraph “here” ok."), (Strings{"“here”"}));
}

TEST(QuoteMarks, ParagraphContinuationConvention) {
  EXPECT_EQ(passages("“First paragraph.\n“Second paragraph.”\nAfter."),
            (Strings{"“First paragraph.\n“Second paragraph.”"}));
}

TEST(QuoteMarks, StrayClosingMarkIsIgnored) {
  EXPECT_EQ(passages("oops” and then “a real one” here"), (Strings{"“a real one”"}));
}

TEST(QuoteMarks, DoubledApostrophesOfNytText) {
  EXPECT_EQ(passages("''We will win,'' he said."), (Strings{"''We will win,''"}));
}

TEST(QuoteMarks, StraightMarksAlternate) {
  EXPECT_EQ(passages("\"a,\" he said, \"b.\""), (Strings{"\"a,\"", "\"b.\""}));
}

}  // namespace
}  // namespace quarry::quotes
