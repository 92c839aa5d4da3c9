// Reads Debian iso-codes' iso_3166-1.json (embedded at build time) without a JSON library: the file is a flat
// array of objects whose values are plain strings, so a small scanner for "key": "value" pairs is enough.
#ifndef QUARRY_ACTORS_ISO_COUNTRIES_HPP
#define QUARRY_ACTORS_ISO_COUNTRIES_HPP

#include <string>
#include <string_view>
#include <vector>

namespace quarry::actors {

struct IsoCountry {
  std::string alpha_2;
  std::string name;
  std::string common_name;    // may be empty
  std::string official_name;  // may be empty
};

std::vector<IsoCountry> parse_iso_3166_1(std::string_view json);

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_ISO_COUNTRIES_HPP
