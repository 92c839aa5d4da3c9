// The quarry binary end to end: run as a user would, with files, stdin and JSON Lines, checking output,
// messages on stderr and exit codes (0 ok, 1 some documents failed, 2 usage error).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using quarry::testing::read_file;

const std::string kQuarry = std::string(QUARRY_BINARY_DIR) + "/bin/quarry";
const std::string kFixtures = std::string(QUARRY_BINARY_DIR) + "/test-plugins/";

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("quarry-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  // Runs quarry with `args` (shell words), stdin from `input`, QUARRY_PLUGIN_PATH set to `plugin_path` or unset.
  CliRun quarry(const std::string& args, const std::string& input = "", const std::string& plugin_path = "") {
    const std::string in = write("stdin.txt", input);
    const fs::path out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    const std::string env = plugin_path.empty() ? "env -u QUARRY_PLUGIN_PATH " : "env QUARRY_PLUGIN_PATH=" + plugin_path + " ";
    const std::string command = env + kQuarry + " " + args + " <" + in + " >" + out.string() + " 2>" + err.string();
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
  }

  fs::path dir_;
};

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST_F(Cli, PrintsVersionWithAbi) {
  const CliRun run = quarry("--version");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("plugin ABI 1."), std::string::npos);
}

TEST_F(Cli, ListsPluginsWithVersionsKindsAndPaths) {
  const CliRun run = quarry("plugins --plugin-dir " + kFixtures + "good");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("count 2.1.0  (ABI 1.0, MIT)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("provides: word_counts   requires: words"), std::string::npos);
  EXPECT_NE(run.out.find(kFixtures + "good/words.so"), std::string::npos);

  const CliRun json = quarry("plugins --json --plugin-dir " + kFixtures + "good");
  const auto listing = nlohmann::json::parse(json.out);
  // The --plugin-dir comes first on the search path; the plugins built beside quarry follow it.
  ASSERT_GE(listing["plugins"].size(), 2u);
  EXPECT_EQ(listing["plugins"][0]["name"], "count");
  EXPECT_EQ(listing["plugins"][0]["requires"], nlohmann::json::array({"words"}));
  EXPECT_EQ(listing["plugins"][1]["name"], "words");
}

TEST_F(Cli, ListsBrokenPluginsWithTheirErrors) {
  const CliRun run = quarry("plugins --plugin-dir " + kFixtures + "broken");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("BROKEN " + kFixtures + "broken/wrong_abi.so"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("rebuild the plugin against the Quarry SDK"), std::string::npos);
  EXPECT_NE(run.out.find("duplicate plugin name 'words'"), std::string::npos);
}

TEST_F(Cli, ExtractSkipsBrokenFilesWithOneLineEachAndGoesOn) {
  const std::string file = write("a.txt", "Seoul spoke.");
  const CliRun run = quarry("extract --plugin-dir " + kFixtures + "broken " + file);
  EXPECT_EQ(run.exit_code, 0);
  size_t lines = 0;
  for (char c : run.err) lines += c == '\n';
  EXPECT_EQ(lines, 5u) << run.err;
  EXPECT_NE(run.err.find("quarry: skipped " + kFixtures + "broken/no_entry.so: not a Quarry plugin"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(run.out)["words"][0]["text"], "Seoul");
}

TEST_F(Cli, ExtractOneFileGivesOneJsonObject) {
  const std::string file = write("one.txt", "Seoul and NATO met.");
  const CliRun run = quarry("extract --date 2025-01-24 --plugin-dir " + kFixtures + "good " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.err.empty()) << run.err;
  const auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(doc["id"], file);
  EXPECT_EQ(doc["dct"], "2025-01-24");
  EXPECT_EQ(doc["words"].size(), 2u);
  EXPECT_EQ(doc["word_counts"][0]["count"], 2);
}

TEST_F(Cli, ExtractReadsStdinWithDashOrNoFile) {
  for (const std::string args : {"extract -", "extract"}) {
    const CliRun run = quarry(args + " --plugin-dir " + kFixtures + "good", "From Stdin.");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const auto doc = nlohmann::json::parse(run.out);
    EXPECT_EQ(doc["id"], "-");
    EXPECT_EQ(doc["words"][0]["text"], "From");
  }
}

TEST_F(Cli, SeveralFilesGiveAJsonArray) {
  const std::string a = write("a.txt", "Alpha one."), b = write("b.txt", "Beta two.");
  const CliRun run = quarry("extract --plugin-dir " + kFixtures + "good " + a + " " + b);
  EXPECT_EQ(run.exit_code, 0);
  const auto docs = nlohmann::json::parse(run.out);
  ASSERT_TRUE(docs.is_array());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1]["id"], b);
}

TEST_F(Cli, BadInputsAreNamedAndTheBatchGoesOn) {
  const std::string good = write("good.txt", "Seoul spoke.");
  const std::string empty = write("empty.txt", "");
  const std::string binary = write("binary.bin", std::string("\x7F" "ELF\0\0\x01", 7));
  const std::string latin1 = write("latin1.txt", "Caf\xE9 au lait");
  const std::string last = write("last.txt", "Geneva last.");
  const CliRun run = quarry("extract --format jsonl --plugin-dir " + kFixtures + "good " + good + " " + empty + " " +
                         binary + " " + latin1 + " /nonexistent/file.txt " + dir_.string() + " " + last);
  EXPECT_EQ(run.exit_code, 1);
  const auto lines = json_lines(run.out);
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[0]["words"][0]["text"], "Seoul");
  EXPECT_EQ(lines[1]["error"], "empty document");
  EXPECT_NE(lines[2]["error"].get<std::string>().find("binary data"), std::string::npos);
  EXPECT_NE(lines[3]["error"].get<std::string>().find("invalid UTF-8 at byte offset 3"), std::string::npos);
  EXPECT_NE(lines[4]["error"].get<std::string>().find("cannot open"), std::string::npos);
  EXPECT_NE(lines[5]["error"].get<std::string>().find("is a directory"), std::string::npos);
  EXPECT_EQ(lines[6]["words"][0]["text"], "Geneva");
  EXPECT_NE(run.err.find("quarry: " + latin1 + ": invalid UTF-8"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("5 of 7 documents failed"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("\r"), std::string::npos);  // no progress bar when stderr is not a terminal
}

// Ill-formed UTF-8 outside a document's text (a file name, a byte a JSON parse error quotes) reaches the output
// as U+FFFD; it once aborted the whole run.
TEST_F(Cli, IllFormedBytesInNamesAndParseErrorsDoNotStopTheRun) {
  const std::string odd_name = write("bad\xFFname.txt", "Seoul spoke.");
  const std::string corpus = write("corpus.jsonl", "{\"id\": \"d1\", \"text\": \"Seoul spoke.\"}\n"
                                                   "{\"id\": \"d2\", \xFF}\n"
                                                   "{\"id\": \"d3\", \"text\": \"Geneva last.\"}\n");
  for (const std::string format : {"jsonl", "json"}) {
    const CliRun named = quarry("extract --format " + format + " --plugin-dir " + kFixtures + "good " + odd_name);
    EXPECT_EQ(named.exit_code, 0) << named.err;
    const auto doc = format == "jsonl" ? json_lines(named.out).at(0) : nlohmann::json::parse(named.out);
    EXPECT_EQ(doc["id"], (dir_ / "bad\xEF\xBF\xBDname.txt").string());
    EXPECT_EQ(doc["words"][0]["text"], "Seoul");
  }
  const CliRun run = quarry("extract --jsonl-in --format jsonl --plugin-dir " + kFixtures + "good " + corpus);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const auto lines = json_lines(run.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[1]["error"].get<std::string>().find("invalid JSON"), std::string::npos);
  EXPECT_NE(lines[1]["error"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(lines[2]["words"][0]["text"], "Geneva");
}

TEST_F(Cli, AThrowingPluginFailsItsDocumentOnly) {
  const std::string boom = write("boom.txt", "This goes boom.");
  const std::string fine = write("fine.txt", "Seoul is fine.");
  const CliRun run = quarry("extract --format jsonl --plugin-dir " + kFixtures + "good " + boom + " " + fine);
  EXPECT_EQ(run.exit_code, 1);
  const auto lines = json_lines(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["errors"][0]["message"], "found boom, exploding");
  EXPECT_FALSE(lines[1].contains("errors"));
  EXPECT_NE(run.err.find("plugin 'words' failed: found boom, exploding"), std::string::npos);
}

TEST_F(Cli, StreamsJsonLinesCarryingIdsAndDates) {
  const std::string corpus = write("corpus.jsonl",
                                   R"({"id": "d1", "text": "Seoul spoke.", "dct": "2024-12-23", "source": "x"})" "\n"
                                   "\n"
                                   R"({"id": "d2", "text": "No date here.", "dct": null})" "\n"
                                   "{not json}\n"
                                   R"({"id": "d4"})" "\n"
                                   R"({"id": "d5", "text": "Timed DCT.", "dct": "1998-01-08T18:30"})" "\n");
  const CliRun run = quarry("extract --jsonl-in --format jsonl --date 2000-01-01 --plugin-dir " + kFixtures + "good " + corpus);
  EXPECT_EQ(run.exit_code, 1);
  const auto lines = json_lines(run.out);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0]["id"], "d1");
  EXPECT_EQ(lines[0]["dct"], "2024-12-23");
  EXPECT_EQ(lines[0]["word_counts"][0]["source"], "x");
  EXPECT_EQ(lines[1]["dct"], "2000-01-01");  // --date fills in a missing dct
  EXPECT_NE(lines[2]["error"].get<std::string>().find("line 4: invalid JSON"), std::string::npos);
  EXPECT_EQ(lines[3]["id"], "d4");
  EXPECT_NE(lines[3]["error"].get<std::string>().find("no \"text\""), std::string::npos);
  EXPECT_EQ(lines[4]["dct"], "1998-01-08");
}

TEST_F(Cli, ParallelJobsGiveTheSameOutputInTheSameOrder) {
  std::string corpus;
  for (int i = 0; i < 300; ++i) {
    corpus += R"({"id": "doc)" + std::to_string(i) + R"(", "text": "Seoul met NATO in Geneva on day )" + std::to_string(i) +
              (i % 50 == 7 ? " boom" : "") + R"(."})" + "\n";
  }
  const std::string file = write("many.jsonl", corpus);
  const std::string args = " --jsonl-in --format jsonl --plugins words,count --plugin-dir " + kFixtures + "good " + file;
  const CliRun one = quarry("extract -j 1" + args);
  const CliRun three = quarry("extract --jobs 3" + args);
  EXPECT_EQ(one.exit_code, 1);  // the "boom" documents fail, the others go on
  EXPECT_EQ(three.exit_code, 1);
  EXPECT_EQ(one.out, three.out);
  EXPECT_EQ(one.err, three.err);
  EXPECT_EQ(json_lines(three.out).size(), 300u);
  EXPECT_EQ(json_lines(three.out)[299]["id"], "doc299");
  EXPECT_EQ(quarry("extract -j 0" + args).exit_code, 2);
}

TEST_F(Cli, PrettyFormatMarksExtractionsInTheText) {
  const std::string file = write("p.txt", "Seoul met NATO.");
  const CliRun run = quarry("extract --format pretty --plugins words,count --plugin-dir " + kFixtures + "good " + file);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("\u27E6\u27E6Seoul\u27E7words1 met \u27E6NATO\u27E7words2.\u27E7word_counts1"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("words2  \"NATO\"  length=4"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("\033["), std::string::npos);  // no colour when not a terminal
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
  const std::string file = write("u.txt", "Text.");
  const std::string good = " --plugin-dir " + kFixtures + "good ";
  EXPECT_EQ(quarry("extract --date 2025-13-01" + good + file).exit_code, 2);
  EXPECT_EQ(quarry("extract --format xml" + good + file).exit_code, 2);
  const CliRun unknown = quarry("extract --plugins nope" + good + file);
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown plugin 'nope' (available: count, words"), std::string::npos) << unknown.err;
  const CliRun cycle = quarry("extract --plugin-dir " + kFixtures + "cycle " + file);
  EXPECT_EQ(cycle.exit_code, 2);
  EXPECT_NE(cycle.err.find("dependency cycle among plugins 'alpha', 'beta'"), std::string::npos) << cycle.err;
  const CliRun missing = quarry("extract --plugin-dir " + kFixtures + "missing " + file);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("plugin 'gamma' requires 'unobtainium'"), std::string::npos);
  EXPECT_EQ(quarry("frobnicate").exit_code, 2);
  EXPECT_EQ(quarry("").exit_code, 2);
}

TEST_F(Cli, SelectedPluginPullsInWhatItRequires) {
  const std::string file = write("s.txt", "Seoul spoke.");
  const CliRun run = quarry("extract --plugins count --plugin-dir " + kFixtures + "good " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(doc["word_counts"][0]["count"], 1);
}

TEST_F(Cli, FindsPluginsThroughTheEnvironmentVariable) {
  const std::string file = write("e.txt", "Seoul spoke.");
  const CliRun run = quarry("extract " + file, "", "/nonexistent:" + kFixtures + "good");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out)["words"][0]["text"], "Seoul");
}

TEST_F(Cli, FindsThePluginsBuiltBesideItWithoutFlags) {
  const CliRun run = quarry("plugins --json");
  const auto listing = nlohmann::json::parse(run.out);
  EXPECT_NE(listing["search_path"].get<std::string>().find(fs::path(QUARRY_BINARY_DIR).filename().string() +
                                                           "/lib/quarry/plugins"),
            std::string::npos);
  for (const char* name : {"figures", "actors", "quotes", "dates"}) {
    bool found = false;
    for (const auto& plugin : listing["plugins"]) found |= plugin["name"] == name;
    EXPECT_TRUE(found) << "plugin " << name << " not found beside the binary: " << run.out;
  }
}

TEST_F(Cli, ExtractsFromEverySeedWithTheBuiltPlugins) {
  QUARRY_REQUIRE_SHARED("seeds");
  std::string files;
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(quarry::testing::shared_dir() / "seeds")) {
    files += " " + entry.path().string();
    ++count;
  }
  const CliRun run = quarry("extract --format jsonl --date 2025-01-24" + files);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto lines = json_lines(run.out);
  ASSERT_EQ(lines.size(), count);
  for (const auto& doc : lines) {
    for (const char* kind : {"figures", "actors", "quotes", "dates"}) {
      ASSERT_TRUE(doc.contains(kind)) << doc["id"] << " lacks " << kind;
      EXPECT_FALSE(doc[kind].empty()) << doc["id"] << " has no " << kind;
    }
  }
}

}  // namespace
