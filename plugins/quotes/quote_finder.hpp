// Finds quotations in a scanned document: direct passages in quotation marks, mixed clauses holding quoted
// fragments, and indirect reported clauses, each with the speaker phrase and cue that attach it. Speaker
// names are resolved afterwards against the actors (speaker_resolver.hpp).
#ifndef QUARRY_QUOTES_QUOTE_FINDER_HPP
#define QUARRY_QUOTES_QUOTE_FINDER_HPP

#include <cstdint>
#include <string_view>
#include <vector>

#include "document_scan.hpp"
#include "speaker_phrase.hpp"

namespace quarry::quotes {

enum class QuoteKind : uint8_t { kDirect, kIndirect, kMixed };

std::string_view kind_name(QuoteKind kind);

struct FoundQuote {
  uint32_t begin = 0;  // byte span of the quote
  uint32_t end = 0;
  QuoteKind kind = QuoteKind::kDirect;
  Mention speaker;         // tokens of the speaker phrase; empty when no source is named
  uint32_t cue_first = 0;  // tokens of the cue [cue_first, cue_last); empty when no cue attaches it
  uint32_t cue_last = 0;
  // The quote continues an earlier quote's speaker (a run of quotes with no attribution of its own).
  bool continued = false;
};

// All quotes of the document, sorted by (begin, end), without duplicate spans.
std::vector<FoundQuote> find_quotes(const DocumentScan& scan);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_QUOTE_FINDER_HPP
