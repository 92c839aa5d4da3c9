// Decimal: exact values for scaled numbers, the nearest double for decimals, graceful loss of exactness.
#include "decimal.hpp"

#include <gtest/gtest.h>

namespace quarry::figures {
namespace {

TEST(Decimal, ScalesExactly) {
  // 1.2 lakh crore = 1.2 x 10^5 x 10^7: exact, whereas 1.2 * 1e5 * 1e7 in doubles need not be.
  const Decimal d = Decimal::scaled(12, -1).shifted(5).shifted(7);
  EXPECT_TRUE(d.exact());
  EXPECT_EQ(d.to_double(), 1200000000000.0);
  EXPECT_EQ(Decimal::scaled(15, -1).shifted(6).to_double(), 1500000.0);
}

TEST(Decimal, DecimalsAreTheNearestDouble) {
  EXPECT_EQ(Decimal::scaled(8, -2).to_double(), 0.08);
  EXPECT_EQ(Decimal::scaled(2204620, -3).to_double(), 2204.62);
  EXPECT_EQ(Decimal::scaled(123456789, -2).to_double(), 1234567.89);
}

TEST(Decimal, Arithmetic) {
  EXPECT_EQ(Decimal::integer(200).plus(Decimal::scaled(3, -2)).to_double(), 200.03);
  EXPECT_EQ(Decimal::integer(3).times(12).to_double(), 36.0);
  EXPECT_EQ(Decimal::integer(1).divided_by(4).to_double(), 0.25);
  EXPECT_TRUE(Decimal::integer(1).divided_by(4).exact());
  EXPECT_FALSE(Decimal::integer(2).divided_by(3).exact());
  EXPECT_DOUBLE_EQ(Decimal::integer(2).divided_by(3).to_double(), 2.0 / 3.0);
  EXPECT_EQ(Decimal::integer(5).negated().to_double(), -5.0);
  EXPECT_TRUE(Decimal::integer(40).is_integer());
  EXPECT_FALSE(Decimal::scaled(25, -1).is_integer());
}

TEST(Decimal, OverflowBecomesApproximate) {
  const Decimal big = Decimal::integer(999999999999999999).times(1000);
  EXPECT_FALSE(big.exact());
  EXPECT_DOUBLE_EQ(big.to_double(), 999999999999999999.0 * 1000.0);
  const Decimal huge = Decimal::integer(1).shifted(400);
  EXPECT_FALSE(huge.exact());
}

}  // namespace
}  // namespace quarry::figures
