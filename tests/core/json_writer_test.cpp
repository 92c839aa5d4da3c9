#include "quarry/core/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace quarry::core {
namespace {

using nlohmann::ordered_json;

std::string written_string(std::string_view s, bool* valid = nullptr) {
  std::string out;
  JsonWriter writer(out);
  writer.string(s);
  if (valid) *valid = writer.valid_utf8();
  return out;
}

// nlohmann's answer for a string, or nullopt when its strict dump() refuses the bytes.
std::optional<std::string> nlohmann_string(const std::string& s) {
  try {
    return ordered_json(s).dump();
  } catch (const nlohmann::json::type_error&) {
    return std::nullopt;
  }
}

std::string hex(std::string_view s) {
  std::string out;
  for (const char c : s) {
    constexpr char kDigits[] = "0123456789abcdef";
    const auto b = static_cast<unsigned char>(c);
    out += {kDigits[b >> 4], kDigits[b & 0xF], ' '};
  }
  return out;
}

void expect_same_string(const std::string& s) {
  bool valid = false;
  const std::string ours = written_string(s, &valid);
  const std::optional<std::string> theirs = nlohmann_string(s);
  ASSERT_EQ(valid, theirs.has_value()) << "bytes: " << hex(s);
  if (theirs) {
    EXPECT_EQ(ours, *theirs) << "bytes: " << hex(s);
  }
}

TEST(JsonWriterString, EscapesEveryAsciiByteAsNlohmannDoes) {
  for (int b = 0; b < 0x80; ++b) {
    const std::string s = "a" + std::string(1, static_cast<char>(b)) + "z";
    expect_same_string(s);
    expect_same_string(std::string(1, static_cast<char>(b)));
  }
  // Spot checks of the rules themselves, so a shared mistake cannot pass unseen.
  EXPECT_EQ(written_string(std::string("\x00\x1f\x7f", 3)), "\"\\u0000\\u001f\x7f\"");
  EXPECT_EQ(written_string("\b\f\n\r\t\x0b"), R"("\b\f\n\r\t\u000b")");
  EXPECT_EQ(written_string(R"(say "hi" \ / ok)"), R"("say \"hi\" \\ / ok")");
}

TEST(JsonWriterString, FindsSpecialBytesAtEveryOffsetOfALongString) {
  // Long plain runs are skipped a word at a time: every special byte at every offset of a 24-byte string.
  for (const std::string& special :
       std::vector<std::string>{"\"", "\\", std::string(1, '\0'), "\x1f", "\n", "\x7f", " ", "\xC3\xA9", "\xE2\x80\x9C",
                                "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\xED\xA0\x80"}) {
    for (size_t at = 0; at <= 24; ++at) {
      std::string s(24, 'x');
      s.insert(at, special);
      expect_same_string(s);
    }
  }
  EXPECT_EQ(written_string("abcdefghijklmnop\"qrstuvwxyz"), R"("abcdefghijklmnop\"qrstuvwxyz")");
}

TEST(JsonWriterString, KeepsUtf8AsIs) {
  const std::string s = "Zo\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 \xEF\xBF\xBF \xF4\x8F\xBF\xBF";
  EXPECT_EQ(written_string(s), "\"" + s + "\"");
  expect_same_string(s);
  expect_same_string("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80");
}

TEST(JsonWriterString, RefusesIllFormedUtf8WhereNlohmannThrows) {
  // Every lead byte with every second byte, alone and followed by continuations.
  for (int lead = 0x80; lead < 0x100; ++lead) {
    for (int second = 0; second < 0x100; ++second) {
      const std::string pair{static_cast<char>(lead), static_cast<char>(second)};
      expect_same_string(pair);
      expect_same_string("x" + pair + "\x80\x80y");
      expect_same_string(pair + "\xBF");
    }
  }
  bool valid = true;
  written_string("ok \xED\xA0\x80 surrogate", &valid);
  EXPECT_FALSE(valid);
  written_string("\xF4\x90\x80\x80", &valid);  // above U+10FFFF
  EXPECT_FALSE(valid);
  written_string("\xE0\x9F\xBF", &valid);  // overlong
  EXPECT_FALSE(valid);
  written_string("cut \xE2\x80", &valid);  // truncated at the end
  EXPECT_FALSE(valid);
}

TEST(JsonWriterNumbers, IntegersAsNlohmann) {
  for (const int64_t n : {int64_t{0}, int64_t{-1}, int64_t{7}, int64_t{-1234567890123},
                          std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max()}) {
    std::string out;
    JsonWriter(out).integer(n);
    EXPECT_EQ(out, ordered_json(n).dump());
  }
  for (const uint64_t n : {uint64_t{0}, uint64_t{4294967295u}, std::numeric_limits<uint64_t>::max()}) {
    std::string out;
    JsonWriter(out).unsigned_integer(n);
    EXPECT_EQ(out, ordered_json(n).dump());
  }
}

TEST(JsonWriterNumbers, DoublesAsNlohmann) {
  const double values[] = {0.1,
                           1e300,
                           -0.0,
                           0.0,
                           2.0,
                           -3.0,
                           1e-7,
                           123456789.125,
                           5e-324,
                           1e21,
                           1e22,
                           1.5e-5,
                           -2.5,
                           1.0 / 3,
                           1e16,
                           9007199254740993.0,
                           std::numeric_limits<double>::max(),
                           std::numeric_limits<double>::lowest(),
                           std::numeric_limits<double>::quiet_NaN(),
                           std::numeric_limits<double>::infinity()};
  for (const double d : values) {
    std::string out;
    JsonWriter(out).number(d);
    EXPECT_EQ(out, ordered_json(d).dump()) << d;
  }
  std::string out;
  JsonWriter(out).number(-0.0);
  EXPECT_EQ(out, "-0.0");
}

// The same nested value written by the writer and built as a DOM, compared in compact and indented forms.
void write_sample(JsonWriter& w) {
  w.begin_object();
  w.key("schema");
  w.string("s/1");
  w.key("empty_object");
  w.begin_object();
  w.end_object();
  w.key("empty_array");
  w.begin_array();
  w.end_array();
  w.key("flags");
  w.begin_array();
  w.boolean(true);
  w.boolean(false);
  w.null();
  w.end_array();
  w.key("list");
  w.begin_array();
  w.begin_object();
  w.key("start");
  w.unsigned_integer(3);
  w.key("te\"xt");
  w.string("a\tb");
  w.key("nested");
  w.begin_array();
  w.begin_array();
  w.end_array();
  w.begin_object();
  w.end_object();
  w.integer(-5);
  w.number(0.25);
  w.end_array();
  w.end_object();
  w.begin_object();
  w.end_object();
  w.end_array();
  w.end_object();
}

ordered_json sample_dom() {
  ordered_json dom;
  dom["schema"] = "s/1";
  dom["empty_object"] = ordered_json::object();
  dom["empty_array"] = ordered_json::array();
  dom["flags"] = ordered_json::array({true, false, nullptr});
  ordered_json first;
  first["start"] = 3u;
  first["te\"xt"] = "a\tb";
  first["nested"] = ordered_json::array({ordered_json::array(), ordered_json::object(), -5, 0.25});
  dom["list"] = ordered_json::array({first, ordered_json::object()});
  return dom;
}

TEST(JsonWriterStructure, NestingAndIndentationAsNlohmann) {
  for (const int indent : {-1, 0, 1, 2, 4}) {
    std::string out;
    JsonWriter writer(out, indent);
    write_sample(writer);
    EXPECT_EQ(out, sample_dom().dump(indent)) << "indent " << indent;
  }
  std::string compact;
  JsonWriter writer(compact);
  write_sample(writer);
  EXPECT_EQ(compact, R"({"schema":"s/1","empty_object":{},"empty_array":[],"flags":[true,false,null],)"
                     R"("list":[{"start":3,"te\"xt":"a\tb","nested":[[],{},-5,0.25]},{}]})");
}

TEST(JsonWriterStructure, AppendsToWhatIsThere) {
  std::string out = "before ";
  JsonWriter writer(out);
  writer.begin_array();
  writer.integer(1);
  writer.end_array();
  EXPECT_EQ(out, "before [1]");
}

}  // namespace
}  // namespace quarry::core
