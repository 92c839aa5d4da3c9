// Attributions inside one clause unit: a cue (speech verb or cue phrase), the speaker phrase it attaches to,
// and where the reported content after it starts, if any. Which stretch of the unit each attribution owns
// is decided afterwards (content_assignment.hpp).
#ifndef QUARRY_QUOTES_ATTRIBUTION_HPP
#define QUARRY_QUOTES_ATTRIBUTION_HPP

#include <cstdint>
#include <vector>

#include "document_scan.hpp"
#include "speaker_phrase.hpp"

namespace quarry::quotes {

// How the content after a cue begins.
enum class RightContent : uint8_t {
  kNone,      // nothing follows ("..., he said.")
  kQuote,     // a quoted passage, maybe after a comma ("said, “...”")
  kColon,     // after a colon ("said: ..."), maybe in the next paragraph
  kThat,      // a that-clause ("said that ...")
  kClause,    // a bare finite clause ("said he would ...")
  kQuestion,  // an embedded question ("asked if ...")
  kNaming,    // a labelled noun phrase ("called him a “smart guy”")
  kResumed,   // the reported clause resumes after a parenthetical attribution ("X, he said, now has ...")
};

struct Attribution {
  uint32_t first = 0;  // the whole attribution phrase [first, last): speaker, cue, adjuncts
  uint32_t last = 0;
  uint32_t cue_first = 0;  // the cue's own tokens [cue_first, cue_last)
  uint32_t cue_last = 0;
  Mention speaker;
  bool inherits_subject = false;  // its speaker is the main clause's subject ("..., saying", "...; calls")
  bool source_after = false;      // "according to X"
  bool takes_clause = false;      // may report a clause (indirect/mixed), not only a quoted passage
  bool ends_at_comma = false;     // the content is the rest of a relative clause set off by commas
  RightContent right = RightContent::kNone;
  uint32_t right_begin = 0;  // first token of the content after the cue
};

// Appends the unit's attributions, in order, to `out` (cleared first).
void find_attributions(const DocumentScan& scan, const Unit& unit, std::vector<Attribution>& out);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_ATTRIBUTION_HPP
