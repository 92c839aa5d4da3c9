// The affiliation of each mention: from the mention itself (nationality, possessive, "for X", "-based"), else,
// for a person with a role, from the role's owner that the document makes clear: the country a title implies
// ("Union Minister": India), the organization a descriptor names ("a ministry official"), the person who holds
// the role ("the official"), the person's country ("President Vladimir Putin"), or the dateline's country.
#ifndef QUARRY_ACTORS_AFFILIATION_HPP
#define QUARRY_ACTORS_AFFILIATION_HPP

#include <cstdint>
#include <vector>

#include "coreference.hpp"
#include "lexicon.hpp"
#include "mention.hpp"

namespace quarry::actors {

void assign_affiliations(std::vector<Mention>& mentions, const Coreference& coreference, const Lexicon& lexicon,
                         int32_t home_country);

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_AFFILIATION_HPP
