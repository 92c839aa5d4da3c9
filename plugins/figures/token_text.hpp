// The tokens of one sentence as the figure scanner reads them: kinds, flags, the text of each token and its
// ASCII lower-case form (in a small stack buffer: no allocation per token).
#ifndef QUARRY_FIGURES_TOKEN_TEXT_HPP
#define QUARRY_FIGURES_TOKEN_TEXT_HPP

#include <algorithm>
#include <cstddef>
#include <quarry/extractor.hpp>
#include <quarry/text_case.hpp>
#include <span>
#include <string_view>

namespace quarry::figures {

// ASCII lower-case copy of a short word. Longer words than any list entry come out empty (never a match).
using LowerWord = quarry::LowerWord<47>;

class TokenText {
 public:
  // Tokens [first, last) of `tokens` form the sentence being read.
  TokenText(std::string_view text, std::span<const Token> tokens, size_t first, size_t last)
      : text_(text), tokens_(tokens), first_(first), last_(last), first_content_(first) {
    while (first_content_ < last_ && !is_word(first_content_) && !is_number(first_content_)) ++first_content_;
  }

  // The same tokens with the sentence starting earlier, at `first` (to look back across a sentence break
  // the core put in the wrong place, as after "Rs." in "Rs. 500").
  TokenText widened(size_t first) const { return TokenText(text_, tokens_, std::min(first, first_), last_); }

  size_t first() const { return first_; }
  size_t last() const { return last_; }  // one past the sentence's last token
  bool valid(size_t i) const { return i >= first_ && i < last_; }

  const Token& token(size_t i) const { return tokens_[i]; }
  std::string_view text(size_t i) const { return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin); }
  std::string_view slice(uint32_t begin, uint32_t end) const { return text_.substr(begin, end - begin); }
  LowerWord lower(size_t i) const { return LowerWord(text(i)); }

  bool is_word(size_t i) const { return valid(i) && tokens_[i].kind == QUARRY_TOKEN_WORD; }
  bool is_number(size_t i) const { return valid(i) && tokens_[i].kind == QUARRY_TOKEN_NUMBER; }
  bool is_punct(size_t i) const { return valid(i) && tokens_[i].kind == QUARRY_TOKEN_PUNCT; }
  bool is_symbol(size_t i) const { return valid(i) && tokens_[i].kind == QUARRY_TOKEN_SYMBOL; }
  bool is_quote(size_t i) const { return valid(i) && tokens_[i].kind == QUARRY_TOKEN_QUOTE; }
  // A token whose text is exactly `s` (punctuation and symbols: "-", "%", "$").
  bool is(size_t i, std::string_view s) const { return valid(i) && text(i) == s; }
  bool is_lower(size_t i, std::string_view lower_word) const {
    return valid(i) && tokens_[i].end - tokens_[i].begin == lower_word.size() && lower(i).view() == lower_word;
  }

  // Nothing between token a and the next token b ("240" "mm").
  bool glued(size_t a, size_t b) const { return valid(a) && valid(b) && tokens_[a].end == tokens_[b].begin; }
  bool capitalized(size_t i) const { return is_word(i) && (tokens_[i].flags & QUARRY_TOKEN_UPPER_INITIAL) != 0; }
  bool all_upper(size_t i) const { return is_word(i) && (tokens_[i].flags & QUARRY_TOKEN_ALL_UPPER) != 0; }
  // Token i is written in capitals among words in capitals: a headline in caps ("SENDS 300 TROOPS"), where
  // capitals say nothing about names.
  bool in_caps_run(size_t i) const {
    const auto caps = [&](size_t k) { return all_upper(k) && tokens_[k].end - tokens_[k].begin >= 2; };
    return caps(i) && (caps(i + 1) || caps(i - 1) || (i >= 2 && caps(i - 2)));
  }
  bool possessive(size_t i) const { return is_word(i) && (tokens_[i].flags & QUARRY_TOKEN_POSSESSIVE) != 0; }

  // True when no word or number comes before token i in its sentence, or it follows a colon, quotation
  // mark, bracket, dash or end-of-sentence mark: places where a capital letter says nothing about names.
  bool starts_clause(size_t i) const {
    if (i <= first_content_) return true;
    const size_t p = i - 1;
    if (is_quote(p)) return true;
    if (!is_punct(p)) return false;
    const std::string_view t = text(p);
    // "." too: the core does not always break sentences before a digit ("Lazar. 3) Bernie's bio").
    return t == ":" || t == "(" || t == "[" || t == "-" || t == "–" || t == "—" || t == "|" || t == "." || t == "?" ||
           t == "!";
  }

 private:
  std::string_view text_;
  std::span<const Token> tokens_;
  size_t first_;
  size_t last_;
  size_t first_content_;  // the sentence's first word or number
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_TOKEN_TEXT_HPP
