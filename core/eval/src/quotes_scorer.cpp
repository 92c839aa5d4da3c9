#include <algorithm>

#include "example_builder.hpp"
#include "quarry/eval/comparison.hpp"
#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/span_matching.hpp"

namespace quarry::eval {
namespace {

std::string attributes(const Quote& q, std::string_view text) {
  std::string mention;
  if (q.speaker_span.annotated) {
    mention = q.speaker_span.value ? "speaker_span=\"" + std::string(span_text(text, *q.speaker_span.value)) + "\"@" +
                                         std::to_string(q.speaker_span.value->start)
                                   : "speaker_span=null";
  }
  return detail::joined({describe("kind", q.kind), describe("speaker", q.speaker), mention, describe("cue", q.cue)});
}

bool speaker_checked(const Quote& gold) { return gold.speaker.annotated || gold.speaker_span.annotated; }

// The canonical names agree (case and space folded, null equals null), or the speaker mentions overlap
// (the gold may name "Donald Trump" where the system only resolved the mention "he").
bool same_speaker(const Quote& gold, const Quote& system) {
  if (gold.speaker.annotated && same_folded(gold.speaker, system.speaker)) return true;
  return gold.speaker_span.value && system.speaker_span.value &&
         overlap(*gold.speaker_span.value, *system.speaker_span.value) > 0;
}

std::vector<Quote> of_kinds(const std::vector<Quote>& quotes, const std::vector<std::string>& kinds) {
  if (kinds.empty()) return quotes;
  std::vector<Quote> kept;
  for (const Quote& q : quotes) {
    if (q.kind.value && std::find(kinds.begin(), kinds.end(), *q.kind.value) != kinds.end()) kept.push_back(q);
  }
  return kept;
}

}  // namespace

ListScore score_quotes(DocumentRef doc, const std::vector<Quote>& all_gold, const std::vector<Quote>& all_system,
                       const ScoreOptions& options) {
  const std::vector<Quote> gold = of_kinds(all_gold, options.quote_kinds);
  const std::vector<Quote> system = of_kinds(all_system, options.quote_kinds);
  ListScore score;
  score.list = "quotes";
  score.headline = "e2e";
  score.documents = 1;
  score.prf = {{"detection", {}}, {"e2e", {}}};
  score.accuracy = {{"speaker", {}}, {"kind", {}}, {"cue", {}}};
  Prf& detection = score.prf_of("detection");
  Prf& e2e = score.prf_of("e2e");

  const Matching matching = match_spans(detail::spans_of(gold), detail::spans_of(system), MatchRule::kHalfOfGold);
  detection.gold = gold.size();
  detection.system = system.size();
  detection.correct = matching.pairs.size();
  for (const Quote& g : gold) e2e.gold += speaker_checked(g) ? 1 : 0;
  e2e.system = system.size();

  const auto describe = [&](const Quote& q) { return attributes(q, doc.text); };
  for (const MatchedPair& pair : matching.pairs) {
    const Quote& g = gold[pair.gold];
    const Quote& s = system[pair.system];
    std::vector<std::string> wrong;
    const bool speaker_right = same_speaker(g, s);
    detail::check(score.accuracy_of("speaker"), speaker_checked(g), speaker_right, "speaker", wrong);
    detail::check(score.accuracy_of("kind"), g.kind.annotated, same_exact(g.kind, s.kind), "kind", wrong);
    detail::check(score.accuracy_of("cue"), g.cue.annotated, same_folded(g.cue, s.cue), "cue", wrong);
    if (!speaker_checked(g)) {
      --e2e.system;
    } else if (speaker_right) {
      ++e2e.correct;
    }
    detail::record_mismatch(score, options, doc, g, s, wrong, describe);
  }
  detail::record_unmatched(score, options, doc, matching, gold, system, describe);
  return score;
}

}  // namespace quarry::eval
