// The dates plugin: finds temporal expressions sentence by sentence and emits each as a `dates`
// annotation with its TIMEX3 `type` and `value`, resolved against the document's reference date (or, when
// none is given, the first full date printed near the top: a dateline or a "Published:" line).
//
// How the parts fit:
//   pieces.*            the core's tokens of one sentence, hyphenated words split, each with its lexicon entry
//   lexicon.*, data/    every word with a temporal role (months, units, number words, modifiers, ...)
//   grammar.*, recognize_*.cpp, recognizer.*
//                       the constructs; Recognizer::match returns the longest expression at a piece:
//                       recognize_calendar (month names, weekdays, holidays), recognize_numeric (digits and
//                       period codes), recognize_periods (years, decades, centuries), recognize_quarters
//                       (quarters, halves, seasons), recognize_relative (today, last week, clock times),
//                       recognize_ago (two days ago), recognize_anaphora (the day before), recognize_duration,
//                       recognize_set (every week, twice a month), recognize_vague (recently, now)
//   duration_value.*    printing lengths as TIMEX3 durations (P3W, PT1H30M, PXM)
//   expression.hpp      what was recognized, still unresolved (a calendar reading, a shift, a weekday, ...)
//   tense.*             the clause's tense, for weekdays and months without a year
//   resolver.*          Expression + reference date + tense + what the text said before -> TIMEX3 value
//   calendar.*, timex_value.*
//                       calendar arithmetic (ISO weeks, leap years, Easter) and printing TIMEX3 values
#include <optional>
#include <quarry/extractor.hpp>
#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "lexicon.hpp"
#include "pieces.hpp"
#include "recognizer.hpp"
#include "resolver.hpp"
#include "tense.hpp"

namespace quarry::dates {
namespace {

// How far into the text a dateline or publication line may stand to serve as the reference date.
constexpr uint32_t kDatelineWindowBytes = 600;

class DatesExtractor final : public Extractor {
 public:
  void process(const Document& doc, Sink& out) override {
    const Lexicon& lexicon = Lexicon::instance();
    lower_ascii(doc.text(), lower_);
    std::optional<CivilDate> reference = parse_iso_date(doc.reference_date());
    if (!reference) reference = find_dateline(doc, lexicon);
    DateResolver resolver(reference);
    game_report_.reset();
    for (const Sentence& sentence : doc.sentences()) {
      pieces_.build(doc, sentence, lower_, lexicon);
      const auto pieces = pieces_.pieces();
      int frame_year = -1;
      found_.clear();
      for (size_t i = 0; i < pieces.size();) {
        std::optional<Mention> mention = Recognizer::match(pieces, i);
        if (!mention) {
          ++i;
          continue;
        }
        i = mention->end;
        if (is_bare_half(mention->expression) && reports_a_game(doc, lexicon)) continue;  // a half of a match
        if (frame_year > 0) apply_frame_year(mention->expression, frame_year);
        if (frame_year < 0) frame_year = fronted_year(pieces, *mention);
        found_.push_back(std::move(*mention));
      }
      resolve_sentence(pieces, resolver, out);
    }
  }

 private:
  // Resolves the sentence's expressions in text order and emits them. A clock time set off from the day it
  // belongs to ("struck at 11:40 a.m. (0340 GMT) on Sunday") takes that day's date.
  void resolve_sentence(std::span<const Piece> pieces, DateResolver& resolver, Sink& out) {
    for (size_t k = 0; k < found_.size(); ++k) {
      const size_t day = day_of_clock_times(pieces, k);
      const size_t last = day > k ? day : k;
      resolutions_.clear();
      for (size_t n = k; n <= last; ++n) resolutions_.push_back(resolve(pieces, resolver, found_[n]));
      if (day > k) {
        const std::string_view date = std::string_view(resolutions_.back().value).substr(0, 10);
        for (size_t n = 0; n + 1 < resolutions_.size(); ++n) {
          if (date.size() == 10 && resolutions_[n].value.size() > 10) resolutions_[n].value.replace(0, 10, date);
        }
      }
      for (size_t n = k; n <= last; ++n) {
        const Resolution& r = resolutions_[n - k];
        out.emit("dates", pieces[found_[n].first].begin, pieces[found_[n].end - 1].end,
                 {{"type", type_name(r.type)}, {"value", r.value}});
      }
      k = last;
    }
  }

  static Resolution resolve(std::span<const Piece> pieces, DateResolver& resolver, const Mention& m) {
    const Tense tense = DateResolver::needs_tense(m.expression) ? tense_around(pieces, m.first, m.end) : Tense::Unknown;
    return resolver.resolve(m.expression, tense);
  }

  // A time of day with no day of its own: "11:40 a.m.", "0340 GMT".
  static bool is_bare_clock_time(const Expression& e) {
    return e.kind == ExpressionKind::Shift && e.unit == Unit::Day && e.offset == 0 && e.fields.hour >= 0;
  }

  // A day named down to its date: "Sunday", "Jan. 8".
  static bool names_a_day(const Expression& e) {
    return (e.kind == ExpressionKind::Weekday && e.fields.hour < 0) ||
           (e.kind == ExpressionKind::Calendar && e.fields.day > 0 && e.fields.hour < 0);
  }

  // Only brackets, a comma or "on" between two expressions: "11:40 a.m. (0340 GMT) on Sunday".
  static bool set_off_only(std::span<const Piece> pieces, const Mention& a, const Mention& b) {
    if (b.first < a.end || b.first - a.end > 3) return false;
    for (size_t p = a.end; p < b.first; ++p) {
      const Piece& piece = pieces[p];
      const bool mark = piece.kind == PieceKind::Punct && (piece.text == "(" || piece.text == ")" || piece.text == ",");
      if (!mark && piece.lower != "on") return false;
    }
    return true;
  }

  // When found_[k] starts a run of bare clock times that ends, set off by brackets, at a day, that day's index;
  // otherwise k. (Where the day comes first, "Sunday at 11:40 a.m." is one expression already.)
  size_t day_of_clock_times(std::span<const Piece> pieces, size_t k) const {
    size_t n = k;
    while (n < found_.size() && is_bare_clock_time(found_[n].expression)) {
      if (n + 1 >= found_.size() || !set_off_only(pieces, found_[n], found_[n + 1])) return k;
      ++n;
    }
    if (n == k || n >= found_.size() || !names_a_day(found_[n].expression)) return k;
    // a bracket must stand between the first clock time and the day: "at 9 a.m. on Sunday" is one expression
    // whenever the grammar allows, so a plain "on" here would be another clause's day
    for (size_t p = found_[k].end; p < found_[n].first; ++p) {
      if (pieces[p].kind == PieceKind::Punct && pieces[p].text == "(") return n;
    }
    return k;
  }

  // "the first half", "the second half" with no year or "of ..." after it.
  static bool is_bare_half(const Expression& e) {
    return e.kind == ExpressionKind::Calendar && e.fields.half > 0 && e.needs_year && e.fields.month == 0;
  }

  // Whether the text reports a ball game (decided once per document, and only when a bare half needs it).
  bool reports_a_game(const Document& doc, const Lexicon& lexicon) {
    if (!game_report_) {
      game_report_ = false;
      const std::string_view lower = lower_;
      for (const Token& token : doc.tokens()) {
        if (token.kind != QUARRY_TOKEN_WORD) continue;
        if ((lexicon.lookup(lower.substr(token.begin, token.end - token.begin)).classes & bit(WordClass::GameWord)) !=
            0) {
          game_report_ = true;
          break;
        }
      }
    }
    return *game_report_;
  }

  // "In 2008, the campaign began airing ads in mid-September": a year fronted at the head of the sentence and
  // set off by a comma frames the whole sentence, so a month or date without a year in it is that year's.
  // Returns the year, or 0 when the sentence opens otherwise (and -1 is left for "not decided yet").
  static int fronted_year(std::span<const Piece> pieces, const Mention& m) {
    const CalendarFields& f = m.expression.fields;
    if (m.expression.kind != ExpressionKind::Calendar || f.year <= 0 || f.season.size() > 0 || f.quarter > 0 ||
        f.half > 0 || m.end >= pieces.size() || pieces[m.end].kind != PieceKind::Punct || pieces[m.end].text != ",") {
      return 0;
    }
    size_t head = 0;
    while (head < m.first && pieces[head].kind == PieceKind::Quote) ++head;
    if (head < m.first && pieces[head].is(WordClass::FunctionWord)) ++head;  // "In", "By", "During"
    return head == m.first ? f.year : 0;
  }

  static void apply_frame_year(Expression& e, int year) {
    if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 || e.scheduled_vote) return;
    e.fields.year = year;
    e.needs_year = false;
  }

  // The first complete date (year, month, day) in the opening bytes of the text.
  std::optional<CivilDate> find_dateline(const Document& doc, const Lexicon& lexicon) {
    for (const Sentence& sentence : doc.sentences()) {
      if (sentence.begin >= kDatelineWindowBytes) break;
      pieces_.build(doc, sentence, lower_, lexicon);
      const auto pieces = pieces_.pieces();
      for (size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].begin >= kDatelineWindowBytes) break;
        const std::optional<Mention> mention = Recognizer::match(pieces, i);
        if (!mention) continue;
        const CalendarFields& f = mention->expression.fields;
        if (mention->expression.kind == ExpressionKind::Calendar && f.year > 0 && f.month > 0 && f.day > 0 &&
            is_valid_date(f.year, f.month, f.day)) {
          return CivilDate{f.year, f.month, f.day};
        }
        i = mention->end - 1;
      }
    }
    return std::nullopt;
  }

  std::string lower_;
  PieceSequence pieces_;
  std::optional<bool> game_report_;
  std::vector<Mention> found_;           // the current sentence's expressions, in text order
  std::vector<Resolution> resolutions_;  // reused across sentences
};

}  // namespace
}  // namespace quarry::dates

QUARRY_PLUGIN(dates, quarry::dates::DatesExtractor, "0.1.0", "MIT",
              "Temporal expressions resolved to TimeML TIMEX3 type and value", "dates", "")
