// Tests for printing lengths and the decimals inside them.
#include "duration_value.hpp"

#include <gtest/gtest.h>

namespace quarry::dates {
namespace {

TEST(DurationValue, DecimalTextDropsTrailingZeros) {
  EXPECT_EQ(decimal_text(0.007, 6), "0.007");
  EXPECT_EQ(decimal_text(4.2, 3), "4.2");
  EXPECT_EQ(decimal_text(66.0, 3), "66");
  EXPECT_EQ(decimal_text(0.00000004, 12), "0.00000004");
  EXPECT_EQ(decimal_text(120, 0), "120");  // no decimal point: its zeros are the number's own
}

TEST(DurationValue, LengthsAndHalves) {
  EXPECT_EQ(duration_value(Unit::Year, 2.5, false), "P2Y6M");
  EXPECT_EQ(duration_value(Unit::Year, 65000000, false), "P65000000Y");
  EXPECT_EQ(half_value(Unit::Hour), "PT30M");
}

}  // namespace
}  // namespace quarry::dates
