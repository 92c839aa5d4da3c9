// Sources that introduce a quotation without a speech verb attaching it: a clause ending in a colon before the
// quote ("Kelly responded pointedly, with a smile: “...”", "... - Carl Bialik: “...”", "More from the report:
// “...”"), and a name after a dash following the quote ("“...” ― Sonya Herridge").
#ifndef QUARRY_QUOTES_INTRODUCED_SOURCES_HPP
#define QUARRY_QUOTES_INTRODUCED_SOURCES_HPP

#include <cstdint>

#include "document_scan.hpp"
#include "speaker_phrase.hpp"

namespace quarry::quotes {

// The passage reads like quoted sentences: two words at least, the first capitalised ("“Can happen when
// you’re 45.”"), not a title in title case.
bool reads_as_sentence(const DocumentScan& scan, const QuotedSpan& span);

// Who introduces what follows the colon at token `colon`, the last token of the clause that starts at `first`:
// the name right before the colon after a dash or "from" ("... - Carl Bialik:", "More from the report:"), else
// the clause's subject ("Sanders made the following comment:"). Empty when there is none.
Mention colon_source(const DocumentScan& scan, uint32_t first, uint32_t colon);

// The name after a dash that follows the passage and ends its paragraph ("“...” ― Sonya Herridge", "“...” --
// Tom Smith, a voter"); empty otherwise. `unit_last` bounds the search.
Mention dash_source(const DocumentScan& scan, const QuotedSpan& span, uint32_t unit_last);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_INTRODUCED_SOURCES_HPP
