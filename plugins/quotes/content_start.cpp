#include "content_start.hpp"

#include "cue_detection.hpp"

namespace quarry::quotes {
namespace {

// Words of a place's state or country after a comma ("Windham, New Hampshire,").
constexpr uint32_t kMaxPlaceWords = 3;
// Adjunct tokens allowed between a cue and its content ("said in an interview on Thursday that").
constexpr uint32_t kMaxAdjunctTokens = 16;
// How far a finite verb may be from the start of a bare reported clause.
constexpr uint32_t kClauseLookahead = 16;
// How far a comma-delimited aside may run before the content ("said, among other things, that").
constexpr uint32_t kMaxAsideTokens = 10;

// "said each year of education yields a 10% bump": after "say", a long complement opened by a noun phrase is
// a clause whose verb the word classes do not know ("said the same thing" is too short to be one).
bool long_complement(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  constexpr int kMinWords = 5;
  constexpr uint32_t kNotSubject = bit(WordClass::kPreposition) | bit(WordClass::kConjunction) |
                                   bit(WordClass::kComplementizer) | bit(WordClass::kFinite) |
                                   bit(WordClass::kInterrogative) | bit(WordClass::kAdverb) | bit(WordClass::kNegation);
  if (begin >= ceiling || !is_word(scan.token(begin)) || (scan.info(begin).classes & kNotSubject) != 0 ||
      scan.info(begin).cue_verb >= 0) {
    return false;
  }
  int words = 0;
  for (uint32_t k = begin; k < ceiling && words < kMinWords; ++k) {
    const Token& t = scan.token(k);
    if (is_word(t) || is_number(t)) {
      ++words;
    } else if (is_punct(t) && !scan.is_punct(k, "-")) {
      break;
    }
  }
  return words >= kMinWords;
}

// A subordinating word and the subject of its clause: "as he labored", "because they", "while Trump".
bool opens_subordinate_clause(const DocumentScan& scan, uint32_t k, uint32_t ceiling) {
  if (k + 1 >= ceiling || !is_word(scan.token(k)) || scan.is_word(k, "that")) return false;
  const bool subordinator =
      (scan.has_class(k, WordClass::kConjunction) && !scan.is_word(k, "and") && !scan.is_word(k, "or") &&
       !scan.is_word(k, "but") && !scan.has_class(k, WordClass::kInterrogative)) ||
      scan.is_word(k, "as") || scan.is_word(k, "after") || scan.is_word(k, "before") || scan.is_word(k, "since") ||
      scan.is_word(k, "until");
  if (!subordinator) return false;
  const PronounReferent subject = scan.info(k + 1).pronoun;
  return subject != PronounReferent::kNone && !scan.is_word(k + 1, "it") && !scan.is_word(k + 1, "you");
}

// A finite verb opens the complement: "will go", "led", "is".
bool opens_with_verb(const DocumentScan& scan, uint32_t k) {
  if (!is_word(scan.token(k)) || scan.capitalized(k)) return false;
  const TokenInfo& info = scan.info(k);
  if ((info.classes & (bit(WordClass::kFinite) | bit(WordClass::kPast))) != 0) return info.cue_verb < 0;
  const std::string_view w = scan.text(k);
  return info.classes == 0 && info.cue_verb < 0 && w.size() > 3 && w.ends_with("ed");
}

// The speaker phrase follows a relative pronoun: "which officials said", "that Carson says".
bool after_relative(const DocumentScan& scan, const Mention& speaker, const Unit& unit) {
  if (speaker.empty() || speaker.first <= unit.first) return false;
  const uint32_t prev = speaker.first - 1;
  return scan.is_word(prev, "which") || scan.is_word(prev, "that");
}

// A speech-verb form inside a prepositional phrase right after an article, a possessive or the preposition
// is a noun: "in a post on X", "in comments to reporters", "in his statement".
bool used_as_noun(const DocumentScan& scan, uint32_t k) {
  const uint32_t prev = k - 1;
  return scan.has_class(prev, WordClass::kDeterminer) || scan.has_class(prev, WordClass::kPreposition) ||
         has_flag(scan.token(prev), QUARRY_TOKEN_POSSESSIVE);
}

// A prepositional phrase from token k: the preposition and its object, up to the next boundary.
uint32_t skip_prepositional_phrase(const DocumentScan& scan, uint32_t k, uint32_t ceiling) {
  ++k;
  while (k < ceiling) {
    const Token& t = scan.token(k);
    if (is_number(t)) {
      ++k;
      continue;
    }
    if (is_punct(t)) {
      // "in snowy Windham, New Hampshire, on ...": a place's state or country set off by commas.
      if (scan.is_punct(k, ",") && k > 0 && scan.capitalized(k - 1)) {
        uint32_t c = k + 1;
        while (c < ceiling && c - k <= kMaxPlaceWords && scan.capitalized(c)) ++c;
        if (c > k + 1 && c < ceiling && scan.is_punct(c, ",")) {
          k = c + 1;
          continue;
        }
      }
      // "Jan. 12", "Mr. Smith": an abbreviation's period.
      if (scan.is_punct(k, ".") && !has_flag(t, QUARRY_TOKEN_SPACE_BEFORE) && k + 1 < ceiling &&
          !has_flag(scan.token(k + 1), QUARRY_TOKEN_PARAGRAPH_START) &&
          (scan.capitalized(k + 1) || is_number(scan.token(k + 1)))) {
        ++k;
        continue;
      }
      break;
    }
    if (!is_word(t)) break;
    const TokenInfo& info = scan.info(k);
    constexpr uint32_t kEnds = bit(WordClass::kPreposition) | bit(WordClass::kConjunction) |
                               bit(WordClass::kComplementizer) | bit(WordClass::kFinite) | bit(WordClass::kRelative) |
                               bit(WordClass::kInterrogative);
    const bool joins_names = scan.is_word(k, "and") && k + 1 < ceiling && scan.capitalized(k + 1);
    if ((info.classes & kEnds) != 0 && !scan.is_word(k, "of") && !joins_names) break;
    if (info.pronoun != PronounReferent::kNone) break;
    if (info.cue_verb >= 0 && !used_as_noun(scan, k)) break;
    ++k;
  }
  return k;
}

// An addressee after "told"/"warned": "CNN", "reporters", "the Associated Press", "him".
uint32_t skip_addressee(const DocumentScan& scan, uint32_t k, uint32_t ceiling) {
  const uint32_t start = k;
  while (k < ceiling && k - start < 6) {
    const Token& t = scan.token(k);
    if (is_punct(t) && scan.is_punct(k, ".") && k > start && scan.has_class(k - 1, WordClass::kTitle)) {
      ++k;
      continue;
    }
    if (!is_word(t)) break;
    const TokenInfo& info = scan.info(k);
    // "told Randolph and others that ...": coordinated addressees.
    if (k > start && (scan.is_word(k, "and") || scan.is_word(k, "or")) && k + 1 < ceiling &&
        is_word(scan.token(k + 1)) && scan.info(k + 1).pronoun == PronounReferent::kNone &&
        (scan.info(k + 1).classes & ~(bit(WordClass::kDeterminer) | bit(WordClass::kQuantifier))) == 0) {
      ++k;
      continue;
    }
    constexpr uint32_t kEnds = bit(WordClass::kPreposition) | bit(WordClass::kConjunction) |
                               bit(WordClass::kComplementizer) | bit(WordClass::kFinite) | bit(WordClass::kRelative) |
                               bit(WordClass::kInterrogative) | bit(WordClass::kTime);
    if ((info.classes & kEnds) != 0 || info.cue_verb >= 0) break;
    if (info.pronoun != PronounReferent::kNone && k > start) break;  // "told reporters he would"
    // A capitalised word after a lower-case addressee starts the clause: "told reporters Trump was".
    if (k > start && scan.capitalized(k) && !scan.capitalized(k - 1) &&
        !scan.has_class(k - 1, WordClass::kDeterminer)) {
      break;
    }
    ++k;
  }
  return k;
}

// True when an opening quotation mark comes before the next punctuation (within a short stretch): the
// complement is a noun phrase with quoted words ("noted Seoul's “deep concern” over ...").
bool quote_ahead(const DocumentScan& scan, uint32_t k, uint32_t ceiling) {
  for (uint32_t c = k; c < ceiling && c - k < kClauseLookahead; ++c) {
    if (scan.opens_quote(c)) return true;
    if (is_punct(scan.token(c)) && !scan.is_punct(c, "-")) return false;
    if (scan.info(c).cue_verb >= 0) return false;  // the quote belongs to that nearer cue
  }
  return false;
}

// What follows a comma after the cue: an aside before the content (", and I quote, “...”", ", among other
// things, that ..."), or the rest of a clause the attribution interrupted ("X, he said, now has ...").
uint32_t after_comma(const DocumentScan& scan, uint32_t comma, const Unit& unit, CueShape shape, Attribution& a) {
  if (comma + 1 < unit.last && scan.is_word(comma + 1, "that") && a.takes_clause) {
    a.right = RightContent::kThat;  // "said, that ..."
    a.right_begin = comma + 2;
    return comma + 2;
  }
  // "“The risk,” said Edward Leamer, an economist who is the director of ..., “is that ...”": the speaker's
  // description may be long before the quotation resumes.
  if (shape.trailing || shape.after_quote) {
    constexpr uint32_t kMaxDescriptionTokens = 30;
    for (uint32_t c = comma + 1; c + 1 < unit.last && c - comma <= kMaxDescriptionTokens; ++c) {
      if (is_quote(scan.token(c)) || scan.is_punct(c, ".") || scan.is_punct(c, ";") || scan.is_punct(c, ":") ||
          scan.info(c).cue_verb >= 0) {
        break;
      }
      if (scan.is_punct(c, ",") && scan.opens_quote(c + 1)) {
        a.right = RightContent::kQuote;
        a.right_begin = c + 1;
        return c + 1;
      }
    }
  }
  constexpr uint32_t kEndsAside = bit(WordClass::kFinite) | bit(WordClass::kPast) | bit(WordClass::kComplementizer);
  for (uint32_t c = comma + 1; c < unit.last && c - comma <= kMaxAsideTokens; ++c) {
    if (is_quote(scan.token(c)) || (scan.info(c).classes & kEndsAside) != 0 || scan.info(c).cue_verb >= 0) break;
    if (!is_punct(scan.token(c))) continue;
    if (!scan.is_punct(c, ",")) break;
    if (c + 1 < unit.last && scan.opens_quote(c + 1)) {
      a.right = RightContent::kQuote;
      a.right_begin = c + 1;
      return c + 1;
    }
    if (c + 1 < unit.last && scan.is_word(c + 1, "that") && a.takes_clause) {
      a.right = RightContent::kThat;
      a.right_begin = c + 2;
      return c + 2;
    }
    // "She said, if elected, she would ask ...": the aside belongs to the reported clause.
    if (a.takes_clause && !shape.trailing && looks_like_clause(scan, c + 1, unit.last) &&
        scan.info(c + 1).pronoun != PronounReferent::kNone) {
      a.right = RightContent::kClause;
      a.right_begin = comma + 1;
      return comma + 1;
    }
    break;
  }
  const uint32_t next = comma + 1;
  if (shape.trailing && a.takes_clause && next < unit.last && is_word(scan.token(next))) {
    const TokenInfo& info = scan.info(next);
    const bool starts_other = info.cue_verb >= 0 ||
                              (info.classes & (bit(WordClass::kChannel) | bit(WordClass::kRelative))) != 0 ||
                              info.starts_phrase;
    if (!starts_other) {
      a.right = RightContent::kResumed;
      a.right_begin = next;
    }
  }
  return comma;
}

}  // namespace

// Reads what follows the cue (from `k`): adjuncts, then the start of the content, if any. Returns the end
// of the attribution phrase.
uint32_t scan_right(const DocumentScan& scan, uint32_t k, const Unit& unit, CueShape shape, Attribution& a) {
  const uint32_t start = k;
  bool addressee_done = !shape.object;
  bool bare = true;  // only adverbs and time words so far: "said repeatedly “...” must"
  while (k < unit.last && k - start <= kMaxAdjunctTokens) {
    const Token& t = scan.token(k);
    if (is_quote(t)) {
      if (!scan.opens_quote(k)) return k;
      // A quoted title inside an adjunct: "said on ABC's “This Week” that ...".
      const uint32_t close = scan.quoted()[static_cast<size_t>(scan.info(k).quote)].close;
      if (k > start && close + 1 < unit.last && scan.is_word(close + 1, "that") && a.takes_clause) {
        a.right = RightContent::kThat;
        a.right_begin = close + 2;
        return close + 2;
      }
      // A title after a preposition or a possessive: "said on ABC's “This Week”", "told “Meet the Press”".
      if (k > start && !shape.naming && is_title_position(scan, k - 1)) {
        bare = false;
        k = close + 1;
        continue;
      }
      a.right = shape.naming ? RightContent::kNaming : RightContent::kQuote;
      a.right_begin = k;
      // "said “local forces” must lead": the quoted words open a clause that goes on after them.
      if (!shape.naming && a.takes_clause && bare && close + 1 < unit.last && is_word(scan.token(close + 1))) {
        a.right = RightContent::kClause;
      }
      return k;
    }
    if (is_punct(t)) {
      if (scan.is_punct(k, ":")) {
        a.right = RightContent::kColon;
        a.right_begin = k + 1;
        return k + 1;
      }
      if (scan.is_punct(k, ",") && k + 1 < unit.last && scan.opens_quote(k + 1)) {
        a.right = RightContent::kQuote;
        a.right_begin = k + 1;
        return k + 1;
      }
      if (scan.is_punct(k, ",")) return after_comma(scan, k, unit, shape, a);
      if (scan.is_dash(k)) {
        // "said — on Twitter, as it happens — that ...": an aside between dashes.
        uint32_t c = k + 1;
        while (c < unit.last && c - k <= kMaxAsideTokens && !scan.is_dash(c) && !is_quote(scan.token(c))) ++c;
        if (c < unit.last && c - k <= kMaxAsideTokens && scan.is_dash(c) && c > k + 1) {
          bare = false;
          k = c + 1;
          continue;
        }
      }
      if (scan.is_punct(k, "(")) {
        uint32_t c = k + 1;
        while (c < unit.last && c - k < 8 && !scan.is_punct(c, ")") && !is_quote(scan.token(c))) ++c;
        if (c < unit.last && scan.is_punct(c, ")")) {
          bare = false;
          k = c + 1;
          continue;
        }
      }
      return k;
    }
    if (is_number(t)) {
      // "said 100 were hurt" starts the clause; "said Jan 12" is a date.
      if (a.takes_clause && !shape.naming && looks_like_clause(scan, k, unit.last)) {
        a.right = RightContent::kClause;
        a.right_begin = k;
        return k;
      }
      ++k;
      continue;
    }
    if (!is_word(t)) return k;
    const TokenInfo& info = scan.info(k);
    if ((info.classes & bit(WordClass::kChannel)) != 0) return k;  // "reported quoting ..."
    if (scan.is_word(k, "that") && a.takes_clause) {
      a.right = RightContent::kThat;
      a.right_begin = k + 1;
      return k + 1;
    }
    if ((info.classes & bit(WordClass::kInterrogative)) != 0 && shape.question) {
      a.right = RightContent::kQuestion;
      a.right_begin = k;
      return k;
    }
    // "told his advisers as he labored over ...": a subordinate clause is the cue's adjunct, not its content;
    // "said a Mexican official who was not authorized ...": a relative clause describes the speaker.
    if (opens_subordinate_clause(scan, k, unit.last) ||
        (scan.has_class(k, WordClass::kRelative) && !scan.is_word(k, "that"))) {
      return k;
    }
    if ((info.classes & bit(WordClass::kPreposition)) != 0) {
      const uint32_t after = skip_prepositional_phrase(scan, k, unit.last);
      // "said at least 100 soldiers had been killed": the phrase was the clause's own subject.
      if (a.takes_clause && !shape.naming && after < unit.last && scan.has_class(after, WordClass::kFinite) &&
          k == start) {
        a.right = RightContent::kClause;
        a.right_begin = k;
        return k;
      }
      // "said in August after Nabisco announced it was ...": the phrase holds the subject of the next cue,
      // whose attribution starts there.
      if (after > k + 1 && after < unit.last && scan.info(after).cue_verb >= 0 && usable_verb(scan, after, unit)) {
        return k;
      }
      bare = false;
      k = after;
      continue;
    }
    if ((info.classes & bit(WordClass::kTime)) != 0 && (info.classes & bit(WordClass::kFinite)) == 0) {
      ++k;
      continue;
    }
    if ((info.classes & bit(WordClass::kAdverb)) != 0 && k == start) {
      ++k;  // "said repeatedly that"
      continue;
    }
    if (shape.naming) {
      a.right = RightContent::kNaming;
      a.right_begin = k;
      return k;
    }
    if (!addressee_done && info.pronoun == PronounReferent::kNone) {
      addressee_done = true;
      const uint32_t after = skip_addressee(scan, k, unit.last);
      // "warned North Korea is preparing": what looked like the addressee is the clause's subject.
      const bool was_subject =
          after < unit.last && (scan.has_class(after, WordClass::kFinite) || scan.has_class(after, WordClass::kPast));
      if (after > k && !(was_subject && a.takes_clause)) {
        bare = false;
        k = after;
        continue;
      }
    }
    // "changes, which officials said will go into effect": the relative pronoun is the clause's subject.
    const bool relative = after_relative(scan, a.speaker, unit);
    const bool relative_gap = k == start && opens_with_verb(scan, k) && relative;
    // "savings, which he says the plan would achieve": the relative clause lacks an object, no clause is reported
    // ("that" may be a complementizer instead: "noted that Trump said the plan was dead").
    const bool object_gap = relative && !relative_gap && scan.is_word(a.speaker.first - 1, "which");
    // In a headline every word is capitalised: what follows the verb is its clause.
    if (a.takes_clause && !object_gap &&
        (relative_gap || unit.title_case || looks_like_clause(scan, k, unit.last) ||
         (shape.bare && long_complement(scan, k, unit.last)))) {
      a.right = RightContent::kClause;
      a.right_begin = k;
      // ", which officials said will go into effect, will not apply": the relative clause ends at its comma.
      a.ends_at_comma = relative_gap && a.speaker.first >= unit.first + 2 && scan.is_punct(a.speaker.first - 2, ",");
    } else if (quote_ahead(scan, k, unit.last)) {
      a.right = RightContent::kNaming;
      a.right_begin = k;
    }
    return k;
  }
  return k;
}

bool looks_like_clause(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  if (begin >= ceiling) return false;
  const PronounReferent subject = scan.info(begin).pronoun;
  if ((subject != PronounReferent::kNone && !scan.is_word(begin, "you")) || scan.is_word(begin, "there")) {
    // "he was ...", and "he “cannot walk down the street”": a verb, maybe inside quoted words.
    return begin + 1 < ceiling && (is_word(scan.token(begin + 1)) || scan.opens_quote(begin + 1));
  }
  if (scan.has_class(begin, WordClass::kFinite) || scan.has_class(begin, WordClass::kPreposition)) return false;
  for (uint32_t k = begin; k < ceiling && k - begin < kClauseLookahead; ++k) {
    const Token& t = scan.token(k);
    // "the annual talks, which started a decade ago, remained ...": look past the relative clause.
    if (scan.is_punct(k, ",") && k + 1 < ceiling && scan.has_class(k + 1, WordClass::kRelative) &&
        !scan.is_word(k + 1, "that")) {
      uint32_t c = k + 1;
      while (c < ceiling && c - k < 2 * kClauseLookahead && !scan.is_punct(c, ",")) ++c;
      if (c >= ceiling) return false;
      k = c;
      continue;
    }
    if (is_punct(t) && !scan.is_punct(k, "-") && !scan.is_punct(k, ".")) return false;
    if (!is_word(t)) continue;
    const TokenInfo& info = scan.info(k);
    if (k > begin && (info.classes & (bit(WordClass::kFinite) | bit(WordClass::kPast))) != 0) return true;
    if (k == begin || scan.capitalized(k) || info.classes != 0) continue;
    const std::string_view w = scan.text(k);
    if (w.size() > 3 && w.ends_with("ed")) return true;
    // "Ukraine captures ...": a present-tense verb right after a name.
    if (scan.capitalized(k - 1) && w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us")) {
      return true;
    }
  }
  return false;
}

// A quotation mark after "on", "the" or "ABC's" opens a title (a show, a book), not quoted words.
bool is_title_position(const DocumentScan& scan, uint32_t prev) {
  const Token& t = scan.token(prev);
  if (has_flag(t, QUARRY_TOKEN_POSSESSIVE)) return true;
  if (is_quote(t) && !has_flag(t, QUARRY_TOKEN_SPACE_BEFORE) && !has_flag(t, QUARRY_TOKEN_QUOTE_DOUBLE)) return true;
  // "to" introduces an infinitive, maybe quoted ("urged them to “use the days wisely”"), not a title.
  return (scan.has_class(prev, WordClass::kPreposition) && !scan.is_word(prev, "to")) || scan.is_word(prev, "the");
}

}  // namespace quarry::quotes
