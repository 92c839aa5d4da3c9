// parse_digits: the grouping rules of digit tokens (Western, Indian, none) and what is refused.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>

#include "number_reader.hpp"

namespace quarry::figures {
namespace {

double value_of(std::string_view token) {
  const auto d = parse_digits(token);
  EXPECT_TRUE(d.has_value()) << token;
  return d ? d->to_double() : -1.0;
}

TEST(Digits, Grouping) {
  EXPECT_EQ(value_of("11,000"), 11000);
  EXPECT_EQ(value_of("1,234,567"), 1234567);
  EXPECT_EQ(value_of("1,00,000"), 100000);  // Indian: lakh
  EXPECT_EQ(value_of("12,34,567.89"), 1234567.89);
  EXPECT_EQ(value_of("2.5"), 2.5);
  EXPECT_EQ(value_of("0.5"), 0.5);
  EXPECT_EQ(value_of("4.800"), 4.8);
  EXPECT_EQ(value_of("007"), 7);
}

TEST(Digits, PlainIntegers) {
  bool plain = false;
  int digits = 0;
  ASSERT_TRUE(parse_digits("2024", &plain, &digits));
  EXPECT_TRUE(plain);
  EXPECT_EQ(digits, 4);
  ASSERT_TRUE(parse_digits("2,024", &plain, &digits));
  EXPECT_FALSE(plain);
  ASSERT_TRUE(parse_digits("20.24", &plain, &digits));
  EXPECT_FALSE(plain);
  EXPECT_EQ(digits, 2);
}

TEST(Digits, RefusesListsAndAddresses) {
  EXPECT_FALSE(parse_digits("1,2,3,4"));
  EXPECT_FALSE(parse_digits("192.168.1.2"));
  EXPECT_FALSE(parse_digits("1,0000"));
  EXPECT_FALSE(parse_digits("12,34,5"));
  EXPECT_FALSE(parse_digits("1.5,000"));
  EXPECT_FALSE(parse_digits(""));
}

TEST(Digits, DecimalComma) {
  EXPECT_EQ(parse_decimal_comma("5,00")->to_double(), 5.0);
  EXPECT_EQ(parse_decimal_comma("1,3")->to_double(), 1.3);
  EXPECT_EQ(parse_decimal_comma("1.111,11")->to_double(), 1111.11);
  EXPECT_EQ(parse_decimal_comma("1234,5")->to_double(), 1234.5);
  EXPECT_FALSE(parse_decimal_comma("1,234"));  // English grouping
  EXPECT_FALSE(parse_decimal_comma("1,2,3"));
  EXPECT_FALSE(parse_decimal_comma("1.11,5"));  // a point group must have three digits
  EXPECT_FALSE(parse_decimal_comma("1,"));
}

TEST(Digits, NumberLists) {
  std::array<std::string_view, kMaxListNumbers> numbers;
  ASSERT_EQ(split_number_list("22,24,26,31", numbers), 4u);
  EXPECT_EQ(numbers[0], "22");
  EXPECT_EQ(numbers[3], "31");
  EXPECT_EQ(split_number_list("192.168.1.2", numbers), 4u);
  EXPECT_EQ(split_number_list("1,2", numbers), 0u);       // two numbers: a decimal comma or a pair
  EXPECT_EQ(split_number_list("1,2.3,4", numbers), 0u);   // mixed separators
  EXPECT_EQ(split_number_list("1,2222,3", numbers), 0u);  // groups of one to three digits
  EXPECT_EQ(split_number_list("1,,2,3", numbers), 0u);
  EXPECT_EQ(split_number_list(std::string(100, '1') + ",2,3", numbers), 0u);
}

TEST(Digits, VeryLongDigitRuns) {
  const auto d = parse_digits(std::string(300, '9'));
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->exact());
  EXPECT_GT(d->to_double(), 1e299);
  // Beyond a double's range there is no value to report.
  EXPECT_FALSE(parse_digits(std::string(400, '9')));
}

}  // namespace
}  // namespace quarry::figures
