// Checks web/compat/charconv_floating.hpp (floating-point std::from_chars for the web build's libc++) against
// the standard's contract. Built by web/CMakeLists.txt as quarry_web_charconv_check and run under node by
// scripts/web-test.sh; exits non-zero and names the case on a mismatch.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace {

struct Case {
  const char* text;
  double value;  // expected value when ok (NAN: expect a NaN)
  int used;      // characters consumed
  std::errc ec;
};

constexpr double kUntouched = -12345.0;

const Case kCases[] = {
    {"12.5", 12.5, 4, std::errc{}},
    {"1e3x", 1000.0, 3, std::errc{}},
    {"-0.25", -0.25, 5, std::errc{}},
    {".5", 0.5, 2, std::errc{}},
    {"5.", 5.0, 2, std::errc{}},
    {"12,000", 12.0, 2, std::errc{}},
    {"1e", 1.0, 1, std::errc{}},
    {"1e+", 1.0, 1, std::errc{}},
    {"2E-3", 0.002, 4, std::errc{}},
    {"0x1A", 0.0, 1, std::errc{}},
    {"inf", INFINITY, 3, std::errc{}},
    {"-Infinity", -INFINITY, 9, std::errc{}},
    {"nan", NAN, 3, std::errc{}},
    {"0.1", 0.1, 3, std::errc{}},
    {"+1", kUntouched, 0, std::errc::invalid_argument},
    {" 1", kUntouched, 0, std::errc::invalid_argument},
    {"abc", kUntouched, 0, std::errc::invalid_argument},
    {".", kUntouched, 0, std::errc::invalid_argument},
    {"-", kUntouched, 0, std::errc::invalid_argument},
    {"", kUntouched, 0, std::errc::invalid_argument},
    {"1e999", kUntouched, 5, std::errc::result_out_of_range},
};

bool same(double a, double b) { return std::isnan(b) ? std::isnan(a) : a == b; }

}  // namespace

int main() {
  int failures = 0;
  for (const Case& c : kCases) {
    double value = kUntouched;
    const auto result = std::from_chars(c.text, c.text + std::strlen(c.text), value);
    const int used = static_cast<int>(result.ptr - c.text);
    if (result.ec != c.ec || used != c.used || !same(value, c.value)) {
      std::printf("FAIL \"%s\": value %g used %d ec %d (expected %g, %d, %d)\n", c.text, value, used,
                  static_cast<int>(result.ec), c.value, c.used, static_cast<int>(c.ec));
      ++failures;
    }
  }
  // A range that does not end in NUL: the digits after `last` must not be read.
  const char digits[] = "1234";
  double value = 0;
  const auto bounded = std::from_chars(digits, digits + 2, value);
  if (value != 12.0 || bounded.ptr != digits + 2) {
    std::printf("FAIL bounded range: %g\n", value);
    ++failures;
  }
  const int total = static_cast<int>(sizeof kCases / sizeof kCases[0]) + 1;
  std::printf("charconv_floating: %d passed, %d failed\n", total - failures, failures);
  return failures == 0 ? 0 : 1;
}
