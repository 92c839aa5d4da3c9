// The figures plugin: every numeric figure of English news text with its value (or range), qualifier and unit,
// as the `figures` list of SCHEMA.md, following the annotation guidelines of SEEDS-NOTES.md §4.
//
// Output, one `figures` annotation per figure, every entry with all five attributes (null when absent):
//   value      the number ("1,00,000" and "1 lakh" are 100000, "two-thirds" 0.666..., "-5" -5, "5,00" 5); null
//              for a range. The full English cardinal and fraction grammar is read (word_number.hpp,
//              spelled_numbers.cpp): "4 thousand 3 hundred and 21", "one hundred thirty-fifths" (100/35), "two
//              million and three fifths", "two thirds of a million". A ratio is one figure with the quotient:
//              "six in 10 voters" 0.6, "two out of three" 0.666...; "5 feet 2 inches" is 5.1666... feet
//   low, high  the ends of a range ("between 1,000 and 3,000", "1,000-3,000", "from X to Y", "above X and below
//              Y"); the scale or currency of the second end applies to the first ("5-10 million", "$5-10m")
//   qualifier  exact | approx | at_least | more_than | at_most | less_than | range, from the words before or
//              after the number (data/qualifiers_before.txt, data/qualifiers_after.txt: "an estimated", "up to",
//              "or more", "30-odd", ">=")
//   unit       - the counted noun, plural as written, without its modifiers or nationality adjectives
//                ("300 North Korean soldiers" -> soldiers); a demonym keeps its place words ("North Koreans");
//                "three times" -> times; after a partitive, the noun of "of those/the/its ...";
//              - an elided noun ("2,700 were injured", "some 2,700 others") takes the counted noun of the latest
//                figure at most three sentences back, else null;
//              - a unit of measure as written ("240mm" -> mm, "a six-mile trip" -> mile, "660 square meters");
//              - money as its ISO 4217 code: "$", "US$", "dollars" -> USD; "Rs", "₹", "rupees" -> INR; "€" EUR;
//                "£" GBP; "C$" CAD; "yen" JPY; "yuan" CNY; ... (data/currencies.txt); "30 MUSD" is 30 million
//                USD, "75 USD million" too; "two or three people" both count people. Sub-units and currency
//                nouns without one safe code stay as written ("cents", "pence", "pounds", "francs");
//              - "percent" for "%", "percent", "per cent"; "percentage points";
//              - null when nothing is counted ("Scott, 43,").
// Span: qualifier words + number + the counted noun when it follows with only modifiers between ("Over 300
// North Korean soldiers", "around 4,000 of those troops"); words before the number that are not qualifiers
// ("an initial") stay out.
//
// Not figures (SEEDS-NOTES §4.2), recognised with the plugin's own light rules (no dependency on the dates
// plugin): years, days of the month, clock times and time zones ("Feb 27, 2025, 1:38 PM IST"), durations
// ("four months", "24-hour", "28-year-old"), decades, ordinals ("62nd"), numbers in names, labels and codes
// ("G20", "Article 370", "Boeing 737", "No. 1", phone numbers, "2025-02-27", links, handles, list markers,
// scores "3-1"), "one" as a pronoun, and vague quantities without a numeral ("thousands of troops", "dozens",
// "several hundred"). A bare 1900-2100 is a year even before a plural noun ("2016 hopefuls"), unless a word
// that never takes a year counts it ("nearly 2000 people", data/count_cues.txt). Configuration {"mode": "all"}
// keeps dates, times, durations and identifiers, and splits lists such as "22,24,26,31" (see scan_options.hpp).
#include <quarry/extractor.hpp>
#include <vector>

#include "figure_scanner.hpp"
#include "lexicon.hpp"
#include "scan_options.hpp"

namespace quarry::figures {

class FiguresExtractor final : public quarry::Extractor {
 public:
  void configure(std::string_view config_json) override { options_ = ScanOptions::from_json(config_json); }

  void process(const quarry::Document& doc, quarry::Sink& out) override {
    figures_.clear();
    FigureScanner scanner(Lexicon::instance(), options_);
    scanner.scan(doc.text(), doc.tokens(), doc.sentences(), figures_);
    for (const Figure& f : figures_) {
      const quarry::Value null;
      out.emit("figures", f.begin, f.end,
               {{"value", f.value ? quarry::Value(*f.value) : null},
                {"low", f.low ? quarry::Value(*f.low) : null},
                {"high", f.high ? quarry::Value(*f.high) : null},
                {"qualifier", qualifier_name(f.qualifier)},
                {"unit", f.unit.empty() ? null : quarry::Value(f.unit)}});
    }
  }

 private:
  ScanOptions options_;
  std::vector<Figure> figures_;  // reused across documents
};

}  // namespace quarry::figures

QUARRY_PLUGIN(figures, quarry::figures::FiguresExtractor, "1.0.0", "MIT",
              "Numeric figures: value or range, qualifier (approx, at_least, ...) and unit (counted noun, measure, "
              "currency)",
              "figures", "")
