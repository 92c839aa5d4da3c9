// Bylines, credits and datelines. Organizations named in a byline ("By IANS |", "ANI |Published"), a credit
// ("(Inputs from Bloomberg)", "(AP Photo/...)", "Source : NEW INDIAN EXPRESS") or a bare agency tag
// ("February 27 (ANI):") are not actors; the dateline city ("Seoul, Oct 16") tells the article's home country,
// the owner of an unqualified state title ("Defense Minister Kim Yong-Hyun").
#ifndef QUARRY_ACTORS_CREDITS_HPP
#define QUARRY_ACTORS_CREDITS_HPP

#include <cstdint>
#include <utility>
#include <vector>

#include "lexicon.hpp"
#include "word_stream.hpp"

namespace quarry::actors {

struct CreditScan {
  // Word ranges [first, second) of bylines, credits and agency tags (they may overlap).
  std::vector<std::pair<uint32_t, uint32_t>> masked;
  int32_t home_country = -1;  // from the dateline, or -1
};

// Fills `out` for the document (its buffers are reused).
void scan_credits(const WordStream& words, const Lexicon& lexicon, CreditScan& out);

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_CREDITS_HPP
