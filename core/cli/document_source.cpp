#include "document_source.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

namespace quarry::cli {

std::string read_input_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return std::move(buffer).str();
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw core::InputError("is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw core::InputError(std::string("cannot open: ") + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw core::InputError(std::string("read error: ") + std::strerror(errno));
  return text;
}

DocumentSource::DocumentSource(std::vector<std::string> paths, bool jsonl, std::string default_date)
    : paths_(std::move(paths)), jsonl_(jsonl), default_date_(std::move(default_date)) {
  if (paths_.empty()) paths_.push_back("-");
  for (const std::string& path : paths_) {
    std::error_code error;
    if (path != "-") {
      const auto size = std::filesystem::file_size(path, error);
      if (!error) total_bytes_ += size;
    }
  }
}

std::optional<SourceItem> DocumentSource::next() {
  std::optional<SourceItem> item = next_unparsed();
  if (item) parse_pending(*item);
  return item;
}

std::optional<SourceItem> DocumentSource::next_unparsed() { return jsonl_ ? next_jsonl() : next_file(); }

std::optional<SourceItem> DocumentSource::next_file() {
  if (next_path_ >= paths_.size()) return std::nullopt;
  SourceItem item;
  item.id = paths_[next_path_++];
  try {
    core::DocumentInput input;
    input.id = item.id;
    input.text = read_input_file(item.id);
    input.reference_date = default_date_;
    item.bytes = input.text.size();
    item.input = std::move(input);
  } catch (const core::InputError& e) {
    item.error = e.what();
  }
  bytes_read_ += item.bytes;
  return item;
}

bool DocumentSource::open_next_stream() {
  file_.reset();
  stream_ = nullptr;
  if (next_path_ >= paths_.size()) return false;
  stream_name_ = paths_[next_path_++];
  line_number_ = 0;
  if (stream_name_ == "-") {
    stream_ = &std::cin;
  } else {
    file_ = std::make_unique<std::ifstream>(stream_name_, std::ios::binary);
    stream_ = file_.get();
  }
  return true;
}

std::optional<SourceItem> DocumentSource::next_jsonl() {
  std::string line;
  while (true) {
    if (!stream_) {
      if (!open_next_stream()) return std::nullopt;
      if (!*stream_) {
        SourceItem item;
        item.id = stream_name_;
        item.error = std::string("cannot open: ") + std::strerror(errno);
        stream_ = nullptr;
        return item;
      }
    }
    if (!std::getline(*stream_, line)) {
      stream_ = nullptr;
      continue;
    }
    ++line_number_;
    bytes_read_ += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines separate nothing
    break;
  }

  SourceItem item;
  item.id = stream_name_ + ":" + std::to_string(line_number_);
  item.bytes = line.size();
  item.pending = PendingLine{std::move(line), line_number_, default_date_};
  return item;
}

void DocumentSource::parse_pending(SourceItem& item) {
  if (!item.pending) return;
  const PendingLine pending = std::move(*item.pending);
  item.pending.reset();
  const auto fail = [&](const std::string& why) { item.error = "line " + std::to_string(pending.number) + ": " + why; };
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(pending.line);
  } catch (const nlohmann::json::parse_error& e) {
    return fail(std::string("invalid JSON (") + e.what() + ")");
  }
  if (!doc.is_object()) return fail("not a JSON object");
  if (doc.contains("id")) {
    const auto& id = doc["id"];
    item.id = id.is_string() ? id.get<std::string>() : id.dump();
  }
  if (!doc.contains("text") || !doc["text"].is_string()) return fail("no \"text\" string");
  core::DocumentInput input;
  input.id = item.id;
  input.text = doc["text"].get<std::string>();
  input.reference_date = pending.default_date;
  if (doc.contains("dct") && !doc["dct"].is_null()) {
    if (!doc["dct"].is_string()) return fail("\"dct\" is not a string");
    // Gold DCTs may carry a time ("1998-01-08T18:30"); the reference date is the day.
    input.reference_date = doc["dct"].get<std::string>().substr(0, 10);
  }
  for (const auto& [key, value] : doc.items()) {
    if (key != "id" && key != "text" && key != "dct" && value.is_string()) {
      input.metadata.emplace_back(key, value.get<std::string>());
    }
  }
  item.input = std::move(input);
}

}  // namespace quarry::cli
