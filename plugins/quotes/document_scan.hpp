// One document as the quote finder reads it: each token's lexicon classes (looked up once), the quoted
// passages, and the clause units (the core's sentences, merged where a quoted passage spans several).
#ifndef QUARRY_QUOTES_DOCUMENT_SCAN_HPP
#define QUARRY_QUOTES_DOCUMENT_SCAN_HPP

#include <cstdint>
#include <quarry/extractor.hpp>
#include <quarry/text_case.hpp>
#include <span>
#include <string_view>
#include <vector>

#include "lexicon.hpp"
#include "quote_marks.hpp"

namespace quarry::quotes {

struct TokenInfo {
  uint32_t classes = 0;   // WordClass bits
  int32_t cue_verb = -1;  // Lexicon cue verb index, or -1
  int32_t quote = -1;     // index of the quoted passage holding the token (marks included), or -1
  PronounReferent pronoun = PronounReferent::kNone;
  bool starts_phrase = false;  // first word of some multi-word cue ("according")
};

// A run of tokens [first, last) that the finder treats as one sentence (a dateline opening it left out);
// `paragraph` is the one it ends in.
struct Unit {
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t paragraph = 0;        // the paragraph it ends in
  uint32_t first_paragraph = 0;  // the paragraph it starts in
  bool title_case = false;       // a headline in title case ("Clinton Says Russians Hacked DNC")
  // Where the unit's entries start in DocumentScan's lists: the first quoted passage opening at or after
  // `first`, and the first cue candidate there.
  uint32_t first_quote = 0;
  uint32_t first_candidate = 0;
};

// `text` lower-cased (ASCII letters only) equals `lower`, of the same length.
inline bool equals_lowered(std::string_view text, std::string_view lower) {
  for (size_t k = 0; k < text.size(); ++k) {
    if (ascii_lower(text[k]) != lower[k]) return false;
  }
  return true;
}

class DocumentScan {
 public:
  explicit DocumentScan(const Document& doc);

  std::span<const Token> tokens() const { return tokens_; }
  const Token& token(uint32_t i) const { return tokens_[i]; }
  const TokenInfo& info(uint32_t i) const { return info_[i]; }
  uint32_t size() const { return static_cast<uint32_t>(tokens_.size()); }
  // The core guarantees token spans inside the text: no bounds check (substr's) on this hot path.
  std::string_view text(uint32_t i) const {
    return {text_.data() + tokens_[i].begin, tokens_[i].end - tokens_[i].begin};
  }
  std::string_view text() const { return text_; }
  const std::vector<QuotedSpan>& quoted() const { return quoted_; }
  const std::vector<Unit>& units() const { return units_; }
  // The index in quoted() of the first passage opening at or after token i (quoted().size() if none).
  size_t first_quote_from(uint32_t i) const;
  // The tokens that may start a cue, in order: words that the lexicon lists as a cue verb form or as the first
  // word of a multi-word cue, wherever they stand (in quoted passages too). The finder visits these instead of
  // every token; each still has to be a cue in its place (TokenInfo).
  const std::vector<uint32_t>& cue_candidates() const { return cue_candidates_; }
  const Lexicon& lexicon() const { return lexicon_; }

  bool has_class(uint32_t i, WordClass c) const { return (info_[i].classes & bit(c)) != 0; }
  bool is_punct(uint32_t i, std::string_view mark) const {
    return tokens_[i].kind == QUARRY_TOKEN_PUNCT && text(i) == mark;
  }
  // The token's folded form (see fold_word) in `buffer`, or empty for a non-word.
  std::string_view folded(uint32_t i, std::span<char> buffer) const;
  // The token's folded form equals `word`, which is lower-case ASCII without an apostrophe ("that", "as").
  // Folding keeps such a word's length, so comparing lengths first settles nearly every call without folding.
  bool is_word(uint32_t i, std::string_view word) const {
    const Token& t = tokens_[i];
    return quarry::is_word(t) && t.end - t.begin == word.size() && equals_lowered(text(i), word);
  }
  bool capitalized(uint32_t i) const {
    return quarry::is_word(tokens_[i]) && has_flag(tokens_[i], QUARRY_TOKEN_UPPER_INITIAL);
  }
  bool in_quote(uint32_t i) const { return info_[i].quote >= 0; }
  // The token opens / closes a quoted passage (a stray mark does neither).
  bool opens_quote(uint32_t i) const {
    return info_[i].quote >= 0 && quoted_[static_cast<size_t>(info_[i].quote)].open == i;
  }
  bool closes_quote(uint32_t i) const {
    return info_[i].quote >= 0 && quoted_[static_cast<size_t>(info_[i].quote)].close == i;
  }
  bool is_dash(uint32_t i) const { return is_punct(i, "—") || is_punct(i, "--") || is_punct(i, "–"); }
  bool paragraph_start(uint32_t i) const { return has_flag(tokens_[i], QUARRY_TOKEN_PARAGRAPH_START); }
  // The tokens between `open` and `close` are in title case: after the first word, every word but short
  // function words is capitalised, two at least ("Make Your Kid a Millionaire", "All Bets Are Off.").
  bool title_cased(uint32_t open, uint32_t close) const;

 private:
  void classify_tokens();
  bool mid_sentence(size_t i) const;
  void build_units(std::span<const Sentence> sentences);
  bool ends_sentence_before_quote(uint32_t k) const;
  void mark_headlines();
  void index_units();

  const Lexicon& lexicon_;
  std::string_view text_;
  std::span<const Token> tokens_;
  std::vector<TokenInfo> info_;
  std::vector<QuotedSpan> quoted_;
  std::vector<Unit> units_;
  std::vector<uint32_t> cue_candidates_;
};

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_DOCUMENT_SCAN_HPP
