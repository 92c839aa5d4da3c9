// What the words around an expression say about how to resolve it, noted on the expression once it is matched:
// "since Monday" (not after the reference), "until Dec. 31", "police said Saturday", "trade data for July", "Brent
// for May settlement", "the three months to December", "the November election".
#include "context_notes.hpp"

#include "tense_cues.hpp"
#include "tense_phrases.hpp"

namespace quarry::dates {

namespace {

// "the November election", "November's general election", "the Nov. 8 presidential vote": the expression
// ending at `end` modifies the name of a vote (a possessive and up to two adjectives between).
bool names_a_vote(std::span<const Piece> pieces, size_t end) {
  size_t k = end;
  if (k < pieces.size() && pieces[k].possessive) ++k;  // the "'s" piece, when it is one of its own
  for (size_t adjectives = 0; adjectives <= 2 && k < pieces.size(); ++adjectives, ++k) {
    if (pieces[k].kind != PieceKind::Word) return false;
    if (pieces[k].is(WordClass::VoteNoun)) return true;
  }
  return false;
}

// Whether "since" opens the phrase that ends right before i: "since Monday", "since the Nov. 6 election", "since
// the early hours of Monday", "since the morning of June 3" (a part of the day, two words at most, and "of").
bool after_since(std::span<const Piece> pieces, size_t i) {
  size_t k = i;
  if (k > 3 && pieces[k - 1].lower == "of") {
    k -= 2;  // the noun of the part: "hours", "morning", "start"
    if (pieces[k - 1].lower != "the") --k;
    if (pieces[k - 1].lower != "the") return false;
    --k;
  } else if (k > 1 && pieces[k - 1].lower == "the") {
    --k;
  }
  return k > 0 && pieces[k - 1].lower == "since";
}

// "The clinic was busy until June 30", "had stayed open through May 2": a past auxiliary in the clause before
// `prep` tells of a span that is over.
bool past_auxiliary_before(std::span<const Piece> pieces, size_t prep) {
  for (size_t k = prep; k > 0 && prep - k < 10; --k) {
    if (is_clause_break(pieces, k - 1)) return false;
    const std::string_view w = pieces[k - 1].lower;
    if (w == "was" || w == "were" || w == "had" || w == "did") return true;
  }
  return false;
}

// Whether one of the `reach` pieces before `at` is a noun of figures ("figures", "report", "data").
bool data_noun_before(std::span<const Piece> pieces, size_t at, size_t reach) {
  for (size_t k = at; k > 0 && at - k < reach; --k) {
    if (pieces[k - 1].is(WordClass::DataNoun)) return true;
  }
  return false;
}

// Whether the clock time from `i` to `end` is the hour of a telling: "officials said at 2 p.m.", "told reporters
// at 10.30 am", "a news conference at 11am", "at an 11 a.m. PST briefing".
bool telling_hour(std::span<const Piece> pieces, size_t i, size_t end) {
  const auto telling_noun = [&](size_t k) {
    return k < pieces.size() && (pieces[k].lower == "briefing" || pieces[k].lower == "conference" ||
                                 pieces[k].lower == "statement" || pieces[k].lower == "update");
  };
  if (i > 0 && (pieces[i - 1].lower == "an" || pieces[i - 1].lower == "a")) return telling_noun(end);
  if (i < 2 || pieces[i - 1].lower != "at") return false;
  // "said at", "told reporters at"; "a news conference at", "a press briefing at"
  // ("The result was announced at 12.30 p.m. EST" tells of an event, often the day before)
  return (follows_telling(pieces, i - 1) && pieces[i - 2].lower != "announced") || telling_noun(i - 2);
}

}  // namespace

void note_context(std::span<const Piece> pieces, size_t i, size_t end, Expression& e) {
  // "since Monday", "since the Nov. 6 election": the start of something still going on
  if (after_since(pieces, i)) e.not_after_reference = true;
  // ("cancelled until at least noon tomorrow": a floor on the limit reads as the limit)
  if (i > 2 && pieces[i - 1].lower == "least" && pieces[i - 2].lower == "at") i -= 2;
  if (i > 0 && (pieces[i - 1].lower == "until" || pieces[i - 1].lower == "till")) e.after_until = true;
  if (e.type == TimexType::Time && i > 1 &&
      ((pieces[i - 2].lower == "which" && (pieces[i - 1].lower == "is" || pieces[i - 1].lower == "was")) ||
       (pieces[i - 1].text == "(" && pieces[i - 2].kind == PieceKind::Word && pieces[i - 2].info &&
        pieces[i - 2].info->time_zone))) {
    e.converts_time = true;
  }
  if (i > 0 && (e.after_until || pieces[i - 1].lower == "through" || pieces[i - 1].lower == "by")) {
    e.ends_span = !past_auxiliary_before(pieces, i - 1);
  }
  // "one client, born on February 29, 1996, had been trying ...": a birth date is background to the story, no
  // time it tells of, so later dates are not read in its year
  // ("born in 1950 ... the following decade" still tells a life by its years)
  // ("The Spring Lamb class (born after 1 January 2017) will be judged at 11am": so is a birth date's bound)
  if (e.kind == ExpressionKind::Calendar && e.fields.day > 0 && i > 1 && pieces[i - 2].lower == "born" &&
      (pieces[i - 1].lower == "on" || pieces[i - 1].lower == "after" || pieces[i - 1].lower == "before" ||
       pieces[i - 1].lower == "since")) {
    e.keeps_focus = true;
  }
  // ("to mark Independence Day, the 106th anniversary of the republic proclaimed on May 26, 1918. By the afternoon,
  // ...": the date an anniversary counts from is history, no day the text goes on in)
  if (e.kind == ExpressionKind::Calendar && e.fields.year > 0) {
    for (size_t k = i; k > 0 && i - k < 12; --k) {
      // (so is the date years are counted from: "65 years after she acceded on Feb. 6, 1952", "a century after she
      // hatched on Feb. 29, 1924")
      const bool years_after =
          k >= 2 && (pieces[k - 1].lower == "after" || pieces[k - 1].lower == "since") &&
          (pieces[k - 2].lower == "years" || pieces[k - 2].lower == "decades" || pieces[k - 2].lower == "centuries" ||
           pieces[k - 2].lower == "decade" || pieces[k - 2].lower == "century");
      if (pieces[k - 1].lower == "anniversary" || pieces[k - 1].lower == "anniversaries" || years_after) {
        e.keeps_focus = true;
        break;
      }
    }
  }
  // "police said Saturday", "told reporters Saturday": the day of the telling, not of the events told, so
  // later clock times do not fall on it
  if (e.kind == ExpressionKind::Weekday && e.fields.day_part.empty() && follows_telling(pieces, i)) {
    e.keeps_focus = true;
  }
  if (e.type == TimexType::Time && e.dayless && telling_hour(pieces, i, end)) e.telling_hour = true;
  // "St Patrick's Day that year", "in March the same year": a day or month of the year told before
  if (e.kind == ExpressionKind::Calendar && e.needs_year && end + 1 < pieces.size()) {
    const size_t k = pieces[end + 1].lower == "same" ? end + 2 : end + 1;
    e.in_year_that_follows = (pieces[end].lower == "that" || pieces[end].lower == "the") && k < pieces.size() &&
                             pieces[k].lower == "year" && (k > end + 1 || pieces[end].lower == "that");
  }
  // "retail sales figures for October, due on Wednesday", "trade data for July": the month a release reports on
  // is a recent one, whatever the tense of the release ("until Chinese data for February showed": one just ahead)
  if (e.kind == ExpressionKind::Calendar && e.needs_year && e.fields.month > 0 && e.fields.day <= 0 && i > 1 &&
      pieces[i - 1].lower == "for" && pieces[i - 2].is(WordClass::DataNoun)) {
    e.reported_month = true;
  }
  // ("Its first report will cover October and November": so is a month a report covers)
  if (e.kind == ExpressionKind::Calendar && e.needs_year && e.fields.month > 0 && e.fields.day <= 0 && i > 1 &&
      (pieces[i - 1].lower == "cover" || pieces[i - 1].lower == "covers" || pieces[i - 1].lower == "covering") &&
      data_noun_before(pieces, i - 1, 4)) {
    e.reported_month = true;
  }
  // "is expected to ease to 6.4 per cent in February from 6.52 per cent in January", "prices rose 3% in June": a
  // figure given for a month is a release's, a recent month, whatever the tense of the forecast or the release
  if (e.kind == ExpressionKind::Calendar && e.needs_year && e.fields.month > 0 && e.fields.day <= 0 && i > 1 &&
      pieces[i - 1].lower == "in" &&
      (pieces[i - 2].lower == "cent" || pieces[i - 2].lower == "percent" || pieces[i - 2].lower == "%")) {
    e.reported_month = true;
  }
  // "Brent for May settlement": a contract month, traded now; "net income in the three months to December": a
  // quarter's last month
  if (e.kind == ExpressionKind::Calendar && e.needs_year && e.fields.month > 0 && e.fields.day <= 0 &&
      end < pieces.size()) {
    const std::string_view next = pieces[end].lower;
    e.contract_month = next == "delivery" || next == "settlement" || next == "contract" || next == "contracts" ||
                       next == "futures" || pieces[end].is(WordClass::Commodity);
    for (size_t k = i; k > 1 && i - k < 6; --k) {
      if (pieces[k - 1].lower == "months" && (pieces[k - 2].lower == "three" || pieces[k - 2].lower == "3")) {
        e.closes_three_months = true;
        // ("labour market figures for the three months to November", written in January: a quarter reported on,
        // one just closed)
        if (data_noun_before(pieces, k - 2, 4)) e.reported_month = true;
      }
    }
  }
  // ("the presidential election on Nov. 5", "polls on March 3": a vote's day after the vote)
  const bool vote_on = i > 1 && pieces[i - 1].lower == "on" && pieces[i - 2].is(WordClass::VoteNoun);
  // ("the first exercise since the referendum on 23 June", "since the June election": a vote counted from is held)
  bool since_vote = false;
  for (size_t k = i; k > 0 && i - k < 4 && pieces[k - 1].kind == PieceKind::Word; --k) {
    since_vote = since_vote || pieces[k - 1].lower == "since";
  }
  if (e.kind == ExpressionKind::Calendar && e.needs_year && (names_a_vote(pieces, end) || vote_on) && !since_vote) {
    e.scheduled_vote = true;
    e.vote_named_before = vote_on;
  }
  // (an election's, not a runoff's: "absentee ballots mailed by Election Day" after "the Dec. 6 runoff")
  if (e.kind == ExpressionKind::Calendar && e.fields.day > 0 && e.holiday.kind == HolidayRule::Kind::None &&
      (names_a_vote(pieces, end) || vote_on)) {
    bool runoff = vote_on && pieces[i - 2].lower == "runoff";
    for (size_t k = end; k < pieces.size() && k < end + 4; ++k) runoff = runoff || pieces[k].lower == "runoff";
    e.names_vote_day = !runoff;
  }
}

}  // namespace quarry::dates
