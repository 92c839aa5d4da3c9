#include "attribution.hpp"

#include <array>

namespace quarry::quotes {
namespace {

// Adjunct tokens allowed between a cue and its content ("said in an interview on Thursday that").
constexpr uint32_t kMaxAdjunctTokens = 16;
// How far a finite verb may be from the start of a bare reported clause.
constexpr uint32_t kClauseLookahead = 16;
// How far a comma-delimited aside may run before the content ("said, among other things, that").
constexpr uint32_t kMaxAsideTokens = 10;
// Auxiliaries and adverbs looked through when checking whether a cue is negated ("did not say").
constexpr uint32_t kNegationLookback = 3;

bool opens_quote(const DocumentScan& scan, uint32_t k) {
  const int32_t q = scan.info(k).quote;
  return q >= 0 && scan.quoted()[static_cast<size_t>(q)].open == k;
}

bool closes_quote(const DocumentScan& scan, uint32_t k) {
  const int32_t q = scan.info(k).quote;
  return q >= 0 && scan.quoted()[static_cast<size_t>(q)].close == k;
}

bool is_dash(const DocumentScan& scan, uint32_t k) {
  return scan.is_punct(k, "—") || scan.is_punct(k, "--") || scan.is_punct(k, "–");
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct Cue {
  uint32_t first = 0;
  uint32_t last = 0;
  const CueVerb* verb = nullptr;
  const CuePhrase* phrase = nullptr;
};

// The multi-word cue starting at token i, if its words follow.
bool match_phrase(const DocumentScan& scan, uint32_t i, uint32_t ceiling, Cue& cue) {
  std::array<char, 32> buffer{};
  const std::string_view first = scan.folded(i, buffer);
  for (const uint16_t index : scan.lexicon().phrases_starting_with(first)) {
    const CuePhrase& phrase = scan.lexicon().phrase_at(index);
    if (i + phrase.words.size() > ceiling) continue;
    bool all = true;
    for (size_t w = 1; w < phrase.words.size() && all; ++w) {
      all = !scan.in_quote(i + static_cast<uint32_t>(w)) && scan.is_word(i + static_cast<uint32_t>(w), phrase.words[w]);
    }
    if (all) {
      cue = Cue{i, i + static_cast<uint32_t>(phrase.words.size()), nullptr, &phrase};
      return true;
    }
  }
  return false;
}

bool negated(const DocumentScan& scan, uint32_t i, uint32_t floor) {
  for (uint32_t k = i, steps = 0; k > floor && steps < kNegationLookback; ++steps) {
    --k;
    const uint32_t c = scan.info(k).classes;
    if ((c & bit(WordClass::kNegation)) != 0) return true;
    if ((c & (bit(WordClass::kFinite) | bit(WordClass::kAdverb))) == 0) return false;
  }
  return false;
}

// A base form ("say", "report") is a present-tense verb only after a plural subject, a pronoun, an
// auxiliary or an adverb: "analysts say", "they say", "did say"; otherwise it is a noun ("a news report").
bool plural_subject_before(const DocumentScan& scan, uint32_t prev) {
  const TokenInfo& info = scan.info(prev);
  if (info.pronoun != PronounReferent::kNone) return true;
  if ((info.classes & (bit(WordClass::kFinite) | bit(WordClass::kAdverb) | bit(WordClass::kRelative))) != 0) return true;
  if (!is_word(scan.token(prev)) || has_flag(scan.token(prev), QUARRY_TOKEN_POSSESSIVE)) return false;
  const std::string_view w = scan.text(prev);
  return w.size() > 2 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !scan.is_word(prev, "news");
}

// A cue verb form used as a verb here (not "the report", "his claims", "to say", "did not say").
bool usable_verb(const DocumentScan& scan, uint32_t i, const Unit& unit) {
  if (scan.capitalized(i)) return false;
  const CueVerb& verb = scan.lexicon().cue_verb_at(scan.info(i).cue_verb);
  if (i > unit.first) {
    const uint32_t prev = i - 1;
    if (scan.has_class(prev, WordClass::kDeterminer) || has_flag(scan.token(prev), QUARRY_TOKEN_POSSESSIVE) ||
        scan.is_word(prev, "to")) {
      return false;
    }
    if (negated(scan, i, unit.first)) return false;
  }
  const bool noun_like = verb.form == verb.lemma || ends_with(verb.form, "s");
  if (noun_like && i + 1 < unit.last) {
    const TokenInfo& next = scan.info(i + 1);
    if (next.cue_verb >= 0 || (next.classes & bit(WordClass::kFinite)) != 0) return false;  // "reports say"
    if (scan.is_word(i + 1, "of")) return false;                                            // "reports of"
  }
  if (verb.form == verb.lemma && i > unit.first && !plural_subject_before(scan, i - 1)) return false;
  if (i + 1 < unit.last && scan.is_word(i + 1, "by")) return false;  // passive: "was asked by reporters"
  return true;
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
                               bit(WordClass::kComplementizer) | bit(WordClass::kFinite) |
                               bit(WordClass::kRelative) | bit(WordClass::kInterrogative);
    const bool joins_names = scan.is_word(k, "and") && k + 1 < ceiling && scan.capitalized(k + 1);
    if ((info.classes & kEnds) != 0 && !scan.is_word(k, "of") && !joins_names) break;
    if (info.pronoun != PronounReferent::kNone || info.cue_verb >= 0) break;
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
    constexpr uint32_t kEnds = bit(WordClass::kPreposition) | bit(WordClass::kConjunction) |
                               bit(WordClass::kComplementizer) | bit(WordClass::kFinite) |
                               bit(WordClass::kRelative) | bit(WordClass::kInterrogative) | bit(WordClass::kTime);
    if ((info.classes & kEnds) != 0 || info.cue_verb >= 0) break;
    if (info.pronoun != PronounReferent::kNone && k > start) break;  // "told reporters he would"
    // A capitalised word after a lower-case addressee starts the clause: "told reporters Trump was".
    if (k > start && scan.capitalized(k) && !scan.capitalized(k - 1) && !scan.has_class(k - 1, WordClass::kDeterminer)) {
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
    if (opens_quote(scan, c)) return true;
    if (is_punct(scan.token(c)) && !scan.is_punct(c, "-")) return false;
    if (scan.info(c).cue_verb >= 0) return false;  // the quote belongs to that nearer cue
  }
  return false;
}

// A quotation mark after "on", "the" or "ABC's" opens a title (a show, a book), not quoted words.
bool is_title_position(const DocumentScan& scan, uint32_t prev) {
  const Token& t = scan.token(prev);
  if (has_flag(t, QUARRY_TOKEN_POSSESSIVE)) return true;
  if (is_quote(t) && !has_flag(t, QUARRY_TOKEN_SPACE_BEFORE) && !has_flag(t, QUARRY_TOKEN_QUOTE_DOUBLE)) return true;
  return scan.has_class(prev, WordClass::kPreposition) || scan.is_word(prev, "the");
}

struct CueShape {
  bool trailing = false;  // the attribution follows a comma: the content may resume after it
  bool object = false;    // an addressee may come first
  bool naming = false;    // labels a noun phrase
  bool question = false;  // reports an embedded question
};

// What follows a comma after the cue: an aside before the content (", and I quote, “...”", ", among other
// things, that ..."), or the rest of a clause the attribution interrupted ("X, he said, now has ...").
uint32_t after_comma(const DocumentScan& scan, uint32_t comma, const Unit& unit, CueShape shape, Attribution& a) {
  for (uint32_t c = comma + 1; c < unit.last && c - comma <= kMaxAsideTokens; ++c) {
    if (is_quote(scan.token(c))) break;
    if (!is_punct(scan.token(c))) continue;
    if (!scan.is_punct(c, ",")) break;
    if (c + 1 < unit.last && opens_quote(scan, c + 1)) {
      a.right = RightContent::kQuote;
      a.right_begin = c + 1;
      return c + 1;
    }
    if (c + 1 < unit.last && scan.is_word(c + 1, "that") && a.takes_clause) {
      a.right = RightContent::kThat;
      a.right_begin = c + 2;
      return c + 2;
    }
    break;
  }
  const uint32_t next = comma + 1;
  if (shape.trailing && a.takes_clause && next < unit.last && is_word(scan.token(next))) {
    const TokenInfo& info = scan.info(next);
    const bool starts_other = info.cue_verb >= 0 || (info.classes & (bit(WordClass::kChannel) | bit(WordClass::kRelative))) != 0 ||
                              info.starts_phrase;
    if (!starts_other) {
      a.right = RightContent::kResumed;
      a.right_begin = next;
    }
  }
  return comma;
}

// Reads what follows the cue (from `k`): adjuncts, then the start of the content, if any. Returns the end
// of the attribution phrase.
uint32_t scan_right(const DocumentScan& scan, uint32_t k, const Unit& unit, CueShape shape, Attribution& a) {
  const uint32_t start = k;
  bool addressee_done = !shape.object;
  while (k < unit.last && k - start <= kMaxAdjunctTokens) {
    const Token& t = scan.token(k);
    if (is_quote(t)) {
      if (!opens_quote(scan, k)) return k;
      // A quoted title inside an adjunct: "said on ABC's “This Week” that ...".
      const uint32_t close = scan.quoted()[static_cast<size_t>(scan.info(k).quote)].close;
      if (k > start && close + 1 < unit.last && scan.is_word(close + 1, "that") && a.takes_clause) {
        a.right = RightContent::kThat;
        a.right_begin = close + 2;
        return close + 2;
      }
      // A title after a preposition or a possessive: "said on ABC's “This Week”", "told “Meet the Press”".
      if (k > start && !shape.naming && is_title_position(scan, k - 1)) {
        k = close + 1;
        continue;
      }
      a.right = shape.naming ? RightContent::kNaming : RightContent::kQuote;
      a.right_begin = k;
      return k;
    }
    if (is_punct(t)) {
      if (scan.is_punct(k, ":")) {
        a.right = RightContent::kColon;
        a.right_begin = k + 1;
        return k + 1;
      }
      if (scan.is_punct(k, ",") && k + 1 < unit.last && opens_quote(scan, k + 1)) {
        a.right = RightContent::kQuote;
        a.right_begin = k + 1;
        return k + 1;
      }
      if (scan.is_punct(k, ",")) return after_comma(scan, k, unit, shape, a);
      if (scan.is_punct(k, "(")) {
        uint32_t c = k + 1;
        while (c < unit.last && c - k < 8 && !scan.is_punct(c, ")") && !is_quote(scan.token(c))) ++c;
        if (c < unit.last && scan.is_punct(c, ")")) {
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
    if ((info.classes & bit(WordClass::kPreposition)) != 0) {
      const uint32_t after = skip_prepositional_phrase(scan, k, unit.last);
      // "said at least 100 soldiers had been killed": the phrase was the clause's own subject.
      if (a.takes_clause && !shape.naming && after < unit.last && scan.has_class(after, WordClass::kFinite) &&
          k == start) {
        a.right = RightContent::kClause;
        a.right_begin = k;
        return k;
      }
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
      const bool was_subject = after < unit.last && (scan.has_class(after, WordClass::kFinite) ||
                                                     scan.has_class(after, WordClass::kPast));
      if (after > k && !(was_subject && a.takes_clause)) {
        k = after;
        continue;
      }
    }
    if (a.takes_clause && looks_like_clause(scan, k, unit.last)) {
      a.right = RightContent::kClause;
      a.right_begin = k;
    } else if (quote_ahead(scan, k, unit.last)) {
      a.right = RightContent::kNaming;
      a.right_begin = k;
    }
    return k;
  }
  return k;
}

// "Colonel Oleksandr, a spokesperson for ..., told", "Trump, who has a commanding lead, mocked": a subject
// set off by commas from its verb. `comma` is the comma before the verb.
Mention appositive_subject(const DocumentScan& scan, uint32_t comma, uint32_t floor) {
  constexpr uint32_t kMaxAppositiveTokens = 30;
  uint32_t c = comma;
  bool found = false;
  while (c > floor && comma - c < kMaxAppositiveTokens) {
    --c;
    const Token& t = scan.token(c);
    // A possessive apostrophe ("Sanders’ campaign manager") is a lone closing mark right after a word.
    if (is_quote(t) && (has_flag(t, QUARRY_TOKEN_SPACE_BEFORE) || has_flag(t, QUARRY_TOKEN_QUOTE_DOUBLE) ||
                        scan.info(c).quote >= 0)) {
      return {};
    }
    if (scan.is_punct(c, ",")) {
      found = true;
      break;
    }
    if (is_punct(t) && !scan.is_punct(c, "-") && !scan.is_punct(c, "(") && !scan.is_punct(c, ")") &&
        !(scan.is_punct(c, ".") && !has_flag(t, QUARRY_TOKEN_SPACE_BEFORE))) {
      return {};
    }
  }
  if (!found || c + 1 >= comma) return {};
  // The set-off stretch describes the subject: a relative clause, or a phrase without a verb of its own.
  const bool relative = scan.has_class(c + 1, WordClass::kRelative) && !scan.is_word(c + 1, "that");
  if (!relative) {
    for (uint32_t k = c + 1; k < comma; ++k) {
      if (scan.info(k).cue_verb >= 0 || scan.info(k).pronoun != PronounReferent::kNone ||
          (scan.info(k).classes & (bit(WordClass::kFinite) | bit(WordClass::kPast) | bit(WordClass::kComplementizer) |
                                   bit(WordClass::kConjunction))) != 0) {
        return {};
      }
    }
  }
  uint32_t start = c;
  const Mention subject = subject_before(scan, c, floor, &start);
  if (subject.empty() || subject.pronoun) return {};
  if (!scan.capitalized(subject.last - 1) && !scan.has_class(subject.first, WordClass::kDeterminer)) return {};
  Mention m{subject.first, comma, false};
  m.name_last = subject.last;
  return m;
}

// "“...,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said": a subject with a
// long description, found from where it must start: right after the quote the attribution follows, or at the
// start of the clause. `comma` is the comma before the verb.
Mention anchored_subject(const DocumentScan& scan, uint32_t comma, uint32_t floor) {
  constexpr uint32_t kMaxSubjectSpan = 45;
  const uint32_t from = comma > floor + kMaxSubjectSpan ? comma - kMaxSubjectSpan : floor;
  for (uint32_t k = from; k < comma; ++k) {
    const bool anchor = k == floor || closes_quote(scan, k - 1);
    if (!anchor) continue;
    const Mention m = k == floor ? clause_subject(scan, k, comma) : phrase_after(scan, k, comma);
    if (m.empty() || m.pronoun || m.last >= comma || !scan.is_punct(m.last, ",")) continue;
    if (!scan.capitalized(m.last - 1) && !scan.has_class(m.first, WordClass::kDeterminer)) continue;
    bool clean = true;  // the description has no speech verb of its own
    for (uint32_t c = m.last; c < comma && clean; ++c) clean = scan.in_quote(c) || scan.info(c).cue_verb < 0;
    if (!clean) continue;
    Mention out{m.first, comma, false};
    out.name_last = m.last;
    return out;
  }
  return {};
}

// Verbs joined to an earlier one share its subject: "...; calls him ...", "... and noted ...".
bool coordinated(const DocumentScan& scan, uint32_t i, uint32_t floor) {
  if (i <= floor) return false;
  return scan.is_punct(i - 1, ";") || scan.is_word(i - 1, "and") || scan.is_word(i - 1, "but");
}

}  // namespace

bool looks_like_clause(const DocumentScan& scan, uint32_t begin, uint32_t ceiling) {
  if (begin >= ceiling) return false;
  const PronounReferent subject = scan.info(begin).pronoun;
  if ((subject != PronounReferent::kNone && !scan.is_word(begin, "you")) || scan.is_word(begin, "there")) {
    return begin + 1 < ceiling && is_word(scan.token(begin + 1));
  }
  if (scan.has_class(begin, WordClass::kFinite) || scan.has_class(begin, WordClass::kPreposition)) return false;
  for (uint32_t k = begin; k < ceiling && k - begin < kClauseLookahead; ++k) {
    const Token& t = scan.token(k);
    if (is_punct(t) && !scan.is_punct(k, "-") && !scan.is_punct(k, ".")) return false;
    if (!is_word(t)) continue;
    const TokenInfo& info = scan.info(k);
    if (k > begin && (info.classes & (bit(WordClass::kFinite) | bit(WordClass::kPast))) != 0) return true;
    if (k == begin || scan.capitalized(k) || info.classes != 0) continue;
    const std::string_view w = scan.text(k);
    if (w.size() > 3 && ends_with(w, "ed")) return true;
    // "Ukraine captures ...": a present-tense verb right after a name.
    if (scan.capitalized(k - 1) && w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us")) {
      return true;
    }
  }
  return false;
}

void find_attributions(const DocumentScan& scan, const Unit& unit, std::vector<Attribution>& out) {
  out.clear();
  uint32_t floor = unit.first;
  for (uint32_t i = unit.first; i < unit.last; ++i) {
    if (scan.in_quote(i) || !is_word(scan.token(i))) continue;
    const TokenInfo& info = scan.info(i);
    Cue cue;
    if (info.starts_phrase && match_phrase(scan, i, unit.last, cue)) {
    } else if (info.cue_verb >= 0 && usable_verb(scan, i, unit)) {
      cue = Cue{i, i + 1, &scan.lexicon().cue_verb_at(info.cue_verb), nullptr};
    } else {
      continue;
    }
    Attribution a;
    a.cue_first = cue.first;
    a.cue_last = cue.last;
    a.first = cue.first;
    uint32_t after = cue.last;
    if (cue.phrase != nullptr && cue.phrase->role == PhraseRole::kSourceAfter) {
      a.source_after = true;
      a.takes_clause = true;
      a.speaker = phrase_after(scan, cue.last, unit.last);
      after = a.speaker.empty() ? cue.last : a.speaker.last;
      // "According to X, ...": the content follows the source's comma.
      const bool leads = i == unit.first || (i == unit.first + 1 && !is_word(scan.token(unit.first)));
      if (leads && after < unit.last && scan.is_punct(after, ",")) {
        a.right = RightContent::kClause;
        a.right_begin = after + 1;
        after += 1;
      }
      a.last = after;
      out.push_back(a);
      floor = a.last;
      i = a.last - 1;
      continue;
    }
    CueShape shape;
    if (cue.phrase != nullptr) {
      a.takes_clause = cue.phrase->role != PhraseRole::kNaming;
      shape.object = cue.phrase->role == PhraseRole::kPassive;
      shape.naming = cue.phrase->role == PhraseRole::kNaming;
    } else {
      a.takes_clause = cue.verb->clause;
      shape.object = cue.verb->object;
      shape.naming = cue.verb->naming;
      shape.question = cue.verb->question;
    }
    const bool progressive = i > unit.first && scan.has_class(i - 1, WordClass::kFinite);
    const bool participle = cue.verb != nullptr && cue.verb->participle && !progressive;
    uint32_t start = i;
    if (participle) {
      const bool detached = i == floor || scan.is_punct(i - 1, ",") || scan.has_class(i - 1, WordClass::kPreposition) ||
                            scan.has_class(i - 1, WordClass::kConjunction) || is_dash(scan, i - 1);
      if (!detached) a.speaker = subject_before(scan, i, floor, &start);
      if (a.speaker.empty()) {
        a.inherits_subject = true;
        start = i;
      }
    } else if (coordinated(scan, i, floor)) {
      a.inherits_subject = true;
    } else {
      a.speaker = subject_before(scan, i, floor, &start);
      if (a.speaker.empty()) {
        start = i;
        const bool after_comma = i > floor && scan.is_punct(i - 1, ",");
        const bool after_quote_or_comma = i > floor && (after_comma || closes_quote(scan, i - 1) || is_dash(scan, i - 1));
        if (after_comma) {
          a.speaker = appositive_subject(scan, i - 1, floor);
          if (!a.speaker.empty()) start = a.speaker.first;
        }
        if (a.speaker.empty() && cue.verb != nullptr && cue.verb->invert && after_quote_or_comma) {
          // "said Smith." / "said Smith, a spokesman": the inverted subject ends the clause.
          const Mention inverted = phrase_after(scan, cue.last, unit.last);
          const bool ends_clause = !inverted.empty() && (inverted.last >= unit.last ||
                                                         is_punct(scan.token(inverted.last)) ||
                                                         scan.has_class(inverted.last, WordClass::kRelative));
          if (!inverted.empty() && (ends_clause || !after_comma)) {
            a.speaker = inverted;
            after = inverted.last;
          }
        }
        if (a.speaker.empty() && after_comma) {
          a.speaker = anchored_subject(scan, i - 1, floor);
          if (!a.speaker.empty()) start = a.speaker.first;
        }
        if (a.speaker.empty() && after_comma && (cue.verb == nullptr || !cue.verb->invert)) {
          a.inherits_subject = true;  // "..., brushes off claims": a second verb of the same subject
        } else if (a.speaker.empty() && i > unit.first && scan.is_word(i - 1, "as")) {
          start = i - 1;  // agentless "as reported earlier"
        }
      }
    }
    if (!a.speaker.empty() && a.speaker.first > unit.first && a.speaker.first == start &&
        scan.is_word(a.speaker.first - 1, "as")) {
      start = a.speaker.first - 1;  // "as Trump put it"
    }
    a.first = start;
    shape.trailing = start > unit.first && (scan.is_punct(start - 1, ",") || is_dash(scan, start - 1));
    a.last = scan_right(scan, after, unit, shape, a);
    out.push_back(a);
    floor = a.right != RightContent::kNone ? a.right_begin : a.last;
    i = a.last > i ? a.last - 1 : i;
  }
}

}  // namespace quarry::quotes
