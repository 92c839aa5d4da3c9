#include "quarry/eval/document_reader.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

#include "quarry/core/document.hpp"

namespace quarry::eval {
namespace {

constexpr std::array<std::string_view, 4> kLists = {"figures", "actors", "quotes", "dates"};

// Document keys of the gold format, plus the metadata keys the shared benchmarks document in their READMEs
// (bench/numbers: split, rt_not_supported[_by_design]).
constexpr std::array<std::string_view, 11> kGoldDocumentKeys = {"id",
                                                                "source",
                                                                "dct",
                                                                "text",
                                                                "figures",
                                                                "actors",
                                                                "quotes",
                                                                "dates",
                                                                "split",
                                                                "rt_not_supported",
                                                                "rt_not_supported_by_design"};

// Entry keys per list; metadata keys of the benchmarks last (value_derived, measeval_mods: bench/numbers;
// name_source: bench/actors).
constexpr std::array<std::string_view, 10> kFigureKeys = {
    "start", "end", "text", "value", "low", "high", "qualifier", "unit", "value_derived", "measeval_mods"};
constexpr std::array<std::string_view, 8> kActorKeys = {"start", "end",  "text",        "name",
                                                        "type",  "role", "affiliation", "name_source"};
constexpr std::array<std::string_view, 8> kQuoteKeys = {"start",   "end",           "text",        "kind",
                                                        "speaker", "speaker_start", "speaker_end", "cue"};
constexpr std::array<std::string_view, 5> kDateKeys = {"start", "end", "text", "type", "value"};

constexpr std::array<std::string_view, 7> kQualifiers = {"exact",   "approx",    "at_least", "more_than",
                                                         "at_most", "less_than", "range"};
constexpr std::array<std::string_view, 2> kActorTypes = {"person", "organization"};
constexpr std::array<std::string_view, 3> kQuoteKinds = {"direct", "indirect", "mixed"};
constexpr std::array<std::string_view, 4> kDateTypes = {"DATE", "TIME", "DURATION", "SET"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view item) {
  return std::find(set.begin(), set.end(), item) != set.end();
}

template <size_t N>
std::string joined(const std::array<std::string_view, N>& set) {
  std::string out;
  for (std::string_view item : set) out += (out.empty() ? "" : ", ") + std::string(item);
  return out;
}

// A JSON string literal of bytes that may cut a UTF-8 character in half (a wrong offset): such bytes are
// shown as U+FFFD rather than making the message itself fail.
std::string quoted(std::string_view bytes) {
  return nlohmann::json(std::string(bytes)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A string as it is, anything else as JSON.
template <typename Json>
std::string plain(const Json& j) {
  return j.is_string() ? j.template get<std::string>() : j.dump();
}

// Reads the entries of one list, remembering where it is for messages.
template <typename Json>
class EntryReader {
 public:
  EntryReader(const Json& entry, std::string_view list, size_t index, const std::string& text, ReadMode mode,
              std::vector<std::string>& problems)
      : entry_(entry), list_(list), index_(index), text_(text), mode_(mode), problems_(problems) {}

  bool gold() const { return mode_ == ReadMode::kGold; }

  void problem(const std::string& message) {
    std::string where = std::string(list_) + "[" + std::to_string(index_) + "]";
    if (span_) where += " (bytes " + std::to_string(span_->start) + "-" + std::to_string(span_->end) + ")";
    problems_.push_back(where + ": " + message);
  }

  template <size_t N>
  void check_keys(const std::array<std::string_view, N>& known) {
    if (!gold()) return;
    for (const auto& item : entry_.items()) {
      if (!contains(known, item.key())) problem("unknown key \"" + item.key() + "\" (known: " + joined(known) + ")");
    }
  }

  // start/end/text. Returns false when the entry cannot be placed in the text (then it is dropped).
  bool read_span(Span& span) {
    const auto start = offset("start");
    const auto end = offset("end");
    if (!start || !end) return false;
    if (*start >= *end || *end > text_.size()) {
      problem("span " + std::to_string(*start) + "-" + std::to_string(*end) + " is empty or outside the text (" +
              std::to_string(text_.size()) + " bytes)");
      return false;
    }
    span = {static_cast<uint32_t>(*start), static_cast<uint32_t>(*end)};
    span_ = span;
    const std::string_view bytes = std::string_view(text_).substr(span.start, span.length());
    const auto it = entry_.find("text");
    if (it == entry_.end()) {
      if (gold()) problem("no \"text\" (the gold format requires it)");
    } else if (!it->is_string()) {
      problem("\"text\" is not a string");
    } else if (it->template get_ref<const std::string&>() != bytes) {
      problem("\"text\" " + it->dump() + " does not equal the bytes at " + std::to_string(span.start) + "-" +
              std::to_string(span.end) + " (" + quoted(bytes) + "); offsets are UTF-8 bytes");
      return !gold();  // a system span is still where the plugin put it
    }
    return true;
  }

  Attribute<double> number(std::string_view key) {
    const auto it = entry_.find(std::string(key));
    if (it == entry_.end()) return Attribute<double>::absent();
    if (it->is_null()) return Attribute<double>::null();
    if (it->is_number()) return Attribute<double>::of(it->template get<double>());
    problem("\"" + std::string(key) + "\" is " + it->dump() + ", not a number or null");
    return Attribute<double>::null();
  }

  // A string or null; `allowed` (when not empty) lists the values SCHEMA.md allows.
  template <size_t N = 0>
  Attribute<std::string> string(std::string_view key, bool nullable,
                                const std::array<std::string_view, N>& allowed = {}) {
    const auto it = entry_.find(std::string(key));
    if (it == entry_.end()) return Attribute<std::string>::absent();
    if (it->is_null()) {
      if (!nullable && gold()) problem("\"" + std::string(key) + "\" is null");
      return Attribute<std::string>::null();
    }
    if (!it->is_string()) {
      problem("\"" + std::string(key) + "\" is " + it->dump() + ", not a string");
      return Attribute<std::string>::null();
    }
    std::string value = it->template get<std::string>();
    if (N > 0 && gold() && !contains(allowed, value)) {
      problem("\"" + std::string(key) + "\" is \"" + value + "\", not one of " + joined(allowed));
    }
    return Attribute<std::string>::of(std::move(value));
  }

  // speaker_start/speaker_end: both integers inside the text, or both null.
  Attribute<Span> speaker_span() {
    const auto s = entry_.find("speaker_start");
    const auto e = entry_.find("speaker_end");
    if (s == entry_.end() && e == entry_.end()) return Attribute<Span>::absent();
    const bool s_null = s == entry_.end() || s->is_null();
    const bool e_null = e == entry_.end() || e->is_null();
    if (s_null && e_null) return Attribute<Span>::null();
    // Sentinels rather than optionals: GCC 12 warns (wrongly) about optionals used after this check.
    constexpr uint64_t kNone = std::numeric_limits<uint64_t>::max();
    const uint64_t start = s_null ? kNone : offset("speaker_start").value_or(kNone);
    const uint64_t end = e_null ? kNone : offset("speaker_end").value_or(kNone);
    if (start == kNone || end == kNone || start >= end || end > text_.size()) {
      problem("speaker_start/speaker_end " + (s == entry_.end() ? "absent" : s->dump()) + "-" +
              (e == entry_.end() ? "absent" : e->dump()) + " is not a non-empty span inside the text (" +
              std::to_string(text_.size()) + " bytes)");
      return Attribute<Span>::null();
    }
    return Attribute<Span>::of(Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }

 private:
  std::optional<uint64_t> offset(std::string_view key) {
    const auto it = entry_.find(std::string(key));
    if (it == entry_.end()) {
      problem("no \"" + std::string(key) + "\"");
      return std::nullopt;
    }
    if (!it->is_number_integer() || it->template get<int64_t>() < 0) {
      problem("\"" + std::string(key) + "\" is " + it->dump() + ", not a byte offset");
      return std::nullopt;
    }
    const uint64_t value = it->template get<uint64_t>();
    if (value > std::numeric_limits<uint32_t>::max()) {
      problem("\"" + std::string(key) + "\" is beyond 32-bit offsets");
      return std::nullopt;
    }
    return value;
  }

  const Json& entry_;
  std::string_view list_;
  size_t index_;
  const std::string& text_;
  ReadMode mode_;
  std::vector<std::string>& problems_;
  std::optional<Span> span_;
};

template <typename Json>
std::optional<Figure> read_figure(EntryReader<Json>& r) {
  Figure f;
  const bool placed = r.read_span(f.span);
  r.check_keys(kFigureKeys);  // after the span, so messages can name it
  if (!placed) return std::nullopt;
  f.value = r.number("value");
  f.low = r.number("low");
  f.high = r.number("high");
  f.qualifier = r.string("qualifier", false, kQualifiers);
  f.unit = r.string("unit", true);
  return f;
}

template <typename Json>
std::optional<Actor> read_actor(EntryReader<Json>& r) {
  Actor a;
  const bool placed = r.read_span(a.span);
  r.check_keys(kActorKeys);  // after the span, so messages can name it
  if (!placed) return std::nullopt;
  a.name = r.string("name", false);
  a.type = r.string("type", false, kActorTypes);
  a.role = r.string("role", true);
  a.affiliation = r.string("affiliation", true);
  return a;
}

template <typename Json>
std::optional<Quote> read_quote(EntryReader<Json>& r) {
  Quote q;
  const bool placed = r.read_span(q.span);
  r.check_keys(kQuoteKeys);  // after the span, so messages can name it
  if (!placed) return std::nullopt;
  q.kind = r.string("kind", false, kQuoteKinds);
  q.speaker = r.string("speaker", true);
  q.speaker_span = r.speaker_span();
  q.cue = r.string("cue", true);
  return q;
}

template <typename Json>
std::optional<DateEntry> read_date(EntryReader<Json>& r) {
  DateEntry d;
  const bool placed = r.read_span(d.span);
  r.check_keys(kDateKeys);  // after the span, so messages can name it
  if (!placed) return std::nullopt;
  d.type = r.string("type", false, kDateTypes);
  d.value = r.string("value", false);
  return d;
}

// Reads list `name` into `out` (left nullopt when the key is absent).
template <typename Entry, typename Json, typename ReadEntry>
void read_list(const Json& object, std::string_view name, const std::string& text, ReadMode mode,
               std::vector<std::string>& problems, std::optional<std::vector<Entry>>& out, ReadEntry read_entry) {
  const auto it = object.find(std::string(name));
  if (it == object.end()) return;
  out.emplace();
  if (it->is_null() && mode == ReadMode::kSystem) return;
  if (!it->is_array()) {
    problems.push_back("\"" + std::string(name) + "\" is not a list");
    return;
  }
  out->reserve(it->size());
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& entry = (*it)[i];
    if (!entry.is_object()) {
      problems.push_back(std::string(name) + "[" + std::to_string(i) + "]: not a JSON object");
      continue;
    }
    EntryReader<Json> reader(entry, name, i, text, mode, problems);
    if (auto parsed = read_entry(reader)) out->push_back(std::move(*parsed));
  }
  if (mode == ReadMode::kGold) {
    // The gold format has no duplicate span in a list (SEEDS-NOTES.md, "Invariants"); a duplicate would count
    // twice against every system.
    std::vector<std::pair<Span, size_t>> spans;
    for (size_t i = 0; i < out->size(); ++i) spans.emplace_back((*out)[i].span, i);
    std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) {
      return a.first.start != b.first.start ? a.first.start < b.first.start : a.first.end < b.first.end;
    });
    for (size_t i = 1; i < spans.size(); ++i) {
      if (spans[i].first == spans[i - 1].first) {
        problems.push_back(std::string(name) + "[" + std::to_string(spans[i].second) + "]: same span " +
                           std::to_string(spans[i].first.start) + "-" + std::to_string(spans[i].first.end) + " as " +
                           std::string(name) + "[" + std::to_string(spans[i - 1].second) + "]");
      }
    }
  }
}

template <typename Json>
EvalDocument read_document(const Json& object, ReadMode mode, const std::string* system_text,
                           std::vector<std::string>& problems) {
  EvalDocument doc;
  const bool gold = mode == ReadMode::kGold;
  if (!object.is_object()) {
    problems.push_back("not a JSON object");
    return doc;
  }
  if (gold) {
    for (const auto& item : object.items()) {
      if (!contains(kGoldDocumentKeys, item.key())) {
        problems.push_back("unknown key \"" + item.key() + "\" (known: " + joined(kGoldDocumentKeys) + ")");
      }
    }
  }
  if (const auto id = object.find("id"); id != object.end() && id->is_string()) {
    doc.id = id->template get<std::string>();
  } else if (gold) {
    problems.push_back("no \"id\" string");
  }
  if (!gold) {
    doc.text = *system_text;  // system output does not repeat the text
  } else if (const auto text = object.find("text"); text != object.end() && text->is_string()) {
    doc.text = text->template get<std::string>();
  } else {
    problems.push_back("no \"text\" string");
  }
  if (const auto dct = object.find("dct"); dct != object.end() && !dct->is_null()) {
    // TimeBank DCTs may carry a time of day ("1998-01-08T18:30"); the reference date is the day.
    const std::string value = dct->is_string() ? dct->template get<std::string>() : dct->dump();
    const bool date_then_time = value.size() == 10 || (value.size() > 10 && value[10] == 'T');
    if (dct->is_string() && date_then_time && core::is_iso_date(std::string_view(value).substr(0, 10))) {
      doc.dct = value.substr(0, 10);
    } else {
      problems.push_back("\"dct\" " + dct->dump() + " is not a YYYY-MM-DD date or null");
    }
  }
  if (const auto rt = object.find("rt_not_supported"); rt != object.end() && rt->is_array()) {
    for (const auto& platform : *rt) {
      if (platform.is_string()) doc.rt_not_supported.push_back(platform.template get<std::string>());
    }
  }
  if (!gold) {
    if (const auto error = object.find("error"); error != object.end() && error->is_string()) {
      doc.error = error->template get<std::string>();
    }
    if (const auto errors = object.find("errors"); errors != object.end() && errors->is_array()) {
      for (const auto& e : *errors) {
        if (!doc.error.empty()) doc.error += "; ";
        doc.error += e.is_object() && e.contains("plugin") && e.contains("message")
                         ? plain(e["plugin"]) + ": " + plain(e["message"])
                         : e.dump();
      }
    }
  }

  read_list(object, kLists[0], doc.text, mode, problems, doc.figures,
            [](EntryReader<Json>& r) { return read_figure(r); });
  read_list(object, kLists[1], doc.text, mode, problems, doc.actors,
            [](EntryReader<Json>& r) { return read_actor(r); });
  read_list(object, kLists[2], doc.text, mode, problems, doc.quotes,
            [](EntryReader<Json>& r) { return read_quote(r); });
  read_list(object, kLists[3], doc.text, mode, problems, doc.dates, [](EntryReader<Json>& r) { return read_date(r); });
  return doc;
}

}  // namespace

EvalDocument read_gold_document(const nlohmann::json& object, std::vector<std::string>& problems) {
  return read_document(object, ReadMode::kGold, nullptr, problems);
}

template <typename Json>
EvalDocument read_system_document(const Json& object, const std::string& text, std::vector<std::string>& problems) {
  return read_document(object, ReadMode::kSystem, &text, problems);
}

template EvalDocument read_system_document<nlohmann::json>(const nlohmann::json&, const std::string&,
                                                           std::vector<std::string>&);
template EvalDocument read_system_document<nlohmann::ordered_json>(const nlohmann::ordered_json&, const std::string&,
                                                                   std::vector<std::string>&);

}  // namespace quarry::eval
