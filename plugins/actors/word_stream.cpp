#include "word_stream.hpp"

#include <quarry/text_case.hpp>

namespace quarry::actors {
namespace {

uint32_t case_flags(std::string_view word) {
  if (word.empty()) return 0;
  uint32_t flags = 0;
  const auto first = static_cast<unsigned char>(word.front());
  // Non-ASCII initials: the core's flag is used instead (see build()).
  if (is_ascii_upper(static_cast<char>(first))) flags |= kCap;
  bool any_letter = false;
  bool any_lower = false;
  for (char c : word) {
    if (is_ascii_lower(c)) any_lower = true;
    if (is_ascii_upper(c) || is_ascii_lower(c)) any_letter = true;
  }
  if (any_letter && !any_lower) flags |= kAllUpper;
  return flags;
}

}  // namespace

void WordStream::build(const Document& doc, const Lexicon& lexicon) {
  text_ = doc.text();
  lower_.assign(text_);
  ascii_lower_in_place(lower_);
  const std::span<const Token> tokens = doc.tokens();
  words_.resize(tokens.size());
  lookups_.clear();
  hashes_.clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    Word& w = words_[i];
    w.begin = t.begin;
    w.end = t.end;
    w.sentence = 0;
    w.flags = 0;
    switch (t.kind) {
      case QUARRY_TOKEN_WORD:
        w.flags |= kWord;
        break;
      case QUARRY_TOKEN_NUMBER:
        w.flags |= kNumber;
        break;
      case QUARRY_TOKEN_QUOTE:
        w.flags |= kQuote;
        break;
      default:
        w.flags |= kPunct;
        break;
    }
    if (has_flag(t, QUARRY_TOKEN_POSSESSIVE)) w.flags |= kClitic;
    if (has_flag(t, QUARRY_TOKEN_NEWLINE_BEFORE) || i == 0) w.flags |= kLineStart;
    if (has_flag(t, QUARRY_TOKEN_SPACE_BEFORE)) w.flags |= kSpaceBefore;
    // A category label glued to a headline's first word: "InternationalNepal" -> "Nepal".
    if (w.is(kWord) && w.is(kLineStart)) {
      const std::string_view word = text_.substr(w.begin, w.end - w.begin);
      for (const std::string& label : lexicon.section_labels()) {
        if (!word.starts_with(label)) continue;
        // The headline may open with a quotation mark the tokenizer kept inside the word: "National'PM".
        size_t cut = label.size();
        if (word.substr(cut).starts_with("'"))
          cut += 1;
        else if (word.substr(cut).starts_with("\u2019") || word.substr(cut).starts_with("\u2018"))
          cut += 3;
        if (word.size() > cut + 1 && is_ascii_upper(word[cut])) {
          w.begin += static_cast<uint32_t>(cut);
          break;
        }
      }
    }
    w.text = text_.substr(w.begin, w.end - w.begin);
    w.lower = std::string_view(lower_).substr(w.begin, w.end - w.begin);
    w.lex = WordInfo{};
    if (w.is(kWord) && !w.is(kClitic)) {
      w.flags |= case_flags(w.text);
      if (has_flag(t, QUARRY_TOKEN_UPPER_INITIAL)) w.flags |= kCap;
      lookups_.push_back(static_cast<uint32_t>(i));
      hashes_.push_back(Lexicon::word_hash(w.lower));
    }
  }
  // The lexicon is a few megabytes: most lookups miss the cache, so they are issued a few words ahead.
  constexpr size_t kAhead = 8;
  for (size_t k = 0; k < lookups_.size() && k < kAhead; ++k) lexicon.prefetch_word(hashes_[k]);
  for (size_t k = 0; k < lookups_.size(); ++k) {
    if (k + kAhead < lookups_.size()) lexicon.prefetch_word(hashes_[k + kAhead]);
    Word& w = words_[lookups_[k]];
    w.lex = lexicon.word(w.lower, hashes_[k]);
  }
  sentences_.clear();
  for (const Sentence& s : doc.sentences()) {
    SentenceSpan span{s.first_token, s.first_token + s.token_count, SentenceStyle::Normal};
    const auto index = static_cast<uint32_t>(sentences_.size());
    bool expect_initial = true;
    for (uint32_t i = span.first; i < span.last && i < words_.size(); ++i) {
      Word& w = words_[i];
      w.sentence = index;
      if (w.is(kWord) && !w.is(kClitic)) {
        if (expect_initial || w.is(kLineStart)) w.flags |= kSentenceInitial;
        expect_initial = false;
      } else if (w.is(kQuote) || w.text == ":" || w.text == "(" || w.text == "[" || w.text == "-" || w.text == "|") {
        expect_initial = true;
      }
    }
    classify_sentence(span);
    sentences_.push_back(span);
  }
}

void WordStream::classify_sentence(SentenceSpan& sentence) const {
  int words = 0;
  int upper = 0;
  int capitalised_common = 0;  // capitalised common English words after the first
  int lower_content = 0;       // lower-case words of four letters or more that are not function words
  for (uint32_t i = sentence.first; i < sentence.last && i < words_.size(); ++i) {
    const Word& w = words_[i];
    if (!w.is(kWord) || w.is(kClitic) || w.text.size() < 2) continue;
    ++words;
    if (w.is(kAllUpper)) ++upper;
    if (!w.is(kCap) && w.lower.size() >= 4 && !w.has(kLexClause)) ++lower_content;
    if (w.lower.size() < 4 || !w.has(kLexEnglish) || w.is(kSentenceInitial)) continue;
    if (w.is(kCap)) ++capitalised_common;
  }
  // A headline is a line of its own.
  const bool whole_line = sentence.first < words_.size() && words_[sentence.first].is(kLineStart) &&
                          (sentence.last >= words_.size() || words_[sentence.last].is(kLineStart));
  if (words >= 3 && upper * 10 >= words * 8)
    sentence.style = SentenceStyle::AllCaps;
  else if (whole_line && capitalised_common >= 2 && lower_content == 0)
    sentence.style = SentenceStyle::TitleCase;
}

}  // namespace quarry::actors
