// The dates plugin's vocabulary: month and weekday names, calendar units, number words, parts of day,
// seasons, vague references, frequency words, modifiers, tense cues and holidays. All of it comes from the
// data files in data/ (embedded at build time), parsed once per process into one hash map from a lower-case
// word to everything the word can mean, so the scanner does one lookup per token.
#ifndef QUARRY_DATES_LEXICON_HPP
#define QUARRY_DATES_LEXICON_HPP

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "calendar.hpp"

namespace quarry::dates {

enum class Unit : uint8_t {
  None,
  Second,
  Minute,
  Hour,
  Day,
  Week,
  Weekend,
  Fortnight,
  Month,
  Quarter,
  Half,
  Season,
  Year,
  Decade,
  Century,
  Millennium
};

enum class MonthForm : uint8_t { None, Full, Abbr, AbbrWeak, Ambiguous };
enum class NumberKind : uint8_t {
  None,
  Cardinal,
  Ordinal,
  OrdinalLast,
  Article,
  Multiplier,
  Couple,
  Vague,
  VagueWeak,
  Decade
};
enum class VagueContext : uint8_t { None, Any, AfterThe, Adverb, Adjective };
enum class Tense : uint8_t { Unknown, Past, Present, Future };
// Weak future cues ("expected", "due") look ahead only before "to"; plan cues ("planned", "scheduled") also
// before an object ("planned a demonstration on Saturday"); strong cues always.
// Near: a cue only a few words from the date ("can win in November"; a modal far away misleads).
// Schedule: a verb of a scheduled event, a cue only for a date after it ("Wisconsin holds its primary on
// Tuesday"; in "Tuesday's declaration by Ford, which holds a stake" it governs nothing of the date).
// ScheduleBare: the bare form of such a verb, a cue only after its subject, a name or a plural noun ("EU
// leaders meet on Thursday", "Markets reopen Monday"), not as an infinitive ("to meet", "did not meet").
// Aim: a verb of wanting or trying, a weak cue only for a date after it ("want to run against her in
// November"; in "much of the summer trying to woo voters" it tells nothing of the summer).
enum class TenseStrength : uint8_t { None, Weak, Plan, Near, Schedule, ScheduleBare, Aim, Strong };

enum class Modifier : uint8_t {
  None,
  Prev,
  Past,
  Next,
  Coming,
  Following,
  This,
  Early,
  Mid,
  Late,
  End,
  Beginning,
  Middle,
  Ago,
  Earlier,
  Later,
  Every,
  Per,
  Approx,
  ApproxWeak,
  More,
  Least,
  Up,
  Fiscal,
  The,
  Of,
  Lead
};

// Context classes of words that are not temporal themselves (data/context_words.txt), as bits: the grammar
// and the tense test ask "is the word before an auxiliary?" with one bit test on the piece.
enum class WordClass : uint64_t {
  None = 0,
  Auxiliary = 1ull << 0,            // "has", "will", "to": what follows is a participle or an infinitive
  BeForm = 1ull << 1,               // "is", "were": before a predicate adjective ("is due to")
  NotPastEd = 1ull << 2,            // -ed words that are not past verbs ("need", "hundred", "united")
  InsideVerbGroup = 1ull << 3,      // adverbs between an auxiliary and its participle ("has also joined")
  BeforeAdjective = 1ull << 4,      // after these an -ed form is an adjective ("the revised plan")
  NounPhraseStart = 1ull << 5,      // determiners and quantifiers ("the", "its", "several")
  FunctionWord = 1ull << 6,         // prepositions, conjunctions, pronouns
  BeforeBareMonth = 1ull << 7,      // "in June", "since December"
  BeforeBareYear = 1ull << 8,       // "in 1990", "fiscal 1989"
  AfterBareYear = 1ull << 9,        // "1990 and 1991", "the 2000 election"
  DegreeAdverb = 1ull << 10,        // "much", "slightly": before a comparative ("much earlier")
  PluralNoS = 1ull << 11,           // "people", "children": plural nouns without -s ("2000 people" is a count)
  VerbBeforeLength = 1ull << 12,    // "takes", "lasts": "takes an hour" is a length, not a rate
  SpendsTime = 1ull << 13,          // "spent", "waited": "spent months" is a length of time
  AfterEveryday = 1ull << 14,       // "life", "lives": "every day life" is "everyday life"
  VoteNoun = 1ull << 15,            // "election", "referendum": "the November election" is the coming one
  KindOfProgramme = 1ull << 16,     // "show", "comedians": "late-night comedians" are a kind, not a time
  HolidayObject = 1ull << 17,       // "trees", "eggs": "Christmas trees" are things, not the day
  GameWord = 1ull << 18,            // "goal", "scored": the text reports a game, whose halves are no dates
  DistanceUnit = 1ull << 19,        // "miles", "km": "80 miles an hour" is a speed
  StreetWord = 1ull << 20,          // "Avenue", "Street": "1600 Pennsylvania Avenue" is an address
  WeatherWord = 1ull << 21,         // "temperatures", "highs": "into the 60s" is a temperature
  OvernightNotWhen = 1ull << 22,    // "happen", "held": "won't happen overnight", "held him overnight"
  AttackWord = 1ull << 23,          // "attacks", "hijackers": "the Sept. 11 attacks" are those of 2001
  SetsStateAhead = 1ull << 24,      // "extended", "postponed": "postponed the vote until Monday" looks ahead
  DataNoun = 1ull << 25,            // "data", "jobs": "the June jobs report" is about a month already begun
  HabitWord = 1ull << 26,           // "usually", "daily": "usually between midnight and 4 a.m." is any day's hour
  NowadaysNoun = 1ull << 27,        // "world", "youth": "today's world" is the present age, not the reference day
  KindOfDay = 1ull << 28,           // "timetable", "service": "a Sunday timetable" is a kind of day's, not a date
  MeasuredNoun = 1ull << 29,        // "gain", "average": "its third weekly gain" measures a period, not a recurrence
  BidsAhead = 1ull << 30,           // "agreed", "urged": "agreed to meet on Monday" sets a plan for the date
  SpeechVerb = 1ull << 31,          // "said", "predicted": "said Sunday would be milder" opens a clause on the date
  MovesDate = 1ull << 32,           // "postponed", "moved": "hearings were moved to Monday" puts them on a date ahead
  OpeningHoursWord = 1ull << 33,    // "open", "staffed": "open Monday through Friday" gives any week's days
  RunsOn = 1ull << 34,              // "runs", "lasts": "runs through Sunday" carries on to a date ahead
  VehicleMake = 1ull << 35,         // "Toyota", "Chevrolet": "a 2015 Toyota Camry" names a model year, no date
  AgedThing = 1ull << 36,           // "truce", "firm": "an 8-month-old truce" has lasted 8 months (no person's age)
  SacrificeFeastWord = 1ull << 37,  // "adha", "hajj": a text about Eid al-Adha, so its bare "Eid" is that one
  FastBreakingWord = 1ull << 38,    // "fitr", "ramadan": a text about Eid al-Fitr
  MarketWord = 1ull << 39,          // "shares", "euro": a sentence of prices, where "at 12.30" is no clock time
  AfterLeading = 1ull << 40,        // "than", "same": "more than a year", "the same day" go on after a leading word
  AwardHolder = 1ull << 41,         // "citizen", "rookie": "Citizen of the Year" is a title, not the year
  Commodity = 1ull << 42,           // "corn", "canola": "March corn" is a futures contract's month
  GameClockWord = 1ull << 43,       // "halftime", "touchdown": the text reports a game played in quarters too
  ForecastNoun = 1ull << 44,        // "forecast", "guidance": "its outlook for the fourth quarter" is a coming one
  WorshipNoun = 1ull << 45,         // "Mass", "Prayers": "his Sunday Mass" is the service held that day
  MovesEarlier = 1ull << 46,        // "came", "start": "came earlier", "start earlier" mean sooner, no past time
  CommandVerb = 1ull << 47,         // "check", "remember": "Check back on Monday" opens a command, which looks ahead
  UnplannedEvent = 1ull << 48,      // "attack", "blast": "Tuesday's attack" is over, as no one schedules one
  YearNamedProduct = 1ull << 49,    // "version", "vintage": "the 2020 version" comes out in another year
  AlertNoun = 1ull << 50,           // "warning", "advisory": "a warning from Friday" holds for days ahead of its issue
  FeltAdjective = 1ull << 51,       // "hard", "lean": "two hard winters", "three lean years" are still lengths
  WeeklyService = 1ull << 52,       // "hours", "delivery": "Sunday hours", "Saturday delivery" are any such day's
  NumberNoun = 1ull << 53,          // "flight", "room": "flight 2013", "room 2024" name one, no year
  EarlyLateVerb = 1ull << 54,       // "close", "stay": "closes early today", "open late tonight" tell how, not when
  MeasureUnit = 1ull << 55          // "barrels", "tonnes": "2 million barrels a day" is an output, no time
};

constexpr uint64_t bit(WordClass c) { return static_cast<uint64_t>(c); }

// Everything one lower-case word can mean. Most words have one role; "may", "second", "last", "past" and
// "fall" have several, and the recognizer picks by context.
struct WordInfo {
  uint8_t month = 0;  // 1..12
  MonthForm month_form = MonthForm::None;
  uint8_t weekday = 0;  // 1..7
  bool weekday_plural = false;
  bool weekday_abbr = false;
  Unit unit = Unit::None;
  bool unit_plural = false;
  bool unit_long = false;          // "weeklong": an adjective meaning one unit's length
  bool unit_abbreviation = false;  // "min", "hr": written the same after one and after many ("16 min")
  bool unit_counted_only = false;  // "winters": a unit only after a count ("three winters"; "summers" alone is none)
  NumberKind number_kind = NumberKind::None;
  int number = 0;
  std::string_view day_part;     // "MO", "NI", … (empty when none)
  bool day_part_plural = false;  // "mornings": a set ("Friday mornings"), never one day's part
  std::string_view season;       // "SU", …
  uint8_t season_month = 0;      // first month of the season
  std::string_view vague;        // "PAST_REF", …
  VagueContext vague_context = VagueContext::None;
  std::string_view set_value;    // "P1W" for "weekly"
  bool set_adverb_only = false;  // "quarterly": a set only as an adverb, not in "quarterly results"
  Modifier modifier = Modifier::None;
  Tense tense = Tense::Unknown;
  TenseStrength tense_strength = TenseStrength::None;
  bool starts_holiday = false;
  uint16_t holiday_first = 0;  // with starts_holiday: the holidays starting with this word, in holidays_
  uint16_t holiday_count = 0;
  bool time_zone = false;  // "IST", "GMT" (matched upper-case only)
  // Derived when the lexicon is built, for the scanner's quick test of where an expression may start:
  // `temporal` words can begin one themselves ("June", "last", "weekly"); `leading` words only before a
  // number or a temporal word ("the past", "about three", "a year", "more than").
  bool temporal = false;
  bool leading = false;
  // temporal only as the first word of a holiday's name ("Presidents", "World", "Father"): it begins an
  // expression only where the whole name follows
  bool holiday_word_only = false;
  bool starter = false;  // listed in starters.txt
};

// How a holiday's day is found once its year is known.
struct HolidayRule {
  // WeekdayOnOrAfter: the first `weekday` on or after month-day ("Election Day": the Tuesday on or after Nov 2).
  enum class Kind : uint8_t {
    None,
    Fixed,
    Easter,
    OrthodoxEaster,  // Easter (and its days) in a sentence about the Orthodox churches
    NthWeekday,
    WeekdayOnOrAfter,
    Lunisolar,        // a day of a lunar or lunisolar calendar (`lunisolar`)
    Hijri,            // a day of the Islamic calendar: `month` and `day` are the Hijri month and day
    HijriMonth,       // the name of a Hijri month (`month`), read only inside a Hijri date ("Dhul Hijjah 9, 1435")
    SolarHijriMonth,  // the name of a month of the Persian calendar (`month`), read only inside such a date
    // A day of the Ethiopian calendar by its usual Gregorian `month`-`day`, a day later when the Ethiopian leap day
    // (the sixth of Pagume) has come before it in that Ethiopian year (Enkutatash on September 12 in 2007)
    Ethiopian
  } kind = Kind::None;
  int month = 0;
  int day = 0;                                          // Fixed, WeekdayOnOrAfter, Hijri, Ethiopian
  int offset = 0;                                       // Easter, Lunisolar: days from that day (Good Friday = -2)
  int weekday = 0;                                      // NthWeekday, WeekdayOnOrAfter: 1..7
  int nth = 0;                                          // NthWeekday: 1..5, or -1 for the last
  LunisolarDay lunisolar = LunisolarDay::LunarNewYear;  // Lunisolar
  bool either_eid = false;   // Lunisolar: a bare "Eid", Eid al-Fitr or Eid al-Adha by what the text is about
  bool month_only = false;   // Lunisolar: the month of the day (Ramadan), not the day
  int year = 0;              // Fixed: a day of history ("D-Day", 1944), or 0
  bool zodiac_name = false;  // SolarHijriMonth: an Afghan month name ("Asad"), read only with a day and a year
  // A rule that took effect in `since_year`: before it the day was fixed, `month_before`-`day_before` (Japan's
  // Coming of Age Day was January 15 until 1999, the second Monday of January since 2000)
  int since_year = 0;
  int month_before = 0;
  int day_before = 0;

  // Whether this is the name of a month of another calendar, read only inside a date of that calendar.
  bool names_calendar_month() const { return kind == Kind::HijriMonth || kind == Kind::SolarHijriMonth; }
  // Whether the day moves from one month to another over the years (Easter, the days of lunar calendars), so
  // that without a year not even the month is known.
  bool moves_between_months() const {
    return kind == Kind::Easter || kind == Kind::OrthodoxEaster || kind == Kind::Lunisolar || kind == Kind::Hijri;
  }
};

struct Holiday {
  std::vector<std::string_view> words;  // lower case, "new", "year", "'s", "day"
  HolidayRule rule;
  std::string_view country;        // the country that keeps this date ("IN"), or empty: the date kept elsewhere
  bool varies_by_country = false;  // listed with other dates for other countries
};

class Lexicon {
 public:
  // The process-wide lexicon, parsed from the embedded data on first use (thread-safe static init).
  static const Lexicon& instance();

  // What one lower-case word is: its temporal meaning (nullptr when it has none) and its context classes
  // (bits of WordClass). Called for every word of every text, so it uses its own open-addressing table (a
  // cheap FNV-1a hash, a length cut-off) rather than std::unordered_map.
  struct Entry {
    const WordInfo* info = nullptr;
    uint64_t classes = 0;
  };
  Entry lookup(std::string_view lower_word) const {
    if (lower_word.size() > max_length_ || lower_word.empty()) return {};
    for (uint32_t slot = hash(lower_word) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.key.empty()) return {};
      if (s.key == lower_word) return {s.info, s.classes};
    }
  }
  const WordInfo* find(std::string_view lower_word) const { return lookup(lower_word).info; }
  bool is(std::string_view lower_word, WordClass c) const { return (lookup(lower_word).classes & bit(c)) != 0; }
  // The holidays whose first word is the piece's word (WordInfo::starts_holiday), longest phrase first.
  std::span<const Holiday> holidays_starting(const WordInfo& first) const {
    return std::span<const Holiday>(holidays_).subspan(first.holiday_first, first.holiday_count);
  }
  // Every holiday listed, in the order the lexicon groups them.
  std::span<const Holiday> holidays() const { return holidays_; }
  // The same holiday as kept in `country` ("Independence Day" in India), or nullptr when that country has no
  // date of its own for it.
  const Holiday* holiday_in_country(const Holiday& holiday, std::string_view country) const;

  // Parses the data files' text (exposed for tests that feed their own lists).
  Lexicon(std::string_view months, std::string_view weekdays, std::string_view units, std::string_view numbers,
          std::string_view day_parts, std::string_view seasons, std::string_view vague, std::string_view sets,
          std::string_view modifiers, std::string_view tense_cues, std::string_view holidays, std::string_view zones,
          std::string_view starters, std::string_view context_words);
  Lexicon(const Lexicon&) = delete;  // the map's keys point into zone_names_
  Lexicon& operator=(const Lexicon&) = delete;

 private:
  WordInfo& entry(std::string_view word) { return words_[word]; }
  static uint32_t hash(std::string_view word) {
    uint32_t h = 2166136261u;
    for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  void read_context_words(std::string_view text);
  void build_table();

  struct Slot {
    std::string_view key;  // empty: a free slot
    const WordInfo* info = nullptr;
    uint64_t classes = 0;
  };
  std::deque<std::string> zone_names_;  // lower-cased copies the map's keys point into (stable addresses)
  std::unordered_map<std::string_view, WordInfo> words_;    // built once; node addresses stay put
  std::unordered_map<std::string_view, uint64_t> classes_;  // context classes, merged into slots_
  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  size_t max_length_ = 0;
  std::vector<Holiday> holidays_;
};

}  // namespace quarry::dates

#endif  // QUARRY_DATES_LEXICON_HPP
