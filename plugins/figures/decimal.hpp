// An exact decimal number for figure values. "1.2 lakh crore" must come out as exactly 1200000000000 and
// "0.08" as the double nearest to 0.08 (what a JSON reader makes of the gold), which repeated double
// multiplication does not guarantee. Values are kept as mantissa x 10^exponent while they fit in 18 digits,
// and as a plain double (inexact) once a fraction or an overflow makes that impossible.
#ifndef QUARRY_FIGURES_DECIMAL_HPP
#define QUARRY_FIGURES_DECIMAL_HPP

#include <cmath>
#include <cstdint>

namespace quarry::figures {

class Decimal {
 public:
  constexpr Decimal() = default;
  static constexpr Decimal integer(int64_t value) { return Decimal(value, 0); }
  static constexpr Decimal scaled(int64_t mantissa, int exponent) { return Decimal(mantissa, exponent); }
  static Decimal approximate(double value) {
    Decimal d;
    d.exact_ = false;
    d.approx_ = value;
    return d;
  }

  bool exact() const { return exact_; }
  bool is_zero() const { return exact_ ? mantissa_ == 0 : approx_ == 0.0; }
  bool is_integer() const { return exact_ && (exponent_ >= 0 || mantissa_ % pow10(-exponent_) == 0); }
  int exponent() const { return exponent_; }

  double to_double() const {
    if (!exact_) return approx_;
    if (exponent_ >= 0) return static_cast<double>(mantissa_) * static_cast<double>(pow10(exponent_));
    // One correctly rounded division of two exactly representable integers gives the double nearest to
    // the decimal, the same value a JSON parser reads from "0.08".
    return static_cast<double>(mantissa_) / static_cast<double>(pow10(-exponent_));
  }

  // this x 10^power ("1.5 million": 15e-1 -> 15e5).
  Decimal shifted(int power) const {
    if (!exact_) return approximate(approx_ * std::pow(10.0, power));
    Decimal d = *this;
    d.exponent_ += power;
    d.normalize();
    return d;
  }

  Decimal times(int64_t factor) const {
    if (exact_ && fits_product(mantissa_, factor)) return Decimal(mantissa_ * factor, exponent_);
    return approximate(to_double() * static_cast<double>(factor));
  }

  Decimal divided_by(int64_t divisor) const {
    if (divisor == 0) return *this;
    if (exact_) {
      // Exact when the division leaves no remainder at some power of ten ("1/4" = 25e-2).
      int64_t m = mantissa_;
      int e = exponent_;
      for (int guard = 0; guard < 6 && m % divisor != 0 && fits_product(m, 10); ++guard) {
        m *= 10;
        --e;
      }
      if (m % divisor == 0) return Decimal(m / divisor, e);
    }
    return approximate(to_double() / static_cast<double>(divisor));
  }

  Decimal plus(const Decimal& other) const {
    if (exact_ && other.exact_) {
      Decimal a = *this, b = other;
      if (a.align_to(b.exponent_) && b.align_to(a.exponent_) && fits_sum(a.mantissa_, b.mantissa_)) {
        return Decimal(a.mantissa_ + b.mantissa_, a.exponent_);
      }
    }
    return approximate(to_double() + other.to_double());
  }

  Decimal negated() const {
    Decimal d = *this;
    d.mantissa_ = -d.mantissa_;
    d.approx_ = -d.approx_;
    return d;
  }

 private:
  constexpr Decimal(int64_t mantissa, int exponent) : mantissa_(mantissa), exponent_(exponent) {}

  static constexpr int64_t kLimit = 1000000000000000000;  // 10^18: stay well inside int64

  static constexpr int64_t pow10(int n) {
    int64_t p = 1;
    for (int i = 0; i < n && i < 18; ++i) p *= 10;
    return p;
  }
  static bool fits_product(int64_t a, int64_t b) {
    const int64_t abs_a = a < 0 ? -a : a, abs_b = b < 0 ? -b : b;
    return abs_b == 0 || abs_a <= kLimit / abs_b;
  }
  static bool fits_sum(int64_t a, int64_t b) {
    const int64_t abs_a = a < 0 ? -a : a, abs_b = b < 0 ? -b : b;
    return abs_a <= kLimit - abs_b;
  }
  // Lowers the exponent to `target` (multiplying the mantissa) when that is smaller; false on overflow.
  bool align_to(int target) {
    while (exponent_ > target) {
      if (!fits_product(mantissa_, 10)) return false;
      mantissa_ *= 10;
      --exponent_;
    }
    return true;
  }
  // Keeps trailing zeros of the mantissa in the exponent so the mantissa stays small.
  void normalize() {
    while (mantissa_ != 0 && mantissa_ % 10 == 0 && exponent_ < 0) {
      mantissa_ /= 10;
      ++exponent_;
    }
    if (exponent_ > 18 || exponent_ < -18) *this = approximate(to_double_unchecked());
  }
  double to_double_unchecked() const { return static_cast<double>(mantissa_) * std::pow(10.0, exponent_); }

  int64_t mantissa_ = 0;
  int exponent_ = 0;
  bool exact_ = true;
  double approx_ = 0.0;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_DECIMAL_HPP
