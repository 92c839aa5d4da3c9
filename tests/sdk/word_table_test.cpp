// quarry/word_table.hpp: insertion, lookup of short and long keys, growth, and the hash-then-find path.
#include <gtest/gtest.h>

#include <cstdint>
#include <quarry/word_table.hpp>
#include <string>
#include <vector>

namespace {

TEST(WordTable, FindsWhatWasInsertedAndNothingElse) {
  quarry::WordTable<uint32_t> table;
  EXPECT_EQ(table.find("said"), nullptr) << "an empty table finds nothing";
  table["said"] = 1;
  table["told"] |= 2;
  table["told"] |= 4;
  ASSERT_NE(table.find("said"), nullptr);
  EXPECT_EQ(*table.find("said"), 1u);
  EXPECT_EQ(*table.find("told"), 6u) << "operator[] returns the stored value of a known key";
  EXPECT_EQ(table.find("say"), nullptr);
  EXPECT_EQ(table.find("saidx"), nullptr);
  EXPECT_EQ(table.find("Said"), nullptr) << "keys are bytes: folding is the caller's";
  EXPECT_EQ(table.size(), 2u);
  EXPECT_TRUE(table.contains("said"));
}

TEST(WordTable, NewKeysStartValueInitialised) {
  struct Info {
    uint32_t flags;
    int32_t index;
  };
  quarry::WordTable<Info> table;
  Info& info = table["x"];
  EXPECT_EQ(info.flags, 0u);
  EXPECT_EQ(info.index, 0);
}

TEST(WordTable, KeysOfEveryLengthAroundTheInlineLimit) {
  // Keys up to 19 bytes live in the slot; longer ones aside. Both kinds, and keys that share prefixes.
  quarry::WordTable<int> table;
  std::vector<std::string> keys;
  for (size_t n = 0; n <= 40; ++n) keys.push_back(std::string(n, 'a'));
  for (size_t n = 1; n <= 40; ++n) keys.push_back(std::string(n - 1, 'a') + 'b');
  for (size_t i = 0; i < keys.size(); ++i) table[keys[i]] = static_cast<int>(i);
  for (size_t i = 0; i < keys.size(); ++i) {
    const int* v = table.find(keys[i]);
    ASSERT_NE(v, nullptr) << "key of length " << keys[i].size();
    EXPECT_EQ(*v, static_cast<int>(i));
  }
  EXPECT_EQ(table.find(std::string(41, 'a')), nullptr);
  EXPECT_EQ(table.find(std::string(25, 'c')), nullptr);
  EXPECT_EQ(*table.find(""), 0) << "the empty key is a key like any other";
}

TEST(WordTable, GrowsWithoutLosingKeys) {
  quarry::WordTable<uint32_t> table;
  constexpr uint32_t kCount = 50000;
  for (uint32_t i = 0; i < kCount; ++i) table["w" + std::to_string(i)] = i;
  EXPECT_EQ(table.size(), kCount);
  for (uint32_t i = 0; i < kCount; i += 7) {
    const uint32_t* v = table.find("w" + std::to_string(i));
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(table.find("w" + std::to_string(kCount)), nullptr);
}

TEST(WordTable, HashThenPrefetchThenFindGivesTheSameAnswers) {
  quarry::WordTable<int> table;
  table["alpha"] = 1;
  table["a-much-longer-key-than-nineteen-bytes"] = 2;
  for (const std::string key : {"alpha", "a-much-longer-key-than-nineteen-bytes", "beta"}) {
    const uint32_t h = quarry::WordTable<int>::hash(key);
    table.prefetch(h);
    EXPECT_EQ(table.find(key, h), table.find(key)) << key;
  }
}

TEST(WordTable, ValuesThatOwnMemorySurviveGrowth) {
  quarry::WordTable<std::vector<int>> table;
  for (int i = 0; i < 2000; ++i) table[std::to_string(i)].push_back(i);
  for (int i = 0; i < 2000; ++i) {
    const std::vector<int>* v = table.find(std::to_string(i));
    ASSERT_NE(v, nullptr);
    ASSERT_EQ(v->size(), 1u);
    EXPECT_EQ(v->front(), i);
  }
}

}  // namespace
