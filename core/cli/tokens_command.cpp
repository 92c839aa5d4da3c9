// quarry tokens FILE: shows the core's tokens and sentences, as plugins see them (for plugin authors).
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "document_source.hpp"
#include "quarry/core/document.hpp"

namespace quarry::cli {
namespace {

const char* kind_name(uint32_t kind) {
  switch (kind) {
    case QUARRY_TOKEN_WORD: return "WORD";
    case QUARRY_TOKEN_NUMBER: return "NUMBER";
    case QUARRY_TOKEN_PUNCT: return "PUNCT";
    case QUARRY_TOKEN_QUOTE: return "QUOTE";
    case QUARRY_TOKEN_SYMBOL: return "SYMBOL";
    default: return "?";
  }
}

std::string flag_names(uint32_t flags) {
  static constexpr std::pair<uint32_t, const char*> kNames[] = {
      {QUARRY_TOKEN_SPACE_BEFORE, "space"},   {QUARRY_TOKEN_NEWLINE_BEFORE, "newline"},
      {QUARRY_TOKEN_PARAGRAPH_START, "para"}, {QUARRY_TOKEN_UPPER_INITIAL, "Upper"},
      {QUARRY_TOKEN_ALL_UPPER, "ALLUP"},      {QUARRY_TOKEN_POSSESSIVE, "'s"},
      {QUARRY_TOKEN_QUOTE_DOUBLE, "double"},  {QUARRY_TOKEN_QUOTE_OPEN, "open"},
      {QUARRY_TOKEN_QUOTE_CLOSE, "close"}};
  std::string out;
  for (const auto& [bit, name] : kNames) {
    if (flags & bit) out += std::string(out.empty() ? "" : ",") + name;
  }
  return out;
}

int run_tokens(const std::string& path) {
  try {
    core::DocumentInput input;
    input.id = path;
    input.text = read_input_file(path);
    const core::Document doc(std::move(input));
    const auto& tokens = doc.tokens();
    for (const quarry_sentence& s : doc.sentences()) {
      std::cout << "-- sentence [" << s.begin << ", " << s.end << ") paragraph " << s.paragraph << '\n';
      for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        const quarry_token& t = tokens[i];
        std::cout << "  " << i << '\t' << t.begin << '-' << t.end << '\t' << kind_name(t.kind) << '\t'
                  << doc.text().substr(t.begin, t.end - t.begin) << '\t' << flag_names(t.flags) << '\n';
      }
    }
  } catch (const core::InputError& e) {
    std::cerr << "quarry: " << path << ": " << e.what() << '\n';
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace

std::function<int()> add_tokens_command(CLI::App& app) {
  auto path = std::make_shared<std::string>("-");
  CLI::App* cmd = app.add_subcommand("tokens", "Show the core's tokens and sentences for a file (for plugin authors)");
  cmd->add_option("file", *path, "Text file, or - for stdin");
  return [path] { return run_tokens(*path); };
}

}  // namespace quarry::cli
