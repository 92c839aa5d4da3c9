// The four scorers: pure functions from one document's gold and system entries of a list to counts (and
// examples). Definitions (docs/BENCHMARKS.md has them in full):
//
// figures  match: any overlap, one to one (identical first, then largest overlap).
//          span P/R/F1; accuracy on matched of value (value, low and high as annotated; exact up to float
//          rounding), qualifier, unit (case-folded); e2e P/R/F1: matched with the right value. Gold without a
//          `value` key (MeasEval) is left out of value accuracy and e2e (with the system entry matched to it).
// actors   match: any overlap. mention P/R/F1; name/type/role/affiliation accuracy (case and space folded,
//          null equals null); e2e: matched with the right name and role.
// quotes   match: the system span covers at least half of the gold span. detection P/R/F1; speaker accuracy
//          (folded names equal, or speaker spans overlapping); kind and cue accuracy; e2e: matched with the
//          right speaker. ScoreOptions::quote_kinds restricts gold and system to those kinds first.
// dates    TempEval-3: match by any overlap; strict P/R/F1 (identical offsets), relaxed P/R/F1, type and value
//          accuracy on relaxed pairs, type F1 and value F1 (relaxed pairs with the right type/value).
//
// A gold attribute that is not annotated (absent key) is never checked. A gold entry with none of a list's
// e2e attributes annotated is left out of its e2e counts, together with the system entry matched to it.
#ifndef QUARRY_EVAL_LIST_SCORERS_HPP
#define QUARRY_EVAL_LIST_SCORERS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "quarry/eval/entries.hpp"
#include "quarry/eval/scores.hpp"

namespace quarry::eval {

struct DocumentRef {
  std::string_view id;
  std::string_view text;
};

struct ScoreOptions {
  size_t max_examples = 0;               // examples kept per kind (misses, false alarms, mismatches)
  std::vector<std::string> quote_kinds;  // empty: all kinds
};

ListScore score_figures(DocumentRef doc, const std::vector<Figure>& gold, const std::vector<Figure>& system,
                        const ScoreOptions& options);
ListScore score_actors(DocumentRef doc, const std::vector<Actor>& gold, const std::vector<Actor>& system,
                       const ScoreOptions& options);
ListScore score_quotes(DocumentRef doc, const std::vector<Quote>& gold, const std::vector<Quote>& system,
                       const ScoreOptions& options);
ListScore score_dates(DocumentRef doc, const std::vector<DateEntry>& gold, const std::vector<DateEntry>& system,
                      const ScoreOptions& options);

}  // namespace quarry::eval

#endif  // QUARRY_EVAL_LIST_SCORERS_HPP
