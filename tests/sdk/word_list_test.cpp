// quarry/word_list.hpp: the data-file format (lines, comments, fields) and the two splitters.
#include <gtest/gtest.h>

#include <quarry/word_list.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::string> lines_of(std::string_view data) {
  std::vector<std::string> out;
  quarry::for_each_line(data, [&](std::string_view line) { out.emplace_back(line); });
  return out;
}

template <typename Range>
std::vector<std::string> pieces(const Range& range) {
  std::vector<std::string> out;
  for (const std::string_view piece : range) out.emplace_back(piece);
  return out;
}

using Strings = std::vector<std::string>;

TEST(WordList, TrimsBlanksOnly) {
  EXPECT_EQ(quarry::trim(" \t said \r"), "said");
  EXPECT_EQ(quarry::trim("a b"), "a b");
  EXPECT_EQ(quarry::trim(" \t\r "), "");
  EXPECT_EQ(quarry::trim("\nx\n"), "\nx\n") << "newlines end lines; they are not blanks";
}

TEST(WordList, LinesSkipBlanksAndComments) {
  EXPECT_EQ(lines_of("# header\nmillion | 6\n\n   \n  bn | 9  \r\n#bn\nlast"),
            (Strings{"million | 6", "bn | 9", "last"}));
  EXPECT_EQ(lines_of(""), Strings{});
  EXPECT_EQ(lines_of("\n\n"), Strings{});
  EXPECT_EQ(lines_of("only"), Strings{"only"});
  EXPECT_EQ(lines_of("C# | language"), Strings{"C# | language"}) << "'#' inside a line is data";
}

TEST(WordList, SplitKeepsEmptyPiecesAndTrimsEach) {
  EXPECT_EQ(pieces(quarry::split("UN, U.N. ,United Nations", ',')), (Strings{"UN", "U.N.", "United Nations"}));
  EXPECT_EQ(pieces(quarry::split("a||b", '|')), (Strings{"a", "", "b"}));
  EXPECT_EQ(pieces(quarry::split("a|", '|')), (Strings{"a", ""}));
  EXPECT_EQ(pieces(quarry::split("", '|')), Strings{""});
  EXPECT_EQ(quarry::split(" first , second", ',').front(), "first");
  EXPECT_EQ(quarry::split("alone", ',').front(), "alone");
}

TEST(WordList, SplitBlanksGivesTheWords) {
  EXPECT_EQ(pieces(quarry::split_blanks("said  say\tclause invert\r")), (Strings{"said", "say", "clause", "invert"}));
  EXPECT_EQ(pieces(quarry::split_blanks("  ")), Strings{});
  EXPECT_EQ(pieces(quarry::split_blanks("")), Strings{});
  EXPECT_EQ(pieces(quarry::split_blanks("one")), Strings{"one"});
}

TEST(WordList, FieldsCountAllButKeepTheFirstN) {
  const quarry::Fields<2> f("a | b | c", '|');
  EXPECT_EQ(f.count(), 3u);
  EXPECT_EQ(f[0], "a");
  EXPECT_EQ(f[1], "b");
  EXPECT_EQ(f[2], "") << "past N: empty";
  const quarry::Fields<4> g("word", '|');
  EXPECT_EQ(g.count(), 1u);
  EXPECT_EQ(g[1], "");
}

TEST(WordList, EntriesAreFieldsOfEntryLines) {
  std::vector<std::string> seen;
  quarry::for_each_entry("# word | power\nmillion | 6 | word\nbn|9|both|extra|more\n\nk",
                         [&](const quarry::Fields<4>& e) {
                           seen.push_back(std::string(e[0]) + "/" + std::string(e[1]) + "/" + std::string(e[3]) + "/" +
                                          std::to_string(e.count()));
                         });
  EXPECT_EQ(seen, (Strings{"million/6//3", "bn/9/extra/5", "k///1"}));
}

TEST(WordList, EntriesWithAnotherSeparator) {
  std::vector<std::string> seen;
  quarry::for_each_entry<2>(
      "second\tS\tsingular\n", [&](const quarry::Fields<2>& e) { seen.emplace_back(e[1]); }, '\t');
  EXPECT_EQ(seen, Strings{"S"});
}

}  // namespace
