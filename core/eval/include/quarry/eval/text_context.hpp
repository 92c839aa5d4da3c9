// The text around a span, on one line, for error listings: "... said that [an estimated 11,000 troops] had
// been ...". Cut on UTF-8 character boundaries so multi-byte text is never split.
#ifndef QUARRY_EVAL_TEXT_CONTEXT_HPP
#define QUARRY_EVAL_TEXT_CONTEXT_HPP

#include <string>
#include <string_view>

#include "quarry/eval/entries.hpp"

namespace quarry::eval {

// `width` bytes (about) either side; line breaks and tabs shown as spaces; "..." where the text goes on.
std::string text_context(std::string_view text, Span span, size_t width = 50);

// The bytes of `span`, or "" when it does not fit in `text`.
std::string_view span_text(std::string_view text, Span span);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_TEXT_CONTEXT_HPP
