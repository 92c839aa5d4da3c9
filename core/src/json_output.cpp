#include "quarry/core/json_output.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "quarry/core/json_writer.hpp"

namespace quarry::core {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view kSchemaKinds[] = {"figures", "actors", "quotes", "dates"};

std::string_view view(quarry_str s) { return s.size == 0 ? std::string_view{} : std::string_view(s.data, s.size); }

// A double that holds an integer is written as one.
bool is_integral(double d) { return std::trunc(d) == d && std::fabs(d) < 9007199254740992.0; }

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
      if (is_integral(d)) {
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

// The entries of one kind from all plugins, in span order (emission order among equal spans).
std::vector<Row> rows_of(const DocumentResult& result, std::string_view kind) {
  std::vector<Row> rows;
  for (const PluginOutcome& o : result.outcomes) {
    for (const AnnotationSet::Entry& e : o.annotations.entries()) {
      if (o.annotations.kind(e) == kind) rows.push_back({&o, &e});
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.entry->begin != b.entry->begin ? a.entry->begin < b.entry->begin : a.entry->end < b.entry->end;
  });
  return rows;
}

// --- Direct writing (document_json_text) ---

// The writer puts keys down in order and cannot replace a value, as an object does when a key comes twice
// (it keeps the first place and the last value). These checks find the documents where that would happen, a
// kind named like a top-level key or two attributes that give the same key, which the DOM then writes.
constexpr std::array<std::string_view, 5> kTopLevelKeys = {"schema", "id", "dct", "plugins", "errors"};
constexpr std::array<std::string_view, 4> kEntryKeys = {"start", "end", "text", "plugin"};

template <size_t N>
bool is_one_of(std::string_view key, const std::array<std::string_view, N>& keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// True when `key` is one of the output keys of `attr`: its key, or key_start and key_end for a span.
bool writes_key(const quarry_attr& attr, std::string_view key) {
  const std::string_view name = view(attr.key);
  if (attr.value.type != QUARRY_VALUE_SPAN) return key == name;
  if (key.size() <= name.size() || key.substr(0, name.size()) != name) return false;
  const std::string_view suffix = key.substr(name.size());
  return suffix == "_start" || suffix == "_end";
}

// Two attributes that write a same key. Two spans only clash by name: "a_start" never equals "b_end".
bool keys_overlap(const quarry_attr& a, const quarry_attr& b) {
  const bool a_span = a.value.type == QUARRY_VALUE_SPAN, b_span = b.value.type == QUARRY_VALUE_SPAN;
  if (a_span == b_span) return view(a.key) == view(b.key);
  return a_span ? writes_key(a, view(b.key)) : writes_key(b, view(a.key));
}

bool entry_keys_clash(std::span<const quarry_attr> attrs) {
  for (size_t i = 0; i < attrs.size(); ++i) {
    if (attrs[i].value.type != QUARRY_VALUE_SPAN && is_one_of(view(attrs[i].key), kEntryKeys)) return true;
    for (size_t j = 0; j < i; ++j) {
      if (keys_overlap(attrs[i], attrs[j])) return true;
    }
  }
  return false;
}

bool document_keys_clash(const DocumentResult& result, const std::vector<std::string>& kinds) {
  for (const std::string& kind : kinds) {
    if (is_one_of(kind, kTopLevelKeys)) return true;
  }
  for (size_t i = 0; i < result.outcomes.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (result.outcomes[i].plugin->name() == result.outcomes[j].plugin->name()) return true;
    }
    const AnnotationSet& set = result.outcomes[i].annotations;
    for (const AnnotationSet::Entry& e : set.entries()) {
      if (e.attr_count > 0 && entry_keys_clash(set.attrs(e))) return true;
    }
  }
  return false;
}

void write_attr(JsonWriter& out, const quarry_attr& attr) {
  const std::string_view key = view(attr.key);
  const quarry_value& v = attr.value;
  switch (v.type) {
    case QUARRY_VALUE_BOOL:
      out.key(key);
      out.boolean(v.as.boolean != 0);
      break;
    case QUARRY_VALUE_INT:
      out.key(key);
      out.integer(v.as.integer);
      break;
    case QUARRY_VALUE_DOUBLE:
      out.key(key);
      if (is_integral(v.as.number)) {
        out.integer(static_cast<int64_t>(v.as.number));
      } else {
        out.number(v.as.number);
      }
      break;
    case QUARRY_VALUE_STRING:
      out.key(key);
      out.string(view(v.as.string));
      break;
    case QUARRY_VALUE_SPAN:
      out.key(std::string(key) + "_start");
      out.unsigned_integer(v.as.span.begin);
      out.key(std::string(key) + "_end");
      out.unsigned_integer(v.as.span.end);
      break;
    default:
      out.key(key);
      out.null();
      break;
  }
}

void write_document(JsonWriter& out, const Document& doc, const DocumentResult& result,
                    const std::vector<std::string>& kinds) {
  out.begin_object();
  out.key("schema");
  out.string(kOutputSchema);
  out.key("id");
  out.string(doc.id());
  out.key("dct");
  if (doc.reference_date().empty()) {
    out.null();
  } else {
    out.string(doc.reference_date());
  }
  out.key("plugins");
  out.begin_object();
  for (const PluginOutcome& o : result.outcomes) {
    out.key(o.plugin->name());
    out.string(o.plugin->version());
  }
  out.end_object();

  const std::string_view text = doc.text();
  for (const std::string& kind : kinds) {
    out.key(kind);
    out.begin_array();
    for (const Row& row : rows_of(result, kind)) {
      out.begin_object();
      out.key("start");
      out.unsigned_integer(row.entry->begin);
      out.key("end");
      out.unsigned_integer(row.entry->end);
      out.key("text");
      out.string(text.substr(row.entry->begin, row.entry->end - row.entry->begin));
      for (const quarry_attr& attr : row.outcome->annotations.attrs(*row.entry)) write_attr(out, attr);
      out.key("plugin");
      out.string(row.outcome->plugin->name());
      out.end_object();
    }
    out.end_array();
  }

  const bool any_error = std::any_of(result.outcomes.begin(), result.outcomes.end(),
                                     [](const PluginOutcome& o) { return !o.error.empty(); });
  if (any_error) {
    out.key("errors");
    out.begin_array();
    for (const PluginOutcome& o : result.outcomes) {
      if (o.error.empty()) continue;
      out.begin_object();
      out.key("plugin");
      out.string(o.plugin->name());
      out.key("message");
      out.string(o.error);
      out.end_object();
    }
    out.end_array();
  }
  out.end_object();
}

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
    ordered_json& list = out[kind] = ordered_json::array();
    for (const Row& row : rows_of(result, kind)) {
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

std::string document_json_text(const Document& doc, const DocumentResult& result, int indent) {
  const std::vector<std::string> kinds = ordered_kinds(result);
  if (!document_keys_clash(result, kinds)) {
    std::string text;
    JsonWriter out(text, indent);
    write_document(out, doc, result, kinds);
    if (out.valid_utf8()) return text;
  }
  // What the writer cannot copy: the DOM's own answer. Ill-formed UTF-8 (a file name, a plugin's message) is
  // written as U+FFFD rather than thrown: one bad string must not cost the document its output.
  return document_json(doc, result).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string document_error_json_text(std::string_view id, std::string_view message, int indent) {
  std::string text;
  JsonWriter out(text, indent);
  out.begin_object();
  out.key("schema");
  out.string(kOutputSchema);
  out.key("id");
  out.string(id);
  out.key("error");
  out.string(message);
  out.end_object();
  return out.valid_utf8()
             ? text
             : document_error_json(id, message).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace quarry::core
