// Printing calendar fields as TIMEX3 values: "2025-01-24", "2024-12", "2024-W51", "2025-Q3", "199",
// "2025-02-27T13:38", "1998-08-07TMO", with X for unknown digits ("XXXX-06").
#ifndef QUARRY_DATES_TIMEX_VALUE_HPP
#define QUARRY_DATES_TIMEX_VALUE_HPP

#include <string>
#include <string_view>

#include "calendar.hpp"
#include "expression.hpp"

namespace quarry::dates {

// The fields that are set, from the coarsest: century / decade / year (XXXX when -1 and finer fields
// exist), then quarter, half, season, ISO week (with weekday or WE), month and day, then the time of day
// or the part of day.
std::string format_timex(const CalendarFields& fields);

CalendarFields date_fields(const CivilDate& date);

// The number written by `count` digits at `at` in a TIMEX3 value ("2014" in "2014-12"); -1 if they are not all
// digits.
int digits_at(std::string_view value, size_t at, size_t count);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_TIMEX_VALUE_HPP
