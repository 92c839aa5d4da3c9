#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quarry/core/text_services.hpp"

namespace quarry::core {
namespace {

struct Tok {
  std::string text;
  uint32_t kind;
  uint32_t flags;
};

std::vector<Tok> toks(const std::string& text) {
  std::vector<Tok> out;
  for (const quarry_token& t : tokenize(text)) out.push_back({text.substr(t.begin, t.end - t.begin), t.kind, t.flags});
  return out;
}

std::vector<std::string> texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Tok& t : toks(text)) out.push_back(t.text);
  return out;
}

using Strings = std::vector<std::string>;

TEST(Tokenizer, SplitsWordsNumbersAndPunctuationWithByteOffsets) {
  const std::string text = "Over 300 soldiers, said Kim.";
  const auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[1].begin, 5u);
  EXPECT_EQ(tokens[1].end, 8u);
  EXPECT_EQ(tokens[1].kind, QUARRY_TOKEN_NUMBER);
  EXPECT_EQ(tokens[3].kind, QUARRY_TOKEN_PUNCT);
  EXPECT_EQ(texts(text), (Strings{"Over", "300", "soldiers", ",", "said", "Kim", "."}));
}

TEST(Tokenizer, KeepsNumberSeparatorsInsideOneToken) {
  EXPECT_EQ(texts("11,000 and 1,00,000 and 2.5 and 0.5"), (Strings{"11,000", "and", "1,00,000", "and", "2.5", "and", "0.5"}));
  EXPECT_EQ(texts("1,2,3,4"), (Strings{"1,2,3,4"}));
  EXPECT_EQ(texts("in 2024."), (Strings{"in", "2024", "."}));
  EXPECT_EQ(texts("1,000-3,000"), (Strings{"1,000", "-", "3,000"}));
  EXPECT_EQ(texts("240mm and $2bn and 15%"), (Strings{"240", "mm", "and", "$", "2", "bn", "and", "15", "%"}));
}

TEST(Tokenizer, KeepsHyphenatedAndApostropheWordsWhole) {
  EXPECT_EQ(texts("Kim Jong-un met follow-up teams"), (Strings{"Kim", "Jong-un", "met", "follow-up", "teams"}));
  EXPECT_EQ(texts("don't O'Brien"), (Strings{"don't", "O'Brien"}));
  EXPECT_EQ(texts("F-16 and G20"), (Strings{"F-16", "and", "G20"}));
}

TEST(Tokenizer, GluedQuoteMarkIsNotAnApostrophe) {
  const auto t = toks("InternationalNational'PM Modi'");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].text, "InternationalNational");
  EXPECT_EQ(t[1].kind, QUARRY_TOKEN_QUOTE);
  EXPECT_EQ(t[2].text, "PM");
  EXPECT_EQ(texts("O'Brien McDonald's rock'n'roll"), (Strings{"O'Brien", "McDonald", "'s", "rock'n'roll"}));
}

TEST(Tokenizer, SplitsPossessiveClitic) {
  const auto t = toks("Korea's army and Seoul\xE2\x80\x99s spy agency");
  ASSERT_GE(t.size(), 6u);
  EXPECT_EQ(t[0].text, "Korea");
  EXPECT_EQ(t[1].text, "'s");
  EXPECT_TRUE(t[1].flags & QUARRY_TOKEN_POSSESSIVE);
  EXPECT_EQ(t[4].text, "Seoul");
  EXPECT_EQ(t[5].text, "\xE2\x80\x99s");
  EXPECT_TRUE(t[5].flags & QUARRY_TOKEN_POSSESSIVE);
  EXPECT_EQ(texts("the 1990\xE2\x80\x99s boom"), (Strings{"the", "1990", "\xE2\x80\x99s", "boom"}));
}

TEST(Tokenizer, DottedAcronymsAreOneWord) {
  EXPECT_EQ(texts("the U.S. and U.N. at 9 a.m. today"), (Strings{"the", "U.S.", "and", "U.N.", "at", "9", "a.m.", "today"}));
  EXPECT_EQ(texts("J. Smith"), (Strings{"J", ".", "Smith"}));
}

TEST(Tokenizer, ClassifiesCurlyAndStraightQuotes) {
  const auto t = toks("He said \xE2\x80\x9CYes.\xE2\x80\x9D Then \"no\" and 'maybe' \xC2\xABoui\xC2\xBB");
  std::vector<Tok> quotes;
  for (const Tok& tok : t) {
    if (tok.kind == QUARRY_TOKEN_QUOTE) quotes.push_back(tok);
  }
  ASSERT_EQ(quotes.size(), 8u);
  // “ opens, ” closes, both double.
  EXPECT_EQ(quotes[0].flags & (QUARRY_TOKEN_QUOTE_OPEN | QUARRY_TOKEN_QUOTE_CLOSE | QUARRY_TOKEN_QUOTE_DOUBLE),
            QUARRY_TOKEN_QUOTE_OPEN | QUARRY_TOKEN_QUOTE_DOUBLE);
  EXPECT_EQ(quotes[1].flags & (QUARRY_TOKEN_QUOTE_OPEN | QUARRY_TOKEN_QUOTE_CLOSE), QUARRY_TOKEN_QUOTE_CLOSE);
  // Straight marks get their direction from context.
  EXPECT_TRUE(quotes[2].flags & QUARRY_TOKEN_QUOTE_OPEN);
  EXPECT_FALSE(quotes[2].flags & QUARRY_TOKEN_QUOTE_CLOSE);
  EXPECT_TRUE(quotes[3].flags & QUARRY_TOKEN_QUOTE_CLOSE);
  EXPECT_FALSE(quotes[3].flags & QUARRY_TOKEN_QUOTE_OPEN);
  // Single straight marks are not double.
  EXPECT_FALSE(quotes[4].flags & QUARRY_TOKEN_QUOTE_DOUBLE);
  EXPECT_TRUE(quotes[4].flags & QUARRY_TOKEN_QUOTE_OPEN);
  EXPECT_TRUE(quotes[5].flags & QUARRY_TOKEN_QUOTE_CLOSE);
  // Guillemets.
  EXPECT_TRUE(quotes[6].flags & QUARRY_TOKEN_QUOTE_OPEN);
  EXPECT_TRUE(quotes[7].flags & QUARRY_TOKEN_QUOTE_CLOSE);
}

TEST(Tokenizer, ElidedYearIsAWordNotAQuote) {
  const auto t = toks("in the '90s and \xE2\x80\x99" "80s");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[2].text, "'90s");
  EXPECT_EQ(t[2].kind, QUARRY_TOKEN_WORD);
  EXPECT_EQ(t[4].text, "\xE2\x80\x99" "80s");
  EXPECT_EQ(t[4].kind, QUARRY_TOKEN_WORD);
}

TEST(Tokenizer, DoubledApostrophesAreOneDoubleMark) {
  const auto t = toks("``Yes,'' he said");
  ASSERT_GE(t.size(), 4u);
  EXPECT_EQ(t[0].text, "``");
  EXPECT_TRUE(t[0].flags & QUARRY_TOKEN_QUOTE_DOUBLE);
  EXPECT_EQ(t[3].text, "''");
  EXPECT_TRUE(t[3].flags & QUARRY_TOKEN_QUOTE_DOUBLE);
  EXPECT_TRUE(t[3].flags & QUARRY_TOKEN_QUOTE_CLOSE);
}

TEST(Tokenizer, SetsCaseAndSpacingFlags) {
  const auto t = toks("NATO and Seoul\n\nnext para\nnew line");
  EXPECT_TRUE(t[0].flags & QUARRY_TOKEN_ALL_UPPER);
  EXPECT_TRUE(t[0].flags & QUARRY_TOKEN_UPPER_INITIAL);
  EXPECT_TRUE(t[0].flags & QUARRY_TOKEN_PARAGRAPH_START);
  EXPECT_FALSE(t[1].flags & QUARRY_TOKEN_UPPER_INITIAL);
  EXPECT_TRUE(t[1].flags & QUARRY_TOKEN_SPACE_BEFORE);
  EXPECT_FALSE(t[2].flags & QUARRY_TOKEN_ALL_UPPER);
  EXPECT_TRUE(t[3].flags & QUARRY_TOKEN_PARAGRAPH_START);
  // "para\nnew": a lower-case word running on into lower case is a wrapped line, not a new paragraph.
  EXPECT_TRUE(t[5].flags & QUARRY_TOKEN_NEWLINE_BEFORE);
  EXPECT_FALSE(t[5].flags & QUARRY_TOKEN_PARAGRAPH_START);
}

TEST(Tokenizer, HandlesMultiByteLettersAndSpaces) {
  const std::string text = "Zelensky\xC2\xA0met Ko\xC5\x82odziej in Gda\xC5\x84sk \xE2\x80\x94 \xEC\x84\x9C\xEC\x9A\xB8";
  EXPECT_EQ(texts(text), (Strings{"Zelensky", "met", "Ko\xC5\x82odziej", "in", "Gda\xC5\x84sk", "\xE2\x80\x94", "\xEC\x84\x9C\xEC\x9A\xB8"}));
}

TEST(Tokenizer, SurvivesAdversarialInput) {
  EXPECT_EQ(texts(".....").size(), 1u);
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize("   \n\n  ").empty());
  const std::string digits(1 << 20, '7');
  const auto t = tokenize(digits);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].end, digits.size());
  const std::string quotes(100000, '"');
  EXPECT_EQ(tokenize(quotes).size(), quotes.size());
  EXPECT_EQ(texts("(((]]]").size(), 6u);
}

}  // namespace
}  // namespace quarry::core
