#include "quarry/core/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

namespace quarry::core {
namespace {

enum class ByteClass : uint8_t { Plain, Escaped, NonAscii };

constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    classes[b] = b < 0x20 || b == '"' || b == '\\' ? ByteClass::Escaped
                 : b >= 0x80                       ? ByteClass::NonAscii
                                                   : ByteClass::Plain;
  }
  return classes;
}();

// True when one of the eight bytes of `w` is below 0x20, a quote, a backslash or 0x80 and above: the bytes that
// are escaped or start a multi-byte character. Text is mostly plain ASCII, which this skips a word at a time.
constexpr bool needs_a_look(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101u, kHighs = 0x8080808080808080u;
  const auto has_zero_byte = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  return (below_space | has_zero_byte(w ^ (kOnes * '"')) | has_zero_byte(w ^ (kOnes * '\\')) | (w & kHighs)) != 0;
}

// Length of the well-formed UTF-8 sequence that starts at s[i] (a byte >= 0x80), or 0 when it is ill-formed:
// the Unicode table of well-formed byte sequences, which is what nlohmann's decoder accepts (no overlong
// forms, no surrogates, nothing above U+10FFFF).
size_t sequence_length(std::string_view s, size_t i) {
  const auto byte_in = [&](size_t k, unsigned lo, unsigned hi) {
    if (k >= s.size()) return false;
    const auto b = static_cast<unsigned char>(s[k]);
    return b >= lo && b <= hi;
  };
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead >= 0xC2 && lead <= 0xDF) return byte_in(i + 1, 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned lo = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned hi = lead == 0xED ? 0x9F : 0xBF;
    return byte_in(i + 1, lo, hi) && byte_in(i + 2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned lo = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = lead == 0xF4 ? 0x8F : 0xBF;
    return byte_in(i + 1, lo, hi) && byte_in(i + 2, 0x80, 0xBF) && byte_in(i + 3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// nlohmann's escape of a control character or quote: the short forms where JSON has one, else \u00xx in lower
// case.
void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '\b':
      out += "\\b";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\r':
      out += "\\r";
      return;
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
}

}  // namespace

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the top-level value
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  if (indent_ >= 0) {
    out_ += '\n';
    out_.append(empty_.size() * static_cast<size_t>(indent_), ' ');
  }
}

void JsonWriter::close(char bracket) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty && indent_ >= 0) {
    out_ += '\n';
    out_.append(empty_.size() * static_cast<size_t>(indent_), ' ');
  }
  out_ += bracket;
}

void JsonWriter::begin_object() {
  separate();
  out_ += '{';
  empty_.push_back(true);
}

void JsonWriter::end_object() { close('}'); }

void JsonWriter::begin_array() {
  separate();
  out_ += '[';
  empty_.push_back(true);
}

void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view name) {
  separate();
  write_escaped(name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  separate();
  write_escaped(s);
}

void JsonWriter::integer(int64_t n) {
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out_.append(digits, end);
}

void JsonWriter::unsigned_integer(uint64_t n) {
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out_.append(digits, end);
}

void JsonWriter::number(double d) {
  separate();
  // nlohmann's own float formatting (Grisu2, then its exponent and ".0" rules): doubles are rare in the output,
  // and any other shortest-form printer differs from it in corner cases.
  out_ += nlohmann::json(d).dump();
}

void JsonWriter::boolean(bool b) {
  separate();
  out_ += b ? "true" : "false";
}

void JsonWriter::null() {
  separate();
  out_ += "null";
}

// Plain ASCII is copied in runs and skipped eight bytes at a time; only quotes, backslashes, control bytes
// and the starts of multi-byte characters are looked at one by one.
void JsonWriter::write_escaped(std::string_view s) {
  out_ += '"';
  size_t run = 0;
  for (size_t i = 0; i < s.size();) {
    if (s.size() - i >= sizeof(uint64_t)) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, sizeof word);
      if (!needs_a_look(word)) {
        i += sizeof word;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    switch (kByteClasses[c]) {
      case ByteClass::Plain:
        ++i;
        break;
      case ByteClass::Escaped:
        out_.append(s.data() + run, i - run);
        append_escape(out_, c);
        run = ++i;
        break;
      case ByteClass::NonAscii: {
        const size_t length = sequence_length(s, i);
        if (length == 0) {
          valid_utf8_ = false;
          ++i;
        } else {
          i += length;
        }
        break;
      }
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

}  // namespace quarry::core
