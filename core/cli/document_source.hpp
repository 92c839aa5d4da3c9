// Where the CLI's documents come from: files (one document each), standard input, or JSON Lines (one
// document per line with "id", "text", "dct", as in the gold format). Documents are produced one at a time,
// so a corpus of any size streams through with the memory of one document. A bad input becomes an item
// with an error, never an exception: the batch goes on.
#ifndef QUARRY_CLI_DOCUMENT_SOURCE_HPP
#define QUARRY_CLI_DOCUMENT_SOURCE_HPP

#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "quarry/core/document.hpp"

namespace quarry::cli {

// A JSON Lines line read but not parsed yet: parsing is left to whoever takes the item, so several threads can
// share that work (see BatchRunner).
struct PendingLine {
  std::string line;
  size_t number = 0;         // 1-based line number in its stream
  std::string default_date;  // the reference date when the line has no "dct"
};

struct SourceItem {
  std::string id;                            // file path, JSONL id, or "-" for stdin
  std::optional<core::DocumentInput> input;  // set when the input could be read
  std::string error;                         // why not, otherwise
  size_t bytes = 0;                          // raw size, for progress and throughput
  std::optional<PendingLine> pending;        // from next_unparsed(): a line still to parse
};

class DocumentSource {
 public:
  // `paths` may contain "-" for stdin; empty means stdin. `default_date` ("YYYY-MM-DD" or empty) is the
  // reference date of documents that carry none (a JSONL "dct" wins over it).
  DocumentSource(std::vector<std::string> paths, bool jsonl, std::string default_date);

  // The next document, or nullopt at the end.
  std::optional<SourceItem> next();
  // The same, but a JSON Lines document may come back with its line still `pending`: parse_pending() then
  // turns it into input or error, on any thread (it touches nothing but the item).
  std::optional<SourceItem> next_unparsed();
  static void parse_pending(SourceItem& item);
  // Number of documents when known in advance (files), else 0.
  size_t known_count() const { return jsonl_ ? 0 : paths_.size(); }
  // Bytes read so far / total bytes when known (for progress).
  size_t bytes_read() const { return bytes_read_; }
  size_t total_bytes() const { return total_bytes_; }

 private:
  std::optional<SourceItem> next_file();
  std::optional<SourceItem> next_jsonl();
  bool open_next_stream();

  std::vector<std::string> paths_;
  bool jsonl_;
  std::string default_date_;
  size_t next_path_ = 0;
  size_t bytes_read_ = 0;
  size_t total_bytes_ = 0;
  // JSONL state: the current stream, its name and line number.
  std::unique_ptr<std::ifstream> file_;
  std::istream* stream_ = nullptr;
  std::string stream_name_;
  size_t line_number_ = 0;
};

// Reads a whole file ("-" is stdin). Throws core::InputError naming the problem.
std::string read_input_file(const std::string& path);

}  // namespace quarry::cli

#endif  // QUARRY_CLI_DOCUMENT_SOURCE_HPP
