// Floating-point std::from_chars for the web build. The libc++ of Debian's Emscripten 3.1.6 (LLVM 14) has only
// the integer overloads, so standard C++17 plugin code such as `std::from_chars(b, e, double&)` fails to compile
// there ("call to deleted function"). web/CMakeLists.txt force-includes this header into plugin sources in the
// web build only; native builds use the standard library's own overloads. Remove it when the toolchain has them.
//
// Same contract as the standard for chars_format::general: no leading whitespace or '+', decimal digits with an
// optional fraction and exponent, or inf/infinity/nan; ptr is one past the last character used;
// invalid_argument leaves value untouched; result_out_of_range when the value does not fit. Parsed by strtod
// (the "C" locale is the only one in the module) from a bounded copy, since [first, last) need not end in NUL.
#ifndef QUARRY_WEB_COMPAT_CHARCONV_FLOATING_HPP
#define QUARRY_WEB_COMPAT_CHARCONV_FLOATING_HPP

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <string>
#include <system_error>

namespace quarry::web_compat {

// Length of the longest prefix of [first, last) that from_chars(general) accepts, or 0.
inline size_t general_float_prefix(const char* first, const char* last) {
  const char* p = first;
  if (p != last && *p == '-') ++p;
  const auto word = [&](const char* w) {
    const char* q = p;
    for (; *w; ++w, ++q) {
      if (q == last || (*q | 0x20) != *w) return static_cast<const char*>(nullptr);
    }
    return q;
  };
  if (const char* end = word("infinity")) return static_cast<size_t>(end - first);
  if (const char* end = word("inf")) return static_cast<size_t>(end - first);
  if (const char* end = word("nan")) return static_cast<size_t>(end - first);
  const auto digit = [&](const char* q) { return q != last && *q >= '0' && *q <= '9'; };
  const char* q = p;
  while (digit(q)) ++q;
  bool any = q != p;
  if (q != last && *q == '.') {
    const char* fraction = q + 1;
    while (digit(fraction)) ++fraction;
    if (fraction != q + 1 || any) {
      any = true;
      q = fraction;
    }
  }
  if (!any) return 0;
  if (q != last && (*q == 'e' || *q == 'E')) {
    const char* e = q + 1;
    if (e != last && (*e == '+' || *e == '-')) ++e;
    if (digit(e)) {
      while (digit(e)) ++e;
      q = e;
    }
  }
  return static_cast<size_t>(q - first);
}

}  // namespace quarry::web_compat

namespace std {

inline from_chars_result from_chars(const char* first, const char* last, double& value,
                                    chars_format = chars_format::general) {
  const size_t length = quarry::web_compat::general_float_prefix(first, last);
  if (length == 0) return {first, errc::invalid_argument};
  const string copy(first, length);
  errno = 0;
  const double parsed = strtod(copy.c_str(), nullptr);
  if (errno == ERANGE) return {first + length, errc::result_out_of_range};
  value = parsed;
  return {first + length, errc{}};
}

inline from_chars_result from_chars(const char* first, const char* last, float& value,
                                    chars_format format = chars_format::general) {
  double wide = 0;
  const from_chars_result result = from_chars(first, last, wide, format);
  if (result.ec == errc{}) value = static_cast<float>(wide);
  return result;
}

}  // namespace std

#endif  // QUARRY_WEB_COMPAT_CHARCONV_FLOATING_HPP
