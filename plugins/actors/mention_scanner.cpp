#include "mention_scanner.hpp"

#include <algorithm>
#include <quarry/text_case.hpp>
#include <utility>

namespace quarry::actors {
namespace {

void set_role(const Lexicon& lex, Mention& m, const TitleRun& titles) {
  if (titles.title < 0) return;
  const TitleEntry& entry = lex.title(titles.title);
  m.title = titles.title;
  m.role = titles.role;
  m.gov_role = (entry.kinds & kTitleGov) != 0;
  m.title_country = entry.country;
}

}  // namespace

void MentionScanner::scan(std::vector<Mention>& out) {
  for (const SentenceSpan& sentence : stream_.sentences()) {
    reader_.set_sentence(sentence);
    if (sentence.style == SentenceStyle::AllCaps) {
      scan_all_caps(sentence, out);
      continue;
    }
    uint32_t i = sentence.first;
    while (i < reader_.limit()) {
      if (!may_start_phrase(i)) {
        ++i;
        continue;
      }
      const size_t before = out.size();
      i = parse_at(i, out);
      for (size_t k = before; k < out.size(); ++k) {
        const Mention& m = out[k];
        const size_t space = m.name.rfind(' ');
        if (m.type == ActorType::Person && m.kind == MentionKind::Name && space != std::string::npos) {
          surnames_.insert(ascii_lower(std::string_view(m.name).substr(space + 1)));
        }
      }
    }
  }
}

void MentionScanner::finish(Mention& m, uint32_t first_word, uint32_t last_word) const {
  const std::span<const Word> words = stream_.words();
  m.first_word = first_word;
  m.last_word = last_word;
  m.begin = words[first_word].begin;
  m.end = words[last_word - 1].end;
}

bool MentionScanner::titled_person(Mention& m, const TitleRun& titles, uint32_t start, const NameRun& run) const {
  if (!run || (run.cls != RunClass::Person && run.cls != RunClass::Single)) return false;
  m.kind = MentionKind::Name;
  m.type = ActorType::Person;
  m.name = reader_.text(run.begin, run.end);
  m.known = run.cls == RunClass::Person ? run.known : -1;
  set_role(lex_, m, titles);
  finish(m, start, run.end);
  return true;
}

Mention MentionScanner::name_mention(const NameRun& run, uint32_t span_first) const {
  Mention m;
  switch (run.cls) {
    case RunClass::Person:
      m.kind = MentionKind::Name;
      m.type = ActorType::Person;
      m.known = run.known;
      break;
    case RunClass::Organization:
      m.kind = MentionKind::Name;
      m.type = ActorType::Organization;
      m.known = run.known;
      break;
    case RunClass::Acronym:
      m.kind = MentionKind::Acronym;
      m.type = ActorType::Organization;
      break;
    default:
      m.kind = MentionKind::Single;
      m.type = ActorType::Person;
      break;
  }
  const Word& first = reader_.word(run.begin);
  m.name = reader_.text(run.begin, run.end);
  m.sentence_initial = first.is(kSentenceInitial);
  m.common_word = run.cls == RunClass::Single && first.has(kLexEnglish);
  finish(m, span_first, run.end);
  return m;
}

bool MentionScanner::is_premodifier(uint32_t next) const {
  const PhraseReader& r = reader_;
  if (!r.is_word(next)) return false;
  if (r.headline_noun_at(next)) return true;  // "Osman Hadi Burial Held", "Abdul Karim Memorial Draws Crowds"
  const Word& w = r.word(next);
  return !w.is(kCap) && w.has(kLexPremodified);
}

void MentionScanner::read_acronym(Mention& m) {
  const PhraseReader& r = reader_;
  const uint32_t k = m.last_word;
  if (!r.in(k + 2) || r.word(k).text() != "(" || !r.is_acronym_word(k + 1) || r.word(k + 2).text() != ")") return;
  m.acronym = r.word(k + 1).text();
  if (m.kind == MentionKind::Single || m.kind == MentionKind::Name) {
    m.kind = MentionKind::Name;
    m.type = ActorType::Organization;
  }
  finish(m, m.first_word, k + 3);
}

void MentionScanner::read_apposition(Mention& m) {
  const PhraseReader& r = reader_;
  if (m.kind != MentionKind::Name && (m.kind != MentionKind::Single || m.common_word)) return;
  const uint32_t comma = m.last_word;
  if (!r.in(comma) || r.word(comma).text() != ",") return;
  uint32_t j = comma + 1;
  const bool article = r.is_article(j);
  if (article) ++j;
  if (m.type == ActorType::Organization && !article) return;
  if (r.is(j, "and") || r.is(j, "or") || r.is(j, "who") || r.is(j, "which")) return;
  // The apposition runs to the next comma or semicolon, or to the sentence end (its final stop left out).
  uint32_t stop = j;
  while (r.in(stop) && stop < j + 18) {
    const std::string_view t = r.word(stop).text();
    if (t == "," || t == ";" || t == ")" || t == "(" || r.word(stop).is(kQuote)) break;
    ++stop;
  }
  uint32_t end = stop;
  if (r.in(stop)) {
    if (r.word(stop).text() != "," && r.word(stop).text() != ";") return;
  } else {
    while (end > j && r.word(end - 1).is(kPunct)) --end;
  }
  if (end <= j) return;

  if (m.type == ActorType::Person) {
    const PlacePrefix prefix = r.read_place_prefix(j);
    const uint32_t t0 = prefix ? prefix.end : j;
    const TitleRun titles = r.read_titles(t0, true);
    if (titles.title < 0 || !titles.has_position) return;
    uint32_t q = titles.end;
    int32_t place = prefix.place;
    std::string_view affil_text;
    if (q < end && (r.is(q, "for") || r.is(q, "of") || r.is(q, "at") || r.is(q, "with"))) {
      uint32_t x = q + 1;
      if (r.is_article(x)) ++x;
      if (x >= end || !r.is_cap(x)) return;
      const PhraseInfo* country = r.exact(x, end, kPhraseCountry | kPhraseDemonym,
                                          [](const PhraseInfo& p) { return p.country >= 0 || p.demonym >= 0; });
      if (country) {
        place = country->country >= 0 ? country->country : country->demonym;
      } else {
        affil_text = r.text(x, end);
      }
      q = end;
    }
    if (q != end) return;
    set_role(lex_, m, titles);
    if (place >= 0) {
      m.place = place;
      m.affil_text = {};
    } else if (!affil_text.empty()) {
      m.affil_text = affil_text;
    }
    finish(m, m.first_word, end);
    return;
  }
  // Organization: "... a Washington DC-based think tank", "a South Korean news agency".
  bool typed = false;
  for (uint32_t s = j; s < end && !typed; ++s) {
    const PhraseMatch t = r.longest(s, kPhraseOrgType, [](const PhraseInfo& p) { return p.org_type; });
    typed = t && t.end == end;
  }
  if (!typed) return;
  int32_t place = -1;
  for (uint32_t s = j; s < end && place < 0; ++s) {
    const PlacePrefix p = r.read_place_prefix(s);
    if (p && p.demonym) place = p.place;
    const std::string_view lower = r.word(s).lower();
    if (!lower.ends_with("-based")) continue;
    const std::string_view stem = lower.substr(0, lower.size() - 6);
    // The place may start a few words before the "-based" word: "Washington DC-based".
    for (uint32_t from = s >= j + 2 ? s - 2 : j; from <= s && place < 0; ++from) {
      uint32_t node = PhraseTrie::kRoot;
      for (uint32_t k = from; k < s && node != PhraseTrie::kNone; ++k)
        node = lex_.trie().child(node, r.word(k).lower());
      if (node != PhraseTrie::kNone) node = lex_.trie().child(node, stem);
      const PhraseInfo* info = node == PhraseTrie::kNone ? nullptr : lex_.info(node);
      if (info && (info->country >= 0 || info->capital >= 0))
        place = info->country >= 0 ? info->country : info->capital;
    }
  }
  if (place >= 0) m.place = place;
  finish(m, m.first_word, end);
}

uint32_t MentionScanner::parse_at(uint32_t i, std::vector<Mention>& out) {
  const PhraseReader& r = reader_;
  if (!may_start_phrase(i)) return i + 1;
  uint32_t j = i;
  const bool det = r.is_article(j);
  const bool indefinite = det && !r.is(j, "the");
  if (det) ++j;
  if (!r.is_word(j) || masked(j)) return j > i ? j : i + 1;
  const uint32_t start = j;

  // "Valeska Paris ... Paris claims", "Paris's father": a place's name that is the surname of a person named
  // before, as the subject of a verb or a possessor, is that person.
  if (!det && r.word(j).lex.root != PhraseTrie::kNone && r.is_cap(j) && !r.is_name_word(j + 1) &&
      (r.is_clitic(j + 1) || r.finite_verb_at(j + 1)) && surnames_.contains(std::string(r.word(j).lower()))) {
    Mention m;
    m.kind = MentionKind::Single;
    m.type = ActorType::Person;
    m.name = r.word(j).text();
    m.context_actor = true;
    m.sentence_initial = r.word(j).is(kSentenceInitial);
    finish(m, j, j + 1);
    out.push_back(std::move(m));
    return j + (r.is_clitic(j + 1) ? 2 : 1);
  }

  // An organization that owns the title after it: "AfSA spokesperson Leila Mansour", "The WTO's director-general".
  int32_t owner = -1;
  const PlacePrefix prefix = r.read_place_prefix(j);
  NameRun run_at_j;  // the name run at j, read once (j may move below)
  uint32_t run_read_at = UINT32_MAX;
  if (prefix) {
    j = prefix.end;
  } else if (!r.title_at(j)) {
    run_at_j = r.read_name_run(j);
    run_read_at = j;
    const NameRun& org = run_at_j;
    if (org && org.begin == j && (org.cls == RunClass::Organization || org.cls == RunClass::Acronym)) {
      const uint32_t after = org.end + (org.possessive_after ? 1 : 0);
      const TitleRun t = r.read_titles(after, true);
      if (t.title >= 0 && t.has_position) {
        Mention hidden = name_mention(org, org.begin);
        hidden.hidden = true;
        hidden.context_actor = true;  // it owns a title: an organization even if the text never expands it
        owner = static_cast<int32_t>(out.size());
        out.push_back(std::move(hidden));
        j = after;
      }
    }
  }
  if (owner < 0 && !prefix && det) {
    // "The federation's regional director": the organization the description stands for owns the title.
    const PhraseMatch d = r.descriptor_at(j);
    if (d && r.is_clitic(d.end)) {
      const TitleRun t = r.read_titles(d.end + 1, true);
      if (t.title >= 0 && t.has_position) {
        Mention hidden;
        hidden.kind = MentionKind::Description;
        hidden.type = ActorType::Organization;
        hidden.descriptor = d.info->descriptor;
        hidden.name = r.text(j, d.end);
        hidden.hidden = true;
        finish(hidden, j, d.end);
        owner = static_cast<int32_t>(out.size());
        out.push_back(std::move(hidden));
        j = d.end + 1;
      }
    }
  }
  const bool owned = det || static_cast<bool>(prefix) || owner >= 0;
  const uint32_t nothing = prefix ? prefix.end : j + 1;

  Mention m;
  m.place = prefix.place;
  m.affil_mention = owner;
  m.sentence_initial = r.word(start).is(kSentenceInitial);

  // Title first: "US President Donald Trump", "Colonel Oleksandr", "the official", "Nepal Interim PM".
  const TitleRun titles = r.read_titles(j, owned);
  if (titles.any()) {
    const uint32_t after = titles.end;
    const NameRun run = r.read_name_run(after);
    const bool adjacent = run && run.begin == after;
    // "Israel's General Staff", "the General Command of the Armed Forces": a rank before an organization's head
    // word is part of the organization's name, not a person's title.
    if (adjacent && titles.has_rank && !titles.has_position && titles.capitalised &&
        (run.cls == RunClass::Organization || (run.end == after + 1 && r.word(after).has(kLexOrgHead)))) {
      m.kind = MentionKind::Name;
      m.type = ActorType::Organization;
      m.name = r.text(j, run.end);
      finish(m, start, run.end);
      read_acronym(m);
      out.push_back(std::move(m));
      return out.back().last_word;
    }
    if (adjacent && r.headline_noun_at(run.end) && !run.possessive_after) return run.end;  // "Sheikh X Rally"
    if (adjacent && titled_person(m, titles, start, run)) {
      read_apposition(m);
      out.push_back(std::move(m));
      return out.back().last_word;
    }
    if (titles.title < 0 || !titles.has_position) return after;
    set_role(lex_, m, titles);
    m.type = ActorType::Person;
    // "Ukraine's ambassador to South Korea, Dmytro Ponomarenko,"
    if (owned && r.in(after) && r.word(after).text() == ",") {
      const NameRun named = r.read_name_run(after + 1);
      if (named.begin == after + 1 && (r.is(named.end, ",") || r.clause_boundary(named.end)) &&
          titled_person(m, titles, start, named)) {
        out.push_back(std::move(m));
        return named.end;
      }
    }
    const bool speaks = r.is_lower_word(after) && r.word(after).has(kLexHumanVerb);
    if (owned && (titles.capitalised || r.clause_boundary(after)) && (!indefinite || prefix || speaks)) {
      m.kind = MentionKind::TitleOnly;
      m.description = r.text(start, after);
      finish(m, start, after);
      out.push_back(std::move(m));
      return after;
    }
    return after;
  }

  // A description: "Seoul's spy agency", "a ministry official", "South Korean news agency Yonhap".
  const PhraseMatch desc = r.descriptor_at(j);
  if (desc) {
    m.descriptor = desc.info->descriptor;
    const TitleRun owned_title = r.read_titles(desc.end, true);
    if (owned_title.title >= 0 && owned_title.has_position) {
      m.type = ActorType::Person;
      set_role(lex_, m, owned_title);
      const NameRun run = r.read_name_run(owned_title.end);
      if (run.begin == owned_title.end && titled_person(m, owned_title, start, run)) {
        read_apposition(m);
        out.push_back(std::move(m));
        return out.back().last_word;
      }
      if (owned || r.clause_boundary(owned_title.end)) {
        m.kind = MentionKind::TitleOnly;
        m.description = r.text(start, owned_title.end);
        finish(m, start, owned_title.end);
        out.push_back(std::move(m));
        return owned_title.end;
      }
      return owned_title.end;
    }
    const NameRun run = r.read_name_run(desc.end);
    if (run && run.begin == desc.end && run.cls != RunClass::Person) {
      m.kind = MentionKind::Name;
      m.type = ActorType::Organization;
      m.descriptor = -1;
      m.name = r.text(run.begin, run.end);
      m.known = run.cls == RunClass::Organization ? run.known : -1;
      finish(m, start, run.end);
      read_acronym(m);
      read_apposition(m);
      out.push_back(std::move(m));
      return out.back().last_word;
    }
    const bool one_word = desc.end == j + 1;
    // A possessive is definite even without its article, as headlines write it: "PM on force's Raising Day".
    const bool possessive = r.is_clitic(desc.end);
    if ((owned || possessive) && (!indefinite || prefix) &&
        (possessive || (one_word ? r.clause_boundary(desc.end) : !is_premodifier(desc.end)))) {
      m.kind = MentionKind::Description;
      m.type = ActorType::Organization;
      m.name = r.text(j, desc.end);
      m.description = r.text(start, desc.end);
      finish(m, start, desc.end);
      out.push_back(std::move(m));
      return desc.end;
    }
    return desc.end;
  }

  // A name: "Kim Jong-un", "South Korea's JCS", "the National Intelligence Service (NIS)", "Kim".
  const NameRun run = j == run_read_at ? run_at_j : r.read_name_run(j);
  if (run.end > run.begin && run.cls == RunClass::None) return std::max(nothing, run.end);  // a place, a month
  if (!run || run.begin >= run.end) return nothing;
  if (run.begin != j && (det || prefix)) return run.end;
  // "Police arrested": no one organization; "Congress passed" is one.
  if (run.generic_head && !prefix && r.word(run.begin).is(kSentenceInitial)) return run.end;
  const uint32_t span_first = (det || prefix) ? start : run.begin;
  Mention named = name_mention(run, span_first);
  named.place = prefix.place;
  named.sentence_initial = r.word(run.begin).is(kSentenceInitial) && !det && !prefix;
  // "the Saudi Gazette", "The Canadian Press": a nationality before a lone organization head is its name.
  if (named.kind == MentionKind::Single && prefix && !prefix.possessive && run.end == run.begin + 1 &&
      r.word(run.begin).has(kLexOrgHead)) {
    named.kind = MentionKind::Name;
    named.type = ActorType::Organization;
  }
  if (named.type == ActorType::Organization && named.kind == MentionKind::Name && prefix && !prefix.possessive &&
      (prefix.country_noun || run.generic_head || run.known < 0)) {
    named.name = r.text(start, run.end);  // "Indonesian Navy", "Bangladesh Water Development Board"
  }
  if (named.kind != MentionKind::Name || named.type == ActorType::Organization) read_acronym(named);
  if (named.type == ActorType::Organization || named.kind == MentionKind::Single) {
    // "Yonhap news agency reported"
    const uint32_t k = named.last_word;
    const PhraseMatch type = r.is_lower_word(k)
                                 ? r.longest(k, kPhraseOrgType, [](const PhraseInfo& p) { return p.org_type; })
                                 : PhraseMatch{};
    if (type && r.clause_boundary(type.end)) {
      named.type = ActorType::Organization;
      if (named.kind == MentionKind::Single) named.kind = MentionKind::Name;
      finish(named, named.first_word, type.end);
    }
  }
  const uint32_t before_apposition = named.last_word;
  read_apposition(named);
  const bool extended = named.last_word != before_apposition || !named.acronym.empty();
  if (!run.possessive_after && !extended && is_premodifier(run.end)) return run.end;
  // An office used as a place: "in the White House", "US at UNSC". A longer name the lexicon does not know is
  // still the organization there ("an exhibit at the University of Southern Indiana").
  if (named.type == ActorType::Organization && !prefix && i > 0 && (r.is(i - 1, "in") || r.is(i - 1, "at")) &&
      (run.end == run.begin + 1 || run.known >= 0) && !extended && !run.possessive_after) {
    return run.end;
  }
  const uint32_t next = run.end + (run.possessive_after ? 1 : 0);
  const Word& lone = r.word(run.begin);
  const bool bare = !det && !prefix;
  // A lone given name that is no common word ("Gloria developed ...") names a person by itself; not after an
  // article, where it names a place or an office ("in the Elysee").
  const bool given_name = bare && run.cls == RunClass::Single && lone.has(kLexFirstName) && !lone.has(kLexEnglish);
  // An unknown word opening a clause right before a verb is its subject: "Rajinikanth condoles ...",
  // "Kejriwal praised ...", "NSCN condemns ...", "Netflix Alerts Users ...".
  const bool subject = bare && !run.possessive_after && !lone.has(kLexEnglish) &&
                       (run.cls == RunClass::Single || run.cls == RunClass::Acronym) && r.clause_start(run.begin) &&
                       r.finite_verb_at(run.end);
  // "... told Wikinews", "Gary Chan of DAB": spoken to, or the organization a named person belongs to.
  const bool addressed = bare && i > 0 && r.is_lower_word(i - 1) && r.word(i - 1).has(kLexAddressee);
  const uint32_t of = det ? i - 1 : run.begin - 1;
  const bool member_of = run.cls == RunClass::Acronym && !prefix && of >= 2 && of < run.begin &&
                         (r.is(of, "of") || r.is(of, "from")) && r.is_name_word(of - 1);
  named.context_actor = given_name || subject || addressed || member_of ||
                        (run.possessive_after && run.cls == RunClass::Acronym) ||
                        (r.is_lower_word(next) && r.word(next).has(kLexHumanVerb));
  out.push_back(std::move(named));
  return out.back().last_word;
}

void MentionScanner::scan_all_caps(const SentenceSpan& sentence, std::vector<Mention>& out) {
  const PhraseReader& r = reader_;
  uint32_t i = sentence.first;
  while (i < r.limit()) {
    if (masked(i) || !r.is_word(i)) {
      ++i;
      continue;
    }
    const PhraseMatch known = r.longest(i, kPhraseKnownOrg | kPhraseKnownPerson,
                                        [](const PhraseInfo& p) { return p.known_org >= 0 || p.known_person >= 0; });
    const Word& w = r.word(i);
    if (known && (known.end > i + 1 || w.text().size() >= 4 || !w.has(kLexEnglish))) {
      Mention m;
      m.kind = MentionKind::Name;
      m.type = known.info->known_person >= 0 ? ActorType::Person : ActorType::Organization;
      m.known = known.info->known_person >= 0 ? known.info->known_person : known.info->known_org;
      m.name = r.text(i, known.end);
      finish(m, i, known.end);
      out.push_back(std::move(m));
      i = known.end;
      continue;
    }
    const bool place = static_cast<bool>(r.longest(
        i, kPhraseCountry | kPhraseCapital | kPhraseDemonym | kPhraseNonActor | kPhraseTitle, [](const PhraseInfo& p) {
          return p.country >= 0 || p.capital >= 0 || p.demonym >= 0 || p.non_actor || p.title >= 0;
        }));
    if (!place && w.text().size() >= 3 && !w.has(kLexEnglish)) {
      Mention m;
      m.kind = MentionKind::Single;
      m.name = w.text();
      finish(m, i, i + 1);
      out.push_back(std::move(m));
    }
    ++i;
  }
}

}  // namespace quarry::actors
