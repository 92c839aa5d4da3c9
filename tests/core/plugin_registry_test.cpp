#include "quarry/core/plugin_registry.hpp"

#include <gtest/gtest.h>

#include <string>

namespace quarry::core {
namespace {

const std::string kFixtures = std::string(QUARRY_BINARY_DIR) + "/test-plugins/";

std::string problem_for(const PluginRegistry& registry, const std::string& file) {
  for (const LoadProblem& p : registry.problems()) {
    if (p.path.size() >= file.size() && p.path.compare(p.path.size() - file.size(), file.size(), file) == 0) {
      return p.message;
    }
  }
  return "";
}

TEST(PluginRegistry, LoadsGoodPluginsWithTheirDescriptors) {
  PluginRegistry registry;
  registry.load_directory(kFixtures + "good", true);
  EXPECT_TRUE(registry.problems().empty());
  ASSERT_EQ(registry.plugins().size(), 2u);
  const auto count = registry.find("count");
  ASSERT_NE(count, nullptr);
  EXPECT_EQ(count->version(), "2.1.0");
  EXPECT_EQ(count->provides(), std::vector<std::string>{"word_counts"});
  EXPECT_EQ(count->requires_kinds(), std::vector<std::string>{"words"});
  EXPECT_NE(count->path().find("count.so"), std::string::npos);
}

TEST(PluginRegistry, SkipsEveryBrokenFileWithAClearReason) {
  PluginRegistry registry;
  registry.load_directory(kFixtures + "broken", true);
  ASSERT_EQ(registry.plugins().size(), 1u);  // only words.so
  EXPECT_EQ(registry.plugins()[0]->name(), "words");
  EXPECT_NE(problem_for(registry, "not_a_plugin.so").find("not a loadable library"), std::string::npos);
  EXPECT_NE(problem_for(registry, "no_entry.so").find("not a Quarry plugin: no quarry_plugin_entry_v1"),
            std::string::npos);
  const std::string wrong_abi = problem_for(registry, "wrong_abi.so");
  EXPECT_NE(wrong_abi.find("ABI 99.0"), std::string::npos);
  EXPECT_NE(wrong_abi.find("rebuild the plugin"), std::string::npos);
  EXPECT_NE(problem_for(registry, "small_struct.so").find("descriptor is 40 bytes"), std::string::npos);
  EXPECT_NE(problem_for(registry, "words_copy.so").find("duplicate plugin name 'words'"), std::string::npos);
  EXPECT_EQ(registry.problems().size(), 5u);
}

TEST(PluginRegistry, FirstDirectoryWinsOnDuplicates) {
  PluginRegistry registry;
  registry.load_directory(kFixtures + "good", true);
  registry.load_directory(kFixtures + "broken", true);
  EXPECT_NE(registry.find("words")->path().find("/good/"), std::string::npos);
}

TEST(PluginRegistry, MissingDirectoryIsAProblemOnlyWhenAskedFor) {
  PluginRegistry registry;
  registry.load_directory("/nonexistent/quarry-plugins", false);
  EXPECT_TRUE(registry.problems().empty());
  registry.load_directory("/nonexistent/quarry-plugins", true);
  ASSERT_EQ(registry.problems().size(), 1u);
  EXPECT_EQ(registry.problems()[0].message, "plugin directory not found");
}

TEST(PluginRegistry, LoadingAFileThatIsNotALibraryDoesNotThrow) {
  PluginRegistry registry;
  EXPECT_FALSE(registry.load_file(kFixtures + "broken/not_a_plugin.so"));
  EXPECT_FALSE(registry.load_file("/nonexistent.so"));
  EXPECT_EQ(registry.problems().size(), 2u);
}

TEST(PluginSearchPath, OrdersFlagsThenEnvironmentThenInstallDirectory) {
  const auto path = plugin_search_path({"/flag/a", "/flag/b"}, "/env/one::/env/two");
  ASSERT_EQ(path.size(), 5u);
  EXPECT_EQ(path[0], "/flag/a");
  EXPECT_EQ(path[1], "/flag/b");
  EXPECT_EQ(path[2], "/env/one");
  EXPECT_EQ(path[3], "/env/two");
  EXPECT_NE(path[4].find("lib/quarry/plugins"), std::string::npos);
}

TEST(Descriptor, SplitsKindLists) {
  EXPECT_EQ(split_kinds("a, b,c"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(split_kinds("").empty());
  EXPECT_TRUE(split_kinds(" , ").empty());
}

TEST(Descriptor, RejectsNullAndBadNames) {
  EXPECT_NE(check_descriptor(nullptr).find("no descriptor"), std::string::npos);
}

}  // namespace
}  // namespace quarry::core
