#include "holiday_context.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "country_cues.hpp"
#include "lexicon.hpp"

namespace quarry::dates {
namespace {

// The Eid nearer the reference date, looking a year either side.
LunisolarDay nearer_eid(const CivilDate& reference) {
  const int64_t day = days_from_civil(reference);
  const auto distance = [day](LunisolarDay eid, int year) {
    const CivilDate date = lunisolar_day(eid, year);
    return date.month == 0 ? INT64_MAX : std::abs(days_from_civil(date) - day);
  };
  int64_t fitr = INT64_MAX;
  int64_t adha = INT64_MAX;
  for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
    fitr = std::min(fitr, distance(LunisolarDay::EidAlFitr, year));
    adha = std::min(adha, distance(LunisolarDay::EidAlAdha, year));
  }
  return adha < fitr ? LunisolarDay::EidAlAdha : LunisolarDay::EidAlFitr;
}

}  // namespace

bool HolidayContext::settle(const Document& doc, std::string_view lower_text, std::span<const Piece> pieces, Mention& m,
                            const std::optional<CivilDate>& reference) {
  if (!settle_country(doc, lower_text, pieces, m)) return false;
  settle_which_eid(doc, lower_text, reference, m.expression);
  return true;
}

bool HolidayContext::settle_country(const Document& doc, std::string_view lower_text, std::span<const Piece> pieces,
                                    Mention& m) {
  Expression& e = m.expression;
  if (!e.named_holiday || !e.named_holiday->varies_by_country) return true;
  const CountryCues& cues = CountryCues::instance();
  std::string_view country;
  for (size_t k = 0; k < m.first; ++k) {
    const std::string_view named = cues.country_of_word(pieces[k].lower);
    if (named.empty()) continue;
    if (!country.empty() && named != country) {  // two countries: the sentence does not settle it
      country = {};
      break;
    }
    country = named;
  }
  if (country.empty()) {
    if (!country_) country_ = cues.country_of(doc.tokens(), lower_text);
    country = *country_;
  }
  const Holiday* kept = Lexicon::instance().holiday_in_country(*e.named_holiday, country);
  if (kept && kept != e.named_holiday) name_holiday_as_kept(e, *kept);
  return kept || e.named_holiday->country.empty();
}

void HolidayContext::settle_hemisphere(const Document& doc, std::string_view lower_text, Expression& e) {
  if (e.fields.season.empty() || e.fields.month == 0) return;
  if (!southern_) {
    constexpr size_t kOpening = 400;  // tokens
    const std::span<const Token> tokens = doc.tokens();
    const std::string_view c =
        country_ ? *country_
                 : CountryCues::instance().country_of(tokens.first(std::min(tokens.size(), kOpening)), lower_text);
    southern_ = c == "AU" || c == "NZ" || c == "ZA" || c == "AR" || c == "BR";
  }
  if (*southern_) e.fields.month = (e.fields.month + 5) % 12 + 1;
}

void HolidayContext::settle_which_eid(const Document& doc, std::string_view lower_text,
                                      const std::optional<CivilDate>& reference, Expression& e) {
  if (!e.holiday.either_eid) return;
  if (!which_eid_) {
    const Lexicon& lexicon = Lexicon::instance();
    const size_t sacrifice = count_words_of_class(doc, lower_text, lexicon, WordClass::SacrificeFeastWord);
    const size_t fast = count_words_of_class(doc, lower_text, lexicon, WordClass::FastBreakingWord);
    which_eid_ = sacrifice > fast ? LunisolarDay::EidAlAdha : LunisolarDay::EidAlFitr;
    if (sacrifice == fast && reference) which_eid_ = nearer_eid(*reference);
  }
  e.holiday.lunisolar = *which_eid_;
  e.holiday.either_eid = false;
  set_holiday_fields(e);
}

}  // namespace quarry::dates
