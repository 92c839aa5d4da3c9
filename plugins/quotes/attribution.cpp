#include "attribution.hpp"

#include "content_start.hpp"
#include "cue_detection.hpp"

namespace quarry::quotes {
namespace {

// The phrase ends with a capitalised word, maybe before a parenthesis: "Jim Jordan (R-Ohio)".
bool ends_with_name(const DocumentScan& scan, const Mention& m) {
  uint32_t k = m.last - 1;
  if (scan.is_punct(k, ".") && k > m.first) --k;  // "Comey Jr."
  if (scan.is_punct(k, ")")) {
    while (k > m.first && !scan.is_punct(k, "(")) --k;
    if (k == m.first) return false;
    --k;
  }
  return scan.capitalized(k);
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
    if (is_quote(t) &&
        (has_flag(t, QUARRY_TOKEN_SPACE_BEFORE) || has_flag(t, QUARRY_TOKEN_QUOTE_DOUBLE) || scan.info(c).quote >= 0)) {
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
      // A speech-verb form inside the description is a noun or an adjective ("a creative writing professor");
      // opening it, a participle ("..., writing for the majority, said").
      const bool verb = scan.info(k).cue_verb >= 0 && k == c + 1;
      if (verb || scan.info(k).pronoun != PronounReferent::kNone ||
          (scan.info(k).classes & (bit(WordClass::kFinite) | bit(WordClass::kPast) | bit(WordClass::kComplementizer) |
                                   bit(WordClass::kConjunction))) != 0) {
        return {};
      }
    }
  }
  uint32_t start = c;
  const Mention subject = subject_before(scan, c, floor, &start);
  if (subject.empty() || subject.pronoun) return {};
  // "The WTO's director-general, Maria Santos, urged": after a title, the set-off name is who speaks.
  bool name_set_off = !scan.capitalized(subject.last - 1);
  for (uint32_t k = c + 1; k < comma && name_set_off; ++k) {
    name_set_off =
        scan.capitalized(k) || (scan.is_punct(k, ".") && !has_flag(scan.token(k), QUARRY_TOKEN_SPACE_BEFORE));
  }
  if (!ends_with_name(scan, subject) && !scan.has_class(subject.first, WordClass::kDeterminer) && !name_set_off) {
    return {};
  }
  Mention m{subject.first, comma, false};
  m.name_last = name_set_off ? 0 : subject.last;
  return m;
}

// "“...,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said": a subject with a
// long description, found from where it must start: right after the quote the attribution follows, or at the
// start of the clause. `comma` is the comma before the verb.
Mention anchored_subject(const DocumentScan& scan, uint32_t comma, uint32_t floor) {
  constexpr uint32_t kMaxSubjectSpan = 45;
  const uint32_t from = comma > floor + kMaxSubjectSpan ? comma - kMaxSubjectSpan : floor;
  for (uint32_t k = from; k < comma; ++k) {
    const bool anchor = k == floor || scan.closes_quote(k - 1);
    if (!anchor) continue;
    const Mention m = k == floor ? clause_subject(scan, k, comma) : phrase_after(scan, k, comma);
    if (m.empty() || m.pronoun || m.last >= comma || !scan.is_punct(m.last, ",")) continue;
    if (!ends_with_name(scan, m) && !scan.has_class(m.first, WordClass::kDeterminer)) continue;
    bool clean = true;  // the description has no speech verb of its own
    for (uint32_t c = m.last; c < comma && clean; ++c) clean = scan.in_quote(c) || scan.info(c).cue_verb < 0;
    if (!clean) continue;
    Mention out{m.first, comma, false};
    out.name_last = m.last;
    return out;
  }
  return {};
}

// "issued a statement saying", "placed newspaper ads calling": a lower-case phrase right after a verb is
// that verb's object, a document whose author (the clause's subject) speaks through the participle.
bool is_verb_object(const DocumentScan& scan, const Mention& m, uint32_t floor) {
  if (m.pronoun || m.first <= floor) return false;
  for (uint32_t k = m.first; k < m.last; ++k) {
    if (scan.capitalized(k)) return false;
  }
  const uint32_t prev = m.first - 1;
  if (!is_word(scan.token(prev)) || scan.capitalized(prev)) return false;
  const TokenInfo& info = scan.info(prev);
  if ((info.classes & (bit(WordClass::kPast) | bit(WordClass::kFinite))) != 0 || info.cue_verb >= 0) return true;
  const std::string_view w = scan.text(prev);
  return info.classes == 0 && w.size() > 3 && w.ends_with("ed");
}

// The unit opens with a subordinating word before the attribution at `start`: "When ...", "After ...",
// "If ...", "Now that ...".
bool opens_with_subordinator(const DocumentScan& scan, const Unit& unit, uint32_t start) {
  const uint32_t k = unit.first;
  if (start <= k || !is_word(scan.token(k))) return false;
  if (scan.is_word(k, "now") && k + 1 < start && scan.is_word(k + 1, "that")) return true;
  if (scan.is_word(k, "and") || scan.is_word(k, "but") || scan.is_word(k, "or") || scan.is_word(k, "so")) return false;
  if (!scan.has_class(k, WordClass::kConjunction) && !scan.has_class(k, WordClass::kPreposition)) return false;
  // "In Ames, Mrs. Clinton said" opens with an adverbial that a comma closes before the attribution.
  for (uint32_t c = k + 1; c < start; ++c) {
    if (scan.is_punct(c, ",") && !scan.in_quote(c)) return false;
  }
  return true;
}

// Verbs joined to an earlier one share its subject: "...; calls him ...", "... and noted ...".
bool coordinated(const DocumentScan& scan, uint32_t i, uint32_t floor) {
  if (i <= floor) return false;
  return scan.is_punct(i - 1, ";") || scan.is_word(i - 1, "and") || scan.is_word(i - 1, "but");
}

}  // namespace

void find_attributions(const DocumentScan& scan, const Unit& unit, std::vector<Attribution>& out) {
  out.clear();
  uint32_t floor = unit.first;
  // Only the scan's cue candidates can start a cue: visit those (a cursor, as i only moves forward).
  const std::vector<uint32_t>& candidates = scan.cue_candidates();
  auto cursor = candidates.begin() + unit.first_candidate;
  const auto next_candidate = [&](uint32_t from) {
    while (cursor != candidates.end() && *cursor < from) ++cursor;
    return cursor != candidates.end() && *cursor < unit.last ? *cursor : unit.last;
  };
  for (uint32_t i = next_candidate(unit.first); i < unit.last; i = next_candidate(i + 1)) {
    if (scan.in_quote(i)) continue;
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
      shape.bare = cue.verb->bare;
    }
    if (cue.verb != nullptr && passive_verb(scan, i, unit.first)) {
      // "Blumenthal was asked, “...”": the speaker is not named. Only what clearly follows is reported;
      // "after the winner was declared, told ..." is no attribution at all.
      a.takes_clause = cue.verb->clause;
      a.last = scan_right(scan, cue.last, unit, shape, a);
      const bool reported = a.right == RightContent::kQuote || a.right == RightContent::kThat ||
                            a.right == RightContent::kColon || a.right == RightContent::kQuestion;
      if (!reported) continue;
      out.push_back(a);
      floor = a.right_begin;
      i = a.last > i ? a.last - 1 : i;
      continue;
    }
    const bool progressive = i > unit.first && scan.has_class(i - 1, WordClass::kFinite);
    const bool participle = cue.verb != nullptr && cue.verb->participle && !progressive;
    uint32_t start = i;
    if (participle) {
      const bool detached = i == floor || scan.is_punct(i - 1, ",") || scan.has_class(i - 1, WordClass::kPreposition) ||
                            scan.has_class(i - 1, WordClass::kConjunction) || scan.is_dash(i - 1);
      if (!detached) a.speaker = subject_before(scan, i, floor, &start);
      if (!a.speaker.empty() && is_verb_object(scan, a.speaker, floor)) {
        a.speaker = {};  // "released a statement saying": the statement's author speaks
      }
      if (a.speaker.empty()) {
        a.inherits_subject = true;
        start = i;
      }
    } else if (coordinated(scan, i, floor)) {
      a.inherits_subject = true;
    } else {
      a.speaker = subject_before(scan, i, floor, &start);
      if (a.speaker.empty() && start < i && start > floor && scan.is_punct(start - 1, ",")) {
        // "Donald J. Trump, the Republican presidential candidate, has said": the auxiliary follows the comma.
        a.speaker = appositive_subject(scan, start - 1, floor);
        if (a.speaker.empty()) a.speaker = anchored_subject(scan, start - 1, floor);
        if (!a.speaker.empty()) start = a.speaker.first;
      }
      if (a.speaker.empty()) {
        start = i;
        const bool after_comma = i > floor && scan.is_punct(i - 1, ",");
        const bool after_quote_or_comma =
            (i > floor && (after_comma || scan.closes_quote(i - 1) || scan.is_dash(i - 1))) || i == unit.first;
        if (after_comma) {
          a.speaker = appositive_subject(scan, i - 1, floor);
          if (!a.speaker.empty()) start = a.speaker.first;
        }
        if (a.speaker.empty() && cue.verb != nullptr && cue.verb->invert && after_quote_or_comma) {
          // "said Smith." / "said Smith, a spokesman": the inverted subject ends the clause.
          const Mention inverted = phrase_after(scan, cue.last, unit.last);
          const bool ends_clause =
              !inverted.empty() && (inverted.last >= unit.last || is_punct(scan.token(inverted.last)) ||
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
    const bool in_leading_subordinate = opens_with_subordinator(scan, unit, start);
    shape.trailing = start > unit.first && (scan.is_punct(start - 1, ",") || scan.is_dash(start - 1));
    shape.after_quote = start > unit.first && scan.closes_quote(start - 1);
    a.last = scan_right(scan, after, unit, shape, a);
    // "Now that Trump has claimed that ..., he has some explaining to do": the subordinate clause ends at
    // its comma, and so does what it reports.
    if (in_leading_subordinate && (a.right == RightContent::kThat || a.right == RightContent::kClause)) {
      a.ends_at_comma = true;
    }
    out.push_back(a);
    floor = a.right != RightContent::kNone ? a.right_begin : a.last;
    i = a.last > i ? a.last - 1 : i;
  }
}

}  // namespace quarry::quotes
