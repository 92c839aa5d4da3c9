#include "quote_finder.hpp"

#include <algorithm>
#include <array>

#include "attribution.hpp"
#include "content_regions.hpp"
#include "content_start.hpp"
#include "introduced_sources.hpp"

namespace quarry::quotes {
namespace {

// A left region shorter than this (in tokens) is not a reported clause ("Then, he said").
constexpr uint32_t kMinIndirectTokens = 3;

class QuoteFinder {
  // Who a run of quotes continues: the last speaker of this paragraph, and of the one before.
  struct RunSource {
    Mention speaker;
    uint32_t cue_first = 0;
    uint32_t cue_last = 0;
    bool valid = false;
    bool question = false;  // its last quote asks a question
  };

 public:
  explicit QuoteFinder(const DocumentScan& scan)
      : scan_(scan), used_(scan.quoted().size(), false), run_emitted_(scan.quoted().size(), -1) {}

  std::vector<FoundQuote> run() {
    for (const Unit& unit : scan_.units()) process_unit(unit);
    std::sort(out_.begin(), out_.end(), [](const FoundQuote& a, const FoundQuote& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    out_.erase(
        std::unique(out_.begin(), out_.end(),
                    [](const FoundQuote& a, const FoundQuote& b) { return a.begin == b.begin && a.end == b.end; }),
        out_.end());
    return std::move(out_);
  }

 private:
  void process_unit(const Unit& unit) {
    if (unit.paragraph != paragraph_) {
      before_previous_source_ = previous_paragraph_source_;
      previous_paragraph_source_ = paragraph_source_;
      paragraph_source_ = RunSource{};
      paragraph_ = unit.paragraph;
    }
    find_attributions(scan_, unit, attributions_);
    resolve_inherited_subjects(unit);
    assign_regions(scan_, unit, attributions_, claims_);
    for (size_t i = 0; i < attributions_.size(); ++i) {
      const Attribution& a = attributions_[i];
      if (claims_.left[i].active) emit_region(a, claims_.left[i]);
      if (claims_.right[i].active) emit_region(a, claims_.right[i]);
      if (closes_unit_alone(unit, i)) paragraph_source_ = RunSource{a.speaker, a.cue_first, a.cue_last, true, false};
      if (a.right == RightContent::kColon && a.right_begin >= unit.last && !claims_.cancelled[i]) {
        colon_ = a;
        colon_paragraph_ = unit.paragraph;
        has_colon_ = true;
      }
    }
    claim_previous_quote(unit);
    attach_unattributed(unit);
    previous_unit_ = &unit;
  }

  // “Didn't he?” Mrs. Clinton said. — the core ends a sentence at the question mark, so the attribution
  // opens the next unit and reports the quote that closed the previous one.
  void claim_previous_quote(const Unit& unit) {
    if (attributions_.empty() || previous_unit_ == nullptr || previous_unit_->paragraph != unit.paragraph) return;
    const Attribution& a = attributions_.front();
    if (a.first != unit.first || a.right != RightContent::kNone || a.speaker.empty() || claims_.cancelled.front())
      return;
    uint32_t e = previous_unit_->last;
    while (e > previous_unit_->first && is_trimmed_punct(scan_, e - 1)) --e;
    if (e <= previous_unit_->first) return;
    const int32_t qi = scan_.info(e - 1).quote;
    if (qi < 0) return;
    const QuotedSpan& span = scan_.quoted()[static_cast<size_t>(qi)];
    if (span.close != e - 1 || span.open != previous_unit_->first) return;
    FoundQuote q = quote_for(a, span.open, span.close + 1, QuoteKind::kDirect);
    const int32_t earlier = run_emitted_[static_cast<size_t>(qi)];
    if (earlier >= 0) {
      out_[static_cast<size_t>(earlier)] = q;  // a better attribution than the run of quotes guessed
      paragraph_source_ = RunSource{q.speaker, q.cue_first, q.cue_last, true, asks(q.begin, q.end)};
    } else if (!used_[static_cast<size_t>(qi)]) {
      used_[static_cast<size_t>(qi)] = true;
      emit(q);
    }
  }

  // "Or maybe Jeb Bush, digital consultant Phil Musser says. “...”": an attribution that ends its sentence
  // and reports nothing in it introduces the quotes that follow.
  bool closes_unit_alone(const Unit& unit, size_t i) const {
    const Attribution& a = attributions_[i];
    if (a.speaker.empty() || a.right != RightContent::kNone || claims_.cancelled[i] || claims_.left[i].active ||
        i + 1 != attributions_.size()) {
      return false;
    }
    for (uint32_t k = a.last; k < unit.last; ++k) {
      if (!is_trimmed_punct(scan_, k)) return false;
    }
    return true;
  }

  // A participle's or a coordinated verb's speaker is the main clause's subject: an earlier attribution's
  // speaker, else the unit's.
  void resolve_inherited_subjects(const Unit& unit) {
    for (size_t i = 0; i < attributions_.size(); ++i) {
      Attribution& a = attributions_[i];
      if (!a.inherits_subject) continue;
      for (size_t j = i; j-- > 0;) {
        if (!attributions_[j].speaker.empty()) {
          a.speaker = attributions_[j].speaker;
          break;
        }
      }
      if (a.speaker.empty()) {
        a.speaker = clause_subject(scan_, unit.first, a.first);
      }
    }
  }

  void trim(uint32_t& s, uint32_t& e) const {
    while (e > s && is_trimmed_punct(scan_, e - 1)) --e;
    while (s < e && is_trimmed_punct(scan_, s)) ++s;
  }

  FoundQuote quote_for(const Attribution& a, uint32_t first, uint32_t last, QuoteKind kind) const {
    FoundQuote q;
    q.begin = scan_.token(first).begin;
    q.end = scan_.token(last - 1).end;
    q.kind = kind;
    q.speaker = a.speaker;
    q.cue_first = a.cue_first;
    q.cue_last = a.cue_last;
    return q;
  }

  void emit(FoundQuote q) {
    if (!q.speaker.empty()) {
      paragraph_source_ = RunSource{q.speaker, q.cue_first, q.cue_last, true, asks(q.begin, q.end)};
    }
    out_.push_back(q);
  }

  void emit_region(const Attribution& a, const Claim& claim) {
    uint32_t s = claim.first;
    uint32_t e = claim.last;
    trim(s, e);
    if (s >= e) return;
    const auto& spans = scan_.quoted();
    // The quoted passages wholly inside the region.
    size_t quotes_inside = 0;
    bool exactly_one = false;
    for (size_t q = scan_.first_quote_from(s); q < spans.size() && spans[q].open < e; ++q) {
      if (spans[q].close >= e) break;
      ++quotes_inside;
      exactly_one = spans[q].open == s && spans[q].close == e - 1;
    }
    if (claim.how == RightContent::kQuote || claim.how == RightContent::kNaming) {
      // Only the quoted words: "said, “...”", "called him a “smart guy”". A quote right after the cue may be
      // followed by more quotes ("“A,” and, “B.”") but not by the clause around it.
      for (uint32_t k = s; k < e; ++k) {
        const int32_t q = scan_.info(k).quote;
        if (q >= 0 && spans[static_cast<size_t>(q)].open == k && spans[static_cast<size_t>(q)].close < e) {
          const uint32_t close = spans[static_cast<size_t>(q)].close;
          mark_used(k, close + 1);
          emit(quote_for(a, k, close + 1, QuoteKind::kDirect));
          k = close;
        } else if (claim.how == RightContent::kQuote && is_word(scan_.token(k))) {
          break;
        }
      }
      return;
    }
    if (exactly_one) {
      mark_used(s, e);
      emit(quote_for(a, s, e, QuoteKind::kDirect));
      return;
    }
    if (quotes_inside > 0) {
      mark_used(s, e);
      emit(quote_for(a, s, e, QuoteKind::kMixed));
      return;
    }
    if (!a.takes_clause || e - s < kMinIndirectTokens) return;
    if (claim.how == RightContent::kResumed && !has_verb(s, e)) return;
    emit(quote_for(a, s, e, QuoteKind::kIndirect));
  }

  bool has_verb(uint32_t s, uint32_t e) const {
    for (uint32_t k = s; k < e; ++k) {
      if (scan_.has_class(k, WordClass::kFinite) || scan_.has_class(k, WordClass::kPast)) return true;
      if (looks_like_clause(scan_, k, e)) return true;
    }
    return false;
  }

  void mark_used(uint32_t first, uint32_t last) {
    for (uint32_t k = first; k < last; ++k) {
      const int32_t q = scan_.info(k).quote;
      if (q >= 0) used_[static_cast<size_t>(q)] = true;
    }
  }

  // Quoted passages no attribution took: a run of quotes continues the last speaker; a colon introduction
  // ("X said:") gives its speaker to the quote after it; a kicker before a colon ("'...': X says") takes the
  // unit's speaker. Other quoted words (titles, scare quotes) are not quotes.
  void attach_unattributed(const Unit& unit) {
    const auto& spans = scan_.quoted();
    const Mention lead = leading_source(unit);
    // The passages opening in the unit, in order (they never overlap).
    for (size_t passage = unit.first_quote; passage < spans.size() && spans[passage].open < unit.last; ++passage) {
      const QuotedSpan& span = spans[passage];
      const uint32_t close = span.close;
      if (used_[passage]) continue;
      if (!lead.empty() && span.open > lead.last) {
        // "Paul Ryan: FBI Decision ‘Defies Explanation,’ Needs More Investigation": a headline's claim with
        // quoted words in it is one mixed quote.
        if (emit_headline_claim(unit, lead)) break;
        // "Trump: ‘I’m the Worst Thing …’", "Rep. Trey Gowdy (R-S.C.): “...”" — a source before a colon.
        emit_introduced(span, lead);
        continue;
      }
      if (span.open > unit.first && scan_.is_punct(span.open - 1, ":") && reads_as_sentence(scan_, span)) {
        // "Kelly responded pointedly, with a smile: “...”": no speech verb, but the clause introduces it.
        const Mention source = colon_source(scan_, unit.first, span.open - 1);
        if (!source.empty()) {
          emit_introduced(span, source);
          continue;
        }
      }
      if (close + 1 < unit.last && scan_.is_punct(close + 1, ":")) {
        for (const Attribution& a : attributions_) {
          if (a.first > close && !a.speaker.empty()) {
            FoundQuote q = quote_for(a, span.open, close + 1, QuoteKind::kDirect);
            q.cue_first = q.cue_last = 0;
            used_[passage] = true;
            emit(q);
            break;
          }
        }
        continue;
      }
      if (starts_sentence(unit, span)) {
        // "“...” ― Sonya Herridge": the source signs the quote after a dash.
        const Mention signed_by = dash_source(scan_, span, unit.last);
        if (!signed_by.empty()) {
          emit_introduced(span, signed_by);
          continue;
        }
      }
      if (!starts_sentence(unit, span) || !stands_alone(unit, span)) {
        const Mention source = headline_source(unit);
        if (!source.empty() && source.first > close) {
          FoundQuote q;
          q.begin = scan_.token(span.open).begin;
          q.end = scan_.token(close).end;
          q.speaker = source;
          used_[passage] = true;
          out_.push_back(q);
        }
        continue;
      }
      if (has_colon_ && (colon_paragraph_ == unit.first_paragraph || colon_paragraph_ + 1 == unit.first_paragraph)) {
        used_[passage] = true;
        emit(quote_for(colon_, span.open, close + 1, QuoteKind::kDirect));
        continue;
      }
      if (span.open == unit.first && scan_.paragraph_start(span.open) && reads_as_sentence(scan_, span)) {
        // "Sanders made the following comment:" closing the previous paragraph introduces this one.
        const Mention source = previous_colon_source(unit);
        if (!source.empty()) {
          emit_introduced(span, source);
          continue;
        }
      }
      const bool question = asks(scan_.token(span.open).begin, scan_.token(close).end);
      const RunSource from = run_source(span, question);
      if (!from.valid) continue;
      FoundQuote q;
      q.begin = scan_.token(span.open).begin;
      q.end = scan_.token(close).end;
      q.kind = QuoteKind::kDirect;
      q.speaker = from.speaker;
      // The run goes on under the same attribution: "“...,” Smith said. “...”" — both quotes have its cue.
      q.cue_first = from.cue_first;
      q.cue_last = from.cue_last;
      q.continued = true;
      used_[passage] = true;
      run_emitted_[passage] = static_cast<int32_t>(out_.size());
      out_.push_back(q);
      paragraph_source_ = from;
      paragraph_source_.question = question;
    }
    if (has_colon_ && colon_paragraph_ + 1 < unit.first_paragraph) has_colon_ = false;
  }

  // The unit is a paragraph of its own ("Paul Ryan: FBI Decision ..." as a headline) and, after its leading
  // source's colon, a clause holds the unit's untaken quoted passages: emits that clause as one mixed quote.
  bool emit_headline_claim(const Unit& unit, const Mention& lead) {
    const bool own_paragraph =
        scan_.paragraph_start(unit.first) && (unit.last >= scan_.size() || scan_.paragraph_start(unit.last));
    uint32_t s = lead.last + 1;
    uint32_t e = unit.last;
    trim(s, e);
    if (!own_paragraph || s >= e) return false;
    const auto& spans = scan_.quoted();
    size_t passages = 0;
    for (size_t q = scan_.first_quote_from(s); q < spans.size() && spans[q].open < e; ++q) {
      if (used_[q] || spans[q].close >= e || (spans[q].open == s && spans[q].close + 1 == e)) return false;
      ++passages;
    }
    if (passages == 0) return false;
    mark_used(s, e);
    FoundQuote q;
    q.begin = scan_.token(s).begin;
    q.end = scan_.token(e - 1).end;
    q.kind = QuoteKind::kMixed;
    q.speaker = lead;
    emit(q);
    return true;
  }

  // A direct quote whose source introduces or signs it without a speech verb (or heads it before a colon): it
  // has no cue.
  void emit_introduced(const QuotedSpan& span, const Mention& source) {
    FoundQuote q;
    q.begin = scan_.token(span.open).begin;
    q.end = scan_.token(span.close).end;
    q.speaker = source;
    used_[static_cast<size_t>(scan_.info(span.open).quote)] = true;
    emit(q);
  }

  // The source of a colon that ends the previous unit, in the paragraph just before `unit`.
  Mention previous_colon_source(const Unit& unit) const {
    const Unit* previous = previous_unit_;
    if (previous == nullptr || previous->last <= previous->first || previous->paragraph + 1 != unit.first_paragraph) {
      return {};
    }
    const uint32_t colon = previous->last - 1;
    if (!scan_.is_punct(colon, ":") || scan_.in_quote(colon)) return {};
    return colon_source(scan_, previous->first, colon);
  }

  // Who says an unattributed quote: the paragraph's last speaker; at a paragraph's start, the previous
  // paragraph's. In an interview the turns alternate: after a question, the one asked answers ("“Why not?”
  // Tapper asked. / “Because ...”"), and after an answer, a new question comes from the one who asked.
  RunSource run_source(const QuotedSpan& span, bool question) const {
    if (paragraph_source_.valid || !scan_.paragraph_start(span.open)) return paragraph_source_;
    const RunSource& last = previous_paragraph_source_;
    const RunSource& other = before_previous_source_;
    if (last.valid && other.valid && !same_speaker(last, other)) {
      if (last.question && !question) return other;
      if (!last.question && question && other.question) return other;
    }
    return last;
  }

  bool same_speaker(const RunSource& a, const RunSource& b) const {
    std::array<char, 32> x{};
    std::array<char, 32> y{};
    return scan_.folded(a.speaker.head(), x) == scan_.folded(b.speaker.head(), y);
  }

  // The quote [begin, end) (bytes) ends with a question mark inside its closing marks.
  bool asks(uint32_t begin, uint32_t end) const {
    constexpr uint32_t kMaxTrailingBytes = 16;  // closing marks and spaces: a few bytes at most
    const std::string_view text = scan_.text();
    const uint32_t floor = end - begin > kMaxTrailingBytes ? end - kMaxTrailingBytes : begin;
    for (uint32_t i = end; i > floor;) {
      const auto c = static_cast<unsigned char>(text[--i]);
      if (c == '"' || c == '\'' || c == ' ' || c >= 0x80) continue;  // marks (multi-byte ones too), spaces
      return c == '?';
    }
    return false;
  }

  // A name opening the unit and followed by a colon: a headline's or a transcript's speaker.
  Mention leading_source(const Unit& unit) const {
    constexpr uint32_t kMaxSourceTokens = 10;
    // The phrase starts at unit.first, so its colon is among the next kMaxSourceTokens tokens: without one
    // there, no need to read the phrase.
    bool colon = false;
    for (uint32_t k = unit.first + 1; k < unit.last && k <= unit.first + kMaxSourceTokens && !colon; ++k) {
      colon = scan_.is_punct(k, ":");
    }
    if (!colon) return {};
    Mention m = phrase_after(scan_, unit.first, unit.last);
    if (m.empty() || m.pronoun || m.last >= unit.last || m.last - m.first > kMaxSourceTokens) return {};
    if (!scan_.is_punct(m.last, ":")) return {};
    const uint32_t head = m.last - 1;  // a name, or the ")" of "(R-S.C.)"
    if (!scan_.capitalized(head) && !scan_.is_punct(head, ")")) return {};
    if (scan_.text(m.first).size() == 1) return {};  // "A:" in a Q&A
    return m;
  }

  // A headline's source after a final colon: "North Korea 'significantly benefiting' ...: US at UNSC".
  Mention headline_source(const Unit& unit) const {
    constexpr uint32_t kMaxTail = 3;  // words after the source itself ("at UNSC")
    for (uint32_t k = unit.last; k-- > unit.first;) {
      if (scan_.in_quote(k)) return {};
      if (!scan_.is_punct(k, ":")) continue;
      if (k + 1 >= unit.last || !scan_.capitalized(k + 1)) return {};
      const Mention m = phrase_after(scan_, k + 1, unit.last);
      if (m.empty() || unit.last - m.last > kMaxTail) return {};
      return m;
    }
    return {};
  }

  // A run continues with whole quoted sentences: a few words, nothing after them but punctuation (a short
  // quoted name followed by more text is a title: "''Hawaii Five-0,'' the 1960s procedural").
  bool stands_alone(const Unit& unit, const QuotedSpan& span) const {
    constexpr int kMinWords = 2;
    int words = 0;
    for (uint32_t k = span.open; k < span.close && words < kMinWords; ++k) words += is_word(scan_.token(k)) ? 1 : 0;
    if (words < kMinWords) return false;
    // "'All Bets Are Off.'" alone in its paragraph is a subheading.
    if (scan_.title_cased(span.open, span.close)) return false;
    for (uint32_t k = span.close + 1; k < unit.last; ++k) {
      if (is_quote(scan_.token(k))) return true;
      if (!is_punct(scan_.token(k))) return false;
      if (scan_.is_punct(k, ".") || scan_.is_punct(k, "?") || scan_.is_punct(k, "!")) return true;
    }
    return true;
  }

  // The passage starts a sentence: it opens its unit, or follows a full stop inside the unit (the core does
  // not always split before a quotation mark).
  bool starts_sentence(const Unit& unit, const QuotedSpan& span) const {
    if (span.open == unit.first) return true;
    const uint32_t prev = span.open - 1;
    if (scan_.is_punct(prev, ".") || scan_.is_punct(prev, "?") || scan_.is_punct(prev, "!")) return true;
    const int32_t q = scan_.info(prev).quote;
    return q >= 0 && scan_.quoted()[static_cast<size_t>(q)].close == prev;
  }

  const DocumentScan& scan_;
  std::vector<bool> used_;
  std::vector<FoundQuote> out_;
  std::vector<Attribution> attributions_;
  UnitClaims claims_;
  std::vector<int32_t> run_emitted_;  // per quoted passage: the run-rule quote emitted for it, or -1
  const Unit* previous_unit_ = nullptr;
  uint32_t paragraph_ = 0;
  RunSource paragraph_source_;
  RunSource previous_paragraph_source_;
  RunSource before_previous_source_;  // the paragraph before that: the other side of an interview
  Attribution colon_;
  uint32_t colon_paragraph_ = 0;
  bool has_colon_ = false;
};

}  // namespace

std::string_view kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kIndirect:
      return "indirect";
    case QuoteKind::kMixed:
      return "mixed";
  }
  return "direct";
}

std::vector<FoundQuote> find_quotes(const DocumentScan& scan) { return QuoteFinder(scan).run(); }

}  // namespace quarry::quotes
