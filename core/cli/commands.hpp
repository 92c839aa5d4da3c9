// The subcommands of the `quarry` CLI. Each registers its options on the app and runs when chosen;
// run functions return the process exit code: 0 ok, 1 some documents failed, 2 usage error.
#ifndef QUARRY_CLI_COMMANDS_HPP
#define QUARRY_CLI_COMMANDS_HPP

#include <CLI/CLI.hpp>

#include <functional>

namespace quarry::cli {

enum ExitCode : int { kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2 };

// Each adds its subcommand to `app` and returns the function that runs it once parsed.
std::function<int()> add_extract_command(CLI::App& app);
std::function<int()> add_plugins_command(CLI::App& app);
std::function<int()> add_tokens_command(CLI::App& app);
std::function<int()> add_eval_command(CLI::App& app);
std::function<int()> add_bench_command(CLI::App& app);

}  // namespace quarry::cli

#endif  // QUARRY_CLI_COMMANDS_HPP
