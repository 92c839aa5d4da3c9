// Years and longer periods: "2025", "early 2025", "fiscal 1989", "the end of 1990", "the 1990s", "the late
// 1970s", "'90s", "the 20th century". Parts of a year (quarters, halves, seasons) are in recognize_quarters.cpp.
#include <algorithm>
#include <cstdio>
#include <string>

#include "grammar.hpp"

namespace quarry::dates {
namespace {

// A word that reads as an adjective before a noun: "an influential 2009 paper", "a controversial 1996 law".
bool looks_adjectival(std::string_view w) {
  return w.size() > 4 && (w.ends_with("al") || w.ends_with("ic") || w.ends_with("ous") || w.ends_with("ive") ||
                          w.ends_with("ful") || w.ends_with("ent") || w.ends_with("ant"));
}

// "a 1963 speech", "an influential 2009 paper", "any 2016 candidate": a year between an article (or an
// adjective) and a singular noun modifies the noun. An article cannot stand before a bare count ("a 2000
// troops" is not English), so this does not catch amounts.
bool year_modifies_noun(const Grammar& g, size_t i) {
  if (i == 0 || !g.has(i + 1) || g[i].integer < 1900 || g[i].integer > 2039) return false;
  const Piece& prev = g[i - 1];
  const Piece& next = g[i + 1];
  if (next.kind != PieceKind::Word || next.upper_initial || !next.space_before || next.hyphen_before) return false;
  if (next.info && next.info->unit != Unit::None) return false;  // "a 2000 year history" is an amount
  if (looks_like_plural_in_s(next.lower) || next.is(WordClass::PluralNoS)) return false;
  // "Stephanie McCrummen, 2015 winner of the prize": after a comma, before a singular noun
  if (g.punct(i - 1, ",") && next.lower.size() >= 4 && !next.is(WordClass::FunctionWord)) return true;
  if (prev.kind != PieceKind::Word) return false;
  const std::string_view p = prev.lower;
  if (p == "a" || p == "an" || p == "any" || p == "every" || p == "each" || p == "another") return true;
  if (prev.info || prev.upper_initial || prev.is(WordClass::FunctionWord) || prev.is(WordClass::Auxiliary)) {
    return false;
  }
  // "an influential 2009 paper"; "Obama's landmark 2012 visit", a noun modifying the same noun: only before a
  // word long enough not to be a unit's abbreviation ("2000 rpm")
  return looks_adjectival(p) || next.lower.size() >= 4;
}

// A plural noun at i: "troops", "people", "schoolchildren", "businessmen".
bool plural_noun_at(const Grammar& g, size_t i) {
  // (a word that only begins a holiday's name is a noun like any other: "1709 children", "Children's Day")
  if (!g.has(i) || g[i].kind != PieceKind::Word || (g[i].info && !g[i].info->holiday_word_only)) return false;
  const std::string_view w = g[i].lower;
  return looks_like_plural_in_s(w) || g[i].is(WordClass::PluralNoS) || w.ends_with("children") || w.ends_with("men") ||
         w.ends_with("people");
}

// "1600 Pennsylvania Avenue", "1800 Broadway": a house number before a capitalized street name (but "In 2016
// Broadway had a record year": after a preposition of time it is the year).
bool house_number_at(const Grammar& g, size_t i) {
  if (i > 0 && (g.word(i - 1, "in") || g.word(i - 1, "since") || g.word(i - 1, "until") || g.word(i - 1, "during") ||
                g.word(i - 1, "before") || g.word(i - 1, "after") || g.word(i - 1, "by"))) {
    return false;
  }
  // ("1850 W. Harrison St.", "401 S. Main St.": past a compass point's abbreviation and its period)
  for (size_t k = i + 1; k <= i + 5 && g.has(k) && g[k].kind == PieceKind::Word && g[k].upper_initial; ++k) {
    if (g.is(k, WordClass::StreetWord)) return true;
    if (g[k].all_upper && g[k].text.size() <= 2 && g.punct(k + 1, ".")) ++k;
  }
  // ("Forest Road 2000", "County Road 2025", "Highway 2000": a road's number after its capitalized street word)
  if (i > 0 && g[i - 1].upper_initial && g.is(i - 1, WordClass::StreetWord)) return true;
  // "the 1200 block of Elm Street", "including the 1200 block, where": a police blotter's address
  return g.word(i + 1, "block") && (g.word(i + 2, "of") || (i > 0 && g.word(i - 1, "the")));
}

// "flight 2013 from Osaka", "Air Canada flight AC 2018", "Train No. 2019", "ext. 1850", "Deck 2019", "code SQ 2025",
// "Rule 2111", "flat 1604": a number that names a flight, a train, a deck, a code, a rule or a home.
bool names_a_number(const Grammar& g, size_t i) {
  if (i == 0) return false;
  const Piece& prev = g[i - 1];
  // (a comma only after a noun in lower case: "the Indian Penal Code, 1860" is a statute of that year)
  return g.is(i - 1, WordClass::NumberNoun) || (g.punct(i - 1, ".") && i >= 2 && g.is(i - 2, WordClass::NumberNoun)) ||
         (g.punct(i - 1, ",") && i >= 2 && g.is(i - 2, WordClass::NumberNoun) && !g[i - 2].upper_initial) ||
         (prev.kind == PieceKind::Word && prev.all_upper && prev.text.size() == 2 && i >= 2 &&
          g.is(i - 2, WordClass::NumberNoun));
}

// "taking HIST 2017", "the KCPE 2010 results", "Cascade OS 2013", "Under RERA 2016", "AB 2026 takes effect": an
// acronym before a number makes a course, an exam, a product, a law or a bill of it. Words the lexicon knows
// ("FY 2019", "FISCAL YEAR 2015", "SUMMER 2020") are no acronyms, nor is a word in a headline set in capitals
// ("ARREST MADE IN 1987", "EB 2014" is read as one only with no capitals around it).
bool names_acronym_edition(const Grammar& g, size_t i) {
  if (i == 0) return false;
  const Piece& prev = g[i - 1];
  if (prev.kind != PieceKind::Word || !prev.all_upper || prev.text.size() < 2 || prev.text.size() > 6 || prev.info ||
      !prev.name_like()) {
    return false;
  }
  const auto capitals = [&](size_t k) {
    return g.has(k) && g[k].kind == PieceKind::Word && g[k].all_upper && g[k].text.size() >= 2;
  };
  return !(i >= 2 && capitals(i - 2)) && !capitals(i + 1);
}

// Does a bare four-digit number at i read as a year in its context?
bool bare_year_ok(const Grammar& g, size_t i) {
  if (house_number_at(g, i) || names_a_number(g, i)) return false;
  if (hijri_era_after(g, i)) return false;  // "1445 AH", "1403 SH": a year of another calendar
  // "the Class of 2010", "Harmon's Class of 1996": a school's cohort, named by the year it graduates
  if (i >= 2 && g.word(i - 1, "of") && g.word(i - 2, "class") && g[i - 2].upper_initial) return false;
  // "call 1300 855 425", "Crime Stoppers on 1800 333 000": the first group of a telephone number
  if (g.has(i + 2) && g[i + 1].kind == PieceKind::Number && g[i + 1].digits == 3 && !g.glued(i + 1) &&
      g[i + 2].kind == PieceKind::Number && g[i + 2].digits >= 3 && !g.glued(i + 2)) {
    return false;
  }
  // "ring number B-1734", "the XM-2025 carbine", "model DN-2019": a code of capitals, a hyphen and digits (not
  // "FY-2019", a fiscal year)
  if (i >= 1 && g[i].hyphen_before && g[i - 1].kind == PieceKind::Word && !g.word(i - 1, "fy") &&
      (g[i - 1].all_upper || (g[i - 1].upper_initial && g[i - 1].text.size() == 1))) {
    return false;
  }
  // "rated 2104", "a rating of 1650", "a game rated above 2000": a chess player's rating; "Lot 1961": an auction's lot
  const bool rated_before = i >= 1 && (g.word(i - 1, "rated") || (i >= 2 && g.word(i - 2, "rated") &&
                                                                  (g.word(i - 1, "above") || g.word(i - 1, "below") ||
                                                                   g.word(i - 1, "over") || g.word(i - 1, "under"))));
  const bool rating_is = i >= 2 && (g.word(i - 2, "rating") || g.word(i - 2, "ratings")) &&
                         (g.word(i - 1, "of") || g.word(i - 1, "is") || g.word(i - 1, "was"));
  const bool lot_number = i >= 1 && g.word(i - 1, "lot") && g[i - 1].upper_initial;
  if (rated_before || rating_is || lot_number) return false;
  // "sank in 1500 m of water", "at around 1300 km": a distance, whatever the preposition
  if (g.is(i + 1, WordClass::DistanceUnit) && !g[i + 1].upper_initial) return false;
  // "a 2015 Toyota Camry": a model year, part of the product's name
  if (g.has(i + 1) && g[i + 1].upper_initial && g.is(i + 1, WordClass::VehicleMake)) return false;
  // "the 1500m final", "2000cc": a unit glued to the number makes it a measure
  if (g.has(i + 1) && g.glued(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].possessive &&
      g[i + 1].lower != "s") {
    return false;
  }
  // A medieval year in news comes after "in", "since", "of" and the like; elsewhere such a number is a count
  // ("Of the 1,590 votes cast, 1128 were for Cruz").
  // (or in a list after another year: "reissued in 1216, 1217 and 1225")
  const bool listed_after_year =
      i >= 2 && (g.punct(i - 1, ",") || g.word(i - 1, "and") || g.word(i - 1, "or")) && g.year_at(i - 2) > 0;
  if (g[i].integer < 1500 && !listed_after_year &&
      !(i > 0 && (g.is(i - 1, WordClass::BeforeBareYear) || g.word(i - 1, "since") || g.word(i - 1, "of") ||
                  g.word(i - 1, "until") || g.word(i - 1, "before") || g.word(i - 1, "after")))) {
    return false;
  }
  if (year_modifies_noun(g, i)) return true;
  // "a survey of 1709 schoolchildren", "up to 1500 troops": after these an old year before a plural noun is a
  // count. (A recent one stays a year: "of 2012 voters", "from 1990 levels", "in 1990 sales rose".)
  if (i > 0 && g[i].integer < 1900 && plural_noun_at(g, i + 1) &&
      (g.word(i - 1, "of") || g.word(i - 1, "to") || g.word(i - 1, "by") || g.word(i - 1, "than") ||
       g.word(i - 1, "around") || g.word(i - 1, "about") || g.word(i - 1, "from"))) {
    return false;
  }
  if (i > 0) {
    const Piece& prev = g[i - 1];
    if (prev.kind == PieceKind::Symbol) return false;  // "$2000", "#2000"
    // "fans of The 1975 will hear": a capitalized "The" inside a sentence before a year standing alone names a band
    // or a title ("The 2012 Olympics" opening a sentence is the year's)
    if (g.word(i - 1, "the") && prev.upper_initial && i >= 2 && g[i - 2].kind == PieceKind::Word &&
        !(g.has(i + 1) && g[i + 1].kind == PieceKind::Word && !g[i + 1].is(WordClass::FunctionWord) &&
          !g[i + 1].is(WordClass::Auxiliary))) {
      return false;
    }
    // "the Democrats' 2000 nominee": a plural possessive's apostrophe, glued to its noun
    if ((g.punct(i - 1, "'") || g.punct(i - 1, "\u2019")) && g.glued(i - 1) && i >= 2 &&
        g[i - 2].kind == PieceKind::Word && g[i - 2].lower.ends_with("s")) {
      return true;
    }
    // the second year of a full range, "2020-2022 hit farmers" (year_at reads the range at its first year)
    if (i >= 2 && g.glued(i) && (g.punct(i - 1, "-") || g.punct(i - 1, "\u2013")) && g.year_at(i - 2) > 0) return true;
    // "Comet C/2022 E3", "P/2019 LD2": a comet's designation, a capital and a slash before the year
    if (i >= 2 && g.glued(i) && g.punct(i - 1, "/") && g.glued(i - 1) && g[i - 2].kind == PieceKind::Word &&
        g[i - 2].all_upper && g[i - 2].text.size() == 1) {
      return false;
    }
    // "Regulation 544/2009", "Regulation (EU) 2015/2120": the number of a law or a document after a number and a
    // slash (a month before it, "06/2015", is a month of that year: recognize_numeric.cpp)
    if (i >= 2 && g.glued(i) && g.punct(i - 1, "/") && g.glued(i - 1) && g[i - 2].kind == PieceKind::Number) {
      return false;
    }
    // "call (805) 555-2018", "1-855-726-2014": the last group of a telephone number
    if (i >= 2 && g.glued(i) && g.punct(i - 1, "-") && g.glued(i - 1) && g[i - 2].kind == PieceKind::Number &&
        g[i - 2].digits == 3) {
      return false;
    }
    if (g.is(i - 1, WordClass::BeforeBareYear)) return true;
    if (prev.kind == PieceKind::Word && prev.info && prev.info->month != 0) return true;
    if (prev.kind == PieceKind::Number) return false;
    // "the Legal Services Act 2015", "the Limitation Act, 1963": the year of a law, as TimeBank tags it in "Act of
    // 1989"
    if (const size_t law = g.punct(i - 1, ",") && i >= 2 ? i - 2 : i - 1;
        g[law].upper_initial && (g.word(law, "act") || g.word(law, "code") || g.word(law, "rules") ||
                                 g.word(law, "regulations") || g.word(law, "ordinance") || g.word(law, "census"))) {
      return true;
    }
    // "Orion 1980", "Vision 2020": a number after a capitalized name inside a sentence is part of the name
    // (so is one after a product's word: "the bureau's Vintage 2022 figures")
    const bool named = prev.name_like() || prev.classes == bit(WordClass::YearNamedProduct);
    // ("its label, Arcturus 2000 Records": so is one between two capitalized words of a name)
    const bool name_goes_on = g.has(i + 1) && g[i + 1].kind == PieceKind::Word && g[i + 1].upper_initial &&
                              !g.info(i + 1) && !g.in_title_case_line(i);
    if (prev.kind == PieceKind::Word && prev.upper_initial && !prev.all_upper && !prev.info && named && i >= 2 &&
        (g[i - 2].kind == PieceKind::Word || name_goes_on)) {
      return false;
    }
    if (names_acronym_edition(g, i)) return false;
    // "its 1990 invasion", "that 1978 resolution", "Mixte's 1989 results": a year modifying a noun
    if (prev.kind == PieceKind::Word &&
        (prev.possessive || prev.lower == "its" || prev.lower == "his" || prev.lower == "her" ||
         prev.lower == "their" || prev.lower == "our" || prev.lower == "your" || prev.lower == "my" ||
         prev.lower == "that" || prev.lower == "this" || prev.lower == "post" || prev.lower == "pre")) {
      return true;
    }
  }
  if (!g.has(i + 1)) return true;
  const Piece& next = g[i + 1];
  if (next.kind == PieceKind::Symbol) return false;  // "2000 %"
  if (next.kind == PieceKind::Word) {
    if (next.possessive) return true;  // "2024's budget"
    // "2014 MU69", "asteroid 2024 YR4": a designation in capitals and digits after it ("2019 Q3" is a quarter)
    const auto letters = std::count_if(next.text.begin(), next.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool digits = std::any_of(next.text.begin(), next.text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (next.all_upper && digits && letters >= 2) return false;
    if (next.upper_initial) return true;  // "2024 Olympics", "1998 Nobel"
    // "“2020 belonged to the virus”, "2021 showed what this team can do": a year opening a sentence as the subject
    // of a past verb (a count there would be written "2,021" or spelled out)
    // ("Wait one more second: 2016 gets a leap second": or after a colon that opens the clause)
    const bool opens_sentence = i == 0 || g[i - 1].kind == PieceKind::Quote || g.punct(i - 1, ":");
    const bool past_verb = (next.info && next.info->tense == Tense::Past) ||
                           (next.lower.size() >= 5 && next.lower.ends_with("ed") && !next.is(WordClass::NotPastEd));
    // ("2025 starts fast", "2023 opens with a comet", "2019 was a record": a verb in the singular, where a count
    // takes the plural)
    const bool singular_verb = next.lower == "is" || next.lower == "was" || next.lower == "has" ||
                               next.lower == "brings" || next.lower == "holds" || next.lower == "begins" ||
                               next.lower == "starts" || next.lower == "ends" || next.lower == "opens" ||
                               next.lower == "closes" || next.lower == "marks" || next.lower == "promises" ||
                               next.lower == "gets";
    if (opens_sentence && (past_verb || singular_verb) && g[i].integer >= 1900 && g[i].integer < 2100) return true;
    // "If 2010 taught us anything", "Whether 2024 beats 2023", "we'll see what 2017 brings", "but 2000 did": the
    // subject of a clause its conjunction opens, before a verb (a count there comes before its noun)
    // ("she expects to be here when 2007 begins at midnight")
    const bool opens_clause = i > 0 && (g.word(i - 1, "if") || g.word(i - 1, "whether") || g.word(i - 1, "what") ||
                                        g.word(i - 1, "whatever") || g.word(i - 1, "but") || g.word(i - 1, "when"));
    const bool clause_verb = past_verb || next.is(WordClass::BeForm) || next.is(WordClass::Auxiliary) ||
                             next.lower == "brings" || next.lower == "holds" || next.lower == "beats" ||
                             next.lower == "means" || next.lower == "looks" || next.lower == "begins" ||
                             next.lower == "starts" || next.lower == "ends";
    if (opens_clause && clause_verb && g[i].integer >= 1900 && g[i].integer < 2100) return true;
    return next.is(WordClass::AfterBareYear);
  }
  if (next.kind == PieceKind::Number) return false;
  return true;
}

// "the 1990s" is a decade; "the 1900s", "the 1800s" are the years of a century; "the 2000s" is the decade
// that began in 2000 (the century's years are barely begun, and news means the decade).
void set_decade_or_century(int year, int& decade, int& century) {
  if (year % 100 == 0 && year != 2000) {
    century = year / 100;
  } else {
    decade = year / 10;
  }
}

// Decade written "1990s", "1990's", "'90s", "90s" (two digits only after an apostrophe or "the").
bool decade_at(const Grammar& g, size_t i, int& decade, int& century, size_t& end) {
  if (g.integer(i, 4, 4) && g[i].integer % 10 == 0 && g[i].integer >= 1000 && g[i].integer < 2200) {
    size_t j = i + 1;
    if (g.word(j, "s") && g.glued(j)) {
      end = j + 1;
    } else if ((g.punct(j, "'") || g.punct(j, "\u2019")) && g.glued(j) && g.word(j + 1, "s") && g.glued(j + 1)) {
      end = j + 2;
    } else {
      return false;
    }
    set_decade_or_century(static_cast<int>(g[i].integer), decade, century);
    return true;
  }
  // "the 80s", "the late 90s", "the 1970s and 80s": two digits with a glued "s" only where a decade is expected
  // (not after a possessive: "in my early 20s", "his late 50s" are ages; a capital "S" outside capitals is a
  // unit: "the 70S and 80S ribosomes").
  if (g.integer(i, 2, 2) && g[i].integer % 10 == 0 && g.word(i + 1, "s") && g.glued(i + 1) && i > 0 &&
      (g[i + 1].text == "s" || (g[i + 1].all_upper && g.in_title_case_line(i + 1, true))) &&
      !is_possessive_determiner(g, i >= 2 && g.modifier(i - 1) != Modifier::None ? i - 2 : i - 1) &&
      (g.word(i - 1, "the") || g.modifier(i - 1) == Modifier::Early || g.modifier(i - 1) == Modifier::Mid ||
       g.modifier(i - 1) == Modifier::Late ||
       ((g.word(i - 1, "and") || g.word(i - 1, "or") || g.word(i - 1, "to")) && i >= 2 && g.word(i - 2, "s") &&
        // ("shoppers in their 20s and 30s": the second of two ages)
        !(i >= 4 && is_possessive_determiner(g, i - 4))))) {
    if (g.sentence_has(WordClass::WeatherWord)) return false;  // "highs in the 60s"
    const int tens = static_cast<int>(g[i].integer) / 10;
    decade = (tens >= 3 ? 190 : 200) + tens;  // 80s → 198, 20s → 202
    end = i + 2;
    return true;
  }
  // "the nineteen-twenties", "the eighteen nineties": a spoken decade with its century
  if (const WordInfo* c = g.info(i);
      c && c->number_kind == NumberKind::Cardinal && (c->number == 18 || c->number == 19)) {
    if (const WordInfo* w = g.info(i + 1); w && w->number_kind == NumberKind::Decade) {
      decade = static_cast<int>(c->number) * 10 + w->number;
      end = i + 2;
      return true;
    }
  }
  // "the nineties", "the early eighties"
  if (const WordInfo* w = g.info(i); w && w->number_kind == NumberKind::Decade && i > 0 &&
                                     (g.word(i - 1, "the") || g.modifier(i - 1) == Modifier::Early ||
                                      g.modifier(i - 1) == Modifier::Mid || g.modifier(i - 1) == Modifier::Late)) {
    decade = 190 + w->number;
    end = i + 1;
    return true;
  }
  // "mid-1990s" arrives as "mid" "1990s" (a word piece).
  if (g.has(i) && g[i].kind == PieceKind::Word && g[i].lower.size() == 5 && g[i].lower[4] == 's' &&
      g[i].lower.find_first_not_of("0123456789") == 4 && g[i].lower[3] == '0') {
    const std::string_view w = g[i].lower;
    const int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10;
    if (year < 1000 || year >= 2200) return false;
    set_decade_or_century(year, decade, century);
    end = i + 1;
    return true;
  }
  // "mid-80s" arrives as "mid" "80s" (a word piece).
  if (g.has(i) && g[i].kind == PieceKind::Word && g[i].lower.size() == 3 && g[i].lower[2] == 's' &&
      g[i].lower[1] == '0' && g[i].lower[0] >= '1' && g[i].lower[0] <= '9' && i > 0 &&
      (g.modifier(i - 1) == Modifier::Early || g.modifier(i - 1) == Modifier::Mid ||
       g.modifier(i - 1) == Modifier::Late) &&
      !g.sentence_has(WordClass::WeatherWord)) {
    const int tens = g[i].lower[0] - '0';
    decade = (tens >= 3 ? 190 : 200) + tens;
    end = i + 1;
    return true;
  }
  // "'90s" arrives as one word piece.
  if (g.has(i) && g[i].kind == PieceKind::Word) {
    std::string_view w = g[i].lower;
    if (w.starts_with("'"))
      w.remove_prefix(1);
    else if (w.starts_with("\u2019"))
      w.remove_prefix(3);
    else
      return false;
    if (w.size() != 3 || w[2] != 's' || w[0] < '0' || w[0] > '9' || w[1] != '0') return false;
    const int tens = w[0] - '0';
    decade = (tens >= 3 ? 190 : 200) + tens;  // '90s → 199, '20s → 202
    end = i + 1;
    return true;
  }
  return false;
}

// "20th century", "nineteenth century", "twenty-first century" (up to the `latest`; further back before the
// common era).
bool century_at(const Grammar& g, size_t i, int& century, size_t& end, int latest = 22) {
  int ordinal = 0;
  size_t j = i;
  if (g.integer(i, 1, 2) && g.has(i + 1) && g.glued(i + 1) &&
      (g.word(i + 1, "th") || g.word(i + 1, "st") || g.word(i + 1, "nd") || g.word(i + 1, "rd"))) {
    ordinal = static_cast<int>(g[i].integer);
    j = i + 2;
  } else if (const WordInfo* w = g.info(i); w && w->number_kind == NumberKind::Ordinal) {
    ordinal = w->number;
    j = i + 1;
  } else if (const WordInfo* tens = g.info(i);
             tens && tens->number_kind == NumberKind::Cardinal && tens->number >= 20 && g.info(i + 1) &&
             g.info(i + 1)->number_kind == NumberKind::Ordinal && g[i + 1].hyphen_before) {
    ordinal = tens->number + g.info(i + 1)->number;
    j = i + 2;
  } else {
    return false;
  }
  if (!g.word(j, "century") || ordinal < 1 || ordinal > latest) return false;
  century = ordinal - 1;
  end = j + 1;
  return true;
}

std::optional<Candidate> finish_year(size_t end, int year) {
  Expression e;
  e.kind = ExpressionKind::Calendar;
  e.fields.year = year;
  return Candidate{end, std::move(e)};
}

// An era after or before a year: "BC", "B.C.", "BCE" (sets `bc`), "AD", "A.D.", "CE", in capitals ("ad" is a
// word).
bool era_at(const Grammar& g, size_t i, bool& bc) {
  if (!g.has(i) || g[i].kind != PieceKind::Word || !g[i].all_upper) return false;
  std::string letters;
  for (const char c : g[i].lower) {
    if (c != '.') letters += c;
  }
  bc = letters == "bc" || letters == "bce";
  return bc || letters == "ad" || letters == "ce";
}

// A year or century of an era: "2600 BC" (BC2600), "about 1800 B.C.", "A.D. 43" (0043), "300 CE", "the 26th
// century BC" (BC25), "the second century AD" (01). TimeML writes years before the common era with "BC" and
// four digits, and early years of it with leading zeros. An approximation before it stays in the span.
std::optional<Candidate> era_year(const Grammar& g, size_t i) {
  size_t j = i;
  if (g.modifier(j) == Modifier::Approx || g.word(j, "circa")) ++j;
  bool bc = false;
  char digits[16];
  int century = -1;
  size_t end = 0;
  if (century_at(g, g.word(j, "the") ? j + 1 : j, century, end, 99) && era_at(g, end, bc) && (bc || century < 22)) {
    std::snprintf(digits, sizeof digits, "%s%02d", bc ? "BC" : "", century);
    return literal(end + 1, TimexType::Date, digits);
  }
  int year = 0;
  if (era_at(g, j, bc) && !bc && g.integer(j + 1, 1, 4)) {  // "AD 43", "A.D. 1066"
    year = static_cast<int>(g[j + 1].integer);
    end = j + 2;
  } else if (g.has(j) && g[j].kind == PieceKind::Number && g[j].integer > 0 && g[j].integer <= 99999 &&
             era_at(g, j + 1, bc)) {  // "2600 BC", "10,000 BC", "43 AD"
    // ("previews in Hall 5BC": a room's number and letters after a capitalized name)
    if (g.glued(j + 1) && j > 0 && g[j - 1].kind == PieceKind::Word && g[j - 1].upper_initial && !g.info(j - 1)) {
      return std::nullopt;
    }
    year = static_cast<int>(g[j].integer);
    end = j + 2;
    if (!bc && (year > 2199 || g[j].text.find(',') != std::string_view::npos)) return std::nullopt;  // "2,000 CE units"
  }
  // ("between 3350 and 3100 BC", "from about 1332 to 1323 BC": a range's start takes the era of its end, which
  // counts down)
  if (year <= 0 && g.has(j) && g[j].kind == PieceKind::Number && g[j].integer > 0 && g[j].integer <= 99999 &&
      (g.word(j + 1, "to") || g.word(j + 1, "and") || g.punct(j + 1, "-") || g.punct(j + 1, "\u2013")) &&
      g.has(j + 2) && g[j + 2].kind == PieceKind::Number && g[j + 2].integer < g[j].integer && era_at(g, j + 3, bc) &&
      bc) {
    year = static_cast<int>(g[j].integer);
    end = j + 1;
  }
  if (year <= 0) return std::nullopt;
  std::snprintf(digits, sizeof digits, "%s%04d", bc ? "BC" : "", year);
  return literal(end, TimexType::Date, digits);
}

// The first Gregorian year of the Japanese era named at i (capitalized: "Reiwa", "Heisei", "Shōwa" or "Showa",
// "Taishō" or "Taisho", "Meiji"), or 0.
int japanese_era_start(const Grammar& g, size_t i) {
  if (!g.has(i) || !g[i].upper_initial) return 0;
  static constexpr std::pair<std::string_view, int> kEras[] = {
      {"reiwa", 2019},       {"heisei", 1989}, {"sh\u014dwa", 1926}, {"showa", 1926},
      {"taish\u014d", 1912}, {"taisho", 1912}, {"meiji", 1868}};
  for (const auto& [name, start] : kEras) {
    if (g.word(i, name)) return start;
  }
  return 0;
}

// "Reiwa 1", "Heisei 31", "Shōwa 26", "the first year of Reiwa": a year of a Japanese era, as papers in Japan
// date documents (the era's first year is the one its emperor acceded in).
std::optional<Candidate> japanese_era_year(const Grammar& g, size_t i) {
  if (const int start = japanese_era_start(g, i);
      start > 0 && g.integer(i + 1, 1, 2) && g[i + 1].integer >= 1 && g[i + 1].integer <= 64 &&
      !(g.has(i + 2) && g.glued(i + 2) && g[i + 2].kind != PieceKind::Punct)) {
    return literal(i + 2, TimexType::Date, std::to_string(start + static_cast<int>(g[i + 1].integer) - 1));
  }
  if (g.word(i, "the") && g.info(i + 1) && g.info(i + 1)->number_kind == NumberKind::Ordinal && g.word(i + 2, "year") &&
      g.word(i + 3, "of")) {
    const int n = static_cast<int>(g.info(i + 1)->number);
    if (const int start = japanese_era_start(g, i + 4); start > 0 && n >= 1 && n <= 64) {
      return literal(i + 5, TimexType::Date, std::to_string(start + n - 1));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Candidate> match_year(const Grammar& g, size_t i) {
  if (std::optional<Candidate> era = era_year(g, i)) return era;
  if (std::optional<Candidate> era = japanese_era_year(g, i)) return era;
  // ("the Ethiopian year 1990": Ethiopia's count runs seven years behind from September, so the Gregorian year it
  // begins in)
  if (const size_t k = g.word(i, "the") ? i + 1 : i;
      g.word(k, "ethiopian") && g[k].upper_initial && g.word(k + 1, "year") && g.integer(k + 2, 4, 4)) {
    return literal(k + 3, TimexType::Date, std::to_string(g[k + 2].integer + 7));
  }
  // "the first decade of the 21st century": that decade
  if (g.word(i, "the") && g.info(i + 1) && g.info(i + 1)->number_kind == NumberKind::Ordinal &&
      g.word(i + 2, "decade") && g.word(i + 3, "of") && g.info(i + 1)->number >= 1 && g.info(i + 1)->number <= 10) {
    const size_t k = g.word(i + 4, "the") ? i + 5 : i + 4;
    int century = -1;
    size_t end = 0;
    if (century_at(g, k, century, end)) {
      Expression e;
      e.kind = ExpressionKind::Calendar;
      e.fields.decade = century * 10 + g.info(i + 1)->number - 1;
      return Candidate{end, std::move(e)};
    }
  }
  bool has_prefix = false;
  const size_t j = g.part_prefix_end(i, has_prefix);
  const bool only_the = has_prefix && j == i + 1 && g.word(i, "the");
  int decade = -1;
  int century = -1;
  size_t end = 0;
  const bool is_decade = decade_at(g, j, decade, century, end);
  if (is_decade || century_at(g, j, century, end)) {
    // "the 1980s-era policy", "the 21st-century economy": an adjective's extent leaves the article out
    // (matched again from "1980s" / "21st")
    const bool century_adjective = !is_decade && g[end - 1].hyphen_before;
    if (only_the && ((g.has(end) && g[end].hyphen_before) || century_adjective)) return std::nullopt;
    Expression e;
    e.kind = ExpressionKind::Calendar;
    e.fields.decade = decade;
    e.fields.century = century;
    return Candidate{end, std::move(e)};
  }
  // "its full-year forecast": the reference's year, as "the full year" is ("full-year bills", "a full-year budget",
  // "full-year funding" are appropriations for a whole fiscal year, no date)
  const auto appropriation = [&](size_t k) {
    return g.word(k, "budget") || g.word(k, "budgets") || g.word(k, "bill") || g.word(k, "bills") ||
           g.word(k, "funding") || g.word(k, "spending") || g.word(k, "appropriations");
  };
  if (g.word(i, "full") && g.word(i + 1, "year") && g[i + 1].hyphen_before && !appropriation(i + 2)) {
    Expression e;
    e.kind = ExpressionKind::Shift;
    e.unit = Unit::Year;
    e.weekday_mode = WeekdayMode::This;
    return Candidate{i + 2, std::move(e)};
  }
  // "fiscal 1989", "fiscal year 1989", "calendar 2012", "calendar year 2016"
  if (g.modifier(i) == Modifier::Fiscal || (g.word(i, "calendar") && !has_prefix)) {
    size_t y = g.word(i + 1, "year") ? i + 2 : i + 1;
    size_t end = 0;
    if (const int year = g.year_span_at(y, end); year > 0) return finish_year(end, year);
    // ("fiscal '14", as said on an earnings call)
    if (g.modifier(i) == Modifier::Fiscal) {
      if (const int year = g.apostrophe_year_at(y); year > 0) return finish_year(y + 1, year);
    }
    return std::nullopt;
  }
  // "in nineteen ninety-six", "the year two thousand"
  {
    const bool year_word = only_the && g.word(j, "year");
    const size_t k = year_word ? j + 1 : j;
    size_t end = 0;
    if (const int spoken = g.spoken_year_at(k, end); spoken > 0) {
      // "nineteen ninety-six" reads only as a year (a number would be "one thousand nine hundred ..."), so it
      // needs no context: "Atlanta, nineteen ninety-six.", "a nineteen ninety-seven attack"
      const bool unambiguous = g.word(k, "nineteen") || g.word(k, "eighteen");
      const bool context = unambiguous || year_word || has_prefix ||
                           (i > 0 && g.is(i - 1, WordClass::BeforeBareYear)) ||
                           (g.info(i - 1) && g.info(i - 1)->month != 0 && i > 0) ||
                           (i == 0 && !(g.has(end) && g[end].kind == PieceKind::Word));  // "Two thousand people"
      if (context) return finish_year(end, spoken);
    }
  }
  // "in '09", "since '98", "the class of '85"
  if (!has_prefix && i > 0 && g.is(i - 1, WordClass::BeforeBareYear)) {
    if (const int year = g.apostrophe_year_at(i); year > 0) return finish_year(i + 1, year);
  }
  // "the year 2000"
  if (only_the && g.word(j, "year") && g.year_at(j + 1) > 0) return finish_year(j + 2, g.year_at(j + 1));
  // "its year 2000 repair services", "the feared year 2000 failures": "year" before the year, with no article
  if (!has_prefix && g.word(i, "year") && !g[i].upper_initial && g.year_at(i + 1) > 0 && i > 0 &&
      !(g[i - 1].info && g[i - 1].info->modifier == Modifier::Fiscal) && !g.word(i - 1, "financial") &&
      !g.word(i - 1, "school") && !g.word(i - 1, "academic") && !g.word(i - 1, "model") && !g.word(i - 1, "tax") &&
      !g.word(i - 1, "the") && !g.word(i - 1, "calendar")) {
    return finish_year(i + 2, g.year_at(i + 1));
  }
  // "the financial year 2013-14", "the fiscal year 1990": the year named, the words before it in the span
  if (only_the && (g.word(j, "fiscal") || g.word(j, "financial")) && g.word(j + 1, "year")) {
    size_t end = 0;
    if (const int year = g.year_span_at(j + 2, end); year > 0) return finish_year(end, year);
  }
  size_t k = 0;
  const int year = g.year_span_at(j, k);
  if (year < 0) return std::nullopt;
  if (only_the) {
    // "the 1988 period": TimeBank's reading of a year used as a modifier of "period"/"year"/"quarter"; "the
    // 2023 fiscal year", "the 2012-13 financial year", "the 2012-13 season" likewise.
    // ("the 2012-13 season title": the season names a kind of title, and the year is tagged alone; so is a
    // single year's season, "the 2013 season", as the tuning annotators have it 25 times of 36)
    const bool split = k > j + 1;
    const bool season_ends =
        split && g.word(k, "season") &&
        (!g.has(k + 1) || g[k + 1].kind != PieceKind::Word || g[k + 1].is(WordClass::FunctionWord) ||
         g[k + 1].is(WordClass::Auxiliary) || g[k + 1].info);
    // ("the 2013-14 session", "the 2025-26 academic session": a split year's session is a school's or a
    // parliament's year)
    if (g.word(k, "period") || g.word(k, "year") || season_ends || (split && g.word(k, "session"))) {
      return finish_year(k + 1, year);
    }
    if (split && g.word(k, "academic") && g.word(k + 1, "session")) return finish_year(k + 2, year);
    // ("the 2018/19 marketing year", "the 2015-16 crop year": a trade's own year, as the farm reports count it)
    if ((g.word(k, "fiscal") || g.word(k, "financial") || g.word(k, "school") || g.word(k, "academic") ||
         g.word(k, "tax") || g.word(k, "budget") || g.word(k, "marketing") || g.word(k, "crop") || g.word(k, "sugar") ||
         g.word(k, "cropping")) &&
        g.word(k + 1, "year")) {
      return finish_year(k + 2, year);  // ("the 2012-13 school year", "the 2013 tax year")
    }
    // "the 2012 election": the year alone is the expression; it is matched from its own piece.
    return std::nullopt;
  }
  // (a split year reads as nothing else: "the 2011-12 season")
  if (!has_prefix && k == j + 1 && !bare_year_ok(g, j)) return std::nullopt;
  if (k != j + 1 && house_number_at(g, j)) return std::nullopt;
  return finish_year(k, year);
}

}  // namespace quarry::dates
