// Writes JSON text straight into a std::string, byte for byte as nlohmann::json::dump(indent) writes the same
// values (ensure_ascii off, strict UTF-8): document output is written this way instead of building a DOM that
// costs more time and memory than the plugins' work and is dumped once.
#ifndef QUARRY_CORE_JSON_WRITER_HPP
#define QUARRY_CORE_JSON_WRITER_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace quarry::core {

class JsonWriter {
 public:
  // Appends to `out`. indent < 0 writes compact JSON, as dump(); indent >= 0 as dump(indent).
  explicit JsonWriter(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The name of the next value inside an object. Keys are written as given: the caller keeps them distinct
  // (an nlohmann object would keep only the last value of a repeated key, in the place of the first).
  void key(std::string_view name);

  void string(std::string_view s);
  void integer(int64_t n);
  void unsigned_integer(uint64_t n);
  // Shortest text that reads back as the same double, as nlohmann writes it ("0.1", "1e+300", "-0.0", "2.0");
  // NaN and infinities as null.
  void number(double d);
  void boolean(bool b);
  void null();

  // False once a string held ill-formed UTF-8. nlohmann's dump() throws type_error 316 there; the output
  // written so far is not what it would give, so the caller must not use it.
  bool valid_utf8() const { return valid_utf8_; }

 private:
  // The comma, line break and indentation before a key, or before a value that has no key.
  void separate();
  void close(char bracket);
  void write_escaped(std::string_view s);

  std::string& out_;
  int indent_;
  std::vector<bool> empty_;  // per open object or array: nothing written in it yet
  bool after_key_ = false;
  bool valid_utf8_ = true;
};

}  // namespace quarry::core

#endif  // QUARRY_CORE_JSON_WRITER_HPP
