// A document large enough that the plugin frees its buffers after it (rather than keeping them for the next
// document): the next document must read the same as before, and the large one must find in each repeated
// paragraph what it finds in one.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "actors_harness.hpp"

namespace quarry::actors {
namespace {

using testing::actors_of;

constexpr const char* kParagraph =
    "US President Donald Trump met South Korea's Joint Chiefs of Staff (JCS) in Seoul on Monday, Yonhap said. "
    "Trump told the spy agency that the National Intelligence Service would brief him. The official said Kim "
    "Jong-un had not replied.\n\n";

TEST(ActorLargeDocument, SmallDocumentReadsTheSameAfterALargeOne) {
  const std::string small = kParagraph;
  const auto before = actors_of(small);
  ASSERT_FALSE(before.empty());
  std::string large;
  // Well past the buffers kept between documents (2^16 words, 2^12 mentions).
  while (large.size() < 2'000'000) large += kParagraph;
  const auto big = actors_of(large);
  EXPECT_EQ(actors_of(small), before);
  EXPECT_EQ(actors_of(large), big);  // and the large one again, into freshly grown buffers
}

TEST(ActorLargeDocument, EveryRepeatedParagraphHasTheMentionsOfTheFirst) {
  const std::string paragraph = kParagraph;
  std::string large;
  size_t copies = 0;
  for (; large.size() < 2'000'000; ++copies) large += paragraph;
  const auto big = actors_of(large);
  // One document repeats its names: later paragraphs may resolve short forms to the full names of earlier
  // ones, so the spans are compared, per paragraph.
  std::vector<std::pair<size_t, size_t>> first;
  for (const auto& m : big) {
    const size_t start = m["start"].get<size_t>();
    if (start >= paragraph.size()) break;
    first.emplace_back(start, m["end"].get<size_t>());
  }
  ASSERT_FALSE(first.empty());
  ASSERT_EQ(big.size(), first.size() * copies);
  for (size_t i = 0; i < big.size(); ++i) {
    const size_t offset = (i / first.size()) * paragraph.size();
    EXPECT_EQ(big[i]["start"].get<size_t>(), first[i % first.size()].first + offset) << i;
    EXPECT_EQ(big[i]["end"].get<size_t>(), first[i % first.size()].second + offset) << i;
    if (::testing::Test::HasFailure()) break;
  }
}

}  // namespace
}  // namespace quarry::actors
