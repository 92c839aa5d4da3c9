#include "document_scan.hpp"

#include <algorithm>

#include "dateline.hpp"

namespace quarry::quotes {
namespace {

// A past form that may open an inverted attribution: "Said Comey", "Continued Stone" (not "State Rep.",
// "Recall Sen. McCain", which are a title and an imperative).
bool inverted_opener(const CueVerb& verb) { return verb.invert && !verb.base_form && !verb.s_form && !verb.ing_form; }
}  // namespace

DocumentScan::DocumentScan(const Document& doc)
    : lexicon_(Lexicon::instance()), text_(doc.text()), tokens_(doc.tokens()) {
  classify_tokens();
  quoted_ = pair_quote_marks(tokens_);
  for (size_t q = 0; q < quoted_.size(); ++q) {
    for (uint32_t i = quoted_[q].open; i <= quoted_[q].close; ++i) info_[i].quote = static_cast<int32_t>(q);
  }
  build_units(doc.sentences());
  mark_headlines();
  index_units();
}

// Units and both lists are in document order: one walk with two cursors.
void DocumentScan::index_units() {
  size_t q = 0;
  size_t c = 0;
  for (Unit& unit : units_) {
    while (q < quoted_.size() && quoted_[q].open < unit.first) ++q;
    while (c < cue_candidates_.size() && cue_candidates_[c] < unit.first) ++c;
    unit.first_quote = static_cast<uint32_t>(q);
    unit.first_candidate = static_cast<uint32_t>(c);
  }
}

size_t DocumentScan::first_quote_from(uint32_t i) const {
  const auto it = std::lower_bound(quoted_.begin(), quoted_.end(), i,
                                   [](const QuotedSpan& span, uint32_t token) { return span.open < token; });
  return static_cast<size_t>(it - quoted_.begin());
}

// A unit whose words of four letters or more are all capitalised (three at least) is a headline: its
// capitalised speech verbs are verbs ("Former Clinton Pollster Says Clinton Is In Trouble").
void DocumentScan::mark_headlines() {
  constexpr size_t kContentWordLength = 4;
  constexpr int kMinContentWords = 3;
  for (Unit& unit : units_) {
    int content_words = 0;  // capitalised, not in capitals ("DNC" may stand in a headline, but does not make one)
    bool title = true;
    for (uint32_t k = unit.first; k < unit.last && title; ++k) {
      if (!quarry::is_word(tokens_[k]) || has_flag(tokens_[k], QUARRY_TOKEN_POSSESSIVE) ||
          text(k).size() < kContentWordLength) {
        continue;
      }
      title = has_flag(tokens_[k], QUARRY_TOKEN_UPPER_INITIAL);
      if (!has_flag(tokens_[k], QUARRY_TOKEN_ALL_UPPER)) ++content_words;
    }
    unit.title_case = title && content_words >= kMinContentWords;
    if (!unit.title_case) continue;
    for (uint32_t k = unit.first; k < unit.last; ++k) {
      if (!quarry::is_word(tokens_[k]) || info_[k].cue_verb >= 0) continue;
      const WordEntry* entry = lexicon_.lookup(text(k));
      if (entry != nullptr && entry->cue_verb >= 0) info_[k].cue_verb = entry->cue_verb;
    }
  }
}

void DocumentScan::classify_tokens() {
  info_.assign(tokens_.size(), TokenInfo{});
  const char* const text_end = text_.data() + text_.size();
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (!quarry::is_word(tokens_[i])) continue;
    const WordEntry* entry = lexicon_.lookup(text(static_cast<uint32_t>(i)), text_end);
    if (entry == nullptr) continue;
    // Whatever the case rules below decide (and mark_headlines() later), only these can start a cue.
    if (entry->cue_verb >= 0 || entry->starts_phrase) cue_candidates_.push_back(static_cast<uint32_t>(i));
    TokenInfo& info = info_[i];
    info.classes = entry->classes;
    // A capitalised form is a name or a title word ("Post", "States", "the Fed"), not a verb.
    if (!has_flag(tokens_[i], QUARRY_TOKEN_UPPER_INITIAL)) {
      info.cue_verb = entry->cue_verb;
    } else {
      // "Said Comey, “...”": a sentence may open with an inverted speech verb.
      if (entry->cue_verb >= 0 && (i == 0 || !mid_sentence(i)) &&
          inverted_opener(lexicon_.cue_verb_at(entry->cue_verb))) {
        info.cue_verb = entry->cue_verb;
      }
      info.classes &= ~bit(WordClass::kPast);
      // Inside a sentence a capitalised modal is a name or a month: "in May", "George Will".
      if (i > 0 && !has_flag(tokens_[i], QUARRY_TOKEN_PARAGRAPH_START) && mid_sentence(i)) {
        info.classes &= ~bit(WordClass::kFinite);
      }
    }
    info.pronoun = entry->pronoun;
    info.starts_phrase = entry->starts_phrase;
  }
}

// Token i follows a word, a number or a comma: it is not the first word of a sentence or a quotation.
bool DocumentScan::mid_sentence(size_t i) const {
  const Token& prev = tokens_[i - 1];
  return quarry::is_word(prev) || quarry::is_number(prev) ||
         (prev.kind == QUARRY_TOKEN_PUNCT && text(static_cast<uint32_t>(i - 1)) == ",");
}

bool DocumentScan::title_cased(uint32_t open, uint32_t close) const {
  constexpr size_t kShortWord = 3;
  int capitalised = 0;
  bool first = true;  // a quotation's first word is capitalised anyway
  for (uint32_t k = open + 1; k < close; ++k) {
    const Token& t = tokens_[k];
    if (t.kind == QUARRY_TOKEN_PUNCT) {
      const std::string_view p = text(k);
      // A full stop inside ends a sentence: "The Donald. Big Daddy." is speech, not a title.
      if ((p == "." || p == "?" || p == "!") && k + 1 < close && quarry::is_word(tokens_[k + 1])) return false;
      continue;
    }
    if (!quarry::is_word(t)) continue;
    if (first) {
      first = false;
      continue;
    }
    if (has_flag(t, QUARRY_TOKEN_UPPER_INITIAL)) {
      ++capitalised;
    } else if (info_[k].classes == 0 && text(k).size() > kShortWord) {
      return false;  // a lower-case content word
    }
  }
  return capitalised >= 2;
}

std::string_view DocumentScan::folded(uint32_t i, std::span<char> buffer) const {
  return quarry::is_word(tokens_[i]) ? fold_word(text(i), buffer) : std::string_view{};
}

void DocumentScan::build_units(std::span<const Sentence> sentences) {
  units_.reserve(sentences.size());
  size_t next_quote = 0;  // sentences come in order: a cursor into quoted_
  for (const Sentence& s : sentences) {
    if (s.token_count == 0) continue;
    const uint32_t first = s.first_token;
    const uint32_t last = s.first_token + s.token_count;
    // A sentence break inside a quoted passage is not a unit break.
    if (!units_.empty() && units_.back().last == first && first > 0 && info_[first - 1].quote >= 0 &&
        info_[first - 1].quote == info_[first].quote) {
      units_.back().last = last;
      units_.back().paragraph = s.paragraph;  // what follows continues the paragraph the passage ends in
      continue;
    }
    // A dateline opening the paragraph is neither content nor speaker: the unit starts after it.
    const uint32_t begin = has_flag(tokens_[first], QUARRY_TOKEN_PARAGRAPH_START) || first == 0
                               ? dateline_end(tokens_, text_, first, last)
                               : first;
    uint32_t from = begin;
    // Only a quoted passage's opening mark can split the sentence: visit those, not every token.
    while (next_quote < quoted_.size() && quoted_[next_quote].open < begin + 1) ++next_quote;
    for (size_t q = next_quote; q < quoted_.size() && quoted_[q].open + 1 < last; ++q) {
      const uint32_t k = quoted_[q].open;
      if (ends_sentence_before_quote(k)) {
        units_.push_back({from, k, s.paragraph, s.paragraph});
        from = k;
      }
    }
    units_.push_back({from, last, s.paragraph, s.paragraph});
  }
}

// "... in Fort Mill, S.C. “It seems ...": the core keeps a dotted abbreviation before an opening quote in the
// sentence, but a capitalised quotation after it starts a new one.
bool DocumentScan::ends_sentence_before_quote(uint32_t k) const {
  const int32_t q = info_[k].quote;
  if (q < 0 || quoted_[static_cast<size_t>(q)].open != k || !has_flag(tokens_[k], QUARRY_TOKEN_SPACE_BEFORE)) {
    return false;
  }
  const std::string_view prev = text(k - 1);
  return quarry::is_word(tokens_[k - 1]) && prev.size() > 2 && prev.back() == '.' && quarry::is_word(tokens_[k + 1]) &&
         has_flag(tokens_[k + 1], QUARRY_TOKEN_UPPER_INITIAL);
}

}  // namespace quarry::quotes
