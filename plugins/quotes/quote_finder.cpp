#include "quote_finder.hpp"

#include <algorithm>

#include "attribution.hpp"
#include "content_start.hpp"

namespace quarry::quotes {
namespace {

// A left region shorter than this (in tokens) is not a reported clause ("Then, he said").
constexpr uint32_t kMinIndirectTokens = 3;

bool is_trimmed_punct(const DocumentScan& scan, uint32_t k) {
  if (!is_punct(scan.token(k))) return false;
  const std::string_view p = scan.text(k);
  return p == "," || p == "." || p == ";" || p == ":" || p == "—" || p == "–" || p == "-" || p == "--" || p == "..." ||
         p == "…" || p == "?" || p == "!";
}

bool separated_before(const DocumentScan& scan, uint32_t first, uint32_t floor) {
  if (first <= floor) return false;
  const uint32_t k = first - 1;
  if (scan.is_punct(k, ",") || scan.is_punct(k, ";") || scan.is_punct(k, "—") || scan.is_punct(k, "--") ||
      scan.is_punct(k, "–")) {
    return true;
  }
  const int32_t q = scan.info(k).quote;
  if (q >= 0 && scan.quoted()[static_cast<size_t>(q)].close == k) return true;
  // ", and Clinton said": a conjunction after a comma also starts a new attribution.
  return k > floor && scan.has_class(k, WordClass::kConjunction) && scan.is_punct(k - 1, ",");
}

// Trailing attributions may claim what precedes them: "“...,” he said", "..., the JCS warned".
bool trails(const DocumentScan& scan, uint32_t first, uint32_t floor) {
  if (first <= floor) return false;
  const uint32_t k = first - 1;
  if (scan.is_punct(k, ",") || scan.is_punct(k, "—") || scan.is_punct(k, "--") || scan.is_punct(k, "–")) return true;
  const int32_t q = scan.info(k).quote;
  return q >= 0 && scan.quoted()[static_cast<size_t>(q)].close == k;
}

// A channel passes words on ("Yonhap reported", "according to media"); it yields to a nearer speaker.
bool is_channel(const DocumentScan& scan, const Attribution& a) {
  if (a.source_after) return true;
  const int32_t verb = scan.info(a.cue_first).cue_verb;
  return verb >= 0 && scan.lexicon().cue_verb_at(verb).lemma == "report";
}

class QuoteFinder {
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
  // The content region each attribution owns, as decided for one unit.
  struct Claim {
    uint32_t first = 0;
    uint32_t last = 0;
    RightContent how = RightContent::kNone;
    bool active = false;
  };

  void process_unit(const Unit& unit) {
    if (unit.paragraph != paragraph_) {
      previous_paragraph_speaker_ = paragraph_speaker_;
      paragraph_speaker_ = -1;
      paragraph_ = unit.paragraph;
    }
    find_attributions(scan_, unit, attributions_);
    resolve_inherited_subjects(unit);
    assign_regions(unit);
    for (size_t i = 0; i < attributions_.size(); ++i) {
      const Attribution& a = attributions_[i];
      if (left_[i].active) emit_region(a, left_[i]);
      if (right_[i].active) emit_region(a, right_[i]);
      if (a.right == RightContent::kColon && a.right_begin >= unit.last && !cancelled_[i]) {
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
    if (a.first != unit.first || a.right != RightContent::kNone || a.speaker.empty() || cancelled_.front()) return;
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
    } else if (!used_[static_cast<size_t>(qi)]) {
      used_[static_cast<size_t>(qi)] = true;
      emit(q);
    }
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

  // Decides which stretch of the unit each attribution reports:
  //  - content after a cue ("said that ...", "said, “...”") runs to the next attribution that is set off
  //    by a comma, a participle, or a subordinate clause ("after Ukrainian media reported ...");
  //  - an attribution after a comma or a closing quote claims what precedes it ("“...,” he said");
  //  - one nested in another's content without such a break is part of that content ("said X told Y");
  //  - a trailing attribution after another's content reports the whole stretch ("X suggests that ...,
  //    it added"), unless it is a channel ("..., Yonhap reported", "according to ..."), which yields.
  void assign_regions(const Unit& unit) {
    const size_t n = attributions_.size();
    left_.assign(n, Claim{});
    right_.assign(n, Claim{});
    cancelled_.assign(n, false);
    uint32_t region_start = unit.first;  // first token nobody has claimed yet
    int open = -1;                       // attribution whose right-hand content is still open
    uint32_t open_region_start = unit.first;
    for (size_t i = 0; i < n; ++i) {
      const Attribution& a = attributions_[i];
      if (open >= 0 && a.first <= right_[static_cast<size_t>(open)].first) {
        // The next attribution begins where the content would: there was no content ("..., the JCS
        // warned on Friday, Yonhap reported").
        right_[static_cast<size_t>(open)].active = false;
        region_start = a.first;
        open = -1;
      }
      if (open >= 0) {
        const size_t o = static_cast<size_t>(open);
        const bool subordinate = a.first > right_[o].first && is_subordinator(a.first - 1);
        if (!a.inherits_subject && !subordinate && !separated_before(scan_, a.first, right_[o].first)) {
          cancelled_[i] = true;  // nested in the open content: "said Y told Z that ..."
          continue;
        }
        const bool trailing = !a.inherits_subject && !subordinate && trails(scan_, a.first, unit.first) &&
                              !a.source_after && a.right == RightContent::kNone;
        if (trailing && !is_channel(scan_, a) && right_[o].how != RightContent::kQuote) {
          cancelled_[o] = true;
          right_[o].active = false;
          left_[o].active = false;
          left_[i] = Claim{open_region_start, a.first, RightContent::kNone, true};
        } else {
          right_[o].last = subordinate ? a.first - 1 : a.first;
        }
        open = -1;
      } else if (!a.inherits_subject && trails(scan_, a.first, region_start) && a.first > region_start &&
                 !(a.source_after && a.right != RightContent::kNone) && left_is_content(a, region_start)) {
        left_[i] = Claim{region_start, a.first, RightContent::kNone, true};
      }
      if (a.right != RightContent::kNone) {
        open = static_cast<int>(i);
        open_region_start = left_[i].active ? left_[i].first : a.first;
        right_[i] = Claim{a.right_begin, unit.last, a.right, true};
        region_start = a.right_begin;
      } else {
        region_start = a.last;
      }
    }
    for (size_t i = 0; i < n; ++i) {
      // A clause resumes after a parenthetical attribution only if the attribution interrupted one.
      if (right_[i].how == RightContent::kResumed && (!left_[i].active || ends_with_quote(left_[i]))) {
        right_[i].active = false;
      }
      if (right_[i].active) right_[i].last = end_before_channel(right_[i].first, right_[i].last);
    }
  }

  bool ends_with_quote(const Claim& claim) const {
    uint32_t e = claim.last;
    while (e > claim.first && is_trimmed_punct(scan_, e - 1)) --e;
    if (e <= claim.first) return false;
    const int32_t q = scan_.info(e - 1).quote;
    return q >= 0 && scan_.quoted()[static_cast<size_t>(q)].close == e - 1;
  }

  // "after", "while", "because" ...: a subordinate clause ends the reported content before it.
  bool is_subordinator(uint32_t k) const {
    if (!is_word(scan_.token(k)) || scan_.is_word(k, "that") || scan_.is_word(k, "and") || scan_.is_word(k, "or") ||
        scan_.is_word(k, "of") || scan_.is_word(k, "to")) {
      return false;
    }
    return scan_.has_class(k, WordClass::kConjunction) || scan_.has_class(k, WordClass::kPreposition);
  }

  // What precedes a trailing attribution is its content when it is quoted, or when the attribution has no
  // content of its own after it and the stretch reads like a clause ("..., the JCS warned").
  bool left_is_content(const Attribution& a, uint32_t region_start) const {
    uint32_t e = a.first;
    while (e > region_start && is_trimmed_punct(scan_, e - 1)) --e;
    if (e <= region_start) return false;
    const int32_t q = scan_.info(e - 1).quote;
    if (q >= 0 && scan_.quoted()[static_cast<size_t>(q)].close == e - 1) {
      // “... continue.” He added, “...”: a finished quoted sentence belongs to no attribution that
      // starts a new sentence (a capitalised pronoun) or goes on to quote something else.
      const bool finished = e - 1 > region_start &&
                            (scan_.is_punct(e - 2, ".") || scan_.is_punct(e - 2, "?") || scan_.is_punct(e - 2, "!"));
      const bool new_sentence = a.speaker.pronoun && a.speaker.first == a.first && scan_.capitalized(a.speaker.first);
      return !(finished && (new_sentence || a.right == RightContent::kQuote));
    }
    if (a.right == RightContent::kResumed) return true;  // "The two nations, Xi said, now have ..."
    if (a.right != RightContent::kNone && a.right != RightContent::kQuote) return false;
    for (uint32_t k = region_start; k < e; ++k) {
      if (scan_.in_quote(k)) return true;
      if (scan_.has_class(k, WordClass::kFinite) || looks_like_clause(scan_, k, e)) return true;
    }
    return false;
  }

  // A reported clause stops before ", citing ..." or ", according to ...".
  uint32_t end_before_channel(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k + 1 < last; ++k) {
      if (scan_.in_quote(k) || !scan_.is_punct(k, ",")) continue;
      if (scan_.has_class(k + 1, WordClass::kChannel) || scan_.is_word(k + 1, "according")) return k;
    }
    return last;
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
    if (!q.speaker.empty()) paragraph_speaker_ = static_cast<int32_t>(out_.size());
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
    for (uint32_t k = s; k < e; ++k) {
      const int32_t q = scan_.info(k).quote;
      if (q < 0 || spans[static_cast<size_t>(q)].open != k) continue;
      if (spans[static_cast<size_t>(q)].close >= e) break;
      ++quotes_inside;
      exactly_one = k == s && spans[static_cast<size_t>(q)].close == e - 1;
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
    for (uint32_t k = unit.first; k < unit.last; ++k) {
      const int32_t qi = scan_.info(k).quote;
      if (qi < 0) continue;
      const QuotedSpan& span = spans[static_cast<size_t>(qi)];
      if (span.open != k) continue;
      const uint32_t close = span.close;
      const bool unused = !used_[static_cast<size_t>(qi)];
      k = close;
      if (!unused) continue;
      if (!lead.empty() && span.open > lead.last) {
        // "Trump: ‘I’m the Worst Thing …’", "Rep. Trey Gowdy (R-S.C.): “...”" — a source before a colon.
        FoundQuote q;
        q.begin = scan_.token(span.open).begin;
        q.end = scan_.token(close).end;
        q.speaker = lead;
        used_[static_cast<size_t>(qi)] = true;
        emit(q);
        continue;
      }
      if (close + 1 < unit.last && scan_.is_punct(close + 1, ":")) {
        for (const Attribution& a : attributions_) {
          if (a.first > close && !a.speaker.empty()) {
            FoundQuote q = quote_for(a, span.open, close + 1, QuoteKind::kDirect);
            q.cue_first = q.cue_last = 0;
            used_[static_cast<size_t>(qi)] = true;
            emit(q);
            break;
          }
        }
        continue;
      }
      if (!starts_sentence(unit, span) || !stands_alone(unit, span)) {
        const Mention source = headline_source(unit);
        if (!source.empty() && source.first > close) {
          FoundQuote q;
          q.begin = scan_.token(span.open).begin;
          q.end = scan_.token(close).end;
          q.speaker = source;
          used_[static_cast<size_t>(qi)] = true;
          out_.push_back(q);
        }
        continue;
      }
      if (has_colon_ && (colon_paragraph_ == unit.first_paragraph || colon_paragraph_ + 1 == unit.first_paragraph)) {
        used_[static_cast<size_t>(qi)] = true;
        emit(quote_for(colon_, span.open, close + 1, QuoteKind::kDirect));
        continue;
      }
      int32_t source = paragraph_speaker_;
      if (source < 0 && scan_.paragraph_start(span.open)) source = previous_paragraph_speaker_;
      if (source < 0) continue;
      const FoundQuote& from = out_[static_cast<size_t>(source)];
      FoundQuote q;
      q.begin = scan_.token(span.open).begin;
      q.end = scan_.token(close).end;
      q.kind = QuoteKind::kDirect;
      q.speaker = from.speaker;
      q.continued = true;
      used_[static_cast<size_t>(qi)] = true;
      run_emitted_[static_cast<size_t>(qi)] = static_cast<int32_t>(out_.size());
      out_.push_back(q);
      paragraph_speaker_ = static_cast<int32_t>(out_.size() - 1);
    }
    if (has_colon_ && colon_paragraph_ + 1 < unit.first_paragraph) has_colon_ = false;
  }

  // A name opening the unit and followed by a colon: a headline's or a transcript's speaker.
  Mention leading_source(const Unit& unit) const {
    constexpr uint32_t kMaxSourceTokens = 10;
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
  std::vector<Claim> left_;
  std::vector<Claim> right_;
  std::vector<bool> cancelled_;
  std::vector<int32_t> run_emitted_;  // per quoted passage: the run-rule quote emitted for it, or -1
  const Unit* previous_unit_ = nullptr;
  uint32_t paragraph_ = 0;
  int32_t paragraph_speaker_ = -1;
  int32_t previous_paragraph_speaker_ = -1;
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
