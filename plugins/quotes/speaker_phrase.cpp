#include "speaker_phrase.hpp"

namespace quarry::quotes {
namespace {

// A phrase holds few lower-case words ("the ministry official"); more means the scan ran into a clause.
constexpr int kMaxLowerWords = 4;
// Tokens inside a parenthesised acronym that a name may carry: "(JCS)", "(D-Ill.)".
constexpr uint32_t kMaxParenthesisTokens = 6;
// Letters of an abbreviation that may close a name ("Jr.", "Sr.", "Inc.").
constexpr size_t kMaxSuffixLength = 3;
// How far a leading adverbial may run before its comma ("On Tuesday, ...").
constexpr uint32_t kMaxLeadingAdverbial = 12;

constexpr uint32_t kStopsPhrase = bit(WordClass::kPreposition) | bit(WordClass::kConjunction) |
                                  bit(WordClass::kRelative) | bit(WordClass::kFinite) | bit(WordClass::kNegation) |
                                  bit(WordClass::kComplementizer) | bit(WordClass::kChannel) |
                                  bit(WordClass::kInterrogative) | bit(WordClass::kAdverb) | bit(WordClass::kPast);

bool is_linking_preposition(const DocumentScan& scan, uint32_t i) {
  return scan.is_word(i, "of") || scan.is_word(i, "for") || scan.is_word(i, "at");
}

// A title abbreviation or a name's initial and its attached period: "Mr", "." or "W", ".".
bool is_title_period(const DocumentScan& scan, uint32_t i, uint32_t floor) {
  if (i <= floor || !scan.is_punct(i, ".") || has_flag(scan.token(i), QUARRY_TOKEN_SPACE_BEFORE)) return false;
  if (scan.has_class(i - 1, WordClass::kTitle)) return true;
  return scan.capitalized(i - 1) && scan.text(i - 1).size() == 1;
}

// The "(" matching a ")" at `close`, within a short name-like group, or `close` when there is none.
uint32_t opening_parenthesis(const DocumentScan& scan, uint32_t close, uint32_t floor) {
  for (uint32_t k = close; k > floor && close - k <= kMaxParenthesisTokens;) {
    --k;
    if (scan.is_punct(k, "(")) return k;
    if (is_quote(scan.token(k)) || scan.is_punct(k, ",") || scan.is_punct(k, ")")) break;
  }
  return close;
}

uint32_t closing_parenthesis(const DocumentScan& scan, uint32_t open, uint32_t ceiling) {
  for (uint32_t k = open + 1; k < ceiling && k - open <= kMaxParenthesisTokens; ++k) {
    if (scan.is_punct(k, ")")) return k;
    if (is_quote(scan.token(k)) || scan.is_punct(k, ",") || scan.is_punct(k, "(")) break;
  }
  return open;
}

// "Korean", "Chinese", "British", "Israeli", "French": nationality adjectives that precede a common noun.
bool demonym_like(std::string_view w) {
  return w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("ch") || w.ends_with("i");
}

// "ridiculously", "repeatedly": a lower-case -ly word the lexicon does not know is an adverb.
bool ly_adverb(const DocumentScan& scan, uint32_t k) {
  const std::string_view w = scan.text(k);
  return w.size() > 4 && w.ends_with("ly") && !scan.capitalized(k) && scan.info(k).classes == 0 &&
         scan.info(k).cue_verb < 0;
}

// "endorsed", "went": a past-tense verb, never part of a name's phrase ("Ryan endorsed Trump").
bool past_tense_like(const DocumentScan& scan, uint32_t k) {
  const std::string_view w = scan.text(k);
  return scan.has_class(k, WordClass::kPast) || (w.size() > 4 && w.ends_with("ed"));
}

// A capitalised word within the next two tokens: the lower-case words are a title before a name.
bool name_follows(const DocumentScan& scan, uint32_t k, uint32_t ceiling) {
  for (uint32_t c = k + 1; c < ceiling && c <= k + 2; ++c) {
    if (scan.capitalized(c)) return true;
    if (!is_word(scan.token(c))) return false;
  }
  return false;
}

bool pronoun_like_determiner(const DocumentScan& scan, uint32_t i) { return scan.has_class(i, WordClass::kQuantifier); }

bool is_time_token(const DocumentScan& scan, uint32_t i) {
  return is_number(scan.token(i)) || scan.has_class(i, WordClass::kTime);
}

// The preposition at `prep` follows a noun that an article opens ("a spokesman for", "the head of"): the
// phrase goes on before it.
bool headed_by_noun(const DocumentScan& scan, uint32_t prep, uint32_t floor) {
  constexpr uint32_t kMaxNounWords = 3;
  for (uint32_t k = prep, words = 0; k > floor && words < kMaxNounWords; ++words) {
    --k;
    const Token& t = scan.token(k);
    if (!is_word(t) || has_flag(t, QUARRY_TOKEN_POSSESSIVE)) return false;
    const TokenInfo& info = scan.info(k);
    if ((info.classes & bit(WordClass::kDeterminer)) != 0) return k + 1 < prep;
    if (info.classes != 0 || info.pronoun != PronounReferent::kNone || info.cue_verb >= 0) return false;
  }
  return false;
}

// The noun phrase whose last token is end - 1, scanning backwards.
Mention noun_phrase_before(const DocumentScan& scan, uint32_t end, uint32_t floor) {
  if (end <= floor) return {};
  uint32_t k = end;
  int lower_words = 0;
  bool joint = false;
  while (k > floor) {
    const uint32_t t = k - 1;
    const Token& tok = scan.token(t);
    if (is_punct(tok)) {
      if (scan.is_punct(t, ")")) {
        const uint32_t open = opening_parenthesis(scan, t, floor);
        if (open == t || k != end) break;  // only a parenthesis right after the name: "Staff (JCS)"
        k = open;
        continue;
      }
      if (k != end && is_title_period(scan, t, floor)) {
        k = t;
        continue;
      }
      // "James B. Comey Jr.": an abbreviation closing a name.
      if (k == end && scan.is_punct(t, ".") && !has_flag(tok, QUARRY_TOKEN_SPACE_BEFORE) && t > floor &&
          scan.capitalized(t - 1) && scan.text(t - 1).size() <= kMaxSuffixLength) {
        k = t;
        continue;
      }
      break;
    }
    if (is_symbol(tok) && scan.text(t) == "&" && k != end) {
      k = t;
      continue;
    }
    if (!is_word(tok)) break;
    if (has_flag(tok, QUARRY_TOKEN_POSSESSIVE)) {
      if (k == end) break;  // "Korea's" cannot end a speaker phrase
      k = t;
      continue;
    }
    const TokenInfo& info = scan.info(t);
    if ((info.classes & bit(WordClass::kDeterminer)) != 0) {
      if (k == end) {
        // "Another said", "Some say": a quantifier standing for the speakers; not "the said".
        if (!pronoun_like_determiner(scan, t)) break;
        k = t;
        break;
      }
      k = t;  // the determiner opens the phrase ...
      // ... unless the phrase hangs off a noun: "a spokesperson for the Ukrainian military".
      if (t >= floor + 2 && (scan.is_word(t - 1, "of") || scan.is_word(t - 1, "for")) && is_word(scan.token(t - 2)) &&
          (scan.info(t - 2).classes & kStopsPhrase) == 0 && scan.info(t - 2).cue_verb < 0 &&
          scan.info(t - 2).pronoun == PronounReferent::kNone && !scan.has_class(t - 2, WordClass::kDeterminer)) {
        k = t - 1;
        continue;
      }
      break;
    }
    if (k != end && is_linking_preposition(scan, t) && (scan.capitalized(k) || headed_by_noun(scan, t, floor))) {
      k = t;  // "Joint Chiefs of Staff", "spokesman for Trump", "a spokesman for committee Democrats"
      continue;
    }
    if (k != end && t > floor && scan.is_word(t, "and") && scan.capitalized(k) && scan.capitalized(t - 1)) {
      joint = true;  // "David Albright and Serena Kelleher-Vergantini wrote"
      k = t;
      continue;
    }
    if ((info.classes & kStopsPhrase) != 0 || info.pronoun != PronounReferent::kNone) break;
    const bool capital = scan.capitalized(t);
    // A speech verb form after an article is a noun: "the note says", "the report said".
    const bool noun = t > floor && (scan.has_class(t - 1, WordClass::kDeterminer) ||
                                    has_flag(scan.token(t - 1), QUARRY_TOKEN_POSSESSIVE));
    if (info.cue_verb >= 0 && !capital && !noun) break;
    if (!capital) {
      if (++lower_words > kMaxLowerWords) break;
    }
    k = t;
  }
  // A phrase needs a word: a lone "(JCS)" or possessive is not one.
  for (uint32_t i = k; i < end; ++i) {
    if (is_word(scan.token(i)) && (!scan.has_class(i, WordClass::kDeterminer) || pronoun_like_determiner(scan, i))) {
      Mention m{k, end, false};
      m.joint = joint && !scan.is_word(k, "and");
      if (scan.is_word(k, "and")) ++m.first;  // the phrase cannot open with the conjunction
      return m;
    }
  }
  return {};
}

// The antecedent of a relative pronoun at `relative`: the noun phrase before it, past a comma and a time
// adjunct ("a report ... last week, which said"); a document's author when the phrase is "<document> by X"
// ("a report by Seoul's spy agency to MPs last week, which said" is the spy agency speaking).
Mention antecedent_before(const DocumentScan& scan, uint32_t relative, uint32_t floor) {
  constexpr uint32_t kMaxAntecedentTokens = 14;
  uint32_t k = relative;
  if (k > floor && scan.is_punct(k - 1, ",")) --k;
  for (uint32_t b = k; b > floor && k - b < kMaxAntecedentTokens;) {
    --b;
    if (is_punct(scan.token(b)) && !is_title_period(scan, b, floor)) break;
    if (scan.has_class(b, WordClass::kFinite) || scan.has_class(b, WordClass::kConjunction)) break;
    if (scan.is_word(b, "by")) {
      const Mention author = phrase_after(scan, b + 1, k);
      if (!author.empty()) return author;
      break;
    }
  }
  while (k > floor && is_time_token(scan, k - 1)) --k;
  return noun_phrase_before(scan, k, floor);
}

}  // namespace

Mention subject_before(const DocumentScan& scan, uint32_t end, uint32_t floor, uint32_t* start) {
  uint32_t j = end;
  while (j > floor) {
    const uint32_t t = j - 1;
    const TokenInfo& info = scan.info(t);
    if (is_word(scan.token(t)) && info.pronoun == PronounReferent::kNone &&
        (((info.classes & (bit(WordClass::kAdverb) | bit(WordClass::kFinite))) != 0 &&
          (info.classes & bit(WordClass::kNegation)) == 0) ||
         ly_adverb(scan, t))) {
      --j;  // "has also said", "has ridiculously claimed"
      continue;
    }
    // "He's said": the clitic after a pronoun is "has" or "is", not a possessive.
    if (has_flag(scan.token(t), QUARRY_TOKEN_POSSESSIVE) && t > floor &&
        scan.info(t - 1).pronoun != PronounReferent::kNone) {
      --j;
      continue;
    }
    if (is_time_token(scan, t) && !scan.has_class(t, WordClass::kAdverb)) {
      // A time adjunct between subject and verb: "Zelensky on Jan 12 proposed", "Trump Monday said".
      uint32_t k = t;
      // "The State Department less than two weeks ago said": numbers, articles and comparatives belong to it.
      while (k > floor &&
             (is_time_token(scan, k - 1) || is_title_period(scan, k - 1, floor) ||
              (scan.is_punct(k - 1, ".") && k >= 2 && scan.has_class(k - 2, WordClass::kTime)) ||
              (!scan.capitalized(k - 1) &&
               (scan.has_class(k - 1, WordClass::kDeterminer) || scan.is_word(k - 1, "than") ||
                scan.is_word(k - 1, "less") || scan.is_word(k - 1, "more") || scan.is_word(k - 1, "about"))))) {
        --k;
      }
      if (k > floor && (scan.is_word(k - 1, "on") || scan.is_word(k - 1, "in") || scan.is_word(k - 1, "at") ||
                        scan.is_word(k - 1, "last") || scan.is_word(k - 1, "this") || scan.is_word(k - 1, "earlier"))) {
        --k;
      }
      if (k == floor) break;
      j = k;
      continue;
    }
    break;
  }
  *start = j;
  if (j <= floor) return {};
  const uint32_t t = j - 1;
  const TokenInfo& info = scan.info(t);
  if (info.pronoun != PronounReferent::kNone) {
    *start = t;
    return {t, t + 1, true};
  }
  if (scan.is_word(t, "who") || scan.is_word(t, "which")) {
    const Mention m = antecedent_before(scan, t, floor);
    if (!m.empty()) *start = m.first;
    return m;
  }
  const Mention m = noun_phrase_before(scan, j, floor);
  if (!m.empty()) *start = m.first;
  return m;
}

namespace {
Mention phrase_from(const DocumentScan& scan, uint32_t begin, uint32_t ceiling, bool verb_may_follow);
}  // namespace

Mention phrase_after(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  return phrase_from(scan, begin, ceiling, false);
}

namespace {

// The phrase starting at `begin`. When a verb may follow (a clause's subject), a lower-case word right after
// a name is taken for that verb ("Rajinikanth condoles"); after a cue it is part of the phrase ("according
// to G20 assessments").
Mention phrase_from(const DocumentScan& scan, uint32_t begin, uint32_t ceiling, bool verb_may_follow) {
  if (begin >= ceiling) return {};
  if (scan.info(begin).pronoun != PronounReferent::kNone) return {begin, begin + 1, true};
  uint32_t k = begin;
  if (scan.has_class(k, WordClass::kDeterminer)) ++k;
  int lower_words = 0;
  while (k < ceiling) {
    const Token& tok = scan.token(k);
    if (is_punct(tok)) {
      if (k > begin && is_title_period(scan, k, begin)) {
        ++k;
        continue;
      }
      if (k > begin && scan.is_punct(k, "(")) {
        const uint32_t close = closing_parenthesis(scan, k, ceiling);
        if (close == k) break;
        k = close + 1;
        continue;
      }
      break;
    }
    if (is_symbol(tok) && scan.text(k) == "&" && k > begin) {
      ++k;
      continue;
    }
    if (!is_word(tok)) break;
    if (has_flag(tok, QUARRY_TOKEN_POSSESSIVE)) {
      if (k == begin) break;
      ++k;
      continue;
    }
    const TokenInfo& info = scan.info(k);
    if (k > begin && (scan.is_word(k, "of") || scan.is_word(k, "for")) && k + 1 < ceiling &&
        is_word(scan.token(k + 1)) && (scan.info(k + 1).classes & (kStopsPhrase & ~bit(WordClass::kAdverb))) == 0) {
      k += scan.has_class(k + 1, WordClass::kDeterminer) ? 2 : 1;  // "one of the organizers"
      continue;
    }
    if ((info.classes & (kStopsPhrase | bit(WordClass::kTime) | bit(WordClass::kDeterminer))) != 0 ||
        info.pronoun != PronounReferent::kNone) {
      break;
    }
    const bool capital = scan.capitalized(k);
    if (info.cue_verb >= 0 && !capital) break;
    if (!capital) {
      if (++lower_words > kMaxLowerWords) break;
      // After a name, a lower-case word is its verb ("Rajinikanth condoles"), unless the name is a
      // nationality ("Korean lawmaker") or a title follows ("campaign manager Robby Mook").
      if (verb_may_follow && k > begin && scan.capitalized(k - 1) &&
          (past_tense_like(scan, k) || (!demonym_like(scan.text(k - 1)) && !name_follows(scan, k, ceiling)))) {
        break;
      }
    }
    ++k;
  }
  for (uint32_t i = begin; i < k; ++i) {
    if (is_word(scan.token(i)) && !scan.has_class(i, WordClass::kDeterminer)) return {begin, k, false};
  }
  return {};
}

}  // namespace

namespace {

// "Speaking at a rally", "Asked about the emails": a participle opening the sentence.
bool participle_opener(const DocumentScan& scan, uint32_t k) {
  const std::string_view w = scan.text(k);
  return !has_flag(scan.token(k), QUARRY_TOKEN_ALL_UPPER) && w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
}

// The leading adverbial that opens a clause at `begin` and ends at a comma ("On Tuesday,", "Eight years ago,",
// "Speaking at a rally in Iowa,"): the first token after its comma, or `begin` when there is none.
uint32_t after_leading_adverbial(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  if (begin >= ceiling) return begin;
  const Token& first = scan.token(begin);
  constexpr uint32_t kOpens = bit(WordClass::kPreposition) | bit(WordClass::kAdverb) | bit(WordClass::kConjunction) |
                              bit(WordClass::kInterrogative) | bit(WordClass::kTime);
  const bool opens = is_number(first) ||
                     (is_word(first) && ((scan.info(begin).classes & kOpens) != 0 || participle_opener(scan, begin)));
  bool timed = false;  // "Eight years ago,": a time word inside makes it an adverbial ...
  bool verb = false;   // ... unless a verb shows it is a clause ("Mrs. Clinton tried ... earlier remark,")
  for (uint32_t c = begin + 1; c < ceiling && c - begin <= kMaxLeadingAdverbial; ++c) {
    if (is_quote(scan.token(c))) break;
    if (scan.is_punct(c, ",")) return opens || (timed && !verb) ? c + 1 : begin;
    if (is_punct(scan.token(c)) && !is_title_period(scan, c, begin)) break;
    timed = timed || is_number(scan.token(c)) || (scan.has_class(c, WordClass::kTime) && !scan.capitalized(c));
    verb = verb || scan.has_class(c, WordClass::kFinite) || (is_word(scan.token(c)) && past_tense_like(scan, c));
  }
  return begin;
}

// After a leading adverbial, what still belongs to it: the rest of a place ("in Salem, New Hampshire, Trump
// went") or a second adverbial ("In Ames, Iowa, on Sunday, Mrs. Clinton said").
uint32_t after_leading_adverbials(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  constexpr int kMaxRounds = 3;
  uint32_t k = after_leading_adverbial(scan, begin, ceiling);
  for (int round = 0; round < kMaxRounds && k > begin && k < ceiling; ++round) {
    const uint32_t next = after_leading_adverbial(scan, k, ceiling);
    if (next > k) {
      k = next;
      continue;
    }
    // A capitalised stretch up to a comma that a capitalised word or a pronoun follows: more of the place.
    uint32_t c = k;
    while (c < ceiling && c - k < kMaxLeadingAdverbial && scan.capitalized(c)) ++c;
    if (c == k || c + 1 >= ceiling || !scan.is_punct(c, ",")) break;
    if (after_leading_adverbial(scan, c + 1, ceiling) > c + 1) {
      k = c + 1;  // "in Ames, Iowa, on Sunday,": the next round skips "on Sunday,"
      continue;
    }
    if (!scan.capitalized(c + 1) && scan.info(c + 1).pronoun == PronounReferent::kNone) break;
    if (c + 2 >= ceiling || !is_word(scan.token(c + 2)) || scan.capitalized(c + 2)) break;  // "Trump went"
    k = c + 1;
  }
  return k;
}

}  // namespace

Mention clause_subject(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  return phrase_from(scan, after_leading_adverbials(scan, begin, ceiling), ceiling, true);
}

Mention without_article(const DocumentScan& scan, Mention m) {
  if (m.last - m.first >= 2 &&
      (scan.is_word(m.first, "the") || scan.is_word(m.first, "a") || scan.is_word(m.first, "an"))) {
    ++m.first;
  }
  return m;
}

}  // namespace quarry::quotes
