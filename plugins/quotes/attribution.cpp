#include "attribution.hpp"

#include <array>

namespace quarry::quotes {
namespace {

// Adjunct tokens allowed between a cue and its content ("said in an interview on Thursday that").
constexpr uint32_t kMaxAdjunctTokens = 16;
// How far a finite verb may be from the start of a bare reported clause.
constexpr uint32_t kClauseLookahead = 10;
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
    if ((info.classes & kEnds) != 0 && !scan.is_word(k, "of")) break;
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

struct CueShape {
  bool object = false;    // an addressee may come first
  bool naming = false;    // labels a noun phrase
  bool question = false;  // reports an embedded question
};

// Reads what follows the cue (from `k`): adjuncts, then the start of the content, if any. Returns the end
// of the attribution phrase.
uint32_t scan_right(const DocumentScan& scan, uint32_t k, const Unit& unit, CueShape shape, Attribution& a) {
  const uint32_t start = k;
  bool addressee_done = !shape.object;
  while (k < unit.last && k - start <= kMaxAdjunctTokens) {
    const Token& t = scan.token(k);
    if (is_quote(t)) {
      if (opens_quote(scan, k)) {
        a.right = shape.naming ? RightContent::kNaming : RightContent::kQuote;
        a.right_begin = k;
      }
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
      if (after > k) {
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

// "Colonel Oleksandr, a spokesperson for ..., told": a name and its appositive, both before the verb.
Mention appositive_subject(const DocumentScan& scan, uint32_t comma, uint32_t floor) {
  uint32_t start = comma;
  const Mention second = subject_before(scan, comma, floor, &start);
  if (second.empty() || second.pronoun || second.first <= floor + 1 || !scan.is_punct(second.first - 1, ",")) return {};
  const Mention first = subject_before(scan, second.first - 1, floor, &start);
  if (first.empty() || first.pronoun) return {};
  if (!scan.capitalized(first.last - 1) && !scan.capitalized(second.last - 1)) return {};
  return {first.first, second.last, false};
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
    if (k == begin || scan.capitalized(k) || info.classes != 0 || scan.in_quote(k)) continue;
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
          a.speaker = phrase_after(scan, cue.last, unit.last);
          if (!a.speaker.empty()) after = a.speaker.last;
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
    a.last = scan_right(scan, after, unit, shape, a);
    out.push_back(a);
    floor = a.right != RightContent::kNone ? a.right_begin : a.last;
    i = a.last > i ? a.last - 1 : i;
  }
}

}  // namespace quarry::quotes
