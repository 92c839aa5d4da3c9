// quarry/phrase_trie.hpp: phrases share their prefixes' nodes, walks follow words, nodes are dense.
#include <gtest/gtest.h>

#include <algorithm>
#include <quarry/phrase_trie.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

using quarry::PhraseTrie;

uint32_t walk(const PhraseTrie& trie, std::initializer_list<std::string_view> words) {
  uint32_t node = PhraseTrie::kRoot;
  for (const std::string_view w : words) {
    node = trie.child(node, w);
    if (node == PhraseTrie::kNone) break;
  }
  return node;
}

TEST(PhraseTrie, PhrasesShareTheirPrefixes) {
  PhraseTrie trie;
  EXPECT_EQ(trie.child(PhraseTrie::kRoot, "south"), PhraseTrie::kNone) << "an empty trie has no edges";
  const uint32_t korea = trie.insert(std::vector<std::string>{"south", "korea"});
  const uint32_t korean = trie.insert(std::vector<std::string_view>{"south", "korean"});
  const uint32_t south = trie.insert(std::vector<std::string>{"south"});
  EXPECT_EQ(trie.node_count(), 4u) << "root, south, korea, korean";
  EXPECT_NE(korea, korean);
  EXPECT_EQ(south, trie.child(PhraseTrie::kRoot, "south"));
  EXPECT_EQ(walk(trie, {"south", "korea"}), korea);
  EXPECT_EQ(walk(trie, {"south", "korean"}), korean);
  EXPECT_EQ(walk(trie, {"korea"}), PhraseTrie::kNone);
  EXPECT_EQ(walk(trie, {"south", "africa"}), PhraseTrie::kNone);
  EXPECT_EQ(trie.insert(std::vector<std::string>{"south", "korea"}), korea) << "inserting again finds the node";
  EXPECT_EQ(trie.insert(std::vector<std::string>{}), PhraseTrie::kRoot);
}

TEST(PhraseTrie, TheSameWordUnderDifferentParentsIsDifferentEdges) {
  PhraseTrie trie;
  const uint32_t a = trie.insert(std::vector<std::string>{"chiefs", "of", "staff"});
  const uint32_t b = trie.insert(std::vector<std::string>{"of", "staff"});
  EXPECT_NE(a, b);
  EXPECT_EQ(walk(trie, {"of", "staff"}), b);
  EXPECT_EQ(walk(trie, {"chiefs", "of", "staff"}), a);
}

TEST(PhraseTrie, RootWordsAndManyNodes) {
  PhraseTrie trie;
  for (int i = 0; i < 3000; ++i)
    trie.insert(std::vector<std::string>{"w" + std::to_string(i % 100), std::to_string(i)});
  EXPECT_EQ(trie.node_count(), 1u + 100u + 3000u);
  std::vector<std::string> roots = trie.root_words();
  std::sort(roots.begin(), roots.end());
  EXPECT_EQ(roots.size(), 100u);
  EXPECT_EQ(roots.front(), "w0");
  for (int i = 0; i < 3000; i += 37) {
    const uint32_t node = walk(trie, {"w" + std::to_string(i % 100), std::to_string(i)});
    ASSERT_NE(node, PhraseTrie::kNone);
    EXPECT_LT(node, trie.node_count());
  }
}

}  // namespace
