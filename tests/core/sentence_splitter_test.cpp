#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quarry/core/text_services.hpp"

namespace quarry::core {
namespace {

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  const auto tokens = tokenize(text);
  for (const quarry_sentence& s : split_sentences(text, tokens)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentenceSplitter, SplitsAtTerminalPunctuation) {
  EXPECT_EQ(sentences("Troops arrived. They left! Why? Nobody knows."),
            (Strings{"Troops arrived.", "They left!", "Why?", "Nobody knows."}));
}

TEST(SentenceSplitter, KeepsAbbreviationsInitialsAndDecimals) {
  EXPECT_EQ(sentences("Mr. Lee met Dr. Park on Oct. 16 in the U.S. capital. Prices rose 2.5 percent."),
            (Strings{"Mr. Lee met Dr. Park on Oct. 16 in the U.S. capital.", "Prices rose 2.5 percent."}));
  // a month abbreviation in capitals, as headings and listings write it
  EXPECT_EQ(sentences("FRIDAY, AUG. 2 Gates open at 4 p.m. The gates close at 9."),
            (Strings{"FRIDAY, AUG. 2 Gates open at 4 p.m.", "The gates close at 9."}));
  EXPECT_EQ(sentences("J. R. Smith spoke. Then he left."), (Strings{"J. R. Smith spoke.", "Then he left."}));
  EXPECT_EQ(sentences("It costs Rs. 500 a day."), (Strings{"It costs Rs. 500 a day."}));
  // a telephone extension's number
  EXPECT_EQ(sentences("Call the desk at ext. 1850. Tel. 2201 is the fax."),
            (Strings{"Call the desk at ext. 1850.", "Tel. 2201 is the fax."}));
  // a clock time's "p.m." before a word that opens sentences
  EXPECT_EQ(sentences("We left at 11 p.m. I\u2019ve been up since 4 a.m. Today is a rest day."),
            (Strings{"We left at 11 p.m.", "I\u2019ve been up since 4 a.m.", "Today is a rest day."}));
  EXPECT_EQ(sentences("Doors open at 7 p.m. Thursday."), (Strings{"Doors open at 7 p.m. Thursday."}));
  // a French place name's "Sainte"
  EXPECT_EQ(sentences("A meeting in Ste. Rose is set. It starts at 7."),
            (Strings{"A meeting in Ste. Rose is set.", "It starts at 7."}));
}

TEST(SentenceSplitter, AcronymsAndCompanySuffixesCanEndASentence) {
  EXPECT_EQ(sentences("They met in Washington D.C. The team flew home."),
            (Strings{"They met in Washington D.C.", "The team flew home."}));
  EXPECT_EQ(sentences("He sued Acme Inc. The case was dropped. Mr. Lee agreed."),
            (Strings{"He sued Acme Inc.", "The case was dropped.", "Mr. Lee agreed."}));
  EXPECT_EQ(sentences("The U.S. President spoke."), (Strings{"The U.S. President spoke."}));
  EXPECT_EQ(sentences("He lives in Fort Mill, S.C. \"It seems odd,\" he said."),
            (Strings{"He lives in Fort Mill, S.C.", "\"It seems odd,\" he said."}));
}

TEST(SentenceSplitter, KeepsClosingQuotesInTheSentence) {
  EXPECT_EQ(sentences("\xE2\x80\x9CWe are ready.\xE2\x80\x9D The JCS said so. \"Go.\" He went."),
            (Strings{"\xE2\x80\x9CWe are ready.\xE2\x80\x9D", "The JCS said so.", "\"Go.\"", "He went."}));
}

TEST(SentenceSplitter, DoesNotSplitBeforeLowerCase) {
  EXPECT_EQ(sentences("He said \"yes.\" and left. ok"), (Strings{"He said \"yes.\" and left. ok"}));
}

TEST(SentenceSplitter, LinesAndParagraphsEndSentences) {
  const std::string text = "Headline without a period\nFirst line. Second.\n\nNew paragraph";
  const auto tokens = tokenize(text);
  const auto result = split_sentences(text, tokens);
  ASSERT_EQ(result.size(), 4u);
  EXPECT_EQ(result[0].paragraph, 0u);
  EXPECT_EQ(result[1].paragraph, 1u);
  EXPECT_EQ(result[2].paragraph, 1u);
  EXPECT_EQ(result[3].paragraph, 2u);
  EXPECT_EQ(result[3].first_token + result[3].token_count, tokens.size());
}

TEST(SentenceSplitter, WrappedLinesContinue) {
  EXPECT_EQ(sentences("the soldiers were\nsent north. Done."), (Strings{"the soldiers were\nsent north.", "Done."}));
}

TEST(SentenceSplitter, CoversEveryTokenExactlyOnce) {
  const std::string text =
      "A. B. C... (D.) \xE2\x80\x9C"
      "E?\xE2\x80\x9D f. G!! h";
  const auto tokens = tokenize(text);
  const auto result = split_sentences(text, tokens);
  uint32_t next = 0;
  for (const quarry_sentence& s : result) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_GT(s.token_count, 0u);
    next = s.first_token + s.token_count;
  }
  EXPECT_EQ(next, tokens.size());
}

TEST(SentenceSplitter, EmptyInputHasNoSentences) { EXPECT_TRUE(split_sentences("", tokenize("")).empty()); }

}  // namespace
}  // namespace quarry::core
