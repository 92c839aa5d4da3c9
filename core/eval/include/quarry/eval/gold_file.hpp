// Loading a gold file (JSON Lines, shared/gold/SCHEMA.md) and a system output file (JSON Lines of
// `quarry extract --format jsonl`), with every problem reported as FILE:LINE.
#ifndef QUARRY_EVAL_GOLD_FILE_HPP
#define QUARRY_EVAL_GOLD_FILE_HPP

#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

#include "quarry/eval/entries.hpp"

namespace quarry::eval {

// A gold file that must not be scored. what() lists the first problems, one "FILE:LINE: ..." line each.
class GoldFileError : public std::runtime_error {
 public:
  GoldFileError(const std::string& message, std::vector<std::string> problems)
      : std::runtime_error(message), problems_(std::move(problems)) {}
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

// Reads and validates every line (blank lines are skipped): invalid JSON, unknown keys, enum values outside
// SCHEMA.md, spans whose text does not match, duplicate ids. Throws GoldFileError naming all problems found.
std::vector<EvalDocument> read_gold(std::istream& in, const std::string& name);
std::vector<EvalDocument> load_gold_file(const std::string& path);

// Reads system output for the given gold documents, matched by "id"; the result is parallel to `gold`. A gold
// document with no line in the output gets an error and empty lists for every list the file produces
// elsewhere (so its gold entries count as missed); lines for other ids are ignored. Problems (bad lines,
// dropped entries, missing documents) are appended as "FILE:LINE: ...".
std::vector<EvalDocument> load_system_file(const std::string& path, const std::vector<EvalDocument>& gold,
                                           std::vector<std::string>& problems);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_GOLD_FILE_HPP
