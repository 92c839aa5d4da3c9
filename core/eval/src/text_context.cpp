#include "quarry/eval/text_context.hpp"

namespace quarry::eval {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `at` back to the start of the character it falls in.
size_t char_start(std::string_view text, size_t at) {
  while (at > 0 && at < text.size() && is_continuation(text[at])) --at;
  return at;
}

void append_flat(std::string& out, std::string_view piece) {
  for (char c : piece) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
}

}  // namespace

std::string_view span_text(std::string_view text, Span span) {
  if (span.start > span.end || span.end > text.size()) return {};
  return text.substr(span.start, span.length());
}

std::string text_context(std::string_view text, Span span, size_t width) {
  if (span.start > span.end || span.end > text.size()) return "";
  const size_t from = char_start(text, span.start > width ? span.start - width : 0);
  const size_t to = char_start(text, span.end + width < text.size() ? span.end + width : text.size());
  std::string out;
  if (from > 0) out += "...";
  append_flat(out, text.substr(from, span.start - from));
  out += '[';
  append_flat(out, text.substr(span.start, span.length()));
  out += ']';
  append_flat(out, text.substr(span.end, to - span.end));
  if (to < text.size()) out += "...";
  return out;
}

}  // namespace quarry::eval
