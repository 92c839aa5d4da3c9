// quarry: the command-line host. Subcommands live in *_command.cpp.
#include <iostream>
#include <map>

#include <quarry/plugin.h>

#include "commands.hpp"
#include "quarry/core/version.hpp"

int main(int argc, char** argv) {
  CLI::App app{"Quarry: structured facts (figures, actors, quotes, dates) from news text", "quarry"};
  app.set_version_flag("--version", std::string("quarry ") + quarry::core::kVersion + " (plugin ABI " +
                                        std::to_string(QUARRY_ABI_MAJOR) + "." + std::to_string(QUARRY_ABI_MINOR) + ")");
  app.require_subcommand(1);
  std::map<std::string, std::function<int()>> commands;
  commands["extract"] = quarry::cli::add_extract_command(app);
  commands["plugins"] = quarry::cli::add_plugins_command(app);
  commands["tokens"] = quarry::cli::add_tokens_command(app);
  commands["eval"] = quarry::cli::add_eval_command(app);
  commands["bench"] = quarry::cli::add_bench_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? quarry::cli::kExitOk : quarry::cli::kExitUsage;
  }
  for (const CLI::App* sub : app.get_subcommands()) {
    return commands.at(sub->get_name())();
  }
  return quarry::cli::kExitUsage;
}
