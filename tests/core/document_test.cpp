#include "quarry/core/document.hpp"

#include <gtest/gtest.h>

#include <string>

namespace quarry::core {
namespace {

DocumentInput input(std::string text, std::string date = "") {
  DocumentInput in;
  in.id = "doc";
  in.text = std::move(text);
  in.reference_date = std::move(date);
  return in;
}

std::string error_of(DocumentInput in) {
  try {
    Document doc(std::move(in));
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Document, AnalysesValidText) {
  DocumentInput in = input("Seoul said so. It did.", "2025-01-24");
  in.metadata.emplace_back("source", "x.txt");
  const Document doc(std::move(in));
  EXPECT_EQ(doc.tokens().size(), 7u);
  EXPECT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(doc.reference_date(), "2025-01-24");
  EXPECT_EQ(doc.metadata("source"), "x.txt");
  EXPECT_EQ(doc.metadata("missing"), "");
}

TEST(Document, RejectsBadInputWithClearMessages) {
  EXPECT_EQ(error_of(input("")), "empty document");
  EXPECT_EQ(error_of(input(" \n\t ")), "empty document (only whitespace)");
  EXPECT_EQ(error_of(input(std::string("ab\0cd", 5))), "binary data, not text: NUL byte at offset 2");
  EXPECT_NE(error_of(input("caf\xE9 latin-1")).find("invalid UTF-8 at byte offset 3"), std::string::npos);
  EXPECT_NE(error_of(input("fine", "2025-02-30")).find("not a valid YYYY-MM-DD"), std::string::npos);
  EXPECT_NE(error_of(input("fine", "24/01/2025")).find("not a valid YYYY-MM-DD"), std::string::npos);
}

TEST(Document, IsoDateCheckKnowsTheCalendar) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_TRUE(is_iso_date("2000-02-29"));
  EXPECT_FALSE(is_iso_date("1900-02-29"));
  EXPECT_FALSE(is_iso_date("2024-13-01"));
  EXPECT_FALSE(is_iso_date("2024-1-01"));
  EXPECT_FALSE(is_iso_date("2024-04-31"));
}

}  // namespace
}  // namespace quarry::core
