// Rule-based sentence boundaries over the core's tokens. English abbreviations that end in a period are a
// small fixed set here because every plugin depends on the same boundaries.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "quarry/core/text_services.hpp"
#include "quarry/core/utf8.hpp"

namespace quarry::core {
namespace {

// Words that, followed by a period, do not end a sentence (titles, months, common Latin and business forms).
constexpr std::string_view kAbbreviations[] = {
    "Adm", "Ald", "Apr", "Aug", "Ave", "Blvd", "Brig", "Bros", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec",
    "Dept", "Det", "Dr", "Feb", "Fig", "Fr", "Ft", "Gen", "Gov", "Hon", "Inc", "Insp", "Jan", "Jr", "Jul", "Jun", "Lt",
    "Ltd", "Maj", "Mar", "Messrs", "Mme", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Pvt",
    "Rep", "Reps", "Rev", "Sen", "Sens", "Rs", "Sep", "Sept", "Sgt", "Sr", "St", "Ste", "Supt", "approx", "vs", "al",
    // ("call 555-0140, ext. 1850")
    "ext", "Ext", "tel", "Tel"};

// Month abbreviations also written in capitals, in headings and listings ("FRIDAY, AUG. 2").
constexpr std::string_view kCapitalMonths[] = {"JAN", "FEB", "MAR",  "APR", "JUN", "JUL",
                                               "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"};

bool is_abbreviation(std::string_view word) {
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations) ||
         std::find(std::begin(kCapitalMonths), std::end(kCapitalMonths), word) != std::end(kCapitalMonths);
}

// Abbreviations that often end a sentence ("... Acme Inc. The company said"), unlike titles ("Mr.").
constexpr std::string_view kSentenceFinalAbbreviations[] = {"Inc", "Corp", "Co",  "Ltd", "Jr",
                                                            "Sr",  "Bros", "etc", "al"};

// Capitalised words that start sentences but rarely follow an abbreviation inside one.
constexpr std::string_view kSentenceStarters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "There", "But", "And",
    "In", "On", "At", "For", "After", "Before", "When", "While", "His", "Her", "Its", "Their", "Our", "However",
    "Meanwhile", "Also", "Some", "Many", "Most", "According",
    // ("back in camp by 4 p.m. Today is a rest day", "left at 11 p.m. I've been up since")
    "Today", "Yesterday", "Tomorrow", "I'm", "I've", "It's", "We're", "We've", "They're", "There's", "That's", "He's",
    "She's", "I\u2019m", "I\u2019ve", "It\u2019s", "We\u2019re", "We\u2019ve", "They\u2019re", "There\u2019s",
    "That\u2019s", "He\u2019s", "She\u2019s"};

template <size_t N>
bool contains(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool is_terminal(std::string_view punct) {
  const char c = punct.empty() ? '\0' : punct.front();
  return c == '.' || c == '!' || c == '?' || punct == "\xE2\x80\xA6";  // … U+2026
}

bool is_closing_bracket(std::string_view punct) { return punct == ")" || punct == "]" || punct == "}"; }

bool starts_lower(std::string_view text, const quarry_token& t) {
  return t.kind == QUARRY_TOKEN_WORD && utf8::is_lower(utf8::decode(text, t.begin).code_point);
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<quarry_token>& tokens) : text_(text), tokens_(tokens) {}

  std::vector<quarry_sentence> run() {
    std::vector<quarry_sentence> out;
    if (tokens_.empty()) return out;
    uint32_t paragraph = 0;
    size_t first = 0;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (i > 0 && (tokens_[i].flags & QUARRY_TOKEN_PARAGRAPH_START)) ++paragraph;
      const size_t last = end_of_sentence_at(i);
      if (last == kNoBoundary) continue;
      out.push_back(make(first, last, paragraph));
      first = last + 1;
      i = last;
    }
    if (first < tokens_.size()) out.push_back(make(first, tokens_.size() - 1, paragraph));
    return out;
  }

 private:
  static constexpr size_t kNoBoundary = static_cast<size_t>(-1);

  std::string_view str(size_t i) const { return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin); }

  quarry_sentence make(size_t first, size_t last, uint32_t paragraph) const {
    return quarry_sentence{tokens_[first].begin, tokens_[last].end, static_cast<uint32_t>(first),
                           static_cast<uint32_t>(last - first + 1), paragraph};
  }

  // If a sentence ends with token i (possibly extended over closing quotes and brackets), the index of its
  // last token; otherwise kNoBoundary.
  size_t end_of_sentence_at(size_t i) const {
    const size_t n = tokens_.size();
    if (i + 1 >= n) return kNoBoundary;  // the final sentence is closed by run()
    const quarry_token& next = tokens_[i + 1];
    if (next.flags & QUARRY_TOKEN_PARAGRAPH_START) return i;
    if (tokens_[i].kind == QUARRY_TOKEN_PUNCT && is_terminal(str(i))) return after_terminal(i);
    // A dotted acronym's period may end the sentence too: "in Washington D.C. The team ...".
    if (tokens_[i].kind == QUARRY_TOKEN_WORD && str(i).back() == '.' && (next.flags & QUARRY_TOKEN_SPACE_BEFORE) &&
        (starts_sentence(i + 1) || opens_quoted_sentence(i + 1))) {
      return i;
    }
    if (next.flags & QUARRY_TOKEN_NEWLINE_BEFORE) {
      // A wrapped line continues the sentence only when it clearly runs on into lower case.
      const bool runs_on = (tokens_[i].kind == QUARRY_TOKEN_WORD || str(i) == ",") && starts_lower(text_, next);
      return runs_on ? kNoBoundary : i;
    }
    return kNoBoundary;
  }

  bool starts_sentence(size_t i) const {
    return tokens_[i].kind == QUARRY_TOKEN_WORD && contains(kSentenceStarters, str(i));
  }

  // An opening quotation mark followed by a capitalised word: `S.C. "It seems ..."`.
  bool opens_quoted_sentence(size_t i) const {
    const quarry_token& t = tokens_[i];
    return t.kind == QUARRY_TOKEN_QUOTE && (t.flags & QUARRY_TOKEN_QUOTE_OPEN) &&
           !(t.flags & QUARRY_TOKEN_QUOTE_CLOSE) && i + 1 < tokens_.size() &&
           (tokens_[i + 1].flags & QUARRY_TOKEN_UPPER_INITIAL);
  }

  size_t after_terminal(size_t i) const {
    const size_t n = tokens_.size();
    size_t last = i;
    // Closing quotes and brackets right after the mark belong to this sentence: `he said."` / `(sic.)`.
    while (last + 1 < n) {
      const quarry_token& t = tokens_[last + 1];
      const bool closing_quote = t.kind == QUARRY_TOKEN_QUOTE && (t.flags & QUARRY_TOKEN_QUOTE_CLOSE) &&
                                 !(t.flags & QUARRY_TOKEN_SPACE_BEFORE);
      const bool closing_bracket =
          t.kind == QUARRY_TOKEN_PUNCT && is_closing_bracket(str(last + 1)) && !(t.flags & QUARRY_TOKEN_SPACE_BEFORE);
      if (!closing_quote && !closing_bracket) break;
      ++last;
    }
    if (last + 1 >= n) return kNoBoundary;
    const quarry_token& next = tokens_[last + 1];
    if (next.flags & (QUARRY_TOKEN_NEWLINE_BEFORE | QUARRY_TOKEN_PARAGRAPH_START)) return last;
    if (!(next.flags & QUARRY_TOKEN_SPACE_BEFORE)) return kNoBoundary;  // "3.5", "U.S.-led", "...?!"
    if (starts_lower(text_, next)) return kNoBoundary;
    const bool next_starts_sentence = starts_sentence(last + 1) || opens_quoted_sentence(last + 1);
    if (str(i) == "." && i > 0 && tokens_[i - 1].end == tokens_[i].begin && tokens_[i - 1].kind == QUARRY_TOKEN_WORD) {
      const std::string_view word = str(i - 1);
      if (is_abbreviation(word)) {
        return next_starts_sentence && contains(kSentenceFinalAbbreviations, word) ? last : kNoBoundary;
      }
      const utf8::Decoded d = utf8::decode(word, 0);
      if (d.length == word.size() && utf8::is_upper(d.code_point)) return kNoBoundary;  // initial: "J. Smith"
    }
    // A following punctuation mark (", ;") continues the sentence: "Oct. 16, ...".
    if (next.kind == QUARRY_TOKEN_PUNCT && !is_closing_bracket(str(last + 1)) && str(last + 1) != "(") {
      return kNoBoundary;
    }
    return last;
  }

  std::string_view text_;
  const std::vector<quarry_token>& tokens_;
};

}  // namespace

std::vector<quarry_sentence> split_sentences(std::string_view text, const std::vector<quarry_token>& tokens) {
  return Splitter(text, tokens).run();
}

}  // namespace quarry::core
