#include "timex_value.hpp"

#include <cstdio>

namespace quarry::dates {
namespace {

void append_number(std::string& out, int value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
  out += buffer;
}

}  // namespace

std::string format_timex(const CalendarFields& f) {
  std::string out;
  if (f.century >= 0) {
    append_number(out, f.century, 2);
    return out;
  }
  if (f.decade >= 0) {
    append_number(out, f.decade, 3);
    return out;
  }
  if (f.year >= 0) {
    append_number(out, f.year, 4);
  } else {
    out += "XXXX";
  }
  if (f.quarter > 0) {
    out += "-Q";
    append_number(out, f.quarter, 1);
  } else if (f.half > 0) {
    out += "-H";
    append_number(out, f.half, 1);
  } else if (!f.season.empty()) {
    out += '-';
    out += f.season;
  } else if (f.week > 0) {
    out += "-W";
    append_number(out, f.week, 2);
    if (f.weekend) {
      out += "-WE";
    } else if (f.weekday > 0) {
      out += '-';
      append_number(out, f.weekday, 1);
    }
  } else if (f.month > 0) {
    out += '-';
    append_number(out, f.month, 2);
    if (f.day > 0) {
      out += '-';
      append_number(out, f.day, 2);
    }
  }
  const bool has_day = f.day > 0 || (f.week > 0 && f.weekday > 0);
  if (f.hour >= 0 && has_day) {
    out += 'T';
    append_number(out, f.hour, 2);
    out += ':';
    append_number(out, f.minute < 0 ? 0 : f.minute, 2);
    if (f.second >= 0) {
      out += ':';
      append_number(out, f.second, 2);
    }
  } else if (!f.day_part.empty() && has_day) {
    out += 'T';
    out += f.day_part;
  }
  return out;
}

CalendarFields date_fields(const CivilDate& date) {
  CalendarFields f;
  f.year = date.year;
  f.month = date.month;
  f.day = date.day;
  return f;
}

// The number written by `count` digits at `at` in a TIMEX3 value ("2014" in "2014-12"); -1 if they are not all
// digits.
int digits_at(std::string_view value, size_t at, size_t count) {
  if (at + count > value.size()) return -1;
  int n = 0;
  for (size_t c = at; c < at + count; ++c) {
    if (value[c] < '0' || value[c] > '9') return -1;
    n = n * 10 + (value[c] - '0');
  }
  return n;
}

}  // namespace quarry::dates
