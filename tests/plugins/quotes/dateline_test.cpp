// Datelines opening a paragraph (dateline.hpp), on the core's own tokens.
#include "dateline.hpp"

#include <gtest/gtest.h>

#include <string>

#include "quarry/core/document.hpp"

namespace quarry::quotes {
namespace {

// The text after the dateline of `text`'s first paragraph ("" when there is none).
std::string after_dateline(const std::string& text) {
  core::DocumentInput input;
  input.text = text;
  const core::Document doc(std::move(input));
  const auto tokens = doc.tokens();
  const auto size = static_cast<uint32_t>(tokens.size());
  const uint32_t end = dateline_end(tokens, doc.text(), 0, size);
  if (end == 0) return "";
  return text.substr(tokens[end].begin);
}

TEST(Dateline, CityDateAndAgency) {
  EXPECT_EQ(after_dateline("NAIROBI, June 3 (Quarry Wire) - The agency said."), "The agency said.");
  EXPECT_EQ(after_dateline("NEW YORK, Nov. 19 (UPI) — Clinton said."), "Clinton said.");
}

TEST(Dateline, CityAndAgencyOnly) {
  EXPECT_EQ(after_dateline("WASHINGTON (AP) — A report said."), "A report said.");
  EXPECT_EQ(after_dateline("MACAU (Reuters) – Adelson said."), "Adelson said.");
  EXPECT_EQ(after_dateline("(Reuters) - Adelson said."), "Adelson said.");
}

TEST(Dateline, CityRegionAndDate) {
  EXPECT_EQ(after_dateline("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters said."), "Young voters said.");
  EXPECT_EQ(after_dateline("RENO, Nev. (AP) — Trump says."), "Trump says.");
  EXPECT_EQ(after_dateline("GENEVA, Oct 9 -- Ministers agreed."), "Ministers agreed.");
}

TEST(Dateline, OrdinarySentencesHaveNone) {
  EXPECT_EQ(after_dateline("The agency said on Monday - again - that it would wait."), "");
  EXPECT_EQ(after_dateline("NATO-led forces said they would stay."), "");
  EXPECT_EQ(after_dateline("Smith (R-Ohio) said he would run."), "");
  EXPECT_EQ(after_dateline("TRUMP: We will win."), "");
  EXPECT_EQ(after_dateline("WASHINGTON"), "");
}

}  // namespace
}  // namespace quarry::quotes
