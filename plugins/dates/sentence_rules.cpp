#include "sentence_rules.hpp"

#include "calendar.hpp"
#include "timex_value.hpp"

namespace quarry::dates {
namespace {

// A time of day with no day of its own: "11:40 a.m.", "0340 GMT".
bool is_bare_clock_time(const Expression& e) {
  return e.kind == ExpressionKind::Shift && e.unit == Unit::Day && e.offset == 0 && e.fields.hour >= 0;
}

// A day named down to its date: "Sunday", "Jan. 8".
bool names_a_day(const Expression& e) {
  return (e.kind == ExpressionKind::Weekday && e.fields.hour < 0) ||
         (e.kind == ExpressionKind::Calendar && e.fields.day > 0 && e.fields.hour < 0);
}

// Only brackets, a comma or "on" between two expressions: "11:40 a.m. (0340 GMT) on Sunday".
bool set_off_only(std::span<const Piece> pieces, const Mention& a, const Mention& b) {
  if (b.first < a.end || b.first - a.end > 3) return false;
  for (size_t p = a.end; p < b.first; ++p) {
    const Piece& piece = pieces[p];
    const bool mark = piece.kind == PieceKind::Punct && (piece.text == "(" || piece.text == ")" || piece.text == ",");
    if (!mark && piece.lower != "on") return false;
  }
  return true;
}

// The word linking a range's two ends at `link`: "until", "to", "through", a dash, or "and" after "between".
bool range_link(std::span<const Piece> pieces, const Mention& start, size_t link) {
  const Piece& p = pieces[link];
  if (p.lower == "to" || p.lower == "until" || p.lower == "through" || p.lower == "till" || p.lower == "-" ||
      p.text == "\u2013") {
    return true;
  }
  return p.lower == "and" && start.first > 0 && pieces[start.first - 1].lower == "between";
}

}  // namespace

bool opens_sentence_with_comma(std::span<const Piece> pieces, const Mention& m) {
  if (m.end >= pieces.size() || pieces[m.end].kind != PieceKind::Punct || pieces[m.end].text != ",") return false;
  size_t head = 0;
  while (head < m.first && pieces[head].kind == PieceKind::Quote) ++head;
  if (head < m.first && pieces[head].is(WordClass::FunctionWord)) ++head;  // "In", "By", "During"
  return head == m.first;
}

int year_of_value(std::string_view value) {
  if (value.size() != 4) return 0;
  int year = 0;
  for (const char c : value) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

void apply_frame_year(Expression& e, int year) {
  if (e.kind != ExpressionKind::Calendar || !e.needs_year || e.fields.month <= 0 || e.scheduled_vote) return;
  e.fields.year = year;
  e.needs_year = false;
}

size_t day_of_clock_times(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  size_t n = k;
  while (n < mentions.size() && is_bare_clock_time(mentions[n].expression)) {
    if (n + 1 >= mentions.size() || !set_off_only(pieces, mentions[n], mentions[n + 1])) return k;
    ++n;
  }
  if (n == k || n >= mentions.size() || !names_a_day(mentions[n].expression)) return k;
  // A bracket or "on" must stand between the first clock time and the day ("at 9 a.m. on Sunday"); a comma
  // alone may close the clause ("at 9 a.m., Sunday's crowd ...").
  for (size_t p = mentions[k].end; p < mentions[n].first; ++p) {
    if ((pieces[p].kind == PieceKind::Punct && pieces[p].text == "(") || pieces[p].lower == "on") return n;
  }
  return k;
}

bool ends_month_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0) return false;
  const Mention& start = mentions[k - 1];
  const Mention& end = mentions[k];
  const auto bare_month = [](const Expression& e) {
    return e.kind == ExpressionKind::Calendar && e.needs_year && e.fields.month > 0 && e.fields.day == 0 &&
           e.fields.season.empty() && e.fields.quarter == 0 && e.holiday.kind == HolidayRule::Kind::None;
  };
  if (!bare_month(start.expression) || !bare_month(end.expression) || end.first != start.end + 1) return false;
  return range_link(pieces, start, start.end);
}

bool ends_clock_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0) return false;
  const Mention& start = mentions[k - 1];
  const Mention& end = mentions[k];
  return start.expression.type == TimexType::Time && start.expression.fields.hour >= 0 &&
         is_bare_clock_time(end.expression) && end.first == start.end + 1 && range_link(pieces, start, start.end);
}

bool ends_weekday_range(std::span<const Piece> pieces, std::span<const Mention> mentions, size_t k) {
  if (k == 0) return false;
  const Mention& start = mentions[k - 1];
  const Mention& end = mentions[k];
  return start.expression.kind == ExpressionKind::Weekday && end.expression.kind == ExpressionKind::Weekday &&
         end.expression.weekday_mode == WeekdayMode::ByTense && end.first == start.end + 1 &&
         range_link(pieces, start, start.end);
}

std::string clock_range_end_value(std::string_view start_value, std::string_view end_value) {
  const std::optional<CivilDate> day = parse_iso_date(start_value.substr(0, 10));
  if (!day || start_value.size() < 13 || end_value.size() < 13 || start_value[10] != 'T' || end_value[10] != 'T') {
    return std::string(end_value);
  }
  const auto hour = [](std::string_view v) { return (v[11] - '0') * 10 + (v[12] - '0'); };
  if (hour(start_value) >= 24) return std::string(end_value);  // "from midnight to 6 a.m.": midnight's day is moot
  const CivilDate on = hour(end_value) < hour(start_value) ? add_days(*day, 1) : *day;
  return format_timex(date_fields(on)) + std::string(end_value.substr(10));
}

int range_end_year(std::string_view start_value, int end_month) {
  if (start_value.size() < 7 || start_value[4] != '-') return -1;
  int year = 0;
  for (size_t c = 0; c < 4; ++c) {
    if (start_value[c] < '0' || start_value[c] > '9') return -1;
    year = year * 10 + (start_value[c] - '0');
  }
  const int start_month = (start_value[5] - '0') * 10 + (start_value[6] - '0');
  return end_month >= start_month ? year : year + 1;
}

bool is_bare_half(const Expression& e) {
  return e.kind == ExpressionKind::Calendar && e.fields.half > 0 && e.needs_year && e.fields.month == 0;
}

}  // namespace quarry::dates
