// Which words are cues here: a cue verb used as a verb (not "the report", "his claims", "to say", "did not
// say"), or the words of a multi-word cue ("according to", "was cited as telling").
#ifndef QUARRY_QUOTES_CUE_DETECTION_HPP
#define QUARRY_QUOTES_CUE_DETECTION_HPP

#include <cstdint>

#include "document_scan.hpp"

namespace quarry::quotes {

// A cue's tokens [first, last) and what it is: a verb form or a phrase.
struct Cue {
  uint32_t first = 0;
  uint32_t last = 0;
  const CueVerb* verb = nullptr;
  const CuePhrase* phrase = nullptr;
};

// The multi-word cue starting at token i, if its words follow (before `ceiling`).
bool match_phrase(const DocumentScan& scan, uint32_t i, uint32_t ceiling, Cue& cue);

// The cue verb form at token i is used as a verb in this unit.
bool usable_verb(const DocumentScan& scan, uint32_t i, const Unit& unit);

// The cue verb at token i is a passive participle ("the winner was declared", "he was told", "Blumenthal was
// asked"): its subject is the addressee or the topic, not the speaker, who is unnamed.
bool passive_verb(const DocumentScan& scan, uint32_t i, uint32_t floor);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_CUE_DETECTION_HPP
