#include "hijri_calendar.hpp"

#include <cstdint>
#include <iterator>

namespace quarry::dates {
namespace {

// One entry per Hijri year from kFirstYear: the day of 1 Muharram (days since 1970-01-01) and which of its
// twelve months have 30 days rather than 29 (bit 0 = Muharram). Derived from the Umm al-Qura month starts of
// the npm package hijri-converter 1.1.1 (MIT licence; its day numbers are Julian days less 2,400,000), which
// follows the calendar's published tables.
struct HijriYear {
  int32_t first_day;
  uint16_t long_months;
};
constexpr int kFirstYear = 1380;
constexpr HijriYear kYears[] = {
    {-3477, 0x555}, {-3123, 0x52d}, {-2769, 0xa6d}, {-2414, 0x55a}, {-2060, 0x555}, {-1706, 0x74d}, {-1351, 0xd53},
    {-996, 0xd54},  {-642, 0x556},  {-288, 0xd55},  {67, 0x2d5},    {421, 0xd55},   {776, 0xd54},   {1130, 0xd45},
    {1484, 0x655},  {1838, 0x52d},  {2192, 0xa5d},  {2547, 0x55a},  {2901, 0xad5},  {3256, 0x6aa},  {3610, 0xd4b},
    {3965, 0x52a},  {4318, 0xa57},  {4673, 0x4ae},  {5027, 0x976},  {5382, 0x56c},  {5736, 0xb55},  {6091, 0xaaa},
    {6445, 0xa55},  {6799, 0x4ad},  {7153, 0x95d},  {7508, 0x2da},  {7862, 0x5d9},  {8217, 0xdb2},  {8572, 0xba4},
    {8926, 0xb4a},  {9280, 0xa55},  {9634, 0x2b5},  {9988, 0x575},  {10343, 0xb6a}, {10698, 0xbd2}, {11053, 0xbc4},
    {11407, 0xb89}, {11761, 0xa95}, {12115, 0x52d}, {12469, 0x5ad}, {12824, 0xb6a}, {13179, 0x6e4}, {13533, 0xdc9},
    {13888, 0xd92}, {14242, 0xaa6}, {14596, 0x956}, {14950, 0x2ae}, {15304, 0x56d}, {15659, 0x36a}, {16013, 0xb55},
    {16368, 0xaaa}, {16722, 0x94d}, {17076, 0x49d}, {17430, 0x95d}, {17785, 0x2ba}, {18139, 0x5b5}, {18494, 0x5aa},
    {18848, 0xd55}, {19203, 0xa9a}, {19557, 0x92e}, {19911, 0x25e}, {20265, 0x55d}, {20620, 0xada}, {20975, 0x6d4},
    {21329, 0x6a5}, {21683, 0x54b}, {22037, 0xa97}, {22392, 0x54e}, {22746, 0xaae}, {23101, 0x5ac}, {23455, 0xba9},
    {23810, 0xd92}, {24164, 0xb25}, {24518, 0x64b}, {24872, 0xcab}, {25227, 0x55a}, {25581, 0xb55}, {25936, 0x6d2},
    {26290, 0xea5}, {26645, 0xe4a}, {26999, 0xa95}, {27353, 0x52d}, {27707, 0xaad}, {28062, 0x36c}, {28416, 0x759},
    {28771, 0x6d2}, {29125, 0x695}, {29479, 0x52d}, {29833, 0xa5b}, {30188, 0x4ba}, {30542, 0x9ba}, {30897, 0x3b4},
    {31251, 0xb69}, {31606, 0xb52}, {31960, 0xaa6}, {32314, 0x4b6}, {32668, 0x96d}, {33023, 0x2ec}, {33377, 0x6d9},
    {33732, 0xdb2}, {34087, 0xd54}, {34441, 0xd2a}, {34795, 0xa56}, {35149, 0x4ae}, {35503, 0x96d}, {35858, 0xd6a},
    {36213, 0xb54}, {36567, 0xb29}, {36921, 0xa93}, {37275, 0x52b}, {37629, 0xa57}, {37984, 0x536}, {38338, 0xab5},
    {38693, 0x6aa}, {39047, 0xe93},
};
constexpr int kLastYear = kFirstYear + static_cast<int>(std::size(kYears)) - 1;

int month_length(const HijriYear& year, int month) { return (year.long_months >> (month - 1)) & 1 ? 30 : 29; }

// Days since 1970-01-01 of a Hijri date inside the table, or nullopt.
std::optional<int64_t> hijri_day_number(int hijri_year, int month, int day) {
  if (hijri_year < kFirstYear || hijri_year > kLastYear || month < 1 || month > 12 || day < 1) return std::nullopt;
  const HijriYear& year = kYears[hijri_year - kFirstYear];
  if (day > month_length(year, month)) return std::nullopt;
  int64_t days = year.first_day;
  for (int m = 1; m < month; ++m) days += month_length(year, m);
  return days + day - 1;
}

// Hijri years run about 354 days, so the Hijri year in progress on 1 January of a Gregorian year is close to
// this (exact to within one year; the callers look at the neighbours too).
int approximate_hijri_year(int gregorian_year) { return (gregorian_year - 622) * 33 / 32; }

}  // namespace

std::optional<CivilDate> hijri_to_civil(int hijri_year, int month, int day) {
  const std::optional<int64_t> days = hijri_day_number(hijri_year, month, day);
  if (!days) return std::nullopt;
  return civil_from_days(*days);
}

CivilDate hijri_day_in_year(int month, int day, int gregorian_year) {
  const int guess = approximate_hijri_year(gregorian_year);
  for (int hijri_year = guess - 1; hijri_year <= guess + 2; ++hijri_year) {
    const std::optional<CivilDate> date = hijri_to_civil(hijri_year, month, day);
    if (date && date->year == gregorian_year) return *date;
  }
  return CivilDate{gregorian_year, 0, 0};
}

int nearest_hijri_year(int month, int day, const CivilDate& date) {
  const int64_t target = days_from_civil(date);
  const int guess = approximate_hijri_year(date.year);
  int best_year = 0;
  int64_t best_distance = 0;
  for (int hijri_year = guess - 1; hijri_year <= guess + 2; ++hijri_year) {
    const std::optional<int64_t> days = hijri_day_number(hijri_year, month, day);
    if (!days) continue;
    const int64_t distance = *days > target ? *days - target : target - *days;
    if (best_year == 0 || distance < best_distance) {
      best_year = hijri_year;
      best_distance = distance;
    }
  }
  return best_year;
}

}  // namespace quarry::dates
