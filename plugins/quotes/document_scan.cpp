#include "document_scan.hpp"

#include <array>

#include "dateline.hpp"

namespace quarry::quotes {
namespace {
constexpr size_t kFoldBuffer = 32;  // longer words are in no lexicon
}

DocumentScan::DocumentScan(const Document& doc)
    : lexicon_(Lexicon::instance()), text_(doc.text()), tokens_(doc.tokens()) {
  classify_tokens();
  quoted_ = pair_quote_marks(tokens_);
  for (size_t q = 0; q < quoted_.size(); ++q) {
    for (uint32_t i = quoted_[q].open; i <= quoted_[q].close; ++i) info_[i].quote = static_cast<int32_t>(q);
  }
  build_units(doc.sentences());
}

void DocumentScan::classify_tokens() {
  info_.assign(tokens_.size(), TokenInfo{});
  std::array<char, kFoldBuffer> buffer{};
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (!quarry::is_word(tokens_[i])) continue;
    const std::string_view folded = fold_word(text(static_cast<uint32_t>(i)), buffer);
    if (folded.empty()) continue;
    const WordEntry* entry = lexicon_.lookup(folded);
    if (entry == nullptr) continue;
    TokenInfo& info = info_[i];
    info.classes = entry->classes;
    // A capitalised form is a name or a title word ("Post", "States", "the Fed"), not a verb.
    if (!has_flag(tokens_[i], QUARRY_TOKEN_UPPER_INITIAL)) {
      info.cue_verb = entry->cue_verb;
    } else {
      info.classes &= ~bit(WordClass::kPast);
    }
    info.pronoun = entry->pronoun;
    info.starts_phrase = !entry->phrases.empty();
  }
}

std::string_view DocumentScan::folded(uint32_t i, std::span<char> buffer) const {
  return quarry::is_word(tokens_[i]) ? fold_word(text(i), buffer) : std::string_view{};
}

bool DocumentScan::is_word(uint32_t i, std::string_view word) const {
  if (!quarry::is_word(tokens_[i])) return false;
  std::array<char, kFoldBuffer> buffer{};
  return fold_word(text(i), buffer) == word;
}

void DocumentScan::build_units(std::span<const Sentence> sentences) {
  units_.reserve(sentences.size());
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
    units_.push_back({begin, last, s.paragraph, s.paragraph});
  }
}

}  // namespace quarry::quotes
