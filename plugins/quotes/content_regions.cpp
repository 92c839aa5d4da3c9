#include "content_regions.hpp"

#include "content_start.hpp"

namespace quarry::quotes {

bool is_trimmed_punct(const DocumentScan& scan, uint32_t k) {
  if (!is_punct(scan.token(k))) return false;
  const std::string_view p = scan.text(k);
  return p == "," || p == "." || p == ";" || p == ":" || p == "—" || p == "–" || p == "-" || p == "--" || p == "..." ||
         p == "…" || p == "?" || p == "!";
}

namespace {

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
  return verb >= 0 && scan.lexicon().cue_verb_at(verb).channel;
}

class RegionAssigner {
 public:
  RegionAssigner(const DocumentScan& scan, const std::vector<Attribution>& attributions, UnitClaims& out)
      : scan_(scan), attributions_(attributions), left_(out.left), right_(out.right), cancelled_(out.cancelled) {}

  // Decides which stretch of the unit each attribution reports:
  //  - content after a cue ("said that ...", "said, “...”") runs to the next attribution that is set off
  //    by a comma, a participle, or a subordinate clause ("after Ukrainian media reported ...");
  //  - an attribution after a comma or a closing quote claims what precedes it ("“...,” he said");
  //  - one nested in another's content without such a break is part of that content ("said X told Y");
  //  - a trailing attribution after another's content reports the whole stretch ("X suggests that ...,
  //    it added"), unless it is a channel ("..., Yonhap reported", "according to ..."), which yields.
  void run(const Unit& unit) {
    const size_t n = attributions_.size();
    left_.assign(n, Claim{});
    right_.assign(n, Claim{});
    cancelled_.assign(n, false);
    uint32_t region_start = unit.first;  // first token nobody has claimed yet
    int open = -1;                       // attribution whose right-hand content is still open
    uint32_t open_region_start = unit.first;
    for (size_t i = 0; i < n; ++i) {
      const Attribution& a = attributions_[i];
      if (open >= 0 && a.first <= right_[static_cast<size_t>(open)].first &&
          (!explicit_content(right_[static_cast<size_t>(open)].how) || a.first == a.cue_first)) {
        // The next attribution begins where the content would: there was no content ("..., the JCS
        // warned on Friday, Yonhap reported").
        right_[static_cast<size_t>(open)].active = false;
        region_start = a.first;
        open = -1;
      }
      if (open >= 0) {
        const size_t o = static_cast<size_t>(open);
        // "..., as Eric Garner, gasping ..., said": an attribution opened by "as" is an aside, not the speaker
        // of what precedes.
        const bool as_aside = scan_.is_word(a.first, "as");
        const bool subordinate = a.first > right_[o].first && (is_subordinator(a.first - 1) || as_aside);
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
          right_[o].last = subordinate && !as_aside ? a.first - 1 : a.first;
        }
        open = -1;
      } else if (!a.inherits_subject && trails(scan_, a.first, region_start) && a.first > region_start &&
                 !(a.source_after && a.right != RightContent::kNone) && left_is_content(a, region_start)) {
        left_[i] = Claim{quote_after_lead_in(region_start, a.first), a.first, RightContent::kNone, true};
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
      if (right_[i].active && attributions_[i].ends_at_comma) {
        right_[i].last = first_comma(right_[i].first, right_[i].last);
      }
    }
  }

  // Content after the cue is there even when a nested attribution starts it ("said that Clinton once
  // described ... as ...", "said Grayson demanded to know ..."): the nested one is part of it. Only a clause
  // taken to resume after a comma, or a "content" that is the next cue itself ("in a press noted said that"),
  // was the next attribution all along.
  static bool explicit_content(RightContent how) { return how != RightContent::kResumed; }

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
      // "In an extended appearance on “Morning Joe,” co-host Mika Brzezinski asked": a title, not words said.
      const uint32_t open = scan_.quoted()[static_cast<size_t>(q)].open;
      if (open > region_start && is_title_position(scan_, open - 1) && looks_like_title(open, e - 1)) return false;
      // "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested": a title in title case.
      if (open > region_start && scan_.title_cased(open, e - 1)) return false;
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

  // "Clinton seemed irritated: “...,” she wrote", "(''...,'' he said.)": a quotation introduced by a colon,
  // a parenthesis or a dash is all the trailing attribution reports. The region's new first token, or
  // `first` when its end is no such quotation.
  uint32_t quote_after_lead_in(uint32_t first, uint32_t last) const {
    uint32_t e = last;
    while (e > first && is_trimmed_punct(scan_, e - 1)) --e;
    if (e <= first) return first;
    const int32_t q = scan_.info(e - 1).quote;
    if (q < 0 || scan_.quoted()[static_cast<size_t>(q)].close != e - 1) return first;
    const uint32_t open = scan_.quoted()[static_cast<size_t>(q)].open;
    if (open <= first) return first;
    const uint32_t prev = open - 1;
    const bool lead_in = scan_.is_punct(prev, ":") || scan_.is_punct(prev, "(") || scan_.is_dash(prev);
    return lead_in ? open : first;
  }

  // A short capitalised passage: "“Morning Joe,”", "''Today,''", "“Fox and Friends”".
  bool looks_like_title(uint32_t open, uint32_t close) const {
    constexpr uint32_t kMaxTitleTokens = 8;
    if (close - open > kMaxTitleTokens || !scan_.capitalized(open + 1)) return false;
    for (uint32_t k = open + 1; k < close; ++k) {
      if (scan_.is_punct(k, ".") || scan_.is_punct(k, "?") || scan_.is_punct(k, "!")) return false;
    }
    return true;
  }

  uint32_t first_comma(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k < last; ++k) {
      if (!scan_.in_quote(k) && scan_.is_punct(k, ",")) return k;
    }
    return last;
  }

  // A reported clause stops before ", citing ..." or ", according to ...".
  uint32_t end_before_channel(uint32_t first, uint32_t last) const {
    for (uint32_t k = first; k + 1 < last; ++k) {
      if (scan_.in_quote(k) || !scan_.is_punct(k, ",")) continue;
      if (scan_.has_class(k + 1, WordClass::kChannel) || scan_.is_word(k + 1, "according")) return k;
    }
    return last;
  }

 private:
  const DocumentScan& scan_;
  const std::vector<Attribution>& attributions_;
  std::vector<Claim>& left_;
  std::vector<Claim>& right_;
  std::vector<bool>& cancelled_;
};

}  // namespace

void assign_regions(const DocumentScan& scan, const Unit& unit, const std::vector<Attribution>& attributions,
                    UnitClaims& out) {
  if (attributions.empty()) {  // most units: nothing to assign
    out.left.clear();
    out.right.clear();
    out.cancelled.clear();
    return;
  }
  RegionAssigner(scan, attributions, out).run(unit);
}

}  // namespace quarry::quotes
