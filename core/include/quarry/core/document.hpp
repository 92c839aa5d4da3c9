// The core's document model: validated UTF-8 text plus the text services every plugin shares.
#ifndef QUARRY_CORE_DOCUMENT_HPP
#define QUARRY_CORE_DOCUMENT_HPP

#include <quarry/plugin.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quarry::core {

// What a caller hands in: the text and what is known about it.
struct DocumentInput {
  std::string id;              // file path or JSONL id; may be empty
  std::string text;            // must be UTF-8
  std::string reference_date;  // "YYYY-MM-DD" (document creation time) or empty when unknown
  std::vector<std::pair<std::string, std::string>> metadata;  // e.g. {"source", "000.txt"}
};

// Input that cannot become a document: the message says what is wrong and where, for the user.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// True for a real calendar date written "YYYY-MM-DD".
bool is_iso_date(std::string_view s);

class Document {
 public:
  // Validates and analyses the input. Throws InputError for an empty or whitespace-only text, a text with
  // NUL bytes (binary data), invalid UTF-8 (naming the byte offset), a text too large for 32-bit offsets,
  // or a reference date that is not a valid YYYY-MM-DD.
  explicit Document(DocumentInput input);

  const std::string& id() const { return input_.id; }
  const std::string& text() const { return input_.text; }
  const std::string& reference_date() const { return input_.reference_date; }
  const std::vector<quarry_token>& tokens() const { return tokens_; }
  const std::vector<quarry_sentence>& sentences() const { return sentences_; }
  // The metadata value for key, or empty.
  std::string_view metadata(std::string_view key) const;

 private:
  DocumentInput input_;
  std::vector<quarry_token> tokens_;
  std::vector<quarry_sentence> sentences_;
};

}  // namespace quarry::core

#endif  // QUARRY_CORE_DOCUMENT_HPP
