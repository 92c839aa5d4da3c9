#include "word_stream.hpp"

#include <quarry/text_case.hpp>

namespace quarry::actors {
namespace {

// Bytes kept readable past the folded text's end, so that every word's lexicon key is read with two plain 8-byte
// loads (see pack_folded_word in quarry/packed_word_table.hpp).
constexpr size_t kFoldedTextPadding = 16;

uint32_t case_flags(std::string_view word) {
  // Most words start with a lower-case letter: neither flag, nothing more to read. Non-ASCII initials: the
  // core's flag is used instead (see read_tokens()).
  if (word.empty() || is_ascii_lower(word.front())) return 0;
  const uint32_t flags = is_ascii_upper(word.front()) ? static_cast<uint32_t>(kCap) : 0u;
  bool any_upper = false;
  for (const char c : word) {
    if (is_ascii_lower(c)) return flags;  // kAllUpper: letters, none lower-case
    any_upper = any_upper || is_ascii_upper(c);
  }
  return any_upper ? flags | kAllUpper : flags;
}

uint32_t kind_flags(uint32_t kind) {
  switch (kind) {
    case QUARRY_TOKEN_WORD:
      return kWord;
    case QUARRY_TOKEN_NUMBER:
      return kNumber;
    case QUARRY_TOKEN_QUOTE:
      return kQuote;
    default:
      return kPunct;
  }
}

bool is_article_text(std::string_view lower) { return lower == "the" || lower == "a" || lower == "an"; }

// Arabic articles written in lower case inside a name: "al-Assad", "el-Sisi".
bool arabic_article_name(std::string_view word) {
  return (word.starts_with("al-") || word.starts_with("el-")) && word.size() > 3 && is_ascii_upper(word[3]);
}

// After these a word opens a phrase as if it began the sentence: a quotation mark, ":", "(", "[", "-", "|".
bool reopens_sentence(const Word& w) {
  if (w.is(kQuote)) return true;
  if (w.text().size() != 1) return false;
  const char c = w.text().front();
  return c == ':' || c == '(' || c == '[' || c == '-' || c == '|';
}

}  // namespace

void WordStream::build(const Document& doc, const Lexicon& lexicon) {
  text_ = doc.text();
  // Padded, so that a word's lexicon key can be read 16 bytes at a time.
  lower_.resize(text_.size() + kFoldedTextPadding);
  ascii_lower_into(text_, lower_.data());
  read_tokens(doc, lexicon);
  read_sentences(doc);
}

void WordStream::release_if_large() {
  // A news article has a few thousand words; buffers for more are freed rather than kept for the next document.
  constexpr size_t kKeptWords = size_t{1} << 16;
  if (words_.capacity() <= kKeptWords) return;
  text_ = {};
  std::string().swap(lower_);
  std::vector<Word>().swap(words_);
  std::vector<SentenceSpan>().swap(sentences_);
}

void WordStream::read_tokens(const Document& doc, const Lexicon& lexicon) {
  const std::span<const Token> tokens = doc.tokens();
  words_.resize(tokens.size());
  size_t lookup_count = 0;
  const char* const lower_end = lower_.data() + lower_.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    Word& w = words_[i];
    w.begin = t.begin;
    w.end = t.end;
    w.sentence = 0;
    w.flags = kind_flags(t.kind);
    if (has_flag(t, QUARRY_TOKEN_POSSESSIVE)) w.flags |= kClitic;
    if (has_flag(t, QUARRY_TOKEN_NEWLINE_BEFORE) || i == 0) w.flags |= kLineStart;
    if (has_flag(t, QUARRY_TOKEN_SPACE_BEFORE)) w.flags |= kSpaceBefore;
    // A category label glued to a headline's first word: "InternationalNepal" -> "Nepal".
    if (w.is(kWord) && w.is(kLineStart) && w.end > w.begin && lexicon.opens_section_label(text_[w.begin])) {
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
    // The core's spans lie inside the text: no bounds to check.
    w.text_data = text_.data() + w.begin;
    w.lower_data = lower_.data() + w.begin;
    w.lex = WordInfo{};
    if (w.lower().size() <= 3 && is_article_text(w.lower())) w.flags |= kArticle;
    if (w.is(kWord) && !w.is(kClitic)) {
      w.flags |= case_flags(w.text());
      if (has_flag(t, QUARRY_TOKEN_UPPER_INITIAL)) w.flags |= kCap;
      if (w.is(kCap) || arabic_article_name(w.text())) w.flags |= kNameWord;
      if (Lexicon::is_short(w.lower())) {
        lookups_[lookup_count] = static_cast<uint32_t>(i);
        keys_[lookup_count] = pack_folded_word(w.lower(), lower_end);
        if (++lookup_count == kLookupBatch) {
          look_up_words(lexicon, lookup_count);
          lookup_count = 0;
        }
      } else {
        w.lex = lexicon.word(w.lower());  // a long word: rare
      }
    }
  }
  look_up_words(lexicon, lookup_count);
}

// Looks up the first `count` words of lookups_.
void WordStream::look_up_words(const Lexicon& lexicon, size_t count) {
  // The lexicon is a few megabytes: most lookups miss the cache, so they are issued a few words ahead.
  constexpr size_t kAhead = 8;
  for (size_t k = 0; k < count && k < kAhead; ++k) lexicon.prefetch_word(keys_[k]);
  for (size_t k = 0; k < count; ++k) {
    if (k + kAhead < count) lexicon.prefetch_word(keys_[k + kAhead]);
    words_[lookups_[k]].lex = lexicon.word(keys_[k]);
  }
}

void WordStream::read_sentences(const Document& doc) {
  sentences_.clear();
  const auto n = static_cast<uint32_t>(words_.size());
  for (const Sentence& s : doc.sentences()) {
    SentenceSpan span{s.first_token, s.first_token + s.token_count, SentenceStyle::Normal};
    const auto index = static_cast<uint32_t>(sentences_.size());
    bool expect_initial = true;
    // For the sentence's style.
    int words = 0;
    int upper = 0;
    int capitalised_common = 0;  // capitalised common English words after the first
    int lower_content = 0;       // lower-case words of four letters or more that are not function words
    for (uint32_t i = span.first; i < span.last && i < n; ++i) {
      Word& w = words_[i];
      w.sentence = index;
      if (!w.is(kWord) || w.is(kClitic)) {
        if (reopens_sentence(w)) expect_initial = true;
        continue;
      }
      if (expect_initial || w.is(kLineStart)) w.flags |= kSentenceInitial;
      expect_initial = false;
      if (w.text().size() < 2) continue;
      ++words;
      if (w.is(kAllUpper)) ++upper;
      if (!w.is(kCap) && w.lower().size() >= 4 && !w.has(kLexClause)) ++lower_content;
      if (w.lower().size() < 4 || !w.has(kLexEnglish) || w.is(kSentenceInitial)) continue;
      if (w.is(kCap)) ++capitalised_common;
    }
    // A headline is a line of its own.
    const bool whole_line =
        span.first < n && words_[span.first].is(kLineStart) && (span.last >= n || words_[span.last].is(kLineStart));
    if (words >= 3 && upper * 10 >= words * 8)
      span.style = SentenceStyle::AllCaps;
    else if (whole_line && capitalised_common >= 2 && lower_content == 0)
      span.style = SentenceStyle::TitleCase;
    sentences_.push_back(span);
  }
}

void WordStream::mask(std::span<const std::pair<uint32_t, uint32_t>> ranges) {
  for (const auto& [from, to] : ranges) {
    for (size_t i = from; i < to && i < words_.size(); ++i) words_[i].flags |= kMasked;
  }
}

}  // namespace quarry::actors
