#include "credits.hpp"

#include "phrase_reader.hpp"

namespace quarry::actors {
namespace {

bool is_text(const Word& w, std::string_view s) { return w.text() == s; }

// A credit cue ("inputs from", "photo", "source") starting at word i.
bool credit_at(const PhraseReader& reader, uint32_t i) {
  return static_cast<bool>(reader.longest(i, kPhraseCredit, [](const PhraseInfo& p) { return p.credit; }));
}

void mask(CreditScan& out, uint32_t from, uint32_t to) {
  if (from < to) out.masked.emplace_back(from, to);
}

// After a dateline's city (word k on): ", <date>", "[<region>], <date>" or "(<agency>) -".
bool dateline_after(std::span<const Word> words, uint32_t k, uint32_t line_end) {
  if (k >= line_end) return false;
  if (is_text(words[k], "[")) {
    while (k < line_end && !is_text(words[k], "]")) ++k;
    ++k;
    if (k >= line_end) return false;
  }
  if (is_text(words[k], ",")) {
    ++k;
    return k < line_end && (words[k].is(kNumber) || (words[k].is(kWord) && words[k].has(kLexCalendar)));
  }
  if (!is_text(words[k], "(")) return false;
  uint32_t close = k + 1;
  while (close < line_end && close < k + 6 && words[close].is(kWord) && words[close].is(kCap)) ++close;
  if (close == k + 1 || close + 1 >= line_end || !is_text(words[close], ")")) return false;
  const std::string_view dash = words[close + 1].text();
  return dash == "-" || dash == ":" || dash == "\u2013" || dash == "\u2014";
}

}  // namespace

void scan_credits(const WordStream& stream, const Lexicon& lexicon, CreditScan& out) {
  const std::span<const Word> words = stream.words();
  const auto n = static_cast<uint32_t>(words.size());
  out.masked.clear();
  out.home_country = -1;
  PhraseReader reader(lexicon, words);
  reader.set_sentence(SentenceSpan{0, n, SentenceStyle::Normal});

  uint32_t lines_seen = 0;
  for (uint32_t i = 0, line_end = 0; i < n; i = line_end) {
    line_end = i + 1;
    while (line_end < n && !words[line_end].is(kLineStart)) ++line_end;
    const Word& w = words[i];
    if (!w.is(kLineStart)) continue;  // only before the first line start (the first word is one)
    ++lines_seen;
    // "By IANS | Updated ...", "Source : NEW INDIAN EXPRESS", "Image: United States Navy."
    if (credit_at(reader, i)) {
      const PhraseMatch cue = reader.longest(i, kPhraseCredit, [](const PhraseInfo& p) { return p.credit; });
      const bool colon = cue.end < n && (is_text(words[cue.end], ":") || is_text(words[cue.end], "|"));
      if (colon || line_end - i <= 12) mask(out, i, line_end);
    }
    // "ANI |Published: ..." : a short name before a bar.
    for (uint32_t k = i; k < line_end && k < i + 6; ++k) {
      if (is_text(words[k], "|")) {
        mask(out, i, k);
        break;
      }
    }
    // Dateline: "Seoul, Oct 16", "DHAKA, March 14 (Quarry Wire) -", "Seoul [South Korea], February 27",
    // "NEW DELHI (Reuters) -". Not "Moscow, Beijing and Tehran have ...": a date or an agency tag must follow.
    if (out.home_country < 0 && lines_seen <= 12 && w.is(kWord) && w.is(kCap)) {
      const PhraseMatch city = reader.longest(i, kPhraseCapital, [](const PhraseInfo& p) { return p.capital >= 0; });
      if (city && dateline_after(words, city.end, line_end)) {
        out.home_country = city.info->capital;
        // The agency of "NEW DELHI (Reuters) -" is a byline; after a date ("(ANI)") the rule below masks it.
        if (is_text(words[city.end], "(")) {
          uint32_t close = city.end + 1;
          while (close < line_end && !is_text(words[close], ")")) ++close;
          mask(out, city.end, close + 1);
        }
      }
    }
  }
  // One more pass (masks only add up, so the order of the rules does not matter):
  uint32_t credit_mask_end = 0;  // end of the last in-paragraph credit's mask
  for (uint32_t i = 0; i < n; ++i) {
    if (words[i].is(kWord)) {
      // "Image: United States Navy." inside a paragraph: a capitalised credit cue and a colon.
      if (!words[i].is(kCap) || !words[i].has(kPhraseCredit) || i + 1 >= n || !is_text(words[i + 1], ":")) continue;
      // A cue inside the last credit's mask would mask up to the same end: skipping it keeps a sentence of
      // many cues linear.
      if (i < credit_mask_end) continue;
      if (!reader.exact(i, i + 1, kPhraseCredit, [](const PhraseInfo& p) { return p.credit; })) continue;
      uint32_t end = i + 2;
      while (end < n && words[end].sentence == words[i].sentence && !words[end].is(kLineStart)) ++end;
      mask(out, i, end);
      credit_mask_end = end;
      continue;
    }
    // Parentheses: "(Inputs from Bloomberg)", "(AP Photo/Ahn Young-joon)", and an agency tag "(ANI)" that
    // follows no name (an acronym after a name, "Joint Chiefs of Staff (JCS)", is the name's own).
    if (!is_text(words[i], "(")) continue;
    uint32_t close = i + 1;
    while (close < n && close < i + 40 && !is_text(words[close], ")") && !words[close].is(kLineStart)) ++close;
    if (close >= n || !is_text(words[close], ")")) continue;
    bool credit = false;
    for (uint32_t k = i + 1; k < close && k < i + 4; ++k) credit = credit || credit_at(reader, k);
    const bool after_name = i > 0 && words[i - 1].is(kWord) && words[i - 1].is(kCap);
    bool all_names = close > i + 1;
    for (uint32_t k = i + 1; k < close; ++k) all_names = all_names && words[k].is(kWord) && words[k].is(kCap);
    if (credit || (all_names && !after_name && close - i <= 4)) mask(out, i, close + 1);
  }
}

}  // namespace quarry::actors
