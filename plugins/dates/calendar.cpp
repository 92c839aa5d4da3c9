#include "calendar.hpp"

#include <iterator>
#include <span>

#include "hebrew_calendar.hpp"
#include "hijri_calendar.hpp"
#include "persian_calendar.hpp"

namespace quarry::dates {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic Gregorian calendar.
int64_t days_from_civil(const CivilDate& date) {
  const int64_t y = static_cast<int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

int weekday(const CivilDate& date) {
  const int64_t days = days_from_civil(date);  // 1970-01-01 was a Thursday (4)
  const int64_t w = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

CivilDate add_days(const CivilDate& date, int64_t days) { return civil_from_days(days_from_civil(date) + days); }

CivilDate add_months(const CivilDate& date, int months) {
  const int64_t index = static_cast<int64_t>(date.year) * 12 + (date.month - 1) + months;
  const int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = static_cast<int>(index - year * 12) + 1;
  const int last = days_in_month(static_cast<int>(year), month);
  return CivilDate{static_cast<int>(year), month, date.day > last ? last : date.day};
}

CivilDate add_years(const CivilDate& date, int years) { return add_months(date, years * 12); }

IsoWeek iso_week(const CivilDate& date) {
  // The ISO week belongs to the year that holds its Thursday.
  const CivilDate thursday = add_days(date, 4 - weekday(date));
  const int64_t jan1 = days_from_civil(CivilDate{thursday.year, 1, 1});
  const int week = static_cast<int>((days_from_civil(thursday) - jan1) / 7) + 1;
  return IsoWeek{thursday.year, week};
}

CivilDate iso_week_monday(const IsoWeek& week) {
  // January 4th is always in ISO week 1.
  const CivilDate jan4{week.year, 1, 4};
  const CivilDate week1_monday = add_days(jan4, 1 - weekday(jan4));
  return add_days(week1_monday, static_cast<int64_t>(week.week - 1) * 7);
}

int iso_weeks_in_year(int iso_year) { return iso_week(CivilDate{iso_year, 12, 28}).week; }

CivilDate weekday_on_or_before(const CivilDate& date, int target_weekday, bool strict) {
  const CivilDate start = strict ? add_days(date, -1) : date;
  const int back = (weekday(start) - target_weekday + 7) % 7;
  return add_days(start, -back);
}

CivilDate weekday_on_or_after(const CivilDate& date, int target_weekday, bool strict) {
  const CivilDate start = strict ? add_days(date, 1) : date;
  const int ahead = (target_weekday - weekday(start) + 7) % 7;
  return add_days(start, ahead);
}

namespace {

// A date from a table of month * 100 + day, one entry a year from `first_year`; the year alone (month 0) outside
// it
CivilDate from_table(int year, int first_year, std::span<const int> days) {
  if (year < first_year || year - first_year >= static_cast<int>(days.size())) return CivilDate{year, 0, 0};
  const int md = days[static_cast<size_t>(year - first_year)];
  return CivilDate{year, md / 100, md % 100};
}

}  // namespace

// One entry a year, month * 100 + day.
constexpr int kLunarNewYear[] = {127, 215, 204, 123, 210, 131, 219, 207, 128, 216, 205, 124, 212, 201,
                                 122, 209, 129, 218, 207, 126, 214, 203, 123, 210, 131, 219, 208, 128,
                                 216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213, 203};  // from 1990
constexpr int kDiwali[] = {1026, 1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017, 1105,
                           1026, 1113, 1103, 1023, 1111, 1030, 1019, 1107, 1027, 1114, 1104,
                           1024, 1112, 1031, 1020, 1108, 1029, 1017, 1105, 1026};  // from 2000
constexpr int kChuseok[] = {1003, 922, 911,  930, 920, 909,  927, 916,  1005, 924, 912,  1001, 921, 911,
                            928,  918, 1006, 925, 914, 1003, 922, 912,  930,  919, 908,  927,  915, 1004,
                            924,  913, 1001, 921, 910, 929,  917, 1006, 925,  915, 1003, 922,  912};  // from 1990
constexpr int kEidAlFitr[] = {910, 830, 819, 808, 728, 717, 706, 625, 615, 604, 524,
                              513, 502, 421, 410, 330, 320, 309, 226, 214, 204};  // from 2010
constexpr int kEidAlAdha[] = {1116, 1106, 1026, 1015, 1004, 924, 912, 901, 821, 811, 731,
                              720,  709,  628,  616,  606,  527, 516, 505, 424, 413};  // from 2010

constexpr int kHoli[] = {301, 320, 308, 327, 317, 306, 324, 313, 302, 321, 310, 329, 318, 308, 325, 314};  // from 2010
// (the Chinese festivals from 1990 to 2035, as the lunar-javascript library computes them)
constexpr int kDragonBoat[] = {528, 616, 605, 624, 613, 602, 620, 609, 530, 618, 606, 625, 615, 604, 622, 611,
                               531, 619, 608, 528, 616, 606, 623, 612, 602, 620, 609, 530, 618, 607, 625, 614,
                               603, 622, 610, 531, 619, 609, 528, 616, 605, 624, 612, 601, 620, 610};
constexpr int kQixi[] = {826, 816, 805, 824, 813, 802, 820, 809, 828, 817, 806, 825, 815, 804, 822, 811,
                         731, 819, 807, 826, 816, 806, 823, 813, 802, 820, 809, 828, 817, 807, 825, 814,
                         804, 822, 810, 829, 819, 808, 826, 816, 805, 824, 812, 801, 820, 810};
constexpr int kDoubleNinth[] = {1026, 1016, 1004, 1023, 1013, 1101, 1020, 1010, 1028, 1017, 1006, 1025,
                                1014, 1004, 1022, 1011, 1030, 1019, 1007, 1026, 1016, 1005, 1023, 1013,
                                1002, 1021, 1009, 1028, 1017, 1007, 1025, 1014, 1004, 1023, 1011, 1029,
                                1018, 1008, 1026, 1016, 1005, 1024, 1012, 1001, 1020, 1009};
constexpr int kQingming[] = {405, 405, 404, 405, 405, 405, 404, 405, 405, 405, 404, 405, 405, 405, 404, 405,
                             405, 405, 404, 404, 405, 405, 404, 404, 405, 405, 404, 404, 405, 405, 404, 404,
                             405, 405, 404, 404, 405, 405, 404, 404, 405, 405, 404, 404, 405, 405};
constexpr int kDongzhi[] = {1222, 1222, 1221, 1222, 1222, 1222, 1221, 1222, 1222, 1222, 1221, 1222,
                            1222, 1222, 1221, 1222, 1222, 1222, 1221, 1222, 1222, 1222, 1221, 1222,
                            1222, 1222, 1221, 1222, 1222, 1222, 1221, 1221, 1222, 1222, 1221, 1221,
                            1222, 1222, 1221, 1221, 1222, 1222, 1221, 1221, 1222, 1222};

// The tabled days' tables, in the order of the enum, with the year each first entry is for.
struct DayTable {
  int first_year;
  std::span<const int> days;
};
constexpr DayTable kDayTables[] = {{1990, kLunarNewYear}, {2000, kDiwali},   {1990, kChuseok},    {2010, kEidAlFitr},
                                   {2010, kEidAlAdha},    {2010, kHoli},     {1990, kDragonBoat}, {1990, kQixi},
                                   {1990, kDoubleNinth},  {1990, kQingming}, {1990, kDongzhi}};
static_assert(std::size(kDayTables) == static_cast<size_t>(LunisolarDay::Dongzhi) + 1, "one table per tabled day");

CivilDate lunisolar_day(LunisolarDay which, int year) {
  if (which == LunisolarDay::RoshHashanah) return rosh_hashanah(year);
  if (which == LunisolarDay::Hanukkah) return hanukkah(year);
  if (which == LunisolarDay::Nowruz) return nowruz_in(year);
  if (which == LunisolarDay::ChaharshanbeSuri) {
    const CivilDate nowruz = nowruz_in(year);
    const int back_to_wednesday = (weekday(nowruz) - 3 + 6) % 7 + 1;  // 1..7 days (weekday 1 is Monday)
    return add_days(nowruz, -back_to_wednesday - 1);
  }
  const DayTable& table = kDayTables[static_cast<size_t>(which)];
  const CivilDate tabled = from_table(year, table.first_year, table.days);
  if (tabled.month != 0) return tabled;
  // The Eids outside their table of declared days: as the Umm al-Qura calendar has them
  if (which == LunisolarDay::EidAlFitr) return hijri_day_in_year(10, 1, year);
  if (which == LunisolarDay::EidAlAdha) return hijri_day_in_year(12, 10, year);
  return tabled;
}

CivilDate lunar_new_year(int year) { return lunisolar_day(LunisolarDay::LunarNewYear, year); }
CivilDate diwali(int year) { return lunisolar_day(LunisolarDay::Diwali, year); }
CivilDate chuseok(int year) { return lunisolar_day(LunisolarDay::Chuseok, year); }
CivilDate eid_al_fitr(int year) { return lunisolar_day(LunisolarDay::EidAlFitr, year); }
CivilDate eid_al_adha(int year) { return lunisolar_day(LunisolarDay::EidAlAdha, year); }

CivilDate orthodox_easter_sunday(int year) {
  // Meeus's Julian computus, then the Julian date moved onto the Gregorian calendar (13 days in 1900-2099;
  // the gap grows by a day in each century year not divisible by 400).
  const int a = year % 4;
  const int b = year % 7;
  const int c = year % 19;
  const int d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31;
  const int day = (d + e + 114) % 31 + 1;
  const int gap = year / 100 - year / 400 - 2;
  return add_days(CivilDate{year, month, day}, gap);
}

CivilDate easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{year, month, day};
}

bool working_week(int first, int last) {
  // (a working week of the Gulf and of Israel: Sunday to Thursday, Saturday to Wednesday)
  const bool from_weekend = first >= 6 && (last - first + 7) % 7 == 4;
  return last - first >= 4 || from_weekend;
}

CivilDate nth_weekday_of_month(int year, int month, int target_weekday, int n) {
  if (n < 0) {
    const CivilDate last{year, month, days_in_month(year, month)};
    return weekday_on_or_before(last, target_weekday);
  }
  const CivilDate first = weekday_on_or_after(CivilDate{year, month, 1}, target_weekday);
  return add_days(first, static_cast<int64_t>(n - 1) * 7);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      const char c = text[static_cast<size_t>(starts[f] + i)];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  if (!is_valid_date(fields[0], fields[1], fields[2])) return std::nullopt;
  return CivilDate{fields[0], fields[1], fields[2]};
}

}  // namespace quarry::dates
