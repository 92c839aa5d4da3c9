#include "example_builder.hpp"
#include "quarry/eval/comparison.hpp"
#include "quarry/eval/list_scorers.hpp"
#include "quarry/eval/span_matching.hpp"

namespace quarry::eval {
namespace {

std::string attributes(const Actor& a) {
  return detail::joined({describe("name", a.name), describe("type", a.type), describe("role", a.role),
                         describe("affiliation", a.affiliation)});
}

}  // namespace

ListScore score_actors(DocumentRef doc, const std::vector<Actor>& gold, const std::vector<Actor>& system,
                       const ScoreOptions& options) {
  ListScore score;
  score.list = "actors";
  score.headline = "e2e";
  score.documents = 1;
  score.prf = {{"mention", {}}, {"e2e", {}}};
  score.accuracy = {{"name", {}}, {"type", {}}, {"role", {}}, {"affiliation", {}}};
  Prf& mention = score.prf_of("mention");
  Prf& e2e = score.prf_of("e2e");

  const Matching matching = match_spans(detail::spans_of(gold), detail::spans_of(system), MatchRule::kOverlap);
  mention.gold = gold.size();
  mention.system = system.size();
  mention.correct = matching.pairs.size();
  // e2e checks the canonical name and the role, each where the gold annotates it.
  auto e2e_checked = [](const Actor& a) { return a.name.annotated || a.role.annotated; };
  for (const Actor& g : gold) e2e.gold += e2e_checked(g) ? 1 : 0;
  e2e.system = system.size();

  const auto describe = [](const auto& entry) { return attributes(entry); };
  for (const MatchedPair& pair : matching.pairs) {
    const Actor& g = gold[pair.gold];
    const Actor& s = system[pair.system];
    std::vector<std::string> wrong;
    const bool name_right = same_folded(g.name, s.name);
    const bool role_right = same_folded(g.role, s.role);
    detail::check(score.accuracy_of("name"), g.name.annotated, name_right, "name", wrong);
    detail::check(score.accuracy_of("type"), g.type.annotated, same_folded(g.type, s.type), "type", wrong);
    detail::check(score.accuracy_of("role"), g.role.annotated, role_right, "role", wrong);
    detail::check(score.accuracy_of("affiliation"), g.affiliation.annotated, same_folded(g.affiliation, s.affiliation),
                  "affiliation", wrong);
    if (!e2e_checked(g)) {
      --e2e.system;
    } else if ((!g.name.annotated || name_right) && (!g.role.annotated || role_right)) {
      ++e2e.correct;
    }
    detail::record_mismatch(score, options, doc, g, s, wrong, describe);
  }
  detail::record_unmatched(score, options, doc, matching, gold, system, describe);
  return score;
}

}  // namespace quarry::eval
