#include "lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <quarry/word_list.hpp>
#include <stdexcept>
#include <string>

#include "quarry_data/dates.hpp"

namespace quarry::dates {
namespace {

// Calls row(fields, count) for each entry of a tab-separated data file (see quarry/word_list.hpp), with at
// most 4 fields counted.
template <typename Row>
void for_each_row(std::string_view text, Row&& row) {
  quarry::for_each_entry<4>(
      text, [&](const quarry::Fields<4>& fields) { row(fields, std::min<size_t>(fields.count(), 4)); }, '\t');
}

int to_int(std::string_view text) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || ptr != text.data() + text.size()) {
    throw std::runtime_error("dates lexicon: bad number '" + std::string(text) + "'");
  }
  return value;
}

Unit unit_from_code(std::string_view code) {
  static constexpr std::pair<std::string_view, Unit> kCodes[] = {
      {"S", Unit::Second},   {"MIN", Unit::Minute},   {"H", Unit::Hour},        {"D", Unit::Day},     {"W", Unit::Week},
      {"WE", Unit::Weekend}, {"FN", Unit::Fortnight}, {"M", Unit::Month},       {"Q", Unit::Quarter}, {"Y", Unit::Year},
      {"DE", Unit::Decade},  {"CE", Unit::Century},   {"MIL", Unit::Millennium}};
  for (const auto& [name, unit] : kCodes) {
    if (name == code) return unit;
  }
  throw std::runtime_error("dates lexicon: unknown unit code '" + std::string(code) + "'");
}

// "12-25" (fixed), "EASTER-2" / "EASTER+1" (from Easter Sunday), "LUNAR" / "LUNAR-1" (from the Lunar New Year),
// "DIWALI", "CHUSEOK", "EIDFITR", "EIDADHA", "HOLI", "DRAGONBOAT", "QIXI", "DOUBLENINTH", "QINGMING", "DONGZHI",
// "ROSHHASHANAH", "HANUKKAH", "NOWRUZ", "CHAHARSHANBESURI"
// (from tables, or the Hebrew and Persian calendars' rules; "ROSHHASHANAH-163" is Passover), "RAMADAN" (a month: the
// one of its middle day), "11-THU-4" / "05-MON-LAST" (n-th weekday), "HIJRI-03-12" (a Hijri month and day),
// "ETHIOPIAN-09-11" (a day of the Ethiopian calendar by its usual Gregorian day), "HIJRIMONTH-12" (a Hijri month's
// name), "PERSIANMONTH-12" / "AFGHANMONTH-05" (a Solar Hijri month's Iranian or Afghan name), "1944-06-06" (one day of
// history); any of them followed by "@2000:01-15" took effect in 2000, the day having been January 15 before.
HolidayRule parse_holiday_rule(std::string_view code) {
  // "01-MON-2@2000:01-15": the rule since 2000, January 15 before
  if (const size_t at = code.find('@'); at != std::string_view::npos) {
    const size_t colon = code.find(':', at);
    const std::string_view before = colon == std::string_view::npos ? std::string_view{} : code.substr(colon + 1);
    if (before.size() != 5 || before[2] != '-') {
      throw std::runtime_error("dates lexicon: bad holiday rule '" + std::string(code) + "'");
    }
    HolidayRule rule = parse_holiday_rule(code.substr(0, at));
    // (a fixed day is read from its month and day alone, never through the year: only a moving rule can change)
    if (rule.kind == HolidayRule::Kind::Fixed) {
      throw std::runtime_error("dates lexicon: a fixed day cannot change in a year '" + std::string(code) + "'");
    }
    rule.since_year = to_int(code.substr(at + 1, colon - at - 1));
    rule.month_before = to_int(before.substr(0, 2));
    rule.day_before = to_int(before.substr(3, 2));
    return rule;
  }
  HolidayRule rule;
  if (code == "EID") {  // a bare "Eid": one of the two, settled by the text (dates_plugin.cpp)
    rule.kind = HolidayRule::Kind::Lunisolar;
    rule.lunisolar = LunisolarDay::EidAlFitr;
    rule.either_eid = true;
    return rule;
  }
  if (code.starts_with("HIJRIMONTH-")) {
    rule.kind = HolidayRule::Kind::HijriMonth;
    rule.month = to_int(code.substr(11));
    return rule;
  }
  if (code.starts_with("PERSIANMONTH-") || code.starts_with("AFGHANMONTH-")) {
    rule.kind = HolidayRule::Kind::SolarHijriMonth;
    rule.zodiac_name = code.starts_with("AFGHAN");
    rule.month = to_int(code.substr(code.find('-') + 1));
    return rule;
  }
  if (code.starts_with("ETHIOPIAN-") && code.size() == 15) {
    rule.kind = HolidayRule::Kind::Ethiopian;
    rule.month = to_int(code.substr(10, 2));
    rule.day = to_int(code.substr(13, 2));
    return rule;
  }
  if (code.starts_with("HIJRI-") && code.size() == 11) {
    rule.kind = HolidayRule::Kind::Hijri;
    rule.month = to_int(code.substr(6, 2));
    rule.day = to_int(code.substr(9, 2));
    return rule;
  }
  static constexpr std::pair<std::string_view, LunisolarDay> kLunisolarDays[] = {
      {"LUNAR", LunisolarDay::LunarNewYear},
      {"DIWALI", LunisolarDay::Diwali},
      {"CHUSEOK", LunisolarDay::Chuseok},
      {"EIDFITR", LunisolarDay::EidAlFitr},
      {"EIDADHA", LunisolarDay::EidAlAdha},
      {"HOLI", LunisolarDay::Holi},
      {"DRAGONBOAT", LunisolarDay::DragonBoat},
      {"QIXI", LunisolarDay::Qixi},
      {"DOUBLENINTH", LunisolarDay::DoubleNinth},
      {"QINGMING", LunisolarDay::Qingming},
      {"DONGZHI", LunisolarDay::Dongzhi},
      {"ROSHHASHANAH", LunisolarDay::RoshHashanah},
      {"HANUKKAH", LunisolarDay::Hanukkah},
      {"NOWRUZ", LunisolarDay::Nowruz},
      {"CHAHARSHANBESURI", LunisolarDay::ChaharshanbeSuri},
      {"RAMADAN", LunisolarDay::EidAlFitr}};
  std::string_view name;
  if (code.starts_with("EASTER")) {
    rule.kind = HolidayRule::Kind::Easter;
    name = "EASTER";
  }
  if (code.starts_with("ORTHODOXEASTER")) {  // ("Fasika": the Ethiopian Orthodox Easter)
    rule.kind = HolidayRule::Kind::OrthodoxEaster;
    name = "ORTHODOXEASTER";
  }
  for (const auto& [day_name, day] : kLunisolarDays) {
    if (!code.starts_with(day_name)) continue;
    rule.kind = HolidayRule::Kind::Lunisolar;
    rule.lunisolar = day;
    name = day_name;
  }
  if (!name.empty()) {
    const std::string_view rest = code.substr(name.size());
    if (!rest.empty()) rule.offset = (rest.front() == '-' ? -1 : 1) * to_int(rest.substr(1));
    // "RAMADAN": the month of fasting, named by the Gregorian month that holds most of its days, the one of its
    // middle day, half a month before Eid al-Fitr
    if (name == "RAMADAN") {
      rule.offset = -15;
      rule.month_only = true;
    }
    return rule;
  }
  if (code.size() == 5 && code[2] == '-') {
    rule.kind = HolidayRule::Kind::Fixed;
    rule.month = to_int(code.substr(0, 2));
    rule.day = to_int(code.substr(3, 2));
    return rule;
  }
  if (code.size() == 10 && code[4] == '-' && code[7] == '-') {  // "1944-06-06": a day of history
    rule.kind = HolidayRule::Kind::Fixed;
    rule.year = to_int(code.substr(0, 4));
    rule.month = to_int(code.substr(5, 2));
    rule.day = to_int(code.substr(8, 2));
    return rule;
  }
  static constexpr std::string_view kDays[] = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
  if (code.size() == 9 && code[2] == '-' && code[5] == '-') {  // "11-02-TUE": the Tuesday on or after Nov 2
    rule.kind = HolidayRule::Kind::WeekdayOnOrAfter;
    rule.month = to_int(code.substr(0, 2));
    rule.day = to_int(code.substr(3, 2));
    for (int d = 0; d < 7; ++d) {
      if (code.substr(6, 3) == kDays[d]) rule.weekday = d + 1;
    }
    if (rule.weekday != 0) return rule;
  }
  if (code.size() >= 8 && code[2] == '-' && code[6] == '-') {
    rule.kind = HolidayRule::Kind::NthWeekday;
    rule.month = to_int(code.substr(0, 2));
    for (int d = 0; d < 7; ++d) {
      if (code.substr(3, 3) == kDays[d]) rule.weekday = d + 1;
    }
    const std::string_view n = code.substr(7);
    rule.nth = n == "LAST" ? -1 : to_int(n);
    if (rule.weekday != 0) return rule;
  }
  throw std::runtime_error("dates lexicon: bad holiday rule '" + std::string(code) + "'");
}

Modifier modifier_from_name(std::string_view name) {
  static constexpr std::pair<std::string_view, Modifier> kNames[] = {{"prev", Modifier::Prev},
                                                                     {"past", Modifier::Past},
                                                                     {"next", Modifier::Next},
                                                                     {"coming", Modifier::Coming},
                                                                     {"following", Modifier::Following},
                                                                     {"this", Modifier::This},
                                                                     {"early", Modifier::Early},
                                                                     {"mid", Modifier::Mid},
                                                                     {"late", Modifier::Late},
                                                                     {"end", Modifier::End},
                                                                     {"beginning", Modifier::Beginning},
                                                                     {"middle", Modifier::Middle},
                                                                     {"ago", Modifier::Ago},
                                                                     {"earlier", Modifier::Earlier},
                                                                     {"later", Modifier::Later},
                                                                     {"every", Modifier::Every},
                                                                     {"per", Modifier::Per},
                                                                     {"approx", Modifier::Approx},
                                                                     {"approx_weak", Modifier::ApproxWeak},
                                                                     {"more", Modifier::More},
                                                                     {"least", Modifier::Least},
                                                                     {"up", Modifier::Up},
                                                                     {"fiscal", Modifier::Fiscal},
                                                                     {"the", Modifier::The},
                                                                     {"of", Modifier::Of},
                                                                     {"lead", Modifier::Lead}};
  for (const auto& [key, modifier] : kNames) {
    if (key == name) return modifier;
  }
  throw std::runtime_error("dates lexicon: unknown modifier role '" + std::string(name) + "'");
}

}  // namespace

Lexicon::Lexicon(std::string_view months, std::string_view weekdays, std::string_view units, std::string_view numbers,
                 std::string_view day_parts, std::string_view seasons, std::string_view vague, std::string_view sets,
                 std::string_view modifiers, std::string_view tense_cues, std::string_view holidays,
                 std::string_view zones, std::string_view starters, std::string_view context_words) {
  for_each_row(months, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 3) return;
    WordInfo& info = entry(f[0]);
    info.month = static_cast<uint8_t>(to_int(f[1]));
    info.month_form = f[2] == "full"        ? MonthForm::Full
                      : f[2] == "abbr"      ? MonthForm::Abbr
                      : f[2] == "abbr_weak" ? MonthForm::AbbrWeak
                                            : MonthForm::Ambiguous;
  });
  for_each_row(weekdays, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 3) return;
    WordInfo& info = entry(f[0]);
    info.weekday = static_cast<uint8_t>(to_int(f[1]));
    info.weekday_plural = f[2] == "plural";
    info.weekday_abbr = f[2] == "abbr";
  });
  for_each_row(units, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 3) return;
    WordInfo& info = entry(f[0]);
    info.unit = unit_from_code(f[1]);
    info.unit_plural = f[2] == "plural" || f[2] == "long_plural" || f[2] == "counted_plural";
    info.unit_counted_only = f[2] == "counted_plural";
    info.unit_long = f[2] == "long" || f[2] == "long_plural";
    info.unit_abbreviation = f[2] == "either";
  });
  for_each_row(numbers, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 3) return;
    WordInfo& info = entry(f[0]);
    info.number = to_int(f[1]);
    const std::string_view kind = f[2];
    info.number_kind = kind == "cardinal"       ? NumberKind::Cardinal
                       : kind == "ordinal"      ? NumberKind::Ordinal
                       : kind == "ordinal_last" ? NumberKind::OrdinalLast
                       : kind == "article"      ? NumberKind::Article
                       : kind == "multiplier"   ? NumberKind::Multiplier
                       : kind == "couple"       ? NumberKind::Couple
                       : kind == "decade"       ? NumberKind::Decade
                       : kind == "vague"        ? NumberKind::Vague
                                                : NumberKind::VagueWeak;
  });
  for_each_row(day_parts, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 2) return;
    WordInfo& info = entry(f[0]);
    info.day_part = f[1];
    info.day_part_plural = n >= 3 && f[2] == "plural";
  });
  for_each_row(seasons, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 3) return;
    WordInfo& info = entry(f[0]);
    info.season = f[1];
    info.season_month = static_cast<uint8_t>(to_int(f[2]));
  });
  for_each_row(vague, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 3) return;
    WordInfo& info = entry(f[0]);
    info.vague = f[1];
    info.vague_context = f[2] == "any"         ? VagueContext::Any
                         : f[2] == "after_the" ? VagueContext::AfterThe
                         : f[2] == "adverb"    ? VagueContext::Adverb
                                               : VagueContext::Adjective;
  });
  for_each_row(sets, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 2) return;
    WordInfo& info = entry(f[0]);
    info.set_value = f[1];
    info.set_adverb_only = n >= 3 && f[2] == "adverb";
  });
  for_each_row(modifiers, [&](const quarry::Fields<4>& f, size_t n) {
    if (n >= 2) entry(f[0]).modifier = modifier_from_name(f[1]);
  });
  for_each_row(tense_cues, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 2) return;
    WordInfo& info = entry(f[0]);
    const std::string_view t = f[1];
    info.tense = t.starts_with("future") ? Tense::Future : t == "present" ? Tense::Present : Tense::Past;
    info.tense_strength = t.ends_with("_weak")            ? TenseStrength::Weak
                          : t.ends_with("_aim")           ? TenseStrength::Aim
                          : t.ends_with("_plan")          ? TenseStrength::Plan
                          : t.ends_with("_near")          ? TenseStrength::Near
                          : t.ends_with("_schedule_bare") ? TenseStrength::ScheduleBare
                          : t.ends_with("_schedule")      ? TenseStrength::Schedule
                                                          : TenseStrength::Strong;
  });
  for_each_row(holidays, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 2) return;
    Holiday holiday;
    std::string_view phrase = f[0];
    while (!phrase.empty()) {
      const size_t space = phrase.find(' ');
      holiday.words.push_back(phrase.substr(0, space));
      phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    }
    holiday.rule = parse_holiday_rule(f[1]);
    holiday.country = f[2];
    if (holiday.words.empty()) return;
    entry(holiday.words.front()).starts_holiday = true;
    holidays_.push_back(std::move(holiday));
  });
  for_each_row(zones, [&](const quarry::Fields<4>& f, size_t n) {
    if (n < 1 || f[0].empty()) return;
    // Keys are lower case like every other entry; the recognizer also checks the original is upper case.
    std::string lower(f[0]);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    zone_names_.push_back(std::move(lower));
  });
  for (const std::string& name : zone_names_) entry(name).time_zone = true;
  for_each_row(starters, [&](const quarry::Fields<4>& f, size_t n) {
    if (n >= 1 && !f[0].empty()) entry(f[0]).starter = true;
  });
  for (auto& [word, info] : words_) {
    const bool shifts = info.modifier != Modifier::None && info.modifier != Modifier::The &&
                        info.modifier != Modifier::Of && info.modifier != Modifier::Approx &&
                        info.modifier != Modifier::ApproxWeak && info.modifier != Modifier::More &&
                        info.modifier != Modifier::Least && info.modifier != Modifier::Up &&
                        info.modifier != Modifier::Per && info.modifier != Modifier::Lead;
    // ("million" and "billion" only scale a number before them: they start nothing, and news is full of them)
    const bool counts = info.number_kind != NumberKind::None && info.number_kind != NumberKind::Article &&
                        info.number_kind != NumberKind::VagueWeak &&
                        !(info.number_kind == NumberKind::Multiplier && info.number >= 1'000'000);
    const bool temporal_itself = info.month != 0 || info.weekday != 0 || info.unit != Unit::None || counts ||
                                 !info.day_part.empty() || !info.season.empty() || !info.vague.empty() ||
                                 !info.set_value.empty() || shifts || info.starter;
    info.temporal = temporal_itself || info.starts_holiday;
    info.holiday_word_only = info.starts_holiday && !temporal_itself;
    info.leading = !info.temporal && (info.modifier != Modifier::None || info.number_kind != NumberKind::None);
  }
  // Grouped by first word, longest phrase first within a group (so "christmas eve" wins over "christmas"):
  // the recognizer tries only the holidays that start with the word it stands on. A phrase kept elsewhere comes
  // before its countries' listings, whatever the file's order, so that it is the one matched ("Women's Day" is
  // March 8 but in a text about South Africa).
  std::stable_sort(holidays_.begin(), holidays_.end(), [](const Holiday& a, const Holiday& b) {
    if (a.words.front() != b.words.front()) return a.words.front() < b.words.front();
    if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
    return a.country.empty() && !b.country.empty();
  });
  if (holidays_.size() > UINT16_MAX) throw std::runtime_error("dates lexicon: too many holidays");
  for (size_t h = 0; h < holidays_.size(); ++h) {
    WordInfo& first = entry(holidays_[h].words.front());
    if (first.holiday_count == 0) first.holiday_first = static_cast<uint16_t>(h);
    ++first.holiday_count;
  }
  // A phrase listed with a country varies by country in all its listings (found within its first word's group)
  for (Holiday& holiday : holidays_) {
    for (const Holiday& other : holidays_starting(entry(holiday.words.front()))) {
      if (!other.country.empty() && other.words == holiday.words) holiday.varies_by_country = true;
    }
  }
  read_context_words(context_words);
  build_table();
}

// "[class]" lines open a class; the lines after it list its words separated by spaces.
void Lexicon::read_context_words(std::string_view text) {
  static constexpr std::pair<std::string_view, WordClass> kClasses[] = {
      {"auxiliary", WordClass::Auxiliary},
      {"be_form", WordClass::BeForm},
      {"not_past_ed", WordClass::NotPastEd},
      {"inside_verb_group", WordClass::InsideVerbGroup},
      {"before_adjective", WordClass::BeforeAdjective},
      {"noun_phrase_start", WordClass::NounPhraseStart},
      {"function_word", WordClass::FunctionWord},
      {"before_bare_month", WordClass::BeforeBareMonth},
      {"before_bare_year", WordClass::BeforeBareYear},
      {"after_bare_year", WordClass::AfterBareYear},
      {"degree_adverb", WordClass::DegreeAdverb},
      {"plural_no_s", WordClass::PluralNoS},
      {"verb_before_length", WordClass::VerbBeforeLength},
      {"spends_time", WordClass::SpendsTime},
      {"after_everyday", WordClass::AfterEveryday},
      {"vote_noun", WordClass::VoteNoun},
      {"kind_of_programme", WordClass::KindOfProgramme},
      {"holiday_object", WordClass::HolidayObject},
      {"game_word", WordClass::GameWord},
      {"game_clock_word", WordClass::GameClockWord},
      {"forecast_noun", WordClass::ForecastNoun},
      {"worship_noun", WordClass::WorshipNoun},
      {"distance_unit", WordClass::DistanceUnit},
      {"measure_unit", WordClass::MeasureUnit},
      {"street_word", WordClass::StreetWord},
      {"weather_word", WordClass::WeatherWord},
      {"overnight_not_when", WordClass::OvernightNotWhen},
      {"attack_word", WordClass::AttackWord},
      {"sets_state_ahead", WordClass::SetsStateAhead},
      {"moves_earlier", WordClass::MovesEarlier},
      {"command_verb", WordClass::CommandVerb},
      {"unplanned_event", WordClass::UnplannedEvent},
      {"data_noun", WordClass::DataNoun},
      {"habit_word", WordClass::HabitWord},
      {"nowadays_noun", WordClass::NowadaysNoun},
      {"kind_of_day", WordClass::KindOfDay},
      {"measured_noun", WordClass::MeasuredNoun},
      {"bids_ahead", WordClass::BidsAhead},
      {"speech_verb", WordClass::SpeechVerb},
      {"moves_date", WordClass::MovesDate},
      {"opening_hours_word", WordClass::OpeningHoursWord},
      {"runs_on", WordClass::RunsOn},
      {"vehicle_make", WordClass::VehicleMake},
      {"year_named_product", WordClass::YearNamedProduct},
      {"alert_noun", WordClass::AlertNoun},
      {"aged_thing", WordClass::AgedThing},
      {"sacrifice_feast_word", WordClass::SacrificeFeastWord},
      {"fast_breaking_word", WordClass::FastBreakingWord},
      {"market_word", WordClass::MarketWord},
      {"after_leading", WordClass::AfterLeading},
      {"award_holder", WordClass::AwardHolder},
      {"commodity", WordClass::Commodity},
      {"felt_adjective", WordClass::FeltAdjective},
      {"weekly_service", WordClass::WeeklyService},
      {"number_noun", WordClass::NumberNoun},
      {"early_late_verb", WordClass::EarlyLateVerb}};
  uint64_t current = 0;
  for_each_row(text, [&](const quarry::Fields<4>& f, size_t) {
    std::string_view line = f[0];
    if (line.front() == '[') {
      const std::string_view name = line.substr(1, line.find(']') - 1);
      current = 0;
      for (const auto& [key, c] : kClasses) {
        if (key == name) current = bit(c);
      }
      if (current == 0) throw std::runtime_error("dates lexicon: unknown word class '" + std::string(name) + "'");
      return;
    }
    if (current == 0) throw std::runtime_error("dates lexicon: context word before any [class]");
    while (!line.empty()) {
      const size_t space = line.find(' ');
      const std::string_view word = line.substr(0, space);
      if (!word.empty()) classes_[word] |= current;
      line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
    }
  });
}

void Lexicon::build_table() {
  size_t keys = words_.size();
  for (const auto& [word, classes] : classes_) keys += words_.contains(word) ? 0 : 1;
  size_t size = 16;
  while (size < keys * 4) size *= 2;  // load factor at most 1/4: short probe runs
  slots_.assign(size, Slot{});
  mask_ = static_cast<uint32_t>(size - 1);
  auto place = [&](std::string_view word) -> Slot& {
    max_length_ = std::max(max_length_, word.size());
    uint32_t slot = hash(word) & mask_;
    while (!slots_[slot].key.empty() && slots_[slot].key != word) slot = (slot + 1) & mask_;
    slots_[slot].key = word;
    return slots_[slot];
  };
  for (const auto& [word, info] : words_) place(word).info = &info;
  for (const auto& [word, classes] : classes_) place(word).classes = classes;
}

const Holiday* Lexicon::holiday_in_country(const Holiday& holiday, std::string_view country) const {
  if (country.empty()) return nullptr;
  const WordInfo* first = find(holiday.words.front());
  if (!first) return nullptr;
  for (const Holiday& other : holidays_starting(*first)) {
    if (other.country == country && other.words == holiday.words) return &other;
  }
  return nullptr;
}

const Lexicon& Lexicon::instance() {
  namespace data = quarry_data::dates;
  static const Lexicon lexicon(data::months_txt(), data::weekdays_txt(), data::units_txt(), data::numbers_txt(),
                               data::day_parts_txt(), data::seasons_txt(), data::vague_txt(), data::sets_txt(),
                               data::modifiers_txt(), data::tense_cues_txt(), data::holidays_txt(), data::zones_txt(),
                               data::starters_txt(), data::context_words_txt());
  return lexicon;
}

}  // namespace quarry::dates
