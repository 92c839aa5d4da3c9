#include "date_guard.hpp"

#include <algorithm>

namespace quarry::figures {
namespace {

constexpr int kMaxChain = 8;  // enough for any phone number; keeps the walk bounded

bool chain_separator(std::string_view s) { return s == "-" || s == "/" || s == "." || s == ":"; }

bool unit_counts(UnitKind kind) {
  return kind == UnitKind::kCounted || kind == UnitKind::kMeasure || kind == UnitKind::kCurrency ||
         kind == UnitKind::kPercent;
}

}  // namespace

bool DateGuard::is_month(size_t i) const {
  if (!tokens_.is_word(i)) return false;
  const WordInfo* info = lexicon_.find(tokens_.lower(i));
  if (info == nullptr || !info->has(role::kMonth)) return false;
  if (!info->has(role::kMonthCapital) || tokens_.capitalized(i)) return true;
  // Lower-cased text ("on may 19 ,"): "may" is a month after "on" or a year cue, not a modal verb.
  return i > tokens_.first() && tokens_.is_word(i - 1) &&
         (tokens_.is_lower(i - 1, "on") || lexicon_.has(tokens_.lower(i - 1), role::kYearCue));
}

// "Jan 24", "Nov. 12", "Jan 24, 2025" (the year after a day).
bool DateGuard::month_before(size_t i) const {
  if (i <= tokens_.first()) return false;
  if (is_month(i - 1)) return true;
  if (i >= tokens_.first() + 2 && tokens_.is(i - 1, ".") && is_month(i - 2)) return true;
  if (i >= tokens_.first() + 3 && tokens_.is(i - 1, ",") && tokens_.is_number(i - 2)) {
    const size_t m = tokens_.is(i - 3, ".") && i >= tokens_.first() + 4 ? i - 4 : i - 3;
    return tokens_.text(i - 2).size() <= 2 && is_month(m);
  }
  return false;
}

// "24 January", "24th of January".
bool DateGuard::month_after(size_t i) const {
  if (is_month(i + 1)) return true;
  return tokens_.is_lower(i + 1, "of") && is_month(i + 2);
}

size_t DateGuard::chain_end(size_t number, int* count) const {
  size_t end = number;
  *count = 0;
  while (*count < kMaxChain && tokens_.is_punct(end + 1) && chain_separator(tokens_.text(end + 1)) &&
         tokens_.glued(end, end + 1) && tokens_.is_number(end + 2) && tokens_.glued(end + 1, end + 2)) {
    end += 2;
    ++*count;
  }
  return end;
}

size_t DateGuard::chain_start(size_t number, int* count) const {
  size_t start = number;
  *count = 0;
  while (*count < kMaxChain && start >= tokens_.first() + 2 && tokens_.is_punct(start - 1) &&
         chain_separator(tokens_.text(start - 1)) && tokens_.glued(start - 1, start) && tokens_.is_number(start - 2) &&
         tokens_.glued(start - 2, start - 1)) {
    start -= 2;
    ++*count;
  }
  return start;
}

Verdict DateGuard::check_glued(const Quantity& q) const {
  const LowerWord lower(q.glued.text);
  const std::string_view w = lower.view();
  if (!q.glued.hyphenated && (w == "st" || w == "nd" || w == "rd" || w == "th")) {
    return {NotAFigure::kOrdinal, q.glued.token};
  }
  if (!q.glued.hyphenated && w == "s") return {NotAFigure::kDecade, q.glued.token};
  if (lexicon_.has(w, role::kClock)) return {NotAFigure::kClockTime, q.glued.token};
  // "the 11 million-person population": after a scale the number is a quantity, whatever the compound.
  if (q.has_scale && q.glued.hyphenated) return {};
  return {NotAFigure::kCompound, q.glued.token};
}

Verdict DateGuard::check_plain_integer(const Candidate& c, const Quantity& q) const {
  if (!q.plain_integer || c.currency) return {};
  const double v = q.value.to_double();
  if (q.digit_count <= 2 && v >= 1 && v <= 31 && (month_before(q.first) || month_after(q.last))) {
    return {NotAFigure::kDayOfMonth, q.last};
  }
  if (q.digit_count == 4) {
    if (month_before(q.first)) return {NotAFigure::kYear, q.last};
    // Counts of a thousand or more are written with a comma in news ("2,000 people"): a bare 1900-2100 is a
    // year even before a plural noun ("the 2024 elections", "2016 hopefuls", "of 2012 voters", "below 2005
    // levels" in news corpora are all years), unless it measures something or a word that never takes a year
    // counts it ("nearly 2000 people", data/count_cues.txt).
    const bool measured = c.unit.kind == UnitKind::kMeasure || c.unit.kind == UnitKind::kPercent;
    const bool counted = c.unit.kind == UnitKind::kCounted && tokens_.is_word(q.first - 1) &&
                         lexicon_.has(tokens_.lower(q.first - 1), role::kCountCue);
    if (v >= 1900 && v <= 2100 && !measured && !counted) return {NotAFigure::kYear, q.last};
    if (unit_counts(c.unit.kind)) return {};
    const bool cue = q.first > tokens_.first() && tokens_.is_word(q.first - 1) &&
                     lexicon_.has(tokens_.lower(q.first - 1), role::kYearCue);
    if (v >= 1000 && v <= 2999 && cue && !c.qualifier) return {NotAFigure::kYear, q.last};
  }
  return {};
}

Verdict DateGuard::check_name(const Candidate& c, const Quantity& q) const {
  if (c.currency || c.qualifier || unit_counts(c.unit.kind)) return {};
  const size_t end = c.high != nullptr ? c.high->last : q.last;
  if (q.first > tokens_.first()) {
    const size_t p = q.first - 1;
    if (tokens_.is(p, "#")) return {NotAFigure::kIdentifier, end};
    const size_t label = tokens_.is(p, ".") && p > tokens_.first() ? p - 1 : p;
    if (tokens_.is_word(label) && lexicon_.has(tokens_.lower(label), role::kLabel)) {
      return {NotAFigure::kIdentifier, end};
    }
    // "Boeing 737", "Windows 11", "Guccifer 2.0": a capitalised word before a number that counts nothing. At
    // the start of a sentence the word must not be a function word ("Another 300 were killed").
    const WordInfo* before = tokens_.capitalized(p) ? lexicon_.find(tokens_.lower(p)) : nullptr;
    const bool function_word = before != nullptr && before->has(role::kStop);
    if (!q.spelled && tokens_.capitalized(p) && !tokens_.glued(p, q.first) &&
        (!tokens_.starts_clause(p) || !function_word) &&
        !lexicon_.has(tokens_.lower(p), role::kMonth | role::kWeekday)) {
      return {NotAFigure::kIdentifier, end};
    }
  }
  // "1. Donald Trump", "3) Bernie's bio", "(8.)": a list marker.
  if (q.plain_integer && q.digit_count <= 2 && c.high == nullptr && tokens_.starts_clause(q.first) &&
      (tokens_.is(q.last + 1, ".") || tokens_.is(q.last + 1, ")")) && tokens_.glued(q.last, q.last + 1) &&
      (tokens_.is_word(q.last + 2) || tokens_.is_quote(q.last + 2) || !tokens_.is_number(q.last + 2))) {
    return {NotAFigure::kIdentifier, q.last + 1};
  }
  // "Group of Seven", "Formula One", "Big Three" (but not a headline in capitals: "AS TWO OR THREE BASES").
  if (q.spelled && tokens_.capitalized(q.first) && !tokens_.starts_clause(q.first) && !tokens_.in_caps_run(q.first)) {
    return {NotAFigure::kIdentifier, end};
  }
  // Long runs of bare digits are phone numbers and codes.
  if (q.plain_integer && q.digit_count >= 9) return {NotAFigure::kIdentifier, end};
  return {};
}

Verdict DateGuard::check(const Candidate& c) const {
  const Quantity& low = *c.low;
  const Quantity& high = c.high != nullptr ? *c.high : low;
  const size_t end = std::max(high.last, c.unit.kind != UnitKind::kNone ? c.unit.last : high.last);

  if (c.unit.kind == UnitKind::kTimeUnit) return {NotAFigure::kDuration, end};
  // "the past two quarters": quarters of a year after a word that opens a period (data/period_openers.txt).
  if (low.spelled && low.fraction && tokens_.is_lower(low.last, "quarters") && tokens_.is_word(low.first - 1) &&
      lexicon_.has(tokens_.lower(low.first - 1), role::kPeriodOpener)) {
    return {NotAFigure::kDuration, end};
  }

  if (!low.spelled && !c.currency) {
    // "2025-02-27", "+1-222-2222-2222", "5/17/2018": numbers chained by separators are dates or codes.
    int before = 0, after = 0;
    chain_start(low.first, &before);
    const size_t chain_last = chain_end(high.last, &after);
    const int numbers = before + after + 1 + (c.high != nullptr ? 1 : 0);
    if (numbers >= 3) return {NotAFigure::kIdentifier, chain_last};
    if (c.high == nullptr && after == 1) {
      const std::string_view sep = tokens_.text(high.last + 1);
      if (sep == ":") return {NotAFigure::kClockTime, chain_last};
      if (sep == "/") return {NotAFigure::kIdentifier, chain_last};
    }
    if (c.high == nullptr && before == 1) {
      const std::string_view sep = tokens_.text(low.first - 1);
      if (sep == ":" || sep == "/") return {NotAFigure::kIdentifier, high.last};
    }
    // "+1-222-...", "+44 20 ...": a plus glued to digits outside a sum.
    if (low.first > tokens_.first() && tokens_.is(low.first - 1, "+") && tokens_.glued(low.first - 1, low.first) &&
        (after > 0 || tokens_.is_number(high.last + 1))) {
      return {NotAFigure::kIdentifier, chain_last};
    }
  }

  if (c.unit.kind == UnitKind::kNone && !high.glued.text.empty()) return check_glued(high);

  // "the 1990's", "in his 20's", "the 90’s" (the apostrophe may come out as a quotation mark).
  if (high.plain_integer && (high.digit_count == 4 || high.digit_count == 2)) {
    const size_t n = high.last + 1;
    if (tokens_.possessive(n) && tokens_.glued(high.last, n)) return {NotAFigure::kDecade, n};
    if (tokens_.is_quote(n) && tokens_.glued(high.last, n) && tokens_.is_lower(n + 1, "s") && tokens_.glued(n, n + 1)) {
      return {NotAFigure::kDecade, n + 1};
    }
  }
  // "18- to 24-year-old": the first number of a suspended compound shares the second one's word.
  if (c.high == nullptr && tokens_.is(high.last + 1, "-") && tokens_.glued(high.last, high.last + 1) &&
      !tokens_.glued(high.last + 1, high.last + 2) &&
      (tokens_.is_lower(high.last + 2, "to") || tokens_.is_lower(high.last + 2, "and") ||
       tokens_.is_lower(high.last + 2, "or"))) {
    return {NotAFigure::kCompound, high.last + 1};
  }
  // "a 5-5 ruling", "won 3-1": two numbers joined by a hyphen that are no range are a score.
  if (c.high == nullptr && !low.spelled && tokens_.is(high.last + 1, "-") && tokens_.glued(high.last, high.last + 1) &&
      tokens_.is_number(high.last + 2) && tokens_.glued(high.last + 1, high.last + 2)) {
    return {NotAFigure::kIdentifier, high.last + 2};
  }

  // "2 pm", "10.30am", "0600 GMT".
  if (!high.spelled && !c.currency && tokens_.is_word(high.last + 1) &&
      lexicon_.has(tokens_.lower(high.last + 1), role::kClock) && c.unit.kind != UnitKind::kCounted) {
    return {NotAFigure::kClockTime, high.last + 1};
  }

  // "2024-25", "1995-01": a year with the next year's last digits, or a month.
  if (c.high == nullptr && low.plain_integer && low.digit_count == 4 && tokens_.is(low.last + 1, "-") &&
      tokens_.is_number(low.last + 2) && tokens_.glued(low.last, low.last + 1)) {
    const double v = low.value.to_double();
    if (v >= 1900 && v <= 2100 && tokens_.text(low.last + 2).size() == 2) return {NotAFigure::kYear, low.last + 2};
  }
  for (const Quantity* q : {&low, &high}) {
    const Verdict v = check_plain_integer(c, *q);
    if (v.why != NotAFigure::kNone) return {v.why, std::max(v.skip_to, end)};
  }

  if (const Verdict v = check_name(c, low); v.why != NotAFigure::kNone) return v;

  // "no one wants": a pronoun, whatever follows.
  if (low.lone_one && tokens_.is_lower(low.first - 1, "no")) return {NotAFigure::kVague, low.last};
  if (low.lone_one && !unit_counts(c.unit.kind) && !(c.unit.kind == UnitKind::kElided && c.unit.extends_span)) {
    return {NotAFigure::kVague, end};
  }
  if (low.bare_half && !c.qualifier) {
    // "half of the troops" is a figure; "the second half of the year" and a lone "half" are not.
    const bool determined = low.first > tokens_.first() && tokens_.is_word(low.first - 1) &&
                            lexicon_.has(tokens_.lower(low.first - 1), role::kHalfDeterminer);
    if (determined || !tokens_.is_lower(low.last + 1, "of")) return {NotAFigure::kVague, end};
  }
  return {};
}

}  // namespace quarry::figures
