#include "quarry/core/json_output.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace quarry::core {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view kSchemaKinds[] = {"figures", "actors", "quotes", "dates"};

std::string_view view(quarry_str s) { return s.size == 0 ? std::string_view{} : std::string_view(s.data, s.size); }

void put_attr(ordered_json& entry, const quarry_attr& attr) {
  const std::string key(view(attr.key));
  const quarry_value& v = attr.value;
  switch (v.type) {
    case QUARRY_VALUE_BOOL:
      entry[key] = v.as.boolean != 0;
      break;
    case QUARRY_VALUE_INT:
      entry[key] = v.as.integer;
      break;
    case QUARRY_VALUE_DOUBLE: {
      const double d = v.as.number;
      if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0) {
        entry[key] = static_cast<int64_t>(d);
      } else {
        entry[key] = d;
      }
      break;
    }
    case QUARRY_VALUE_STRING:
      entry[key] = std::string(view(v.as.string));
      break;
    case QUARRY_VALUE_SPAN:
      entry[key + "_start"] = v.as.span.begin;
      entry[key + "_end"] = v.as.span.end;
      break;
    default:
      entry[key] = nullptr;
      break;
  }
}

// Output order of kinds: the four schema lists first, then the others alphabetically.
std::vector<std::string> ordered_kinds(const DocumentResult& result) {
  std::vector<std::string> others;
  std::vector<std::string> kinds;
  for (std::string_view kind : kSchemaKinds) {
    for (const PluginOutcome& o : result.outcomes) {
      if (o.plugin->provides_kind(kind) && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        kinds.emplace_back(kind);
      }
    }
  }
  for (const PluginOutcome& o : result.outcomes) {
    for (const std::string& kind : o.plugin->provides()) {
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end() &&
          std::find(others.begin(), others.end(), kind) == others.end()) {
        others.push_back(kind);
      }
    }
  }
  std::sort(others.begin(), others.end());
  kinds.insert(kinds.end(), others.begin(), others.end());
  return kinds;
}

struct Row {
  const PluginOutcome* outcome;
  const AnnotationSet::Entry* entry;
};

}  // namespace

ordered_json document_json(const Document& doc, const DocumentResult& result) {
  ordered_json out;
  out["schema"] = kOutputSchema;
  out["id"] = doc.id();
  out["dct"] = doc.reference_date().empty() ? ordered_json(nullptr) : ordered_json(doc.reference_date());
  ordered_json& plugins = out["plugins"] = ordered_json::object();
  for (const PluginOutcome& o : result.outcomes) plugins[std::string(o.plugin->name())] = o.plugin->version();

  const std::string& text = doc.text();
  for (const std::string& kind : ordered_kinds(result)) {
    std::vector<Row> rows;
    for (const PluginOutcome& o : result.outcomes) {
      for (const AnnotationSet::Entry& e : o.annotations.entries()) {
        if (o.annotations.kind(e) == kind) rows.push_back({&o, &e});
      }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
      return a.entry->begin != b.entry->begin ? a.entry->begin < b.entry->begin : a.entry->end < b.entry->end;
    });
    ordered_json& list = out[kind] = ordered_json::array();
    for (const Row& row : rows) {
      ordered_json entry;
      entry["start"] = row.entry->begin;
      entry["end"] = row.entry->end;
      entry["text"] = text.substr(row.entry->begin, row.entry->end - row.entry->begin);
      for (const quarry_attr& attr : row.outcome->annotations.attrs(*row.entry)) put_attr(entry, attr);
      entry["plugin"] = row.outcome->plugin->name();
      list.push_back(std::move(entry));
    }
  }

  ordered_json errors = ordered_json::array();
  for (const PluginOutcome& o : result.outcomes) {
    if (!o.error.empty()) errors.push_back({{"plugin", o.plugin->name()}, {"message", o.error}});
  }
  if (!errors.empty()) out["errors"] = std::move(errors);
  return out;
}

ordered_json document_error_json(std::string_view id, std::string_view message) {
  ordered_json out;
  out["schema"] = kOutputSchema;
  out["id"] = id;
  out["error"] = message;
  return out;
}

}  // namespace quarry::core
