// Adversarial input: the plugin must finish quickly (linear time) and never fail on odd or huge text.
// (Time is not asserted; a quadratic path would show as a test that takes minutes.)
#include <gtest/gtest.h>

#include <string>

#include "figures_harness.hpp"

namespace quarry::figures {
namespace {

using testing::figures_of;

TEST(FigureAdversarial, TenMegabyteLineOfDigits) {
  const auto f = figures_of(std::string(10'000'000, '7'));
  EXPECT_LE(f.size(), 1u);
}

TEST(FigureAdversarial, DigitListsAndSeparators) {
  EXPECT_EQ(figures_of("1,2,3,4").size(), 0u);
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "1,2,3,4 2025-13-45/1/2/99:99 1.2.3 -5- ";
  figures_of(text);
  std::string chain;
  for (int i = 0; i < 200000; ++i) chain += "1-";
  figures_of(chain);
}

TEST(FigureAdversarial, PunctuationBracketsQuotes) {
  EXPECT_EQ(figures_of(std::string(100000, '.')).size(), 0u);
  EXPECT_EQ(figures_of(".....").size(), 0u);
  figures_of("((((((((((]]]]]]]]]] 300 ))))) [[[ 5 % ]]] \u201c" + std::string(1'000'000, 'a'));
  figures_of("\u201c" + std::string(1'000'000, ' ') + "12 soldiers");
}

TEST(FigureAdversarial, RepeatedNumberWordsStayLinear) {
  std::string words;
  for (int i = 0; i < 100000; ++i) words += "one hundred and ";
  figures_of(words);
  std::string scales;
  for (int i = 0; i < 100000; ++i) scales += "million ";
  EXPECT_EQ(figures_of(scales).size(), 0u);
  std::string nouns = "300";
  for (int i = 0; i < 200000; ++i) nouns += " North";
  EXPECT_EQ(figures_of(nouns).size(), 1u);
}

TEST(FigureAdversarial, ChainsOfTheSpelledGrammarStayLinear) {
  // Each of these makes the reader look ahead (denominators, "and", ratios, compound measures); repeated, the
  // look-ahead must stay bounded.
  for (const std::string piece :
       {"one ", "twenty twenty ", "3 hundred and 2 hundred and ", "1 in 2 in ", "two out of three out of ",
        "one hundred and three quarters and ", "two thirds of a ", "5 feet 2 inches 5 feet ", "30 MUSD MAUD ",
        "1.3x10^6x10^", "one - fourth - ", "six in 10 in 10 or "}) {
    std::string text;
    for (int i = 0; i < 40000; ++i) text += piece;
    figures_of(text);
  }
}

TEST(FigureAdversarial, OddUnicodeAndHugeValues) {
  figures_of("\u00bd \u00be \u2153 5\u00bd \xF0\x9F\x98\x80 300 \u202f000 \u2212 5 \u20b9 \u20ac");
  const auto f = figures_of("99999999999999999999999999 troops and 1e308 km and 9^999 and 10^-400");
  for (const auto& figure : f) EXPECT_TRUE(figure["value"].is_number() || figure["value"].is_null());
}

// The core refuses invalid UTF-8 before any plugin runs; a host that does not must still not trip the plugin.
// This drives the plugin's C entry point directly with a hand-made document of invalid bytes and tokens.
struct RawHost {
  static uint32_t count(const quarry_document*, quarry_str) { return 0; }
  static quarry_status at(const quarry_document*, quarry_str, uint32_t, quarry_annotation*) {
    return QUARRY_STATUS_ERROR;
  }
  static quarry_status metadata(const quarry_document*, quarry_str, quarry_str* out) {
    *out = quarry_str{nullptr, 0};
    return QUARRY_STATUS_OK;
  }
  static quarry_status emit(quarry_sink* sink, quarry_str, uint32_t, uint32_t, const quarry_attr*, uint32_t) {
    ++*reinterpret_cast<int*>(sink);
    return QUARRY_STATUS_OK;
  }
  static void report_error(quarry_sink*, quarry_str) {}
};

TEST(FigureAdversarial, InvalidUtf8FromAHostDoesNotTripThePlugin) {
  const quarry_plugin_info* info = quarry_static_plugin_figures(QUARRY_ABI_MAJOR);
  void* state = nullptr;
  const char* error = nullptr;
  ASSERT_EQ(info->create(quarry_str{"{}", 2}, &state, &error), QUARRY_STATUS_OK);
  const std::string text = "300 \xff\xfe soldiers \xc3 5\x80km \xe2\x82";
  const quarry_token tokens[] = {{0, 3, QUARRY_TOKEN_NUMBER, 0},   {4, 6, QUARRY_TOKEN_WORD, 1},
                                 {7, 15, QUARRY_TOKEN_WORD, 1},    {16, 17, QUARRY_TOKEN_WORD, 1},
                                 {18, 19, QUARRY_TOKEN_NUMBER, 1}, {19, 22, QUARRY_TOKEN_WORD, 0},
                                 {23, 25, QUARRY_TOKEN_SYMBOL, 1}};
  const quarry_sentence sentence{0, 25, 0, 7, 0};
  const quarry_host_api host{sizeof(quarry_host_api), QUARRY_ABI_MAJOR, QUARRY_ABI_MINOR,   0,
                             &RawHost::count,         &RawHost::at,     &RawHost::metadata, &RawHost::emit,
                             &RawHost::report_error};
  quarry_document doc{};
  doc.struct_size = sizeof doc;
  doc.text = quarry_str{text.data(), static_cast<uint32_t>(text.size())};
  doc.tokens = tokens;
  doc.token_count = 7;
  doc.sentences = &sentence;
  doc.sentence_count = 1;
  doc.host = &host;
  int emitted = 0;
  EXPECT_EQ(info->process(state, &doc, reinterpret_cast<quarry_sink*>(&emitted)), QUARRY_STATUS_OK);
  EXPECT_GE(emitted, 1);  // "300 ... soldiers" is still read
  info->destroy(state);
}

}  // namespace
}  // namespace quarry::figures
