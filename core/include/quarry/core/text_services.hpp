// Text services computed once per document and shared with every plugin through quarry_document:
// tokens with byte offsets and flags, and sentences over those tokens. The token and sentence structs are
// the ABI's own (quarry/plugin.h), so the host hands its vectors to plugins without copying.
#ifndef QUARRY_CORE_TEXT_SERVICES_HPP
#define QUARRY_CORE_TEXT_SERVICES_HPP

#include <quarry/plugin.h>

#include <string_view>
#include <vector>

namespace quarry::core {

// Splits valid UTF-8 into tokens: words (with inner hyphens and apostrophes; "'s" split off as its own
// token), numbers with inner separators, punctuation, symbols and quotation marks of every common form.
// Whitespace is not a token; it shows in the next token's flags.
std::vector<quarry_token> tokenize(std::string_view text);

// Groups tokens into sentences: at . ! ? … (with closing quotes and brackets kept in the sentence) unless
// an abbreviation, an initial or a lower-case continuation says otherwise, at line breaks that do not
// continue a sentence, and always at paragraph breaks.
std::vector<quarry_sentence> split_sentences(std::string_view text, const std::vector<quarry_token>& tokens);

}  // namespace quarry::core

#endif  // QUARRY_CORE_TEXT_SERVICES_HPP
