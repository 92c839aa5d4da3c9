// Which stretch of a unit each attribution reports: the content after its cue, the content before it (a
// trailing attribution), or nothing, when attributions nest, follow each other, or pass words on (channels).
#ifndef QUARRY_QUOTES_CONTENT_REGIONS_HPP
#define QUARRY_QUOTES_CONTENT_REGIONS_HPP

#include <cstdint>
#include <vector>

#include "attribution.hpp"
#include "document_scan.hpp"

namespace quarry::quotes {

// The content region an attribution owns: tokens [first, last), before trimming punctuation.
struct Claim {
  uint32_t first = 0;
  uint32_t last = 0;
  RightContent how = RightContent::kNone;
  bool active = false;
};

// For attribution i of a unit: what it reports before it (left[i]) and after it (right[i]), and whether it
// was folded into another attribution's content (cancelled[i]).
struct UnitClaims {
  std::vector<Claim> left;
  std::vector<Claim> right;
  std::vector<bool> cancelled;
};

void assign_regions(const DocumentScan& scan, const Unit& unit, const std::vector<Attribution>& attributions,
                    UnitClaims& out);

// Punctuation trimmed from the edges of a content region ("," "." ";" ":" dashes "?" "!").
bool is_trimmed_punct(const DocumentScan& scan, uint32_t k);

}  // namespace quarry::quotes

#endif  // QUARRY_QUOTES_CONTENT_REGIONS_HPP
