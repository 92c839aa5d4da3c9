// Finds temporal expressions in one sentence's pieces. `Recognizer::match` tries every construct at one
// position and returns the longest expression that starts there, with what it means (an Expression, still
// unresolved). The constructs are split by family across recognize_*.cpp; this header is what the plugin
// uses, grammar.hpp is the shared machinery of those files.
#ifndef QUARRY_DATES_RECOGNIZER_HPP
#define QUARRY_DATES_RECOGNIZER_HPP

#include <cstddef>
#include <optional>
#include <span>

#include "expression.hpp"
#include "pieces.hpp"

namespace quarry::dates {

struct Mention {
  size_t first = 0;  // first piece
  size_t end = 0;    // one past the last piece
  Expression expression;
};

class Recognizer {
 public:
  // The longest expression starting at piece `i`, or nullopt. Never reads outside `pieces`.
  static std::optional<Mention> match(std::span<const Piece> pieces, size_t i);
  // A cheap test whether anything could start at piece `i` (most pieces cannot).
  static bool may_start(std::span<const Piece> pieces, size_t i);
};

// Sets a holiday's month (and fixed day) from its rule, which guides the resolver's choice of year. In
// recognize_holidays.cpp, as is the next.
void set_holiday_fields(Expression& e);
// Gives a recognized holiday the date of another listing of it: the day as one country keeps it
// ("Independence Day" in an Indian text).
void name_holiday_as_kept(Expression& e, const Holiday& kept);

}  // namespace quarry::dates

#endif  // QUARRY_DATES_RECOGNIZER_HPP
