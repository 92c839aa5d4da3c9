// Ranges after a first number: "between X and Y", "from X to Y", "X to Y", "X-Y", "X – Y", "20~100", with a
// unit after both ends ("from 5 percent to 25 percent", "10 km - 20 km") and the scale or currency of the second
// end applying to the first ("5-10 million", "$5-10m"). A change is no range ("fell 6.6% to $486.6 million").
#ifndef QUARRY_FIGURES_RANGE_READER_HPP
#define QUARRY_FIGURES_RANGE_READER_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "lexicon.hpp"
#include "number_reader.hpp"
#include "token_text.hpp"

namespace quarry::figures {

struct RangeEnd {
  Quantity high;
  size_t opener = 0;  // "between"/"from" token, when there is one
  bool has_opener = false;
  std::string_view currency;  // a currency written before the second number only
  size_t currency_first = 0;
};

// The range whose first number is `low` (its span starting at `span_first`, its currency when it has one), or
// nullopt; `low` takes the second end's scale. Nothing before `floor` is read.
std::optional<RangeEnd> read_range(const TokenText& tokens, const Lexicon& lexicon, const NumberReader& reader,
                                   Quantity& low, size_t span_first, size_t floor);

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_RANGE_READER_HPP
