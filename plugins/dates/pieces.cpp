#include "pieces.hpp"

#include <algorithm>
#include <quarry/text_case.hpp>

namespace quarry::dates {
namespace {

// "2,766", "1,000,000": digits grouped by three with commas, nothing else.
bool has_thousands_commas(std::string_view text) {
  const size_t first = text.find(',');
  if (first == std::string_view::npos || first == 0 || first > 3 || text.size() > 11) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool comma_slot = i >= first && (i - first) % 4 == 0;
    if (comma_slot ? text[i] != ',' : (text[i] < '0' || text[i] > '9')) return false;
  }
  return (text.size() - first) % 4 == 0;
}

void read_number(Piece& piece) {
  int64_t value = 0;
  bool all_digits = !piece.text.empty() && piece.text.size() <= 12;
  int dots = 0;
  double fraction = 0;
  double scale = 1;
  for (const char c : piece.text) {
    if (c >= '0' && c <= '9') {
      if (dots == 0) {
        value = value * 10 + (c - '0');
      } else {
        scale /= 10;
        fraction += (c - '0') * scale;
      }
    } else if (c == '.') {
      ++dots;
      all_digits = false;
    } else {
      all_digits = false;
      dots = 2;  // a thousands separator or other inner mark: not a plain decimal
    }
    if (value > 999'999'999'999) {
      all_digits = false;
      dots = 2;
      break;
    }
  }
  if (all_digits) {
    piece.integer = value;
    piece.digits = static_cast<uint8_t>(piece.text.size());
  } else if (has_thousands_commas(piece.text)) {
    // "2,766 flying hours": the value counts; `digits` keeps the commas so the number never reads as a
    // year or a day of the month.
    int64_t grouped = 0;
    for (const char c : piece.text) {
      if (c != ',') grouped = grouped * 10 + (c - '0');
    }
    piece.integer = grouped;
    piece.digits = static_cast<uint8_t>(piece.text.size());
  } else if (dots == 1 && piece.text.size() <= 12) {
    piece.decimal = static_cast<double>(value) + fraction;
  }
}

PieceKind kind_of(const Token& token) {
  switch (token.kind) {
    case QUARRY_TOKEN_NUMBER:
      return PieceKind::Number;
    case QUARRY_TOKEN_PUNCT:
      return PieceKind::Punct;
    case QUARRY_TOKEN_QUOTE:
      return PieceKind::Quote;
    case QUARRY_TOKEN_SYMBOL:
      return PieceKind::Symbol;
    default:
      return PieceKind::Word;
  }
}

// Text scraped from web pages glues a time stamp to the words around it: "FeaturedFebruary 6, 2016
// 11:19PMDonald Trump ...". Where a word token hides a month or weekday after a lower-to-upper case change
// ("FeaturedFebruary"), or starts with a meridiem glued to the number before it ("PMDonald" after "11:19"),
// returns the offset inside the token to split at; 0 when there is none. Ordinary camel case ("iPhone",
// "McDonald") holds no temporal word and stays whole.
uint32_t glued_split(std::string_view word, std::string_view lower, bool after_glued_number, const Lexicon& lexicon) {
  if (after_glued_number && word.size() > 3 && (lower.starts_with("am") || lower.starts_with("pm")) &&
      is_ascii_upper(word[0]) && is_ascii_upper(word[1]) && is_ascii_upper(word[2]) && is_ascii_lower(word[3])) {
    return 2;
  }
  for (uint32_t i = 1; i + 2 < word.size(); ++i) {
    if (!is_ascii_lower(word[i - 1]) || !is_ascii_upper(word[i])) continue;
    const WordInfo* tail = lexicon.lookup(lower.substr(i)).info;
    if (tail && (tail->month_form == MonthForm::Full || (tail->weekday > 0 && !tail->weekday_abbr))) return i;
  }
  return 0;
}

// "5pm" inside a hyphenated word: the number of leading digits when the rest is "am" or "pm"; 0 otherwise.
uint32_t glued_meridiem_digits(std::string_view part) {
  uint32_t digits = 0;
  while (digits < part.size() && digits < 2 && part[digits] >= '0' && part[digits] <= '9') ++digits;
  if (digits == 0 || part.size() != digits + 2u) return 0;
  const char m = static_cast<char>(part[digits] | 0x20);
  return (m == 'a' || m == 'p') && (part[digits + 1] | 0x20) == 'm' ? digits : 0;
}

}  // namespace

size_t count_words_of_class(const Document& doc, std::string_view lower_text, const Lexicon& lexicon, WordClass c,
                            size_t enough) {
  size_t count = 0;
  for (const Token& token : doc.tokens()) {
    if (count >= enough) break;
    if (token.kind == QUARRY_TOKEN_WORD &&
        (lexicon.lookup(lower_text.substr(token.begin, token.end - token.begin)).classes & bit(c)) != 0) {
      ++count;
    }
  }
  return count;
}

void lower_ascii(std::string_view text, std::string& out) {
  out.resize(text.size());
  ascii_lower_into(text, out.data());
}

void PieceSequence::build(const Document& doc, const Sentence& sentence, std::string_view lower_text,
                          const Lexicon& lexicon) {
  pieces_.clear();
  const std::string_view text = doc.text();
  const auto tokens = doc.tokens(sentence);
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    const PieceKind kind = kind_of(token);
    const bool newline = has_flag(token, QUARRY_TOKEN_NEWLINE_BEFORE) || token.begin == 0;
    const bool space = has_flag(token, QUARRY_TOKEN_SPACE_BEFORE) || newline;
    // (`linking_hyphen`: the piece is a hyphen kept from inside a word, a punctuation piece of its own)
    auto add = [&](uint32_t begin, uint32_t end, bool space_before, bool hyphen_before, bool linking_hyphen = false) {
      Piece piece;
      piece.begin = begin;
      piece.end = end;
      piece.token = sentence.first_token + static_cast<uint32_t>(t);
      piece.text = text.substr(begin, end - begin);
      piece.lower = lower_text.substr(begin, end - begin);
      piece.kind = linking_hyphen ? PieceKind::Punct : kind;
      // A part of a split word that is all digits is a number: "mid-1996" → "mid" "1996".
      if (kind == PieceKind::Word && begin > token.begin && end > begin &&
          piece.text.find_first_not_of("0123456789") == std::string_view::npos) {
        piece.kind = PieceKind::Number;
      }
      piece.space_before = space_before;
      piece.newline_before = newline && begin == token.begin;
      piece.hyphen_before = hyphen_before;
      piece.upper_initial = !piece.text.empty() && is_ascii_upper(piece.text.front());
      piece.all_upper = has_flag(token, QUARRY_TOKEN_ALL_UPPER);
      piece.possessive = has_flag(token, QUARRY_TOKEN_POSSESSIVE);
      if (piece.kind == PieceKind::Quote) {
        piece.quote_opens = has_flag(token, QUARRY_TOKEN_QUOTE_OPEN);
        piece.quote_closes = has_flag(token, QUARRY_TOKEN_QUOTE_CLOSE);
      }
      if (piece.kind == PieceKind::Number) read_number(piece);
      if (piece.kind == PieceKind::Word) {
        const Lexicon::Entry entry = lexicon.lookup(piece.lower);
        piece.info = entry.info;
        piece.classes = entry.classes;
      }
      pieces_.push_back(piece);
    };
    const bool after_joining_hyphen = !pieces_.empty() && pieces_.back().kind == PieceKind::Punct &&
                                      pieces_.back().text == "-" && !space && pieces_.back().end == token.begin;
    if (kind == PieceKind::Word) {
      const bool after_glued_number =
          !space && !pieces_.empty() && pieces_.back().kind == PieceKind::Number && pieces_.back().end == token.begin;
      const std::string_view word = doc.text(token);
      if (const uint32_t at =
              glued_split(word, lower_text.substr(token.begin, word.size()), after_glued_number, lexicon)) {
        add(token.begin, token.begin + at, space, after_joining_hyphen);
        add(token.begin + at, token.end, false, false);
        continue;
      }
    }
    if (kind != PieceKind::Word || doc.text(token).find('-') == std::string_view::npos) {
      add(token.begin, token.end, space, after_joining_hyphen);
      continue;
    }
    // Split "mid-January", "two-year-old" at inner hyphens. A clock time glued to its meridiem after a hyphen
    // ("9am-5pm" is the number "9" and the word "am-5pm") is read as "9am - 5pm" is: the hyphen is kept, to link
    // the range, and the time is split as the tokenizer splits a standalone "5pm".
    uint32_t start = token.begin;
    bool first = true;
    for (uint32_t i = token.begin; i <= token.end; ++i) {
      if (i == token.end || text[i] == '-') {
        if (i > start) {
          const uint32_t digits = first ? 0 : glued_meridiem_digits(text.substr(start, i - start));
          if (digits != 0) {
            add(start - 1, start, false, false, /*linking_hyphen=*/true);
            add(start, start + digits, false, false);
            add(start + digits, i, false, false);
          } else {
            add(start, i, first ? space : false, first ? after_joining_hyphen : true);
          }
        }
        first = false;
        start = i + 1;
      }
    }
  }
}

namespace {

// The length of a dash at the start of `rest` ("-", "–", "—"), or 0.
size_t dash_length(std::string_view rest) {
  if (rest.starts_with("-")) return 1;
  if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) return 3;
  return 0;
}

bool is_clock_digits(std::string_view four) {
  const int hour = (four[0] - '0') * 10 + (four[1] - '0');
  const int minute = (four[2] - '0') * 10 + (four[3] - '0');
  return hour <= 23 && minute <= 59;
}

}  // namespace

bool is_time_log(std::string_view text) {
  size_t entries = 0;
  bool leading_zero = false;
  for (size_t line = 0; line < text.size();) {
    const size_t next = text.find('\n', line);
    const size_t end = next == std::string_view::npos ? text.size() : next;
    std::string_view rest = text.substr(line, end - line);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    const bool four_digits = rest.size() > 4 &&
                             std::all_of(rest.begin(), rest.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
                             !(rest[4] >= '0' && rest[4] <= '9');
    if (four_digits) {
      std::string_view after = rest.substr(4);
      while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
      const bool capital =
          after.size() < rest.size() - 4 && !after.empty() && after.front() >= 'A' && after.front() <= 'Z';
      if (dash_length(after) > 0 || capital) {
        if (!is_clock_digits(rest.substr(0, 4))) return false;
        ++entries;
        leading_zero = leading_zero || rest.front() == '0';
      }
    }
    line = end + 1;
  }
  return entries >= 2 && leading_zero;
}

void PieceSequence::mark_log_times() {
  for (size_t i = 0; i + 1 < pieces_.size(); ++i) {
    Piece& p = pieces_[i];
    const Piece& next = pieces_[i + 1];
    const bool dash =
        next.kind == PieceKind::Punct && (next.text == "-" || next.text == "\u2013" || next.text == "\u2014");
    const bool title = next.kind == PieceKind::Word && next.upper_initial && next.space_before;
    if ((i == 0 || p.newline_before) && p.kind == PieceKind::Number && p.digits == 4 && (dash || title) &&
        is_clock_digits(p.text.substr(0, 4))) {
      p.log_time = true;
    }
  }
}

}  // namespace quarry::dates
