// The human format of `quarry extract --format pretty`: the text with every extraction marked inline
// (⟦…⟧ with a label such as F1, A3), then one line per extraction with its attributes. Colour per kind
// when writing to a terminal.
#ifndef QUARRY_CLI_PRETTY_PRINTER_HPP
#define QUARRY_CLI_PRETTY_PRINTER_HPP

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>

namespace quarry::cli {

// Prints one document from its JSON output (document_json) and its text.
void print_pretty(std::ostream& out, std::string_view text, const nlohmann::ordered_json& doc, bool colour);

}  // namespace quarry::cli

#endif  // QUARRY_CLI_PRETTY_PRINTER_HPP
