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

// The order the text writes its numeric dates in, as far as a date that can be read only one way shows it
// ("30/11/2014": day first, 1; "11/30/2014": month first, -1; 0 when none does or both occur).
int numeric_date_order(std::string_view text) {
  bool day_first = false;
  bool month_first = false;
  const auto number_at = [&](size_t& k, size_t max_digits) {
    int value = 0;
    size_t digits = 0;
    while (k < text.size() && text[k] >= '0' && text[k] <= '9' && digits < max_digits + 1) {
      value = value * 10 + (text[k] - '0');
      ++k;
      ++digits;
    }
    return digits >= 1 && digits <= max_digits ? value : -1;
  };
  for (size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
    size_t start = slash;
    while (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9' && slash - start < 3) --start;
    if (start == slash || (start > 0 && (text[start - 1] == '/' || (text[start - 1] >= '0' && text[start - 1] <= '9'))))
      continue;
    size_t k = start;
    const int first = number_at(k, 2);
    if (first < 1 || k != slash) continue;
    ++k;
    const int second = number_at(k, 2);
    if (second < 1 || k >= text.size() || text[k] != '/') continue;
    ++k;
    const size_t year_start = k;
    if (number_at(k, 4) < 0 || (k - year_start != 2 && k - year_start != 4)) continue;
    if (first > 12 && second <= 12) day_first = true;
    if (second > 12 && first <= 12) month_first = true;
  }
  return day_first == month_first ? 0 : day_first ? 1 : -1;
}

}  // namespace

std::string_view HolidayContext::text_country(const Document& doc, std::string_view lower_text) {
  if (!country_) country_ = CountryCues::instance().country_of(doc.tokens(), lower_text);
  return *country_;
}

void HolidayContext::settle_day_month_order(const Document& doc, std::string_view lower_text, Expression& e) {
  if (!e.day_month_ambiguous) return;
  if (!day_first_) {
    const int order = numeric_date_order(lower_text);
    if (order != 0) {
      day_first_ = order > 0;
    } else {
      const std::string_view country = text_country(doc, lower_text);
      day_first_ = !country.empty() && country != "US" && country != "PH" && country != "CA";
    }
  }
  if (*day_first_) std::swap(e.fields.month, e.fields.day);
  e.day_month_ambiguous = false;
}

bool HolidayContext::settle(const Document& doc, std::string_view lower_text, std::span<const Piece> pieces, Mention& m,
                            const std::optional<CivilDate>& reference) {
  if (!settle_country(doc, lower_text, pieces, m)) return false;
  settle_which_eid(doc, lower_text, reference, m.expression);
  settle_south_asian_eid(doc, lower_text, m.expression);
  return true;
}

void HolidayContext::settle_south_asian_eid(const Document& doc, std::string_view lower_text, Expression& e) {
  HolidayRule& rule = e.holiday;
  if (rule.kind != HolidayRule::Kind::Lunisolar || rule.month_only || rule.either_eid ||
      (rule.lunisolar != LunisolarDay::EidAlFitr && rule.lunisolar != LunisolarDay::EidAlAdha)) {
    return;
  }
  // (India and Bangladesh sight the moon a day after Saudi Arabia in nearly every year of the table; Pakistan
  // keeps either day, so it keeps the table's)
  const std::string_view country = text_country(doc, lower_text);
  if (country != "IN" && country != "BD") return;
  rule.offset += 1;
  set_holiday_fields(e);
}

bool HolidayContext::settle_country(const Document& doc, std::string_view lower_text, std::span<const Piece> pieces,
                                    Mention& m) {
  Expression& e = m.expression;
  if (!e.named_holiday || !e.named_holiday->varies_by_country) return true;
  const CountryCues& cues = CountryCues::instance();
  // (the holiday as the country keeps it, if it does)
  const auto keep_in = [&](std::string_view country) {
    const Holiday* kept = Lexicon::instance().holiday_in_country(*e.named_holiday, country);
    if (kept && kept != e.named_holiday) name_holiday_as_kept(e, *kept);
    return kept != nullptr;
  };
  // ("China's National Day": a country named right before its holiday, also by a name the list leaves out as a
  // common noun's)
  if (m.first >= 2 && pieces[m.first - 1].possessive && pieces[m.first - 2].upper_initial) {
    const std::string_view owner = pieces[m.first - 2].lower;
    const std::string_view named = owner == "china" ? "CN" : owner == "turkey" ? "TR" : cues.country_of_word(owner);
    if (!named.empty() && keep_in(named)) return true;
  }
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
  // ("struck at 8.46 am on Republic Day", in a text that names Gujarat once: a holiday that varies by country goes
  // by a country named once, where the other calls want two mentions)
  if (country.empty()) {
    if (!holiday_country_) holiday_country_ = cues.country_of(doc.tokens(), lower_text, 1);
    country = *holiday_country_;
  }
  return keep_in(country) || e.named_holiday->country.empty();
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
