#include "quote_marks.hpp"

namespace quarry::quotes {
namespace {

// A single-quoted passage longer than this is taken for apostrophes that happened to pair up.
constexpr uint32_t kMaxSingleQuoteTokens = 80;

bool opens(const Token& t) { return has_flag(t, QUARRY_TOKEN_QUOTE_OPEN); }
bool closes(const Token& t) { return has_flag(t, QUARRY_TOKEN_QUOTE_CLOSE); }
bool is_double(const Token& t) { return has_flag(t, QUARRY_TOKEN_QUOTE_DOUBLE); }

}  // namespace

std::vector<QuotedSpan> pair_quote_marks(std::span<const Token> tokens) {
  std::vector<QuotedSpan> spans;
  constexpr int64_t kNone = -1;
  int64_t double_open = kNone;
  int64_t single_open = kNone;
  bool double_crossed_paragraph = false;  // the open double passage has reached a new paragraph
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (i > 0 && has_flag(t, QUARRY_TOKEN_PARAGRAPH_START)) {
      single_open = kNone;
      if (double_open != kNone) {
        // Continuation convention: the new paragraph reopens the same passage.
        if (is_quote(t) && is_double(t) && opens(t)) {
          double_crossed_paragraph = true;
          continue;
        }
        double_open = kNone;
      }
    }
    if (!is_quote(t)) continue;
    if (is_double(t)) {
      if (double_open == kNone) {
        if (opens(t)) {
          double_open = i;
          double_crossed_paragraph = false;
          single_open = kNone;  // a pending single mark was an apostrophe after all
        }
        continue;
      }
      if (closes(t)) {
        spans.push_back({static_cast<uint32_t>(double_open), i});
        double_open = kNone;
      } else if (!double_crossed_paragraph) {
        double_open = i;  // two openers in a row: the first never closed
      }
      continue;
    }
    if (double_open != kNone) continue;  // nested single quote: part of the outer passage
    if (single_open != kNone && closes(t)) {
      if (i - static_cast<uint32_t>(single_open) <= kMaxSingleQuoteTokens) {
        spans.push_back({static_cast<uint32_t>(single_open), i});
      }
      single_open = kNone;
    } else if (single_open == kNone && opens(t)) {
      single_open = i;
    }
  }
  return spans;
}

}  // namespace quarry::quotes
