// The document as the actors plugin reads it: one Word per core token (same indices), with its lower-cased
// text, case flags, and the category label glued to a headline ("InternationalNepal") cut off; plus, per
// sentence, whether it is written in Title Case or ALL CAPS (then capitals say little about names).
#ifndef QUARRY_ACTORS_WORD_STREAM_HPP
#define QUARRY_ACTORS_WORD_STREAM_HPP

#include <array>
#include <cstdint>
#include <quarry/extractor.hpp>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon.hpp"

namespace quarry::actors {

enum WordFlag : uint32_t {
  kWord = 1u << 0,
  kPunct = 1u << 1,
  kQuote = 1u << 2,
  kNumber = 1u << 3,
  kCap = 1u << 4,        // starts with an upper-case letter
  kAllUpper = 1u << 5,   // letters, none lower-case
  kClitic = 1u << 6,     // the possessive 's / ’s split off a word
  kLineStart = 1u << 7,  // first token after a line break (or of the text)
  kSpaceBefore = 1u << 8,
  kSentenceInitial = 1u << 9,  // first word of a sentence, or after an opening quote, colon or bracket
  kArticle = 1u << 10,         // "the", "a", "an" (any case)
  kNameWord = 1u << 11,        // a word that may be part of a name: capitalised, or "al-Assad", "el-Sisi"
  kMasked = 1u << 12,          // inside a byline, credit or agency tag (see mask()): phrase readers skip it
};

enum class SentenceStyle : uint8_t { Normal, TitleCase, AllCaps };

// One per token of a long document: kept small (pointers rather than views; the length is end - begin).
struct Word {
  const char* text_data = nullptr;   // at begin in the document's text
  const char* lower_data = nullptr;  // at begin in the lower-cased copy of the text
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t flags = 0;
  uint32_t sentence = 0;
  WordInfo lex;  // the lexicon's flags for the lower-cased word, and its first trie step
  std::string_view text() const { return {text_data, end - begin}; }
  std::string_view lower() const { return {lower_data, end - begin}; }
  bool is(uint32_t flag) const { return (flags & flag) != 0; }
  bool has(uint32_t lex_flag) const { return (lex.flags & lex_flag) != 0; }
};

struct SentenceSpan {
  uint32_t first = 0;  // word indices [first, last)
  uint32_t last = 0;
  SentenceStyle style = SentenceStyle::Normal;
};

class WordStream {
 public:
  // Rebuilds the stream for a document; buffers are reused from document to document.
  void build(const Document& doc, const Lexicon& lexicon);
  std::span<const Word> words() const { return words_; }
  std::span<const SentenceSpan> sentences() const { return sentences_; }
  std::string_view text() const { return text_; }
  // Flags kMasked the words of the ranges [first, second) (see CreditScan).
  void mask(std::span<const std::pair<uint32_t, uint32_t>> ranges);
  // Frees the buffers of a large document (a small one's are kept for the next document).
  void release_if_large();

 private:
  // The lexicon is looked up a batch of words at a time (see look_up_words()): enough words to keep the
  // prefetches ahead, few enough that the batch costs nothing next to the words.
  static constexpr size_t kLookupBatch = 512;

  void read_tokens(const Document& doc, const Lexicon& lexicon);
  void look_up_words(const Lexicon& lexicon, size_t count);
  void read_sentences(const Document& doc);

  std::string_view text_;
  std::string lower_;  // the text with ASCII letters lower-cased, and 16 bytes of padding
  std::vector<Word> words_;
  std::array<uint32_t, kLookupBatch> lookups_{};  // words to look up in the lexicon
  std::array<PackedWord, kLookupBatch> keys_{};   // their lexicon keys
  std::vector<SentenceSpan> sentences_;
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_WORD_STREAM_HPP
