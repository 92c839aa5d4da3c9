#include "phrase_table.hpp"

#include "word_list.hpp"

namespace quarry::figures {

void PhraseTable::add(std::string_view text, std::string payload, uint32_t tag) {
  Phrase phrase;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t space = text.find(' ', pos);
    const std::string_view word = text.substr(pos, space == std::string_view::npos ? text.npos : space - pos);
    if (!word.empty()) phrase.words.push_back(ascii_lower(word));
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  if (phrase.words.empty()) return;
  phrase.payload = std::move(payload);
  phrase.tag = tag;
  const auto index = static_cast<uint32_t>(phrases_.size());
  by_first_[phrase.words.front()].push_back(index);
  by_last_[phrase.words.back()].push_back(index);
  phrases_.push_back(std::move(phrase));
}

std::optional<PhraseMatch> PhraseTable::match_forward(const TokenText& tokens, size_t i, uint32_t tag_mask) const {
  if (!tokens.valid(i)) return std::nullopt;
  const auto found = by_first_.find(tokens.lower(i).view());
  if (found == by_first_.end()) return std::nullopt;
  std::optional<PhraseMatch> best;
  for (const uint32_t index : found->second) {
    const Phrase& phrase = phrases_[index];
    if ((phrase.tag & tag_mask) == 0) continue;
    const size_t n = phrase.words.size();
    if (best && n <= best->end - best->begin) continue;
    bool ok = true;
    for (size_t k = 1; k < n && ok; ++k) ok = tokens.valid(i + k) && tokens.lower(i + k).view() == phrase.words[k];
    if (ok) best = PhraseMatch{i, i + n, &phrase};
  }
  return best;
}

const Phrase* PhraseTable::find_word(std::string_view lower_word, uint32_t tag_mask) const {
  const auto found = by_first_.find(lower_word);
  if (found == by_first_.end()) return nullptr;
  for (const uint32_t index : found->second) {
    const Phrase& phrase = phrases_[index];
    if (phrase.words.size() == 1 && (phrase.tag & tag_mask) != 0) return &phrase;
  }
  return nullptr;
}

std::optional<PhraseMatch> PhraseTable::match_backward(const TokenText& tokens, size_t i, uint32_t tag_mask) const {
  if (!tokens.valid(i)) return std::nullopt;
  const auto found = by_last_.find(tokens.lower(i).view());
  if (found == by_last_.end()) return std::nullopt;
  std::optional<PhraseMatch> best;
  for (const uint32_t index : found->second) {
    const Phrase& phrase = phrases_[index];
    if ((phrase.tag & tag_mask) == 0) continue;
    const size_t n = phrase.words.size();
    if (best && n <= best->end - best->begin) continue;
    if (i + 1 < n || i + 1 - n < tokens.first()) continue;
    const size_t begin = i + 1 - n;
    bool ok = true;
    for (size_t k = 0; k + 1 < n && ok; ++k) ok = tokens.lower(begin + k).view() == phrase.words[k];
    if (ok) best = PhraseMatch{begin, i + 1, &phrase};
  }
  return best;
}

}  // namespace quarry::figures
