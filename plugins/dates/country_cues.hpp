// The country a news text is about, guessed from the place names and demonyms it uses (data/countries.txt),
// for the holidays whose date differs by country ("Independence Day" is 15 August in an Indian paper).
#ifndef QUARRY_DATES_COUNTRY_CUES_HPP
#define QUARRY_DATES_COUNTRY_CUES_HPP

#include <quarry/extractor.hpp>
#include <span>
#include <string_view>
#include <unordered_map>

namespace quarry::dates {

class CountryCues {
 public:
  // The process-wide list, parsed from the embedded data on first use.
  static const CountryCues& instance();
  explicit CountryCues(std::string_view data);

  // The code of the country whose words the text uses most ("IN", "CA"), at least `at_least` times (of two used
  // equally often, the one named first); empty when none is named so often. `lower_text` is the text lower-cased byte
  // for byte, `tokens` the core's tokens of it.
  std::string_view country_of(std::span<const Token> tokens, std::string_view lower_text, int at_least = 2) const;
  // The country one of whose words this is ("india" → "IN"), or empty.
  std::string_view country_of_word(std::string_view lower_word) const {
    const auto found = country_of_word_.find(lower_word);
    return found == country_of_word_.end() ? std::string_view{} : found->second;
  }
  // Whether the list has words for the country with this code ("IN").
  bool knows(std::string_view code) const {
    for (const auto& [word, country] : country_of_word_) {
      if (country == code) return true;
    }
    return false;
  }

 private:
  std::unordered_map<std::string_view, std::string_view> country_of_word_;  // views into the embedded data
};

}  // namespace quarry::dates

#endif  // QUARRY_DATES_COUNTRY_CUES_HPP
