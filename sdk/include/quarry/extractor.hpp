// Quarry C++ plugin layer: write an extractor as one C++ class; this header turns it into the C ABI of
// quarry/plugin.h. Header-only, compiled into each plugin. A complete plugin:
//
//   #include <quarry/extractor.hpp>
//
//   // Tags every upper-case acronym of two or more letters ("JCS", "NIS").
//   class AcronymExtractor final : public quarry::Extractor {
//    public:
//     void process(const quarry::Document& doc, quarry::Sink& out) override {
//       for (const quarry::Token& token : doc.tokens()) {
//         const std::string_view word = doc.text(token);
//         if (quarry::is_word(token) && quarry::has_flag(token, QUARRY_TOKEN_ALL_UPPER) && word.size() >= 2) {
//           out.emit("acronyms", token.begin, token.end,
//                    {{"letters", static_cast<int64_t>(word.size())}, {"expanded", false}});
//         }
//       }
//     }
//   };
//
//   // name (an identifier), class, version, licence, description, provided kinds, required kinds
//   QUARRY_PLUGIN(acronyms, AcronymExtractor, "1.0.0", "MIT", "Upper-case acronyms", "acronyms", "")
//
// Build it as a module (CMake: add_library(acronyms MODULE ...) + target_link_libraries(acronyms
// Quarry::sdk)), drop the .so in a plugin directory, and `quarry plugins` lists it.
//
// Rules the layer enforces for you:
//  - process() may throw; the exception is caught here and reported as this document's error.
//  - Strings you pass to emit() are copied by the host before emit() returns.
//  - Views you get from Document (text, tokens, annotations) live until process() returns: copy what you keep.
//  - The same source builds as a loadable module or, with QUARRY_STATIC_PLUGINS defined, links statically
//    (several plugins in one binary): then QUARRY_PLUGIN defines quarry_static_plugin_<name>() instead of the
//    exported entry point, so names never clash.
#ifndef QUARRY_EXTRACTOR_HPP
#define QUARRY_EXTRACTOR_HPP

#include <quarry/plugin.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace quarry {

using Token = quarry_token;
using Sentence = quarry_sentence;

inline bool has_flag(const Token& token, uint32_t flag) { return (token.flags & flag) != 0; }
inline bool is_word(const Token& token) { return token.kind == QUARRY_TOKEN_WORD; }
inline bool is_number(const Token& token) { return token.kind == QUARRY_TOKEN_NUMBER; }
inline bool is_punct(const Token& token) { return token.kind == QUARRY_TOKEN_PUNCT; }
inline bool is_quote(const Token& token) { return token.kind == QUARRY_TOKEN_QUOTE; }
inline bool is_symbol(const Token& token) { return token.kind == QUARRY_TOKEN_SYMBOL; }
// True when nothing (no space) separates the two tokens: "240" "mm" in "240mm".
inline bool adjacent(const Token& left, const Token& right) { return left.end == right.begin; }

namespace detail {
inline quarry_str to_c(std::string_view s) {
  return quarry_str{s.data(), static_cast<uint32_t>(s.size())};
}
inline std::string_view from_c(quarry_str s) {
  return s.size == 0 ? std::string_view{} : std::string_view{s.data, s.size};
}
}  // namespace detail

// A typed attribute value on the way out (to Sink::emit): null, bool, integer, number, string or span.
class Value {
 public:
  Value() { raw_.type = QUARRY_VALUE_NULL; }
  Value(std::nullptr_t) : Value() {}
  Value(bool b) {
    raw_.type = QUARRY_VALUE_BOOL;
    raw_.as.boolean = b ? 1 : 0;
  }
  template <typename Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  Value(Int i) {
    raw_.type = QUARRY_VALUE_INT;
    raw_.as.integer = static_cast<int64_t>(i);
  }
  Value(double d) {
    raw_.type = QUARRY_VALUE_DOUBLE;
    raw_.as.number = d;
  }
  Value(std::string_view s) {
    raw_.type = QUARRY_VALUE_STRING;
    raw_.as.string = detail::to_c(s);
  }
  Value(const char* s) : Value(std::string_view(s)) {}
  Value(const std::string& s) : Value(std::string_view(s)) {}
  Value(quarry_byte_span span) {
    raw_.type = QUARRY_VALUE_SPAN;
    raw_.as.span = span;
  }
  // An optional value: empty becomes null.
  template <typename T>
  Value(const std::optional<T>& maybe) : Value() {
    if (maybe) *this = Value(*maybe);
  }
  const quarry_value& raw() const { return raw_; }

 private:
  quarry_value raw_{};
};

// One key/value pair for Sink::emit. The key must be a string literal or outlive the emit() call.
struct Attr {
  Attr(std::string_view key, Value value) : raw{detail::to_c(key), value.raw()} {}
  quarry_attr raw;
};

// A read-only view of an annotation that a required plugin made.
class Annotation {
 public:
  explicit Annotation(const quarry_annotation& raw) : raw_(raw) {}
  uint32_t begin() const { return raw_.begin; }
  uint32_t end() const { return raw_.end; }
  std::string_view kind() const { return detail::from_c(raw_.kind); }
  std::string_view plugin() const { return detail::from_c(raw_.plugin); }
  // The attribute's value, or nullptr when the annotation has no such key.
  const quarry_value* find(std::string_view key) const {
    for (uint32_t i = 0; i < raw_.attr_count; ++i) {
      if (detail::from_c(raw_.attrs[i].key) == key) return &raw_.attrs[i].value;
    }
    return nullptr;
  }
  // A string attribute, or empty when absent, null or not a string.
  std::string_view string(std::string_view key) const {
    const quarry_value* v = find(key);
    return v && v->type == QUARRY_VALUE_STRING ? detail::from_c(v->as.string) : std::string_view{};
  }
  // A number attribute (integer or double), or nullopt.
  std::optional<double> number(std::string_view key) const {
    const quarry_value* v = find(key);
    if (!v) return std::nullopt;
    if (v->type == QUARRY_VALUE_INT) return static_cast<double>(v->as.integer);
    if (v->type == QUARRY_VALUE_DOUBLE) return v->as.number;
    return std::nullopt;
  }
  std::optional<bool> boolean(std::string_view key) const {
    const quarry_value* v = find(key);
    if (!v || v->type != QUARRY_VALUE_BOOL) return std::nullopt;
    return v->as.boolean != 0;
  }
  std::optional<quarry_byte_span> span(std::string_view key) const {
    const quarry_value* v = find(key);
    if (!v || v->type != QUARRY_VALUE_SPAN) return std::nullopt;
    return v->as.span;
  }
  const quarry_annotation& raw() const { return raw_; }

 private:
  quarry_annotation raw_;
};

// The annotations of one kind, in (begin, end) order; indexable and iterable.
class AnnotationList {
 public:
  AnnotationList(const quarry_document* doc, std::string_view kind)
      : doc_(doc), kind_(kind), size_(doc->host->annotation_count(doc, detail::to_c(kind))) {}
  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Annotation operator[](uint32_t i) const {
    quarry_annotation raw{};
    raw.struct_size = sizeof raw;
    doc_->host->annotation_at(doc_, detail::to_c(kind_), i, &raw);
    return Annotation(raw);
  }
  class iterator {
   public:
    iterator(const AnnotationList* list, uint32_t i) : list_(list), i_(i) {}
    Annotation operator*() const { return (*list_)[i_]; }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator& other) const { return i_ != other.i_; }

   private:
    const AnnotationList* list_;
    uint32_t i_;
  };
  iterator begin() const { return iterator(this, 0); }
  iterator end() const { return iterator(this, size_); }

 private:
  const quarry_document* doc_;
  std::string_view kind_;
  uint32_t size_;
};

// The document a plugin reads: text, reference date, the core's tokens and sentences, earlier annotations.
class Document {
 public:
  explicit Document(const quarry_document* raw) : raw_(raw) {}
  std::string_view text() const { return detail::from_c(raw_->text); }
  std::string_view text(uint32_t begin, uint32_t end) const { return text().substr(begin, end - begin); }
  std::string_view text(const Token& token) const { return text(token.begin, token.end); }
  std::string_view id() const { return detail::from_c(raw_->id); }
  std::string_view language() const { return detail::from_c(raw_->language); }
  // "YYYY-MM-DD", or empty when the caller gave no reference date.
  std::string_view reference_date() const { return detail::from_c(raw_->reference_date); }
  std::span<const Token> tokens() const { return {raw_->tokens, raw_->token_count}; }
  std::span<const Sentence> sentences() const { return {raw_->sentences, raw_->sentence_count}; }
  std::span<const Token> tokens(const Sentence& s) const { return tokens().subspan(s.first_token, s.token_count); }
  AnnotationList annotations(std::string_view kind) const { return AnnotationList(raw_, kind); }
  std::string_view metadata(std::string_view key) const {
    quarry_str out{nullptr, 0};
    raw_->host->metadata(raw_, detail::to_c(key), &out);
    return detail::from_c(out);
  }
  const quarry_document* raw() const { return raw_; }

 private:
  const quarry_document* raw_;
};

// Where extractions go. emit() returns false when the host refused the annotation (bad span or kind);
// the host then records the reason as this document's error.
class Sink {
 public:
  Sink(const quarry_host_api* host, quarry_sink* raw) : host_(host), raw_(raw) {}
  bool emit(std::string_view kind, uint32_t begin, uint32_t end, std::initializer_list<Attr> attrs = {}) {
    return emit(kind, begin, end, std::span<const Attr>(attrs.begin(), attrs.size()));
  }
  bool emit(std::string_view kind, uint32_t begin, uint32_t end, std::span<const Attr> attrs) {
    static_assert(sizeof(Attr) == sizeof(quarry_attr), "Attr must be layout-compatible with quarry_attr");
    const auto* raw_attrs = attrs.empty() ? nullptr : &attrs.front().raw;
    return host_->emit(raw_, detail::to_c(kind), begin, end, raw_attrs, static_cast<uint32_t>(attrs.size())) ==
           QUARRY_STATUS_OK;
  }
  void error(std::string_view message) { host_->report_error(raw_, detail::to_c(message)); }

 private:
  const quarry_host_api* host_;
  quarry_sink* raw_;
};

// Subclass this. One instance serves one thread; process() is called once per document.
class Extractor {
 public:
  virtual ~Extractor() = default;
  // Called once after construction with the JSON object given to the host for this plugin ("{}" if none).
  virtual void configure(std::string_view /*config_json*/) {}
  virtual void process(const Document& doc, Sink& out) = 0;
};

namespace detail {

inline constexpr quarry_abi_fingerprint fingerprint() {
  return quarry_abi_fingerprint{QUARRY_ABI_MAJOR, QUARRY_ABI_MINOR, static_cast<uint16_t>(sizeof(void*)),
                                static_cast<uint16_t>(sizeof(size_t)), QUARRY_OFFSET_UNIT_UTF8_BYTE, 0};
}

// Copies an exception message into a buffer that outlives the call (per thread), for create()'s error_out.
inline const char* keep_message(const char* what) {
  thread_local std::string message;
  message = what ? what : "unknown error";
  return message.c_str();
}

template <typename Class>
quarry_status create_thunk(quarry_str config, void** state_out, const char** error_out) noexcept {
  try {
    auto* extractor = new Class();
    try {
      extractor->configure(from_c(config));
    } catch (...) {
      delete extractor;
      throw;
    }
    *state_out = extractor;
    return QUARRY_STATUS_OK;
  } catch (const std::exception& e) {
    if (error_out) *error_out = keep_message(e.what());
  } catch (...) {
    if (error_out) *error_out = "unknown exception in create()";
  }
  return QUARRY_STATUS_ERROR;
}

template <typename Class>
quarry_status process_thunk(void* state, const quarry_document* doc, quarry_sink* sink) noexcept {
  Sink out(doc->host, sink);
  try {
    static_cast<Class*>(state)->process(Document(doc), out);
    return QUARRY_STATUS_OK;
  } catch (const std::exception& e) {
    out.error(e.what());
  } catch (...) {
    out.error("unknown exception in process()");
  }
  return QUARRY_STATUS_ERROR;
}

template <typename Class>
void destroy_thunk(void* state) noexcept {
  delete static_cast<Class*>(state);
}

}  // namespace detail
}  // namespace quarry

#define QUARRY_DETAIL_INFO(id, Class, version, license, description, provides, requires_)                 \
  static const quarry_plugin_info quarry_detail_info_##id = {                                              \
      sizeof(quarry_plugin_info),         ::quarry::detail::fingerprint(),                                  \
      #id,                                version,                                                          \
      license,                            description,                                                      \
      provides,                           requires_,                                                        \
      &::quarry::detail::create_thunk<Class>, &::quarry::detail::process_thunk<Class>,                      \
      &::quarry::detail::destroy_thunk<Class>};

// The entry returns the descriptor whatever the host's ABI: the host compares the fingerprint and says what
// to rebuild, which it could not do from a bare NULL.
#ifdef QUARRY_STATIC_PLUGINS
// Linked into a host: a uniquely named descriptor function that the host's generated registry lists.
#define QUARRY_DETAIL_PLUGIN(id, Class, version, license, description, provides, requires_)               \
  QUARRY_DETAIL_INFO(id, Class, version, license, description, provides, requires_)                        \
  extern "C" const quarry_plugin_info* quarry_static_plugin_##id(uint32_t /*host_abi_major*/) {           \
    return &quarry_detail_info_##id;                                                                       \
  }
#else
// A loadable module: the one exported entry point of plugin.h.
#define QUARRY_DETAIL_PLUGIN(id, Class, version, license, description, provides, requires_)               \
  QUARRY_DETAIL_INFO(id, Class, version, license, description, provides, requires_)                        \
  extern "C" QUARRY_EXPORT const quarry_plugin_info* quarry_plugin_entry_v1(uint32_t /*host_abi_major*/) {  \
    return &quarry_detail_info_##id;                                                                       \
  }
#endif

// The indirection lets `id` itself be a macro (expanded before it is pasted into symbol names).
#define QUARRY_PLUGIN(...) QUARRY_DETAIL_PLUGIN(__VA_ARGS__)

#endif  // QUARRY_EXTRACTOR_HPP
