// What a document says about its holidays and seasons, settled once per document and only when one needs it: the
// country whose date a holiday takes ("Independence Day" in an Indian text is 15 August), which Eid a bare "Eid"
// is, and the hemisphere whose months a season has.
#ifndef QUARRY_DATES_HOLIDAY_CONTEXT_HPP
#define QUARRY_DATES_HOLIDAY_CONTEXT_HPP

#include <optional>
#include <quarry/extractor.hpp>
#include <span>
#include <string_view>

#include "calendar.hpp"
#include "pieces.hpp"
#include "recognizer.hpp"

namespace quarry::dates {

class HolidayContext {
 public:
  // Forgets the previous document.
  void reset() {
    country_.reset();
    holiday_country_.reset();
    which_eid_.reset();
    southern_.reset();
    day_first_.reset();
  }

  // Reads a numeric date whose two first numbers could both be the month ("01/12/2014") day first when the text
  // writes its numeric dates so: another one that can only be read day first ("30/11/2014"), or, with no such
  // evidence either way, a text about a country that is not the US.
  void settle_day_month_order(const Document& doc, std::string_view lower_text, Expression& e);

  // Gives a holiday mention the date it has in this document. A holiday whose date differs by country takes the
  // date of the country its sentence names before it ("India will celebrate its Independence Day tomorrow"),
  // else of the one the text is about; a bare "Eid" is Eid al-Adha in a text about the Hajj or the sacrifice,
  // Eid al-Fitr in one about Ramadan and the fast, else the one nearer the reference date. Returns false for a
  // day only some countries keep ("Republic Day") in a text about none of them: no date.
  // `lower_text` is the document lower-cased byte for byte; `pieces` the mention's sentence.
  bool settle(const Document& doc, std::string_view lower_text, std::span<const Piece> pieces, Mention& m,
              const std::optional<CivilDate>& reference);

  // Turns a season to the southern hemisphere's months ("summer" is December to February) in a text about a
  // country there (Australia, New Zealand, South Africa, Argentina, Brazil). The country is read from the text's
  // opening (headline, dateline, lead), which names the place: a season is common, and long texts need not be read
  // to the end for it.
  void settle_hemisphere(const Document& doc, std::string_view lower_text, Expression& e);

 private:
  // The country the whole text is about ("" for none), read once per document.
  std::string_view text_country(const Document& doc, std::string_view lower_text);
  bool settle_country(const Document& doc, std::string_view lower_text, std::span<const Piece> pieces, Mention& m);
  void settle_which_eid(const Document& doc, std::string_view lower_text, const std::optional<CivilDate>& reference,
                        Expression& e);
  // Moves an Eid a day later in a text about India or Bangladesh, whose moon-sighting committees mostly declare
  // it a day after Saudi Arabia, whose dates the table holds.
  void settle_south_asian_eid(const Document& doc, std::string_view lower_text, Expression& e);

  std::optional<std::string_view> country_;          // the country the text is about ("" for none), once asked
  std::optional<std::string_view> holiday_country_;  // the same, named once at least
  std::optional<LunisolarDay> which_eid_;            // the Eid a bare "Eid" is, once asked
  std::optional<bool> southern_;   // whether the text is about a southern-hemisphere country, once asked
  std::optional<bool> day_first_;  // whether the text writes numeric dates day first, once asked
};

}  // namespace quarry::dates

#endif  // QUARRY_DATES_HOLIDAY_CONTEXT_HPP
