// A document's extractions as JSON in the shape of the gold format (shared/gold/SCHEMA.md): one list per
// annotation kind with start/end (UTF-8 byte offsets), text, the attributes, and the plugin that made each
// entry. Keys keep a fixed order, so the same input and reference date give byte-identical output.
#ifndef QUARRY_CORE_JSON_OUTPUT_HPP
#define QUARRY_CORE_JSON_OUTPUT_HPP

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "quarry/core/document.hpp"
#include "quarry/core/pipeline.hpp"

namespace quarry::core {

// Version of the output shape, written as "schema".
inline constexpr std::string_view kOutputSchema = "quarry-output/1";

// {"schema", "id", "dct", "plugins": {name: version}, then "figures", "actors", "quotes", "dates" and any
// other kinds (alphabetical), then "errors" when a plugin failed}. A span attribute K is written as
// K_start/K_end; a double that holds an integer is written as an integer.
nlohmann::ordered_json document_json(const Document& doc, const DocumentResult& result);

// The record for a document that could not be processed: {"schema", "id", "error"}.
nlohmann::ordered_json document_error_json(std::string_view id, std::string_view message);

// document_json(doc, result).dump(indent) and document_error_json(id, message).dump(indent), the same bytes
// (and the same exception for ill-formed UTF-8), written without building the DOM: for output, where the DOM
// cost as much time as the plugins and many times the text's size in memory.
std::string document_json_text(const Document& doc, const DocumentResult& result, int indent = -1);
std::string document_error_json_text(std::string_view id, std::string_view message, int indent = -1);

}  // namespace quarry::core

#endif  // QUARRY_CORE_JSON_OUTPUT_HPP
