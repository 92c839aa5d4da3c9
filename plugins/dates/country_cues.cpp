#include "country_cues.hpp"

#include <quarry/word_list.hpp>
#include <vector>

#include "quarry_data/dates.hpp"

namespace quarry::dates {

const CountryCues& CountryCues::instance() {
  static const CountryCues cues(quarry_data::dates::countries_txt());
  return cues;
}

CountryCues::CountryCues(std::string_view data) {
  quarry::for_each_entry<2>(
      data,
      [&](const quarry::Fields<2>& fields) {
        if (fields.count() < 2) return;
        const std::string_view code = fields[0];
        std::string_view words = fields[1];
        while (!words.empty()) {
          const size_t space = words.find(' ');
          const std::string_view word = words.substr(0, space);
          if (!word.empty()) country_of_word_.emplace(word, code);
          words = space == std::string_view::npos ? std::string_view{} : words.substr(space + 1);
        }
      },
      '\t');
}

std::string_view CountryCues::country_of(std::span<const Token> tokens, std::string_view lower_text,
                                         int at_least) const {
  // (a few dozen countries: a short list of counts beats a map)
  std::vector<std::pair<std::string_view, int>> counts;
  for (const Token& token : tokens) {
    // (a currency sign counts as a word: "£50,000" says Britain as "London" does)
    if (token.kind != QUARRY_TOKEN_WORD && token.kind != QUARRY_TOKEN_SYMBOL) continue;
    const std::string_view country = country_of_word(lower_text.substr(token.begin, token.end - token.begin));
    if (country.empty()) continue;
    bool counted = false;
    for (auto& [code, count] : counts) {
      if (code == country) {
        ++count;
        counted = true;
      }
    }
    if (!counted) counts.emplace_back(country, 1);
  }
  // (of two named equally often, the one named first: the dateline and the lead name the place)
  std::string_view best;
  int most = at_least - 1;
  for (const auto& [code, count] : counts) {
    if (count > most) {
      best = code;
      most = count;
    }
  }
  return best;
}

}  // namespace quarry::dates
