// Tests for the guess of the country a text is about, from its place names and demonyms.
#include "country_cues.hpp"

#include <gtest/gtest.h>

#include <string>

#include "pieces.hpp"
#include "quarry/core/document.hpp"

namespace quarry::dates {
namespace {

const CountryCues kCues("IN\tindia indian delhi\nCA\tcanada canadian toronto\nUS\tamerican washington\n");

std::string country(const std::string& text) {
  core::DocumentInput input;
  input.text = text;
  const core::Document doc(std::move(input));
  std::string lower;
  lower_ascii(doc.text(), lower);
  return std::string(kCues.country_of(doc.tokens(), lower));
}

TEST(CountryCues, TheCountryNamedMostOften) {
  EXPECT_EQ(country("NEW DELHI: Indian markets were shut as India celebrated; Canada watched."), "IN");
  EXPECT_EQ(country("Toronto traffic was heavy, Canadian police said, and American visitors came."), "CA");
}

TEST(CountryCues, NoneWhenNamedOnceOrTied) {
  EXPECT_EQ(country("India won the match."), "");                                  // once is not enough
  EXPECT_EQ(country("Indian and Canadian envoys met in Delhi and Toronto."), "");  // two each: a tie
  EXPECT_EQ(country("No place is named here."), "");
}

TEST(CountryCues, OneWord) {
  EXPECT_EQ(kCues.country_of_word("canadian"), "CA");
  EXPECT_EQ(kCues.country_of_word("Canadian"), "");  // the list is lower case, as the text is looked up
  EXPECT_EQ(kCues.country_of_word("france"), "");
}

}  // namespace
}  // namespace quarry::dates
