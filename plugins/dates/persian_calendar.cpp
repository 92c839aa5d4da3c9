#include "persian_calendar.hpp"

#include <cstdint>
#include <iterator>

namespace quarry::dates {

namespace {

// The years at which the pattern of leap years in the Solar Hijri calendar changes. Between two of them leap years
// follow 33-year cycles (a leap year every fourth year, the fifth after the seventh); the breaks keep the
// arithmetic on the astronomical year starts (Borkowski's algorithm, as in the common converters).
constexpr int kBreaks[] = {-61,  9,    38,   199,  426,  686,  756,  818,  1111, 1181,
                           1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178};

struct YearStart {
  int gregorian_year;
  int march_day;  // the day of March on which the year starts
  bool leap;      // whose Esfand has 30 days
};

std::optional<YearStart> year_start(int persian_year) {
  if (persian_year < 1 || persian_year >= kBreaks[std::size(kBreaks) - 1]) return std::nullopt;
  int leaps = -14;  // leap years of the Solar Hijri calendar before this one, as counted from the first break
  int previous_break = kBreaks[0];
  int jump = 0;
  for (size_t b = 1; b < std::size(kBreaks); ++b) {
    jump = kBreaks[b] - previous_break;
    if (persian_year < kBreaks[b]) break;
    leaps += jump / 33 * 8 + jump % 33 / 4;
    previous_break = kBreaks[b];
  }
  int n = persian_year - previous_break;  // years since the last break
  leaps += n / 33 * 8 + (n % 33 + 3) / 4;
  if (jump % 33 == 4 && jump - n == 4) ++leaps;
  const int gregorian_year = persian_year + 621;
  const int gregorian_leaps = gregorian_year / 4 - (gregorian_year / 100 + 1) * 3 / 4 - 150;
  if (jump - n < 6) n = n - jump + (jump + 4) / 33 * 33;
  int leap = ((n + 1) % 33 - 1) % 4;  // years since the last leap year (C++'s % truncates, as the algorithm wants)
  if (leap == -1) leap = 4;
  return YearStart{gregorian_year, 20 + leaps - gregorian_leaps, leap == 0};
}

}  // namespace

std::optional<CivilDate> persian_to_civil(int persian_year, int month, int day) {
  const std::optional<YearStart> start = year_start(persian_year);
  if (!start || month < 1 || month > 12 || day < 1) return std::nullopt;
  const int month_length = month <= 6 ? 31 : month <= 11 ? 30 : start->leap ? 30 : 29;
  if (day > month_length) return std::nullopt;
  // Farvardin to Shahrivar have 31 days, Mehr to Bahman 30
  const int day_of_year = (month - 1) * 31 - (month >= 7 ? month - 7 : 0) + day - 1;
  return add_days(CivilDate{start->gregorian_year, 3, start->march_day}, day_of_year);
}

CivilDate nowruz_in(int gregorian_year) {
  const std::optional<YearStart> start = year_start(persian_year_starting_in(gregorian_year));
  return CivilDate{gregorian_year, 3, start ? start->march_day : 21};
}

}  // namespace quarry::dates
