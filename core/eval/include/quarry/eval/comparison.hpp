// How attribute values are compared and shown: numbers exactly (up to floating-point rounding), strings
// after case and space folding, null equal to null. A key the system left out counts as null.
#ifndef QUARRY_EVAL_COMPARISON_HPP
#define QUARRY_EVAL_COMPARISON_HPP

#include <string>
#include <string_view>

#include "quarry/eval/entries.hpp"

namespace quarry::eval {

// ASCII lower case, runs of white space (including U+00A0) as one space, trimmed: "Donald  Trump " and
// "donald trump" fold to the same string. Other bytes are kept as they are.
std::string fold(std::string_view s);

// Equal, or within a relative 1e-9 (so 1.5 * 1e6 computed by a plugin equals the gold 1500000).
bool same_number(double a, double b);

// Null equals null; a value never equals null.
bool same(const Attribute<double>& gold, const Attribute<double>& system);
bool same_folded(const Attribute<std::string>& gold, const Attribute<std::string>& system);
bool same_exact(const Attribute<std::string>& gold, const Attribute<std::string>& system);

// "11000", "0.25", "1.5e+12"; integers without a decimal point.
std::string format_number(double v);
// `key=value` for display, "" when the attribute is not annotated; null is shown as "null".
std::string describe(std::string_view key, const Attribute<double>& a);
std::string describe(std::string_view key, const Attribute<std::string>& a);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_COMPARISON_HPP
