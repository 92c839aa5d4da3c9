// Finds the phrase that names who speaks, next to a speech verb: the subject before it ("the ministry official
// said"), the inverted subject after it ("said Smith"), or the source after "according to". The core gives no
// parts of speech, so a phrase is read from capitalisation and the closed word classes of the lexicon.
#ifndef QUARRY_QUOTES_SPEAKER_PHRASE_HPP
#define QUARRY_QUOTES_SPEAKER_PHRASE_HPP

#include <cstdint>

#include "document_scan.hpp"

namespace quarry::quotes {

// Tokens [first, last) naming a speaker; empty when first == last.
struct Mention {
  uint32_t first = 0;
  uint32_t last = 0;
  bool pronoun = false;  // a personal pronoun ("he", "it")
  // End of the part that names the speaker when an appositive follows ("Jeff Weaver" in "Jeff Weaver,
  // Sanders' campaign manager"); 0 when the whole phrase does.
  uint32_t name_last = 0;
  bool joint = false;  // names several speakers: "David Albright and Serena Kelleher-Vergantini"
  bool empty() const { return first >= last; }
  uint32_t head() const { return (name_last != 0 ? name_last : last) - 1; }
};

// The subject phrase ending right before token `end` (exclusive), not reaching before `floor`. Skips
// auxiliaries, adverbs and a time adjunct between subject and verb ("Zelensky on Jan 12 proposed"), and
// goes through a relative pronoun to its antecedent ("Smith, who said"). Sets *start to the first token of
// the whole subject-side stretch it consumed (for the extent of the attribution).
Mention subject_before(const DocumentScan& scan, uint32_t end, uint32_t floor, uint32_t* start);

// The phrase starting at token `begin`, not reaching `ceiling` (exclusive).
Mention phrase_after(const DocumentScan& scan, uint32_t begin, uint32_t ceiling);

// The subject of the clause that starts at `begin` (skipping a leading adverbial up to its comma), for
// participial cues ("..., saying ...") and colon introductions.
Mention clause_subject(const DocumentScan& scan, uint32_t begin, uint32_t ceiling);

// Drops a leading article ("the", "a", "an") from a mention: sources are marked without it.
Mention without_article(const DocumentScan& scan, Mention m);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_SPEAKER_PHRASE_HPP
