#include "introduced_sources.hpp"

namespace quarry::quotes {
namespace {

// A dash that sets off a source: "―", "—", "–", "--", or a hyphen standing alone ("polls - Carl Bialik:").
bool is_source_dash(const DocumentScan& scan, uint32_t k) {
  return scan.is_dash(k) || scan.is_punct(k, "―") ||
         (scan.is_punct(k, "-") && has_flag(scan.token(k), QUARRY_TOKEN_SPACE_BEFORE));
}

// A phrase that can stand for a source: a pronoun, a name, or a noun phrase opened by a determiner ("the
// report", "The piece").
bool names_a_source(const DocumentScan& scan, const Mention& m) {
  if (m.empty()) return false;
  if (m.pronoun || scan.has_class(m.first, WordClass::kDeterminer)) return true;
  for (uint32_t k = m.first; k < m.last; ++k) {
    if (scan.capitalized(k)) return true;
  }
  return false;
}

}  // namespace

bool reads_as_sentence(const DocumentScan& scan, const QuotedSpan& span) {
  constexpr int kMinWords = 2;
  int words = 0;
  bool capital = false;
  for (uint32_t k = span.open + 1; k < span.close && words < kMinWords; ++k) {
    if (!is_word(scan.token(k))) continue;
    if (words == 0) capital = scan.capitalized(k);
    ++words;
  }
  return words >= kMinWords && capital && !scan.title_cased(span.open, span.close);
}

Mention colon_source(const DocumentScan& scan, uint32_t first, uint32_t colon) {
  if (colon <= first) return {};
  // The source set off right before the colon: after the last dash ("HEADLINE - Mark Blumenthal and Jon
  // Cohen:") or "from" ("More from Jones:"), or the whole clause ("WSJ editorial:").
  uint32_t start = first;
  for (uint32_t k = colon; k-- > first;) {
    if (scan.in_quote(k)) break;
    if (is_source_dash(scan, k)) {
      start = k + 1;
      break;
    }
  }
  uint32_t from = start;
  while (from < colon && (scan.is_word(from, "more") || scan.is_word(from, "from"))) ++from;
  if (from < colon) {
    // Read backwards from the colon, so that "the report" is a noun phrase, not a cue.
    uint32_t named_start = from;
    const Mention named = subject_before(scan, colon, from, &named_start);
    if (named.first == from && named.last == colon && names_a_source(scan, named)) return named;
  }
  // "Kelly responded pointedly, with a smile:", "Sanders made the following comment:": the clause's subject.
  const Mention subject = clause_subject(scan, start, colon);
  if (subject.last >= colon || !names_a_source(scan, subject)) return {};
  return subject;
}

Mention dash_source(const DocumentScan& scan, const QuotedSpan& span, uint32_t unit_last) {
  const uint32_t dash = span.close + 1;
  if (dash + 1 >= unit_last || !is_source_dash(scan, dash) || !scan.capitalized(dash + 1)) return {};
  const Mention m = phrase_after(scan, dash + 1, unit_last);
  if (m.empty() || m.pronoun) return {};
  // The name ends the sentence, or an appositive or a parenthesis follows it ("-- Tom Smith, a voter").
  if (m.last < unit_last && !scan.is_punct(m.last, ",") && !scan.is_punct(m.last, ".") && !scan.is_punct(m.last, "(")) {
    return {};
  }
  return m;
}

}  // namespace quarry::quotes
