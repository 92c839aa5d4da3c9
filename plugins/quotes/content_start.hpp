// Where the reported content starts after a cue: past adjuncts ("in an interview on Thursday"), an
// addressee ("told CNN"), an aside (", among other things,"), at a quote, a colon, "that", a bare clause, an
// embedded question, or a labelled noun phrase.
#ifndef QUARRY_QUOTES_CONTENT_START_HPP
#define QUARRY_QUOTES_CONTENT_START_HPP

#include <cstdint>

#include "attribution.hpp"
#include "document_scan.hpp"

namespace quarry::quotes {

// How the cue shapes what follows it.
struct CueShape {
  bool trailing = false;     // the attribution follows a comma: the content may resume after it
  bool after_quote = false;  // the attribution follows a closing quotation mark
  bool object = false;       // an addressee may come first
  bool naming = false;       // labels a noun phrase
  bool question = false;     // reports an embedded question
  bool bare = false;         // a clause may follow with no verb recognised in it
};

// Reads what follows the cue from token `k`: sets a.right and a.right_begin when content follows, and
// returns the end of the attribution phrase.
uint32_t scan_right(const DocumentScan& scan, uint32_t k, const Unit& unit, CueShape shape, Attribution& a);

// True when tokens from `begin` read like a finite clause: a pronoun subject, or an auxiliary or a
// past-tense-looking verb soon after.
bool looks_like_clause(const DocumentScan& scan, uint32_t begin, uint32_t ceiling);

// A quotation mark after token `prev` ("on", "the", "ABC's") opens a title (a show, a book), not quoted words.
bool is_title_position(const DocumentScan& scan, uint32_t prev);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_CONTENT_START_HPP
