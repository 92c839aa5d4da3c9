// Reading one JSON document (a gold line in the shape of shared/gold/SCHEMA.md, or the system output of
// quarry::core::document_json) into an EvalDocument.
//
// Gold is checked strictly, because a wrong gold file silently skews every score: unknown keys (other than
// the metadata keys the shared benchmarks document), enum values outside SCHEMA.md, wrong JSON types, spans
// out of bounds or whose `text` does not equal the bytes, speaker spans out of bounds, an invalid `dct`.
// System output is read leniently: keys it adds (`schema`, `plugins`, `plugin`, other kinds) are ignored,
// and an entry that cannot be placed in the text is dropped, with a problem noted.
#ifndef QUARRY_EVAL_DOCUMENT_READER_HPP
#define QUARRY_EVAL_DOCUMENT_READER_HPP

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "quarry/eval/entries.hpp"

namespace quarry::eval {

enum class ReadMode { kGold, kSystem };

// Reads one gold line's object. Each problem found is appended to `problems` as one sentence naming the
// list, entry index and span (the caller adds file and line); any problem means the document must not be
// scored.
EvalDocument read_gold_document(const nlohmann::json& object, std::vector<std::string>& problems);

// Reads system output (nlohmann::json or nlohmann::ordered_json) for a document whose text is `text` (the
// output does not repeat it). Entries that cannot be placed in the text are dropped with a problem.
template <typename Json>
EvalDocument read_system_document(const Json& object, const std::string& text, std::vector<std::string>& problems);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_DOCUMENT_READER_HPP
