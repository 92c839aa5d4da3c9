#include "pretty_printer.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace quarry::cli {
namespace {

using nlohmann::ordered_json;

struct Mark {
  size_t begin;
  size_t end;
  std::string label;
  const char* colour;
};

const char* colour_of(std::string_view kind) {
  if (kind == "figures") return "\033[33m";  // yellow
  if (kind == "actors") return "\033[36m";   // cyan
  if (kind == "quotes") return "\033[35m";   // magenta
  if (kind == "dates") return "\033[32m";    // green
  return "\033[34m";                         // blue
}

bool is_list_key(const std::string& key, const ordered_json& value) {
  return value.is_array() && key != "errors";
}

// F1, A2, Q3, D4 for the four schema lists; other kinds keep their name ("words3"), as initials could clash.
std::string label_of(std::string_view kind, size_t index) {
  const bool schema_kind = kind == "figures" || kind == "actors" || kind == "quotes" || kind == "dates";
  const std::string prefix = schema_kind ? std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0]))))
                                         : std::string(kind);
  return prefix + std::to_string(index + 1);
}

std::string describe(const ordered_json& entry) {
  std::string line;
  for (const auto& [key, value] : entry.items()) {
    if (key == "start" || key == "end" || key == "text" || key == "plugin" || value.is_null()) continue;
    line += "  " + key + "=" + (value.is_string() ? value.get<std::string>() : value.dump());
  }
  return line;
}

}  // namespace

void print_pretty(std::ostream& out, std::string_view text, const ordered_json& doc, bool colour) {
  const char* bold = colour ? "\033[1m" : "";
  const char* reset = colour ? "\033[0m" : "";
  out << bold << "== " << doc.value("id", std::string()) << reset;
  if (doc.contains("dct") && doc["dct"].is_string()) out << "  (reference date " << doc["dct"].get<std::string>() << ")";
  out << '\n';
  if (doc.contains("error")) {
    out << "error: " << doc["error"].get<std::string>() << "\n\n";
    return;
  }

  std::vector<Mark> marks;
  for (const auto& [kind, list] : doc.items()) {
    if (!is_list_key(kind, list)) continue;
    for (size_t i = 0; i < list.size(); ++i) {
      marks.push_back({list[i]["start"].get<size_t>(), list[i]["end"].get<size_t>(), label_of(kind, i),
                       colour ? colour_of(kind) : ""});
    }
  }
  // Events in text order: closings before openings at the same offset; longer spans open first.
  struct Event {
    size_t at;
    bool open;
    const Mark* mark;
  };
  std::vector<Event> events;
  for (const Mark& m : marks) {
    events.push_back({m.begin, true, &m});
    events.push_back({m.end, false, &m});
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.at != b.at) return a.at < b.at;
    if (a.open != b.open) return !a.open;
    const size_t len_a = a.mark->end - a.mark->begin, len_b = b.mark->end - b.mark->begin;
    return a.open ? len_a > len_b : len_a < len_b;
  });
  size_t pos = 0;
  for (const Event& e : events) {
    out << text.substr(pos, e.at - pos);
    pos = e.at;
    if (e.open) {
      out << e.mark->colour << "\u27E6" << reset;
    } else {
      out << e.mark->colour << "\u27E7" << e.mark->label << reset;
    }
  }
  out << text.substr(pos);
  if (!text.empty() && text.back() != '\n') out << '\n';
  out << '\n';

  for (const auto& [kind, list] : doc.items()) {
    if (!is_list_key(kind, list)) continue;
    const char* kind_colour = colour ? colour_of(kind) : "";
    out << bold << kind_colour << kind << reset << " (" << list.size() << ")\n";
    for (size_t i = 0; i < list.size(); ++i) {
      const ordered_json& entry = list[i];
      out << "  " << kind_colour << label_of(kind, i) << reset << "  \"" << entry["text"].get<std::string>()
          << "\"" << describe(entry) << '\n';
    }
  }
  if (doc.contains("errors")) {
    for (const auto& error : doc["errors"]) {
      out << "error in plugin " << error["plugin"].get<std::string>() << ": " << error["message"].get<std::string>()
          << '\n';
    }
  }
  out << '\n';
}

}  // namespace quarry::cli
