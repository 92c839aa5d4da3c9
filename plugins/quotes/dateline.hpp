// A news dateline opening a paragraph ("NAIROBI, June 3 (Quarry Wire) -", "WASHINGTON (AP) —",
// "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "(Reuters) -"): it places the story and is no part of the first
// sentence's reported content or its speaker phrase.
#ifndef QUARRY_QUOTES_DATELINE_HPP
#define QUARRY_QUOTES_DATELINE_HPP

#include <cstdint>
#include <quarry/extractor.hpp>
#include <span>
#include <string_view>

namespace quarry::quotes {

// The first token after a dateline that starts at token `first` (a paragraph's first token), or `first`
// when there is none. Never reaches `last`.
uint32_t dateline_end(std::span<const Token> tokens, std::string_view text, uint32_t first, uint32_t last);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_DATELINE_HPP
