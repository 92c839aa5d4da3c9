// Printing a length as a TIMEX3 duration value ("P3W", "PT1H30M", "PXM"); shared by durations and sets
// ("every two weeks" = P2W).
#ifndef QUARRY_DATES_DURATION_VALUE_HPP
#define QUARRY_DATES_DURATION_VALUE_HPP

#include <string>

#include "lexicon.hpp"

namespace quarry::dates {

// `amount` units ("2.5" years = P2Y6M); `vague` prints X for the amount ("a few months" = PXM).
std::string duration_value(Unit unit, double amount, bool vague);
// Half a unit in the next smaller unit TimeML prefers: half an hour = PT30M, half a year = P6M.
std::string half_value(Unit unit);
// A number with at most `places` decimals and no trailing zeros: 0.007, 4.2, 66.
std::string decimal_text(double value, int places);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_DURATION_VALUE_HPP
