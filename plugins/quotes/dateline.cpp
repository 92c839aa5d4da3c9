#include "dateline.hpp"

namespace quarry::quotes {
namespace {

// A dateline is short: place words, a region, a date and an agency.
constexpr uint32_t kMaxPlaceWords = 4;
constexpr uint32_t kMaxDetailTokens = 12;
constexpr uint32_t kMaxAgencyTokens = 6;

std::string_view token_text(std::span<const Token> tokens, std::string_view text, uint32_t i) {
  return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
}

bool is_dash_text(std::string_view p) { return p == "-" || p == "—" || p == "–" || p == "--"; }

// A city in capitals ("NAIROBI", "NEW YORK", "WINSTON-SALEM"): two letters at least, no lower case.
bool is_place_word(const Token& t, std::string_view w) {
  return is_word(t) && has_flag(t, QUARRY_TOKEN_ALL_UPPER) && w.size() >= 2;
}

}  // namespace

uint32_t dateline_end(std::span<const Token> tokens, std::string_view text, uint32_t first, uint32_t last) {
  auto punct = [&](uint32_t i, std::string_view p) {
    return i < last && tokens[i].kind == QUARRY_TOKEN_PUNCT && token_text(tokens, text, i) == p;
  };
  uint32_t k = first;
  uint32_t places = 0;
  while (k < last && places < kMaxPlaceWords && is_place_word(tokens[k], token_text(tokens, text, k))) {
    ++k;
    ++places;
  }
  // ", Mass., Dec. 11" / ", June 3": a region and a date, each capitalised or a number.
  if (places > 0 && punct(k, ",")) {
    const uint32_t start = k;
    while (k < last && k - start < kMaxDetailTokens) {
      const Token& t = tokens[k];
      const bool detail = (is_word(t) && has_flag(t, QUARRY_TOKEN_UPPER_INITIAL)) || is_number(t) || punct(k, ",") ||
                          (punct(k, ".") && !has_flag(t, QUARRY_TOKEN_SPACE_BEFORE));
      if (!detail) break;
      ++k;
    }
  }
  // "(AP)", "(Quarry Wire)", "(UPI)": the agency.
  if (punct(k, "(")) {
    const uint32_t open = k;
    ++k;
    while (k < last && k - open <= kMaxAgencyTokens && !punct(k, ")")) {
      const Token& t = tokens[k];
      if (!(is_word(t) && has_flag(t, QUARRY_TOKEN_UPPER_INITIAL)) && !punct(k, ".") && !punct(k, "-")) return first;
      ++k;
    }
    if (!punct(k, ")") || k == open + 1) return first;
    ++k;
    if (places == 0) places = 1;  // "(Reuters) -" alone opens a paragraph as well
  }
  if (places == 0 || k >= last || tokens[k].kind != QUARRY_TOKEN_PUNCT || !is_dash_text(token_text(tokens, text, k))) {
    return first;
  }
  // A dash glued to both neighbours joins words ("U.S.-LED"), it does not close a dateline.
  if (!has_flag(tokens[k], QUARRY_TOKEN_SPACE_BEFORE) && k + 1 < last &&
      !has_flag(tokens[k + 1], QUARRY_TOKEN_SPACE_BEFORE)) {
    return first;
  }
  ++k;
  return k < last ? k : first;
}

}  // namespace quarry::quotes
