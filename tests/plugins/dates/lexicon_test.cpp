// The lexicon parsed from data/: context classes, holidays grouped by their first word, parts of the day
// in the singular and plural.
#include "lexicon.hpp"

#include <gtest/gtest.h>

#include <string>

#include "country_cues.hpp"

namespace quarry::dates {
namespace {

TEST(Lexicon, ContextClassesComeFromTheDataFile) {
  const Lexicon& lexicon = Lexicon::instance();
  EXPECT_TRUE(lexicon.is("had", WordClass::Auxiliary));
  EXPECT_TRUE(lexicon.is("is", WordClass::BeForm));
  EXPECT_TRUE(lexicon.is("hundred", WordClass::NotPastEd));
  EXPECT_TRUE(lexicon.is("in", WordClass::BeforeBareMonth));
  EXPECT_TRUE(lexicon.is("fiscal", WordClass::BeforeBareYear));
  EXPECT_FALSE(lexicon.is("june", WordClass::Auxiliary));
  EXPECT_FALSE(lexicon.is("zebra", WordClass::FunctionWord));
  // A word with a temporal meaning keeps it when it also has a class: "this" shifts and opens noun phrases.
  const Lexicon::Entry entry = lexicon.lookup("this");
  ASSERT_NE(entry.info, nullptr);
  EXPECT_EQ(entry.info->modifier, Modifier::This);
  EXPECT_NE(entry.classes & bit(WordClass::NounPhraseStart), 0u);
  // A class-only word has no temporal meaning.
  EXPECT_EQ(lexicon.find("because"), nullptr);
  EXPECT_TRUE(lexicon.is("because", WordClass::FunctionWord));
}

TEST(Lexicon, HolidaysAreFoundByTheirFirstWordLongestFirst) {
  const Lexicon lexicon("", "", "", "", "", "", "", "", "", "",
                        "christmas\t12-25\neaster\tEASTER\nchristmas eve\t12-24\n", "", "", "");
  const WordInfo* christmas = lexicon.find("christmas");
  ASSERT_NE(christmas, nullptr);
  ASSERT_TRUE(christmas->starts_holiday);
  const auto holidays = lexicon.holidays_starting(*christmas);
  ASSERT_EQ(holidays.size(), 2u);
  EXPECT_EQ(holidays[0].words.size(), 2u);  // "christmas eve" before "christmas"
  EXPECT_EQ(holidays[0].rule.day, 24);
  EXPECT_EQ(holidays[1].rule.day, 25);
  const WordInfo* easter = lexicon.find("easter");
  ASSERT_NE(easter, nullptr);
  ASSERT_EQ(lexicon.holidays_starting(*easter).size(), 1u);
  EXPECT_EQ(lexicon.holidays_starting(*easter)[0].rule.kind, HolidayRule::Kind::Easter);
}

TEST(Lexicon, HolidayRulesOfEveryKind) {
  const Lexicon lexicon("", "", "", "", "", "", "", "", "", "",
                        "election day\t11-02-TUE\nlabor day\t09-MON-1\nmemorial day\t05-MON-LAST\n"
                        "good friday\tEASTER-2\n",
                        "", "", "");
  const auto rule = [&](std::string_view first) { return lexicon.holidays_starting(*lexicon.find(first))[0].rule; };
  EXPECT_EQ(rule("election").kind, HolidayRule::Kind::WeekdayOnOrAfter);
  EXPECT_EQ(rule("election").month, 11);
  EXPECT_EQ(rule("election").day, 2);
  EXPECT_EQ(rule("election").weekday, 2);
  EXPECT_EQ(rule("labor").kind, HolidayRule::Kind::NthWeekday);
  EXPECT_EQ(rule("labor").nth, 1);
  EXPECT_EQ(rule("memorial").nth, -1);
  EXPECT_EQ(rule("good").offset, -2);
}

TEST(Lexicon, AdverbOnlyFrequencyWords) {
  const Lexicon& lexicon = Lexicon::instance();
  ASSERT_NE(lexicon.find("quarterly"), nullptr);
  EXPECT_TRUE(lexicon.find("quarterly")->set_adverb_only);
  EXPECT_EQ(lexicon.find("quarterly")->set_value, "P3M");
  EXPECT_FALSE(lexicon.find("weekly")->set_adverb_only);
}

TEST(Lexicon, PartsOfTheDayKnowTheirNumber) {
  const Lexicon& lexicon = Lexicon::instance();
  ASSERT_NE(lexicon.find("morning"), nullptr);
  EXPECT_EQ(lexicon.find("morning")->day_part, "MO");
  EXPECT_FALSE(lexicon.find("morning")->day_part_plural);
  EXPECT_TRUE(lexicon.find("nights")->day_part_plural);
  EXPECT_FALSE(lexicon.find("overnight")->day_part_plural);
}

TEST(Lexicon, UnknownContextClassIsAnError) {
  EXPECT_THROW(Lexicon("", "", "", "", "", "", "", "", "", "", "", "", "", "[no_such_class]\nword\n"),
               std::runtime_error);
}

// A holiday kept in one country is found only in texts the country cues place there: a code missing from
// data/countries.txt (a typo, or a country never added) would leave the holiday silently unused.
TEST(Lexicon, EveryHolidayCountryHasCues) {
  const CountryCues& cues = CountryCues::instance();
  for (const Holiday& holiday : Lexicon::instance().holidays()) {
    if (holiday.country.empty()) continue;
    std::string name;
    for (const std::string_view word : holiday.words) name += std::string(word) + " ";
    EXPECT_TRUE(cues.knows(holiday.country))
        << name << "is kept in " << holiday.country << ", which data/countries.txt does not list";
  }
}

}  // namespace
}  // namespace quarry::dates
