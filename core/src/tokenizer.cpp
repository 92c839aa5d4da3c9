// A hand-written single-pass scanner over UTF-8 (no regex): one token per word, number, punctuation mark,
// symbol or quotation mark, with the whitespace before it folded into flags.
#include "quarry/core/text_services.hpp"
#include "quarry/core/utf8.hpp"

namespace quarry::core {
namespace {

using utf8::CharClass;

constexpr char32_t kRightSingleQuote = 0x2019;

bool is_apostrophe(char32_t c) { return c == '\'' || c == kRightSingleQuote; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_alnum(CharClass c) { return c == CharClass::Letter || c == CharClass::Digit; }

bool is_double_mark(char32_t c) {
  switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0xFF02: case 0x300E: case 0x300F:
      return true;
    default:
      return false;
  }
}

// +1: the mark's form says it opens; -1: it closes; 0: its form does not tell (straight marks).
int mark_direction(char32_t c) {
  switch (c) {
    case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A: case 0x201B: case 0x00AB:
    case 0x2039: case '`': case 0x300C: case 0x300E:
      return 1;
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
      return -1;
    default:
      return 0;
  }
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) { tokens_.reserve(text.size() / 5 + 16); }

  std::vector<quarry_token> run() {
    pending_flags_ = QUARRY_TOKEN_PARAGRAPH_START;
    while (pos_ < text_.size()) {
      // Fast path: a plain space between words, the most common byte of news text.
      if (text_[pos_] == ' ') {
        pending_flags_ |= QUARRY_TOKEN_SPACE_BEFORE;
        ++pos_;
        continue;
      }
      const auto byte = static_cast<unsigned char>(text_[pos_]);
      const utf8::Decoded d = byte < 0x80 ? utf8::Decoded{byte, 1} : utf8::decode(text_, pos_);
      switch (utf8::classify(d.code_point)) {
        case CharClass::Space:
          skip_space(d);
          break;
        case CharClass::Letter:
          scan_word();
          break;
        case CharClass::Digit:
          scan_number();
          break;
        case CharClass::Quote:
          scan_quote(d);
          break;
        case CharClass::Punct:
          scan_punct(d);
          break;
        case CharClass::Symbol:
          push(pos_, pos_ + d.length, QUARRY_TOKEN_SYMBOL, 0);
          break;
      }
    }
    return std::move(tokens_);
  }

 private:
  char32_t at(size_t pos) const { return pos < text_.size() ? utf8::decode(text_, pos).code_point : 0; }
  uint32_t len_at(size_t pos) const { return pos < text_.size() ? utf8::decode(text_, pos).length : 0; }
  CharClass class_at(size_t pos) const {
    return pos < text_.size() ? utf8::classify(at(pos)) : CharClass::Space;
  }
  // The code point that ends just before `pos` (pos must be a boundary).
  char32_t before(size_t pos) const {
    if (pos == 0) return 0;
    size_t p = pos - 1;
    while (p > 0 && !utf8::is_boundary(text_, p)) --p;
    return at(p);
  }

  void push(size_t begin, size_t end, uint32_t kind, uint32_t flags) {
    if ((pending_flags_ & QUARRY_TOKEN_NEWLINE_BEFORE) && !wraps_line(begin)) {
      pending_flags_ |= QUARRY_TOKEN_PARAGRAPH_START;
    }
    tokens_.push_back(quarry_token{static_cast<uint32_t>(begin), static_cast<uint32_t>(end), kind,
                                   flags | pending_flags_});
    pending_flags_ = 0;
    newlines_ = 0;
    pos_ = end;
  }

  // News files put one paragraph per line; a line break is a mere wrap only when a lower-case word or a
  // comma runs on into a lower-case word.
  bool wraps_line(size_t begin) const {
    if (tokens_.empty() || !utf8::is_lower(at(begin))) return false;
    const quarry_token& prev = tokens_.back();
    const char32_t last = before(prev.end);
    return (prev.kind == QUARRY_TOKEN_WORD && utf8::is_lower(last)) || last == ',';
  }

  void skip_space(const utf8::Decoded& d) {
    pending_flags_ |= QUARRY_TOKEN_SPACE_BEFORE;
    const bool newline = d.code_point == '\n' || d.code_point == 0x2028 || d.code_point == 0x2029 ||
                         (d.code_point == '\r' && at(pos_ + 1) != '\n');
    if (newline) {
      pending_flags_ |= QUARRY_TOKEN_NEWLINE_BEFORE;
      if (++newlines_ >= 2 || d.code_point == 0x2029) pending_flags_ |= QUARRY_TOKEN_PARAGRAPH_START;
    }
    pos_ += d.length;
  }

  // "U.S.", "a.m.", "e.g.": at least two single letters, each followed by a period. Returns the end of the
  // acronym (after its last period), or 0.
  size_t dotted_acronym_end(size_t p) const {
    if (p + 1 >= text_.size() || (static_cast<unsigned char>(text_[p]) < 0x80 && text_[p + 1] != '.')) return 0;
    size_t letters = 0;
    while (class_at(p) == CharClass::Letter && p < text_.size()) {
      const size_t after_letter = p + len_at(p);
      if (after_letter >= text_.size() || text_[after_letter] != '.') break;
      ++letters;
      p = after_letter + 1;
    }
    return letters >= 2 ? p : 0;
  }

  void scan_word() {
    const size_t begin = pos_;
    if (const size_t end = dotted_acronym_end(begin); end != 0) {
      finish_word(begin, end);
      return;
    }
    size_t p = begin;
    while (p < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[p]);
      if (byte < 0x80 && (static_cast<unsigned>((byte | 0x20) - 'a') < 26u || static_cast<unsigned>(byte - '0') < 10u)) {
        ++p;
        continue;
      }
      const utf8::Decoded d = utf8::decode(text_, p);
      const CharClass cls = utf8::classify(d.code_point);
      if (is_alnum(cls)) {
        p += d.length;
        continue;
      }
      const size_t next = p + d.length;
      if (is_hyphen(d.code_point) && is_alnum(class_at(next))) {
        p = next;
        continue;
      }
      if (is_apostrophe(d.code_point) && class_at(next) == CharClass::Letter) {
        // "Korea's" / "Korea’s": the clitic becomes its own token; "don't", "O'Brien" stay whole.
        const char32_t s = at(next);
        if ((s == 's' || s == 'S') && !is_alnum(class_at(next + 1))) break;
        // A lower-case letter, the mark, then an upper-case one is a quotation mark glued to a word
        // ("National'PM Modi"), not an elision like "O'Brien" or "don't".
        if (utf8::is_lower(before(p)) && utf8::is_upper(s)) break;
        p = next;
        continue;
      }
      break;
    }
    finish_word(begin, p);
    scan_clitic();
  }

  void finish_word(size_t begin, size_t end) {
    bool any_upper = false, any_lower = false;
    for (size_t p = begin; p < end;) {
      const auto byte = static_cast<unsigned char>(text_[p]);
      if (byte < 0x80) {
        any_upper |= static_cast<unsigned>(byte - 'A') < 26u;
        any_lower |= static_cast<unsigned>(byte - 'a') < 26u;
        ++p;
        continue;
      }
      const utf8::Decoded d = utf8::decode(text_, p);
      any_upper |= utf8::is_upper(d.code_point);
      any_lower |= utf8::is_lower(d.code_point);
      p += d.length;
    }
    uint32_t flags = 0;
    const auto first = static_cast<unsigned char>(text_[begin]);
    if (first < 0x80 ? static_cast<unsigned>(first - 'A') < 26u : utf8::is_upper(at(begin))) {
      flags |= QUARRY_TOKEN_UPPER_INITIAL;
    }
    if (any_upper && !any_lower) flags |= QUARRY_TOKEN_ALL_UPPER;
    push(begin, end, QUARRY_TOKEN_WORD, flags);
  }

  void scan_clitic() {
    // Only ' (0x27) or ’ (0xE2 0x80 0x99) can start a clitic: test the byte before decoding.
    if (pos_ >= text_.size() || (text_[pos_] != '\'' && text_[pos_] != '\xE2') || !is_apostrophe(at(pos_))) return;
    const size_t s = pos_ + len_at(pos_);
    const char32_t c = at(s);
    if ((c == 's' || c == 'S') && !is_alnum(class_at(s + 1))) {
      push(pos_, s + 1, QUARRY_TOKEN_WORD, QUARRY_TOKEN_POSSESSIVE);
    }
  }

  void scan_number() {
    size_t p = pos_;
    auto digits = [&] {
      while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9') ++p;
    };
    digits();
    while (p + 1 < text_.size() && (text_[p] == ',' || text_[p] == '.') && text_[p + 1] >= '0' &&
           text_[p + 1] <= '9') {
      ++p;
      digits();
    }
    push(pos_, p, QUARRY_TOKEN_NUMBER, 0);
    scan_clitic();  // "the 1990's"
  }

  // "'90s", "’24": an apostrophe standing for the century, not a quotation mark.
  bool scan_elided_year(char32_t c, uint32_t len) {
    if (!is_apostrophe(c)) return false;
    const size_t d = pos_ + len;
    if (d + 2 > text_.size() || class_at(d) != CharClass::Digit || class_at(d + 1) != CharClass::Digit) return false;
    size_t end = d + 2;
    if (class_at(end) == CharClass::Digit) return false;
    if (at(end) == 's' && !is_alnum(class_at(end + 1))) ++end;
    if (is_alnum(class_at(end))) return false;
    const char32_t prev = before(pos_);
    if (prev != 0 && utf8::classify(prev) != CharClass::Space && prev != '(' && prev != '-') return false;
    push(pos_, end, QUARRY_TOKEN_WORD, 0);
    return true;
  }

  void scan_quote(const utf8::Decoded& d) {
    const char32_t c = d.code_point;
    if (scan_elided_year(c, d.length)) return;
    size_t end = pos_ + d.length;
    bool dbl = is_double_mark(c);
    int direction = mark_direction(c);
    // PTB-style doubled marks: `` opens, '' is a straight double mark.
    if ((c == '\'' || c == '`') && at(end) == c) {
      end += 1;
      dbl = true;
    }
    const char32_t prev = before(pos_);
    const char32_t next = at(end);
    const CharClass prev_cls = prev == 0 ? CharClass::Space : utf8::classify(prev);
    const CharClass next_cls = next == 0 ? CharClass::Space : utf8::classify(next);
    const bool open_context = prev == 0 || prev_cls == CharClass::Space || prev == '(' || prev == '[' ||
                              prev == '{' || is_hyphen(prev) || prev == 0x2014 || prev == 0x2013 ||
                              (prev_cls == CharClass::Quote && mark_direction(prev) >= 0);
    const bool close_context = next == 0 || next_cls == CharClass::Space ||
                               (next_cls == CharClass::Punct && next != '(' && next != '[') ||
                               next_cls == CharClass::Quote;
    uint32_t flags = dbl ? QUARRY_TOKEN_QUOTE_DOUBLE : 0;
    if (direction > 0 && !(close_context && !open_context)) {
      flags |= QUARRY_TOKEN_QUOTE_OPEN;
    } else if (direction < 0 && !(open_context && !close_context)) {
      flags |= QUARRY_TOKEN_QUOTE_CLOSE;
    } else if (open_context && !close_context) {
      flags |= QUARRY_TOKEN_QUOTE_OPEN;
    } else if (close_context && !open_context) {
      flags |= QUARRY_TOKEN_QUOTE_CLOSE;
    } else {
      flags |= QUARRY_TOKEN_QUOTE_OPEN | QUARRY_TOKEN_QUOTE_CLOSE;
    }
    push(pos_, end, QUARRY_TOKEN_QUOTE, flags);
  }

  void scan_punct(const utf8::Decoded& d) {
    size_t end = pos_ + d.length;
    // Runs of one mark ("...", "--", "!!") are one token.
    if (d.code_point == '.' || d.code_point == '-' || d.code_point == '!' || d.code_point == '?') {
      while (end < text_.size() && static_cast<char32_t>(text_[end]) == d.code_point) ++end;
    }
    push(pos_, end, QUARRY_TOKEN_PUNCT, 0);
  }

  std::string_view text_;
  size_t pos_ = 0;
  uint32_t pending_flags_ = 0;
  int newlines_ = 0;
  std::vector<quarry_token> tokens_;
};

}  // namespace

std::vector<quarry_token> tokenize(std::string_view text) { return Scanner(text).run(); }

}  // namespace quarry::core
