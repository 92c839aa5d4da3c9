// The sequence the recognizer scans: the core's tokens of one sentence, with hyphenated words split into
// their parts ("mid-January" → "mid" "January", "two-year" → "two" "year") so that one grammar handles
// "two-year" and "two years" alike. Each piece carries its lower-case text, its lexicon entry and, for
// numbers, its integer value. The vector is reused across sentences, so building it allocates nothing once
// it has grown to the longest sentence.
#ifndef QUARRY_DATES_PIECES_HPP
#define QUARRY_DATES_PIECES_HPP

#include <cstdint>
#include <quarry/extractor.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.hpp"

namespace quarry::dates {

enum class PieceKind : uint8_t { Word, Number, Punct, Quote, Symbol };

struct Piece {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t token = 0;  // index of the core token this piece comes from
  std::string_view text;
  std::string_view lower;
  const WordInfo* info = nullptr;
  uint64_t classes = 0;  // context classes (bits of WordClass) of a word piece
  PieceKind kind = PieceKind::Word;
  bool space_before = false;
  bool newline_before = false;  // first on its line
  bool hyphen_before = false;   // joined to the previous piece by a hyphen ("two-year", "1998-99")
  bool upper_initial = false;
  bool all_upper = false;
  bool possessive = false;
  // Numbers: the integer value of an all-digit token (with digit count), or -1.
  int64_t integer = -1;
  uint8_t digits = 0;
  // Quotation marks: whether the core's tokenizer found the mark opening or closing a quotation, by its form
  // ("“", "”") or, for a straight mark, by its context.
  bool quote_opens = false;
  bool quote_closes = false;
  // A four-digit number opening a line of a log of times, before a dash or a capital: "0715 – Marine police said"
  bool log_time = false;
  double decimal = -1;  // "1.5": the value when the token is a plain decimal, else -1

  bool is(WordClass c) const { return (classes & bit(c)) != 0; }
  // Whether the word has no class of the grammar's function words and verbs, as the words of names have none
  // (an adjective of how time went may start one: "Dry January", "Good Hope")
  bool name_like() const { return (classes & ~bit(WordClass::FeltAdjective)) == 0; }
};

class PieceSequence {
 public:
  // Rebuilds the pieces of one sentence. `lower_text` is the whole document lower-cased (ASCII letters),
  // byte for byte aligned with the text.
  void build(const Document& doc, const Sentence& sentence, std::string_view lower_text, const Lexicon& lexicon);
  std::span<const Piece> pieces() const { return pieces_; }
  // Marks the four-digit numbers that open a line before a dash or a capital as the times of a log (is_time_log).
  void mark_log_times();

 private:
  std::vector<Piece> pieces_;
};

// Whether the text is a log of times: two or more lines open with four digits and a dash or a capital ("0715 –
// ...", "1615 – ...", "0915 Fire investigators are back"), each an hour and minutes of the 24-hour clock, one at
// least with a leading zero that no year has. (A timeline's "1914 – War begins" has none.)
bool is_time_log(std::string_view text);

// How many words of the whole document are in context class `c` (data/context_words.txt), counting no further
// than `enough`: the document-wide cues ("goal" for a game report, "hajj" for Eid al-Adha). `lower_text` as for
// PieceSequence::build.
size_t count_words_of_class(const Document& doc, std::string_view lower_text, const Lexicon& lexicon, WordClass c,
                            size_t enough = SIZE_MAX);

// ASCII lower-casing of a whole text into `out` (reused buffer); other bytes are copied unchanged.
void lower_ascii(std::string_view text, std::string& out);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_PIECES_HPP
