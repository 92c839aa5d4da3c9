// Finds the candidate actor mentions of a document, sentence by sentence: title + name ("US President Donald
// Trump"), nationality or possessive + name ("South Korea's JCS"), names with a parenthesised acronym and an
// apposition ("Institute for the Study of War (ISW), a Washington DC-based think tank"), role-only persons ("the
// official"), organizations by description ("Seoul's spy agency"), and lone words to be resolved later.
#ifndef QUARRY_ACTORS_MENTION_SCANNER_HPP
#define QUARRY_ACTORS_MENTION_SCANNER_HPP

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "lexicon.hpp"
#include "mention.hpp"
#include "phrase_reader.hpp"
#include "word_stream.hpp"

namespace quarry::actors {

class MentionScanner {
 public:
  // Words of credits and bylines are to be flagged kMasked in `stream` first (see WordStream::mask).
  MentionScanner(const Lexicon& lexicon, const WordStream& stream)
      : lex_(lexicon), stream_(stream), reader_(lexicon, stream.words()) {}
  // Appends the mentions found, in text order (hidden affiliation-only mentions included, flagged).
  void scan(std::vector<Mention>& out);

 private:
  // Most words are lower-case and start no phrase of the lexicon: nothing to read there.
  bool may_start_phrase(uint32_t i) const {
    if (masked(i) || !reader_.is_word(i)) return false;
    const Word& w = reader_.word(i);
    return w.is(kCap) || w.lex.root != PhraseTrie::kNone || reader_.is_article(i) || reader_.is_name_word(i);
  }
  // Parses a noun phrase starting at word i; returns the word to continue from (> i).
  uint32_t parse_at(uint32_t i, std::vector<Mention>& out);
  void scan_all_caps(const SentenceSpan& sentence, std::vector<Mention>& out);
  Mention name_mention(const NameRun& run, uint32_t span_first) const;
  // "US President Donald Trump": fills m as the person the titles name, if `run` (after them) is a person's name.
  bool titled_person(Mention& m, const TitleRun& titles, uint32_t start, const NameRun& run) const;
  // ", a spokesperson for ...," / ", a Washington DC-based think tank," after the mention: extends it.
  void read_apposition(Mention& m);
  // "(JCS)" right after an organization's name.
  void read_acronym(Mention& m);
  bool is_premodifier(uint32_t next) const;
  void finish(Mention& m, uint32_t first_word, uint32_t last_word) const;
  bool masked(uint32_t i) const { return i < stream_.words().size() && stream_.words()[i].is(kMasked); }

  const Lexicon& lex_;
  const WordStream& stream_;
  PhraseReader reader_;
  std::unordered_set<std::string> surnames_;  // last words of the people named so far, lower-cased
};

}  // namespace quarry::actors

#endif  // QUARRY_ACTORS_MENTION_SCANNER_HPP
