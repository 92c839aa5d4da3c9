#include "document_source.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace quarry::cli {
namespace {

std::string write_temp(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

TEST(DocumentSource, ReadsFilesInOrderWithTheDefaultDate) {
  const std::string a = write_temp("a.txt", "alpha"), b = write_temp("b.txt", "beta");
  DocumentSource source({a, b}, false, "2025-01-01");
  EXPECT_EQ(source.known_count(), 2u);
  auto first = source.next();
  ASSERT_TRUE(first && first->input);
  EXPECT_EQ(first->id, a);
  EXPECT_EQ(first->input->text, "alpha");
  EXPECT_EQ(first->input->reference_date, "2025-01-01");
  auto second = source.next();
  ASSERT_TRUE(second && second->input);
  EXPECT_EQ(second->input->text, "beta");
  EXPECT_FALSE(source.next());
  EXPECT_EQ(source.bytes_read(), 9u);
}

TEST(DocumentSource, JsonLinesKeepIdsDatesAndMetadata) {
  const std::string corpus = write_temp("c.jsonl",
                                        "{\"id\": 7, \"text\": \"t1\", \"dct\": \"2024-10-16\", \"source\": \"s.txt\", \"n\": 3}\n"
                                        "   \n"
                                        "[1, 2]\n");
  DocumentSource source({corpus}, true, "");
  auto first = source.next();
  ASSERT_TRUE(first && first->input);
  EXPECT_EQ(first->id, "7");
  EXPECT_EQ(first->input->reference_date, "2024-10-16");
  ASSERT_EQ(first->input->metadata.size(), 1u);
  EXPECT_EQ(first->input->metadata[0].first, "source");
  auto second = source.next();
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->input);
  EXPECT_EQ(second->error, "line 3: not a JSON object");
  EXPECT_FALSE(source.next());
}

TEST(DocumentSource, UnparsedJsonLinesAreParsedLaterAlike) {
  const std::string corpus = write_temp("d.jsonl",
                                        "{\"id\": \"x\", \"text\": \"t1\"}\n"
                                        "{\"text\": 5}\n");
  DocumentSource source({corpus}, true, "2025-02-03");
  auto first = source.next_unparsed();
  ASSERT_TRUE(first && first->pending);
  EXPECT_FALSE(first->input);
  EXPECT_EQ(first->id, corpus + ":1");  // until parsed: where the line stands
  auto second = source.next_unparsed();
  ASSERT_TRUE(second && second->pending);
  EXPECT_FALSE(source.next_unparsed());
  DocumentSource::parse_pending(*second);  // in any order, as worker threads would
  DocumentSource::parse_pending(*first);
  ASSERT_TRUE(first->input);
  EXPECT_FALSE(first->pending);
  EXPECT_EQ(first->id, "x");
  EXPECT_EQ(first->input->text, "t1");
  EXPECT_EQ(first->input->reference_date, "2025-02-03");
  EXPECT_FALSE(second->input);
  EXPECT_EQ(second->error, "line 2: no \"text\" string");
  DocumentSource::parse_pending(*first);  // nothing pending: unchanged
  EXPECT_EQ(first->input->text, "t1");
}

TEST(DocumentSource, MissingJsonLinesFileIsAnItemWithAnError) {
  DocumentSource source({"/nonexistent/corpus.jsonl"}, true, "");
  auto item = source.next();
  ASSERT_TRUE(item);
  EXPECT_NE(item->error.find("cannot open"), std::string::npos);
  EXPECT_FALSE(source.next());
}

}  // namespace
}  // namespace quarry::cli
