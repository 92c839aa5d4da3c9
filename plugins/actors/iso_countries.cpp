#include "iso_countries.hpp"

namespace quarry::actors {
namespace {

// Reads a JSON string starting after its opening quote; handles the simple escapes iso-codes uses.
std::string read_string(std::string_view json, size_t& pos) {
  std::string out;
  while (pos < json.size() && json[pos] != '"') {
    if (json[pos] == '\\' && pos + 1 < json.size()) {
      ++pos;
      out += json[pos] == 'n' ? '\n' : json[pos];
    } else {
      out += json[pos];
    }
    ++pos;
  }
  ++pos;  // closing quote
  return out;
}

}  // namespace

std::vector<IsoCountry> parse_iso_3166_1(std::string_view json) {
  std::vector<IsoCountry> out;
  size_t pos = json.find('[');
  if (pos == std::string_view::npos) return out;
  while (true) {
    const size_t open = json.find('{', pos);
    if (open == std::string_view::npos) break;
    const size_t close = json.find('}', open);
    if (close == std::string_view::npos) break;
    IsoCountry country;
    size_t at = open + 1;
    while (at < close) {
      const size_t key_start = json.find('"', at);
      if (key_start == std::string_view::npos || key_start >= close) break;
      size_t p = key_start + 1;
      const std::string key = read_string(json, p);
      const size_t value_start = json.find('"', p);
      if (value_start == std::string_view::npos || value_start >= close) break;
      p = value_start + 1;
      std::string value = read_string(json, p);
      if (key == "alpha_2")
        country.alpha_2 = std::move(value);
      else if (key == "name")
        country.name = std::move(value);
      else if (key == "common_name")
        country.common_name = std::move(value);
      else if (key == "official_name")
        country.official_name = std::move(value);
      at = p;
    }
    if (!country.alpha_2.empty() && !country.name.empty()) out.push_back(std::move(country));
    pos = close + 1;
  }
  return out;
}

}  // namespace quarry::actors
