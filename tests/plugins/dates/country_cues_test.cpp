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

TEST(CountryCues, NoneWhenNamedOnce) {
  EXPECT_EQ(country("India won the match."), "");  // once is not enough
  EXPECT_EQ(country("No place is named here."), "");
}

TEST(CountryCues, FirstNamedWinsATie) {
  // (two each: the dateline and the lead come first and name the place)
  EXPECT_EQ(country("Indian and Canadian envoys met in Delhi and Toronto."), "IN");
  EXPECT_EQ(country("Canadian and Indian envoys met in Toronto and Delhi."), "CA");
  EXPECT_EQ(country("Canadian and Indian envoys met in Delhi, India, and Toronto."), "IN");  // three beat two
}

TEST(CountryCues, OneWord) {
  EXPECT_EQ(kCues.country_of_word("canadian"), "CA");
  EXPECT_EQ(kCues.country_of_word("Canadian"), "");  // the list is lower case, as the text is looked up
  EXPECT_EQ(kCues.country_of_word("france"), "");
}

}  // namespace
}  // namespace quarry::dates
