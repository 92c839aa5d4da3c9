#include "cue_detection.hpp"

#include <array>

namespace quarry::quotes {

// The multi-word cue starting at token i, if its words follow (outside quotation marks, before `ceiling`); of
// several, the one listed first.
bool match_phrase(const DocumentScan& scan, uint32_t i, uint32_t ceiling, Cue& cue) {
  const Lexicon& lexicon = scan.lexicon();
  std::array<char, 32> buffer{};
  int best = -1;
  uint32_t node = PhraseTrie::kRoot;
  for (uint32_t k = i; k < ceiling && (k == i || !scan.in_quote(k)); ++k) {
    node = lexicon.cue_phrases().child(node, scan.folded(k, buffer));
    if (node == PhraseTrie::kNone) break;
    const int phrase = lexicon.cue_phrase_ending_at(node);
    if (phrase >= 0 && (best < 0 || phrase < best)) {
      best = phrase;
      cue = Cue{i, k + 1, nullptr, &lexicon.phrase_at(phrase)};
    }
  }
  return best >= 0;
}

namespace {

// Auxiliaries and adverbs looked through when checking whether a cue is negated ("did not say").
constexpr uint32_t kNegationLookback = 3;
// Adverbs looked through back to a form of "be" ("was also told").
constexpr uint32_t kAuxiliaryLookback = 3;

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
  if ((info.classes & (bit(WordClass::kFinite) | bit(WordClass::kAdverb) | bit(WordClass::kRelative))) != 0)
    return true;
  if (!is_word(scan.token(prev)) || has_flag(scan.token(prev), QUARRY_TOKEN_POSSESSIVE)) return false;
  const std::string_view w = scan.text(prev);
  return w.size() > 2 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !scan.is_word(prev, "news");
}

}  // namespace

// A cue verb form used as a verb here (not "the report", "his claims", "to say", "did not say").
bool usable_verb(const DocumentScan& scan, uint32_t i, const Unit& unit) {
  const CueVerb& verb = scan.lexicon().cue_verb_at(scan.info(i).cue_verb);
  // "Also read:", "READ MORE": a prompt to follow a link, not a text that reads (which has a subject).
  if (verb.past && (scan.capitalized(i) || i == unit.first || scan.has_class(i - 1, WordClass::kAdverb))) return false;
  // Capitalised, it is a cue only when it opens the sentence before its speaker's name ("Said Comey, ...").
  if (scan.capitalized(i) && !unit.title_case) return i == unit.first && i + 1 < unit.last && scan.capitalized(i + 1);
  if (i > unit.first) {
    const uint32_t prev = i - 1;
    // "He's said" is "he has said"; "Trump's claims" is a possessive.
    const bool possessive = has_flag(scan.token(prev), QUARRY_TOKEN_POSSESSIVE) &&
                            !(prev > unit.first && scan.info(prev - 1).pronoun != PronounReferent::kNone);
    // "five states", "of states", "in reports": after a number or a preposition the form is a noun.
    const bool noun_position = is_number(scan.token(prev)) || scan.has_class(prev, WordClass::kQuantifier) ||
                               (scan.has_class(prev, WordClass::kPreposition) && !scan.is_word(prev, "as"));
    if (scan.has_class(prev, WordClass::kDeterminer) || possessive || noun_position || scan.is_word(prev, "to")) {
      return false;
    }
    if (negated(scan, i, unit.first)) return false;
  }
  // "a creative writing professor": an -ing form between an article's adjective and a noun modifies the
  // noun ("a statement saying it ..." is a participle).
  if (verb.ing_form && i >= unit.first + 2 && i + 1 < unit.last && scan.info(i - 1).classes == 0 &&
      !scan.capitalized(i - 1) && is_word(scan.token(i - 1)) && scan.has_class(i - 2, WordClass::kDeterminer) &&
      is_word(scan.token(i + 1)) && !scan.capitalized(i + 1) && scan.info(i + 1).classes == 0 &&
      scan.info(i + 1).pronoun == PronounReferent::kNone && scan.info(i + 1).cue_verb < 0) {
    return false;
  }
  const bool noun_like = verb.base_form || verb.s_form;
  if (noun_like && i + 1 < unit.last) {
    const TokenInfo& next = scan.info(i + 1);
    if (next.cue_verb >= 0 || (next.classes & bit(WordClass::kFinite)) != 0) return false;  // "reports say"
    if (scan.is_word(i + 1, "of")) return false;                                            // "reports of"
  }
  if (verb.base_form && i > unit.first && !plural_subject_before(scan, i - 1)) return false;
  if (i + 1 < unit.last && scan.is_word(i + 1, "by")) return false;  // passive: "was asked by reporters"
  return true;
}

bool passive_verb(const DocumentScan& scan, uint32_t i, uint32_t floor) {
  const CueVerb& verb = scan.lexicon().cue_verb_at(scan.info(i).cue_verb);
  if (verb.base_form || verb.s_form || verb.ing_form) return false;
  for (uint32_t k = i, steps = 0; k > floor && steps < kAuxiliaryLookback; ++steps) {
    --k;
    if (scan.is_word(k, "was") || scan.is_word(k, "were") || scan.is_word(k, "is") || scan.is_word(k, "are") ||
        scan.is_word(k, "be") || scan.is_word(k, "been") || scan.is_word(k, "being")) {
      return true;
    }
    if (!scan.has_class(k, WordClass::kAdverb)) return false;
  }
  return false;
}

}  // namespace quarry::quotes
