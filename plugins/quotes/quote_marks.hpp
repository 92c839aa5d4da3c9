// Pairs the core's quotation-mark tokens into quoted passages: double marks at the top level, single marks
// only outside double ones (a nested quote stays inside its outer passage). A passage may run over paragraphs
// by the news convention (no closing mark at the paragraph's end, an opening mark at the next paragraph's
// start); a mark that never closes in its paragraph yields nothing, so no passage runs away.
#ifndef QUARRY_QUOTES_QUOTE_MARKS_HPP
#define QUARRY_QUOTES_QUOTE_MARKS_HPP

#include <cstdint>
#include <quarry/extractor.hpp>
#include <span>
#include <vector>

namespace quarry::quotes {

struct QuotedSpan {
  uint32_t open = 0;   // token index of the opening mark
  uint32_t close = 0;  // token index of the closing mark
};

// The passages in document order; they never overlap.
std::vector<QuotedSpan> pair_quote_marks(std::span<const Token> tokens);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_QUOTE_MARKS_HPP
