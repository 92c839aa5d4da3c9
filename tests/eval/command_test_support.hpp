// Running the quarry binary from the eval command tests: a scratch folder per test, and the fixture plugin
// `digits` (tests/eval/fixtures) selected explicitly so real plugins in the build tree do not change results.
#ifndef QUARRY_TESTS_EVAL_COMMAND_TEST_SUPPORT_HPP
#define QUARRY_TESTS_EVAL_COMMAND_TEST_SUPPORT_HPP

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace quarry::testing {

inline std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

struct CommandRun {
  int exit_code;
  std::string out;
  std::string err;
};

class QuarryCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("quarry-eval-" + std::to_string(::getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // Runs `quarry ARGS --plugin-dir <eval fixtures> --plugins digits` (shell words).
  CommandRun quarry(const std::string& args) {
    const std::string out = path("stdout.txt"), err = path("stderr.txt");
    const std::string command = "env -u QUARRY_PLUGIN_PATH " + std::string(QUARRY_BINARY_DIR) + "/bin/quarry " + args +
                                " --plugin-dir " + std::string(QUARRY_BINARY_DIR) +
                                "/test-plugins/eval --plugins digits </dev/null >" + out + " 2>" + err;
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, file_text(out), file_text(err)};
  }

  std::filesystem::path dir_;
};

}  // namespace quarry::testing

#endif  // QUARRY_TESTS_EVAL_COMMAND_TEST_SUPPORT_HPP
