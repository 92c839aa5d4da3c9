#include "quarry/core/annotation_set.hpp"

#include <gtest/gtest.h>

#include <string>

namespace quarry::core {
namespace {

quarry_attr string_attr(const char* key, const std::string& value) {
  quarry_attr a{};
  a.key = quarry_str{key, static_cast<uint32_t>(std::char_traits<char>::length(key))};
  a.value.type = QUARRY_VALUE_STRING;
  a.value.as.string = quarry_str{value.data(), static_cast<uint32_t>(value.size())};
  return a;
}

TEST(AnnotationSet, CopiesStringsSoThePluginsMemoryCanGo) {
  AnnotationSet set;
  {
    std::string kind = "actors";
    std::string value = "Kim Jong-un";
    const quarry_attr attr = string_attr("name", value);
    set.add(kind, 10, 20, std::span<const quarry_attr>(&attr, 1));
    value.assign(value.size(), 'x');  // the plugin reuses its buffer
    kind = "garbage";
  }
  ASSERT_EQ(set.size(), 1u);
  const auto& entry = set.entries()[0];
  EXPECT_EQ(set.kind(entry), "actors");
  const auto attrs = set.attrs(entry);
  ASSERT_EQ(attrs.size(), 1u);
  EXPECT_EQ(std::string(attrs[0].key.data, attrs[0].key.size), "name");
  EXPECT_EQ(std::string(attrs[0].value.as.string.data, attrs[0].value.as.string.size), "Kim Jong-un");
}

TEST(AnnotationSet, SortsBySpanKeepingEmissionOrderForTies) {
  AnnotationSet set;
  const std::string first = "first", second = "second", early = "early";
  const quarry_attr a = string_attr("tag", first), b = string_attr("tag", second), c = string_attr("tag", early);
  set.add("k", 5, 9, std::span<const quarry_attr>(&a, 1));
  set.add("k", 5, 9, std::span<const quarry_attr>(&b, 1));
  set.add("k", 1, 3, std::span<const quarry_attr>(&c, 1));
  set.finish();
  const auto entries = set.entries();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].begin, 1u);
  auto tag = [&](size_t i) {
    const quarry_attr& attr = set.attrs(entries[i])[0];
    return std::string(attr.value.as.string.data, attr.value.as.string.size);
  };
  EXPECT_EQ(tag(1), "first");
  EXPECT_EQ(tag(2), "second");
}

TEST(StringArena, KeepsManyAndLargeStringsStable) {
  StringArena arena;
  std::vector<std::string_view> views;
  for (int i = 0; i < 5000; ++i) views.push_back(arena.copy("string number " + std::to_string(i)));
  const std::string big(100000, 'b');
  const std::string_view big_view = arena.copy(big);
  views.push_back(arena.copy("after the big one"));
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(views[i], "string number " + std::to_string(i));
  EXPECT_EQ(big_view, big);
  EXPECT_EQ(views.back(), "after the big one");
}

}  // namespace
}  // namespace quarry::core
