#include "unit_reader.hpp"

#include <quarry/text_case.hpp>

namespace quarry::figures {
namespace {

constexpr uint32_t kNotInNounPhrase =
    role::kStop | role::kTimeUnit | role::kMonth | role::kWeekday | role::kNumber | role::kScale | role::kClock;

constexpr size_t kMaxNounPhraseWords = 6;

// "10eV", "0.9mH", "5Rp", "88kR", "10RRh": two or three letters in mixed case written against a number are a
// unit symbol of science (a prefix and a unit, or a subscripted one). One case only is a name or a grade
// ("5G", "3D", "1st", "11a"); three letters in title case are a word run into the number ("20266The").
bool unit_symbol(std::string_view word) {
  if (word.size() < 2 || word.size() > 3) return false;
  if (word.size() == 3 && !is_ascii_lower(word[0]) && is_ascii_lower(word[1]) && is_ascii_lower(word[2])) return false;
  bool upper = false, lower = false;
  for (const char c : word) {
    if (is_ascii_upper(c)) {
      upper = true;
    } else if (is_ascii_lower(c)) {
      lower = true;
    } else {
      return false;
    }
  }
  return upper && lower;
}

}  // namespace

UnitMatch UnitReader::read(const Quantity& q, size_t span_last, bool singular) const {
  (void)q;
  const size_t next = span_last + 1;
  if (!tokens_.valid(next)) return {};
  if (const auto m = lexicon_.percents().match_forward(tokens_, next)) {
    return {UnitKind::kPercent, m->phrase->payload, m->end - 1, true};
  }
  if (const auto m = lexicon_.currencies().match_forward(tokens_, next, tag::kSuffix)) {
    UnitMatch currency{UnitKind::kCurrency, m->phrase->payload, m->end - 1, true};
    // "75 USD million": the scale after the code.
    if (tokens_.is_word(m->end)) {
      const WordInfo* info = lexicon_.find(tokens_.lower(m->end));
      if (info != nullptr && info->has(role::kScale) && info->attach == ScaleAttach::kWord) {
        currency.scale = info->scale;
        currency.last = m->end;
      }
    }
    return currency;
  }
  if (tokens_.is_word(next)) {
    int scale = 0;
    if (const Phrase* code = lexicon_.scaled_currency_code(tokens_.text(next), &scale)) {
      UnitMatch currency{UnitKind::kCurrency, code->payload, next, true};
      currency.scale = scale;
      return currency;
    }
  }
  if (const auto m = lexicon_.measures().match_forward(tokens_, next); m && letter_case_fits(*m)) {
    // A bare letter ("m", "g") is a unit only written against the number or before punctuation.
    const bool spaced_ok = (m->phrase->tag & tag::kSpaced) != 0;
    const bool ends_clause = !tokens_.valid(m->end) || tokens_.is_punct(m->end) || tokens_.is_quote(m->end);
    if (spaced_ok || tokens_.glued(span_last, next) || ends_clause) {
      const uint32_t begin = tokens_.token(next).begin, end = tokens_.token(m->end - 1).end;
      return {UnitKind::kMeasure, tokens_.slice(begin, end), m->end - 1, true};
    }
  }
  if (tokens_.is_word(next)) {
    const WordInfo* info = lexicon_.find(tokens_.lower(next));
    if (info != nullptr && info->has(role::kMoneyNoun)) return {UnitKind::kMeasure, tokens_.text(next), next, true};
    if (info != nullptr && info->has(role::kTimeUnit)) return {UnitKind::kTimeUnit, tokens_.text(next), next, true};
  }
  UnitMatch noun = counted_noun(next, singular);
  if (noun.kind != UnitKind::kNone) return noun;
  if (tokens_.is_word(next) && lexicon_.has(tokens_.lower(next), role::kElisionCue)) {
    return {UnitKind::kElided, {}, span_last, false};
  }
  return {};
}

UnitMatch UnitReader::read_glued(const GluedWord& glued) const {
  if (glued.text.empty()) return {};
  const LowerWord lower(glued.text);
  const bool whole_token = !glued.hyphenated || tokens_.text(glued.token) == glued.text;
  if (const Phrase* c = lexicon_.currencies().find_word(lower, tag::kSuffix)) {
    return {UnitKind::kCurrency, c->payload, glued.token, true};  // "115USD", "one-yen"
  }
  if (!glued.hyphenated) {
    if (const Phrase* p = lexicon_.percents().find_word(lower))
      return {UnitKind::kPercent, p->payload, glued.token, true};
  }
  if (whole_token) {
    if (const auto m = lexicon_.measures().match_forward(tokens_, glued.token); m && letter_case_fits(*m)) {
      const uint32_t begin = tokens_.token(glued.token).begin, end = tokens_.token(m->end - 1).end;
      return {UnitKind::kMeasure, tokens_.slice(begin, end), m->end - 1, true};
    }
  } else if (lexicon_.measures().find_word(lower) != nullptr) {
    return {UnitKind::kMeasure, glued.text, glued.token, true};
  }
  const WordInfo* info = lexicon_.find(lower);
  if (info != nullptr && info->has(role::kTimeUnit)) return {UnitKind::kTimeUnit, glued.text, glued.token, true};
  if (info != nullptr && info->has(role::kMoneyNoun)) return {UnitKind::kMeasure, glued.text, glued.token, true};
  if (!glued.hyphenated && unit_symbol(glued.text)) return {UnitKind::kMeasure, glued.text, glued.token, true};
  // A compound modifier: "12-cent-a-share", "one-yen bid", "10-gallon-capacity": its first word decides.
  const size_t dash = glued.text.find('-');
  if (glued.hyphenated && dash != std::string_view::npos && dash > 0) {
    const std::string_view head = glued.text.substr(0, dash);
    const LowerWord head_lower(head);
    if (const Phrase* c = lexicon_.currencies().find_word(head_lower, tag::kSuffix)) {
      return {UnitKind::kCurrency, c->payload, glued.token, true};
    }
    if (lexicon_.measures().find_word(head_lower) != nullptr) return {UnitKind::kMeasure, head, glued.token, true};
    const WordInfo* head_info = lexicon_.find(head_lower);
    if (head_info != nullptr && head_info->has(role::kTimeUnit)) return {UnitKind::kTimeUnit, head, glued.token, true};
    if (head_info != nullptr && head_info->has(role::kMoneyNoun)) return {UnitKind::kMeasure, head, glued.token, true};
  }
  return {};
}

bool UnitReader::letter_case_fits(const PhraseMatch& m) const {
  if (m.end != m.begin + 1) return true;
  const std::string_view text = tokens_.text(m.begin);
  return text.size() != 1 || lexicon_.one_letter_unit(text[0]);
}

bool UnitReader::looks_plural(size_t i, const WordInfo* info) const {
  if (info != nullptr && info->has(role::kPlural)) return true;
  const std::string_view word = tokens_.text(i);
  if (tokens_.all_upper(i)) {
    // "ISIS", "US" are names; in an all-caps headline ("SENDS 300 TROOPS TO") a long word in "S" is a plural.
    const bool caps_around = tokens_.in_caps_run(i) || (i >= 2 && tokens_.in_caps_run(i - 2));
    return word.size() >= 4 && word.back() == 'S' && !word.ends_with("SS") && !word.ends_with("US") &&
           !word.ends_with("IS") && caps_around;
  }
  if (word.size() < 3 || word.back() != 's') return false;
  if (word.ends_with("ss") || word.ends_with("us")) return false;     // "press", "bonus", "various"
  if (word.ends_with("is") && !tokens_.capitalized(i)) return false;  // "crisis", but "Iraqis"
  return true;
}

UnitMatch UnitReader::head_noun(size_t head, size_t run_first) const {
  size_t first = head;
  // A demonym keeps its place-name words: "North Koreans", "Sri Lankans"; a common noun stands alone
  // ("North Korean soldiers" -> soldiers).
  const std::string_view word = tokens_.text(head);
  const bool demonym = tokens_.capitalized(head) && !tokens_.all_upper(head) &&
                       (word.ends_with("ans") || word.ends_with("ese") || word.ends_with("is"));
  while (demonym && first > run_first && tokens_.capitalized(first - 1) && !tokens_.all_upper(first - 1)) --first;
  return {UnitKind::kCounted, tokens_.slice(tokens_.token(first).begin, tokens_.token(head).end), head, true};
}

UnitMatch UnitReader::counted_noun(size_t begin, bool singular) const {
  if (tokens_.is_lower(begin, "of")) return partitive(begin);
  size_t j = begin;
  for (size_t count = 0; count < kMaxNounPhraseWords && tokens_.is_word(j); ++count, ++j) {
    if (tokens_.possessive(j)) return {};
    const WordInfo* info = lexicon_.find(tokens_.lower(j));
    if (count == 0 && info != nullptr && info->has(role::kElidedHead)) {
      // "some 2,700 others"; but "2,700 more troops" goes on to its noun.
      const bool noun_follows = tokens_.is_word(j + 1) && looks_plural(j + 1, lexicon_.find(tokens_.lower(j + 1))) &&
                                !lexicon_.has(tokens_.lower(j + 1), kNotInNounPhrase);
      if (!noun_follows) return {UnitKind::kElided, {}, j, true};
      continue;
    }
    if (info != nullptr && info->has(kNotInNounPhrase)) break;
    if (looks_plural(j, info)) {
      size_t head = j;
      // "police officers", "news outlets": the last of a run of plural-looking nouns.
      while (tokens_.is_word(head + 1) && head + 1 - begin < kMaxNounPhraseWords) {
        const WordInfo* next = lexicon_.find(tokens_.lower(head + 1));
        if ((next != nullptr && next->has(kNotInNounPhrase)) || !looks_plural(head + 1, next)) break;
        // "nine different times Sanders said": a name after a common plural starts a new phrase.
        if (tokens_.capitalized(head + 1) && !tokens_.capitalized(head)) break;
        ++head;
      }
      return head_noun(head, begin);
    }
  }
  // One of something: the last word of the phrase, when the phrase ends cleanly ("one soldier was"), and it
  // is not a verb form ("one captured by ...").
  if (!singular || j == begin) return {};
  const std::string_view last = tokens_.text(j - 1);
  if (last.ends_with("ed") || last.ends_with("ing") || last.ends_with("ly")) return {};
  if (!tokens_.is_word(j) || lexicon_.has(tokens_.lower(j), role::kStop)) return head_noun(j - 1, begin);
  return {};
}

UnitMatch UnitReader::partitive(size_t of_token) const {
  const size_t d = of_token + 1;
  if (tokens_.is_lower(d, "them") || tokens_.is_lower(d, "whom")) return {UnitKind::kElided, {}, d, true};
  if (!tokens_.is_word(d)) return {};
  if (!lexicon_.has(tokens_.lower(d), role::kPartitive)) {
    // "two-thirds of voters", "half of Americans": a bare plural after "of".
    UnitMatch bare = counted_noun(d, false);
    return bare.kind == UnitKind::kCounted ? bare : UnitMatch{};
  }
  if (tokens_.is_number(d + 1)) {
    // "5 of the 12 defendants": the noun counts both numbers, but the second is a figure of its own.
    UnitMatch inner = counted_noun(d + 2, false);
    if (inner.kind != UnitKind::kCounted) return {};
    inner.extends_span = false;
    inner.last = of_token - 1;
    return inner;
  }
  UnitMatch noun = counted_noun(d + 1, false);
  if (noun.kind != UnitKind::kCounted) return {};
  return noun;
}

}  // namespace quarry::figures
