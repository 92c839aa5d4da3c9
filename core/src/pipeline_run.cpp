// Running a pipeline over one document: the host side of quarry_host_api (reading earlier annotations,
// checking and copying emitted ones) and the isolation of failing plugins.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <algorithm>

#include "quarry/core/pipeline.hpp"
#include "quarry/core/utf8.hpp"

namespace quarry::core {
namespace {

std::string_view view(quarry_str s) { return s.size == 0 ? std::string_view{} : std::string_view(s.data, s.size); }
quarry_str c_str(std::string_view s) { return quarry_str{s.data(), static_cast<uint32_t>(s.size())}; }

struct AnnotationRef {
  const AnnotationSet* set;
  const AnnotationSet::Entry* entry;
  const Plugin* plugin;
};

// Per-document state behind quarry_document.host_data.
struct RunContext {
  const Document* doc = nullptr;
  std::map<std::string, std::vector<AnnotationRef>, std::less<>> by_kind;

  // Makes a finished plugin's annotations readable by the plugins after it, merged per kind in span order.
  void index(const PluginOutcome& outcome) {
    std::vector<std::vector<AnnotationRef>*> touched;
    for (const AnnotationSet::Entry& e : outcome.annotations.entries()) {
      auto& refs = by_kind[std::string(outcome.annotations.kind(e))];
      if (refs.empty() || std::find(touched.begin(), touched.end(), &refs) == touched.end()) touched.push_back(&refs);
      refs.push_back({&outcome.annotations, &e, outcome.plugin});
    }
    for (auto* refs : touched) {
      std::stable_sort(refs->begin(), refs->end(), [](const AnnotationRef& a, const AnnotationRef& b) {
        return a.entry->begin != b.entry->begin ? a.entry->begin < b.entry->begin : a.entry->end < b.entry->end;
      });
    }
  }
};

// Behind the opaque quarry_sink of one process() call.
struct RunSink {
  const Plugin* plugin;
  const Document* doc;
  AnnotationSet* out;
  std::string error;

  void fail(std::string message) {
    if (error.empty()) error = std::move(message);
  }
};

RunContext& context_of(const quarry_document* doc) {
  return *static_cast<RunContext*>(const_cast<void*>(doc->host_data));
}
RunSink& sink_of(quarry_sink* sink) { return *reinterpret_cast<RunSink*>(sink); }

bool on_boundaries(std::string_view text, uint32_t begin, uint32_t end) {
  return begin <= end && end <= text.size() && utf8::is_boundary(text, begin) && utf8::is_boundary(text, end);
}

bool is_valid_key(std::string_view key) {
  if (key.empty() || key.size() > 64) return false;
  return std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// A string that points into the document's text (a name or cue as written) is valid when it starts and ends
// on character boundaries, since the text was checked; any other string is checked in full.
bool is_valid_utf8(std::string_view s, std::string_view text) {
  const auto at = reinterpret_cast<std::uintptr_t>(s.data());
  const auto first = reinterpret_cast<std::uintptr_t>(text.data());
  if (!s.empty() && at >= first && at - first <= text.size() && s.size() <= text.size() - (at - first)) {
    const auto begin = static_cast<size_t>(at - first);
    return utf8::is_boundary(text, begin) && utf8::is_boundary(text, begin + s.size());
  }
  return !utf8::find_invalid(s);
}

// Why an attribute cannot be stored, or empty.
std::string check_attr(const quarry_attr& attr, std::string_view text) {
  const std::string_view key = view(attr.key);
  if (!is_valid_key(key)) return "attribute key '" + std::string(key.substr(0, 64)) + "' is not [a-z0-9_]{1,64}";
  if (key == "start" || key == "end" || key == "text" || key == "plugin") return "attribute key '" + std::string(key) + "' is reserved";
  const quarry_value& v = attr.value;
  switch (v.type) {
    case QUARRY_VALUE_NULL:
    case QUARRY_VALUE_BOOL:
    case QUARRY_VALUE_INT:
      return {};
    case QUARRY_VALUE_DOUBLE:
      return std::isfinite(v.as.number) ? std::string() : "attribute '" + std::string(key) + "' is not a finite number";
    case QUARRY_VALUE_STRING:
      if (v.as.string.size > 0 && !v.as.string.data) return "attribute '" + std::string(key) + "' has a null string";
      return is_valid_utf8(view(v.as.string), text) ? std::string() : "attribute '" + std::string(key) + "' is not valid UTF-8";
    case QUARRY_VALUE_SPAN:
      return on_boundaries(text, v.as.span.begin, v.as.span.end)
                 ? std::string()
                 : "attribute '" + std::string(key) + "' has a span outside the text or inside a character";
    default:
      return "attribute '" + std::string(key) + "' has unknown value type " + std::to_string(v.type);
  }
}

uint32_t host_annotation_count(const quarry_document* doc, quarry_str kind) {
  const RunContext& ctx = context_of(doc);
  const auto it = ctx.by_kind.find(view(kind));
  return it == ctx.by_kind.end() ? 0 : static_cast<uint32_t>(it->second.size());
}

quarry_status host_annotation_at(const quarry_document* doc, quarry_str kind, uint32_t index, quarry_annotation* out) {
  const RunContext& ctx = context_of(doc);
  const auto it = ctx.by_kind.find(view(kind));
  if (!out || it == ctx.by_kind.end() || index >= it->second.size()) return QUARRY_STATUS_ERROR;
  const AnnotationRef& ref = it->second[index];
  const auto attrs = ref.set->attrs(*ref.entry);
  quarry_annotation full{};
  full.struct_size = sizeof full;
  full.begin = ref.entry->begin;
  full.end = ref.entry->end;
  full.attr_count = static_cast<uint32_t>(attrs.size());
  full.attrs = attrs.data();
  full.kind = c_str(ref.set->kind(*ref.entry));
  full.plugin = c_str(ref.plugin->name());
  // A plugin built against an older minor ABI passes a smaller struct: fill only what it has.
  const uint32_t size = std::min<uint32_t>(out->struct_size ? out->struct_size : sizeof full, sizeof full);
  std::memcpy(out, &full, size);
  out->struct_size = size;
  return QUARRY_STATUS_OK;
}

quarry_status host_metadata(const quarry_document* doc, quarry_str key, quarry_str* out) {
  if (!out) return QUARRY_STATUS_ERROR;
  *out = c_str(context_of(doc).doc->metadata(view(key)));
  return QUARRY_STATUS_OK;
}

quarry_status host_emit(quarry_sink* raw_sink, quarry_str kind, uint32_t begin, uint32_t end, const quarry_attr* attrs,
                        uint32_t attr_count) {
  RunSink& sink = sink_of(raw_sink);
  const std::string_view text = sink.doc->text();
  if (!sink.plugin->provides_kind(view(kind))) {
    sink.fail("emitted kind '" + std::string(view(kind)) + "', which the plugin does not declare in provided_kinds");
    return QUARRY_STATUS_ERROR;
  }
  if (!on_boundaries(text, begin, end)) {
    sink.fail("emitted span [" + std::to_string(begin) + ", " + std::to_string(end) +
              ") outside the text or inside a UTF-8 character");
    return QUARRY_STATUS_ERROR;
  }
  if (attr_count > 0 && !attrs) {
    sink.fail("emitted attributes through a null pointer");
    return QUARRY_STATUS_ERROR;
  }
  for (uint32_t i = 0; i < attr_count; ++i) {
    if (std::string problem = check_attr(attrs[i], text); !problem.empty()) {
      sink.fail("emitted " + problem);
      return QUARRY_STATUS_ERROR;
    }
    for (uint32_t j = 0; j < i; ++j) {
      if (view(attrs[j].key) == view(attrs[i].key)) {
        sink.fail("emitted attribute '" + std::string(view(attrs[i].key)) + "' twice in one annotation");
        return QUARRY_STATUS_ERROR;
      }
    }
  }
  sink.out->add(view(kind), begin, end, std::span<const quarry_attr>(attrs, attr_count));
  return QUARRY_STATUS_OK;
}

void host_report_error(quarry_sink* raw_sink, quarry_str message) {
  std::string text(view(message));
  if (utf8::find_invalid(text)) text = "(error message is not valid UTF-8)";
  sink_of(raw_sink).fail(text.empty() ? "error without a message" : std::move(text));
}

constexpr quarry_host_api kHostApi = {
    sizeof(quarry_host_api), QUARRY_ABI_MAJOR,  QUARRY_ABI_MINOR, 0, &host_annotation_count, &host_annotation_at,
    &host_metadata,          &host_emit,        &host_report_error};

}  // namespace

Pipeline::Pipeline(PluginList plugins, const std::map<std::string, std::string>& configs)
    : plugins_(order_plugins(std::move(plugins))) {
  for (const auto& plugin : plugins_) {
    const auto config = configs.find(std::string(plugin->name()));
    instances_.push_back(std::make_unique<PluginInstance>(plugin, config == configs.end() ? "{}" : config->second));
  }
}

Pipeline::~Pipeline() = default;

DocumentResult Pipeline::run(const Document& doc) const {
  RunContext ctx;
  ctx.doc = &doc;
  quarry_document raw{};
  raw.struct_size = sizeof raw;
  raw.id = c_str(doc.id());
  raw.text = c_str(doc.text());
  raw.language = c_str("en");
  raw.reference_date = c_str(doc.reference_date());
  raw.tokens = doc.tokens().data();
  raw.token_count = static_cast<uint32_t>(doc.tokens().size());
  raw.sentences = doc.sentences().data();
  raw.sentence_count = static_cast<uint32_t>(doc.sentences().size());
  raw.host = &kHostApi;
  raw.host_data = &ctx;

  DocumentResult result;
  result.outcomes.resize(instances_.size());  // sized once: RunContext keeps pointers into it
  for (size_t i = 0; i < instances_.size(); ++i) {
    const PluginInstance& instance = *instances_[i];
    PluginOutcome& outcome = result.outcomes[i];
    outcome.plugin = &instance.plugin();
    // Skip a plugin when a provider of a kind it requires failed on this document.
    for (const std::string& kind : outcome.plugin->requires_kinds()) {
      for (size_t j = 0; j < i && outcome.error.empty(); ++j) {
        const PluginOutcome& before = result.outcomes[j];
        if (!before.error.empty() && before.plugin->provides_kind(kind)) {
          outcome.error = "skipped: required plugin '" + std::string(before.plugin->name()) + "' failed";
        }
      }
    }
    if (!outcome.error.empty()) continue;

    RunSink sink{outcome.plugin, &doc, &outcome.annotations, {}};
    const auto start = std::chrono::steady_clock::now();
    const quarry_status status = instance.process(&raw, reinterpret_cast<quarry_sink*>(&sink));
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (status != QUARRY_STATUS_OK && sink.error.empty()) sink.error = "failed without a message";
    if (!sink.error.empty()) {
      outcome.error = std::move(sink.error);
      outcome.annotations.clear();
      continue;
    }
    outcome.annotations.finish();
    ctx.index(outcome);
  }
  return result;
}

}  // namespace quarry::core
