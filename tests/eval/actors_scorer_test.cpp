#include <gtest/gtest.h>

#include "quarry/eval/list_scorers.hpp"
#include "scorer_test_support.hpp"

namespace quarry::eval {
namespace {

using namespace testing;

// 0         1         2         3         4         5
// 0123456789012345678901234567890123456789012345678901234567
// Defense Minister Kim Yong-hyun met Trump at the Pentagon.
const std::string kText = "Defense Minister Kim Yong-hyun met Trump at the Pentagon.";
const DocumentRef kDoc{"doc", kText};

TEST(ActorsScorer, NameAndRoleDecideE2e) {
  const std::vector<Actor> gold = {actor(0, 30, "Kim Yong-hyun", "person", "defense minister", "South Korea"),
                                   actor(35, 40, "Donald Trump", "person"), actor(48, 56, "Pentagon", "organization")};
  const std::vector<Actor> system = {
      actor(17, 30, "kim  yong-hyun", "person", "Defense Minister", nullptr),  // right name and role, no affiliation
      actor(35, 40, "Trump", "person"),                                        // name not canonical
      actor(44, 56, "Pentagon", "organization")};
  const ListScore s = score_actors(kDoc, gold, system, keeping(5));
  EXPECT_EQ(s.prf_of("mention").correct, 3u);
  EXPECT_EQ(s.prf_of("e2e").correct, 2u);
  EXPECT_EQ(s.accuracy_of("name").correct, 2u);
  EXPECT_EQ(s.accuracy_of("role").correct, 3u);  // null equals null for the other two
  EXPECT_EQ(s.accuracy_of("affiliation").correct, 2u);
  EXPECT_EQ(s.accuracy_of("type").correct, 3u);
  ASSERT_EQ(s.mismatches.size(), 2u);
  EXPECT_EQ(s.mismatches[0].note, "wrong affiliation");
  EXPECT_EQ(s.mismatches[1].note, "wrong name");
}

TEST(ActorsScorer, RoleNotAnnotatedIsNotChecked) {
  // GUM: no role/affiliation keys in the gold; e2e is span + name.
  Actor gum = actor(35, 40, "Donald Trump", "person");
  gum.role.annotated = false;
  gum.affiliation.annotated = false;
  const ListScore s = score_actors(kDoc, {gum}, {actor(35, 40, "Donald Trump", "person", "president")}, {});
  EXPECT_EQ(s.prf_of("e2e").correct, 1u);
  EXPECT_EQ(s.accuracy_of("role").total, 0u);
  EXPECT_FALSE(s.accuracy_of("role").value());
}

TEST(ActorsScorer, WrongRoleFailsE2e) {
  const ListScore s = score_actors(kDoc, {actor(0, 30, "Kim Yong-hyun", "person", "defense minister")},
                                   {actor(0, 30, "Kim Yong-hyun", "person", "minister")}, {});
  EXPECT_EQ(s.prf_of("mention").correct, 1u);
  EXPECT_EQ(s.prf_of("e2e").correct, 0u);
}

TEST(ActorsScorer, NestedGoldMentionsMatchOneToOneByLargestOverlap) {
  // Gold has an outer mention and, nested in it, the organisation. One system span "the Pentagon" shares 12
  // bytes with the outer mention and 8 with the nested one: it matches the outer one only.
  const std::vector<Actor> gold = {actor(0, 56, "Someone"), actor(48, 56, "Pentagon", "organization")};
  const ListScore s = score_actors(kDoc, gold, {actor(44, 56, "Pentagon", "organization")}, keeping(1));
  EXPECT_EQ(s.prf_of("mention").correct, 1u);
  EXPECT_EQ(s.prf_of("mention").gold, 2u);
  EXPECT_EQ(s.prf_of("e2e").correct, 0u);
  ASSERT_EQ(s.misses.size(), 1u);
  EXPECT_EQ(s.misses[0].gold_text, "Pentagon");
}

}  // namespace
}  // namespace quarry::eval
