#include "quarry/eval/gold_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "quarry/eval/document_reader.hpp"

namespace quarry::eval {
namespace {

// How many problems a GoldFileError message shows before "and N more".
constexpr size_t kProblemsShown = 20;

std::ifstream open_or_throw(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GoldFileError(path + ": cannot open: " + std::strerror(errno), {});
  return in;
}

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

std::string parse_error_text(const nlohmann::json::parse_error& e) {
  // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column N: ";
  // the line is always 1 here (one line at a time), so keep the column and the reason.
  std::string what = e.what();
  const size_t at = what.find("column");
  return "invalid JSON at " + (at == std::string::npos ? what : what.substr(at));
}

}  // namespace

std::vector<EvalDocument> read_gold(std::istream& in, const std::string& name) {
  std::vector<EvalDocument> docs;
  std::vector<std::string> problems;
  std::unordered_map<std::string, size_t> line_of_id;
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (is_blank(line)) continue;
    const std::string where = name + ":" + std::to_string(line_number) + ": ";
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      problems.push_back(where + parse_error_text(e));
      continue;
    }
    std::vector<std::string> found;
    EvalDocument doc = read_gold_document(object, found);
    doc.line = line_number;
    const std::string id_part = doc.id.empty() ? "" : "document \"" + doc.id + "\": ";
    for (const std::string& problem : found) problems.push_back(where + id_part + problem);
    if (!doc.id.empty()) {
      const auto [it, inserted] = line_of_id.emplace(doc.id, line_number);
      if (!inserted) {
        problems.push_back(where + "id \"" + doc.id + "\" already used on line " + std::to_string(it->second));
      }
    }
    docs.push_back(std::move(doc));
  }
  if (in.bad()) problems.push_back(name + ": read error");
  if (!problems.empty()) {
    std::string message = name + ": not a valid gold file (" + std::to_string(problems.size()) + " problem" +
                          (problems.size() == 1 ? "" : "s") + "):";
    for (size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) message += "\n  " + problems[i];
    if (problems.size() > kProblemsShown) {
      message += "\n  ... and " + std::to_string(problems.size() - kProblemsShown) + " more";
    }
    throw GoldFileError(message, std::move(problems));
  }
  return docs;
}

std::vector<EvalDocument> load_gold_file(const std::string& path) {
  std::ifstream in = open_or_throw(path);
  return read_gold(in, path);
}

std::vector<EvalDocument> load_system_file(const std::string& path, const std::vector<EvalDocument>& gold,
                                           std::vector<std::string>& problems) {
  std::ifstream in = open_or_throw(path);
  std::unordered_map<std::string, size_t> index_of_id;
  for (size_t i = 0; i < gold.size(); ++i) index_of_id.emplace(gold[i].id, i);

  std::vector<std::optional<EvalDocument>> found(gold.size());
  bool any_figures = false, any_actors = false, any_quotes = false, any_dates = false;
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (is_blank(line)) continue;
    const std::string where = path + ":" + std::to_string(line_number) + ": ";
    nlohmann::json object;
    try {
      object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      problems.push_back(where + parse_error_text(e));
      continue;
    }
    if (!object.is_object() || !object.contains("id") || !object["id"].is_string()) {
      problems.push_back(where + "not a JSON object with an \"id\" string");
      continue;
    }
    const auto it = index_of_id.find(object["id"].get<std::string>());
    if (it == index_of_id.end()) continue;
    std::vector<std::string> entry_problems;
    EvalDocument doc = read_system_document(object, gold[it->second].text, entry_problems);
    for (const std::string& problem : entry_problems) problems.push_back(where + doc.id + ": " + problem);
    doc.line = line_number;
    any_figures |= doc.figures.has_value();
    any_actors |= doc.actors.has_value();
    any_quotes |= doc.quotes.has_value();
    any_dates |= doc.dates.has_value();
    found[it->second] = std::move(doc);
  }

  std::vector<EvalDocument> system;
  system.reserve(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!found[i]) {
      problems.push_back(path + ": no output for document \"" + gold[i].id + "\" (its gold entries count as missed)");
      found[i].emplace();
      found[i]->id = gold[i].id;
      found[i]->text = gold[i].text;
      found[i]->error = "no system output";
    }
    // A document that failed (an "error" record) still owes the lists the run produced for the others.
    EvalDocument& doc = *found[i];
    if (any_figures && !doc.figures) doc.figures.emplace();
    if (any_actors && !doc.actors) doc.actors.emplace();
    if (any_quotes && !doc.quotes) doc.quotes.emplace();
    if (any_dates && !doc.dates) doc.dates.emplace();
    system.push_back(std::move(doc));
  }
  return system;
}

}  // namespace quarry::eval
