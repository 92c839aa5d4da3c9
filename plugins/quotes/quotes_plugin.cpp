// The quotes plugin: quotations (direct, mixed, indirect) attributed to their speakers, using the actors
// plugin's mentions for canonical names. The pipeline: DocumentScan (tokens → lexicon classes, quoted
// passages, clause units) → find_quotes (cues, speaker phrases, content) → SpeakerResolver (names) → emit.
#include <quarry/extractor.hpp>
#include <quarry/text_case.hpp>
#include <span>
#include <string>

#include "document_scan.hpp"
#include "quote_finder.hpp"
#include "speaker_resolver.hpp"

namespace quarry::quotes {
namespace {

// The cue as written, lower-cased ("said", "according to", "cited as telling"), into `cue` (reused: no
// allocation per quote).
void write_cue_text(const DocumentScan& scan, const FoundQuote& q, std::string& cue) {
  cue.clear();
  for (uint32_t k = q.cue_first; k < q.cue_last; ++k) {
    if (!cue.empty()) cue.push_back(' ');
    const size_t at = cue.size();
    cue += scan.text(k);
    ascii_lower_in_place(std::span<char>(cue).subspan(at));
  }
}

class QuotesExtractor final : public Extractor {
 public:
  void process(const Document& doc, Sink& out) override {
    const DocumentScan scan(doc);
    const std::vector<FoundQuote> quotes = find_quotes(scan);
    SpeakerResolver resolver(scan, read_actor_mentions(doc));
    std::string cue;
    for (const FoundQuote& q : quotes) {
      const ResolvedSpeaker speaker = resolver.resolve(q);
      const bool has_cue = q.cue_last > q.cue_first;
      if (has_cue) write_cue_text(scan, q, cue);
      const Value name = speaker.name ? Value(*speaker.name) : Value(nullptr);
      const Value start = speaker.has_span ? Value(speaker.begin) : Value(nullptr);
      const Value end = speaker.has_span ? Value(speaker.end) : Value(nullptr);
      const Value cue_value = has_cue ? Value(std::string_view(cue)) : Value(nullptr);
      out.emit("quotes", q.begin, q.end,
               {{"kind", kind_name(q.kind)},
                {"speaker", name},
                {"speaker_start", start},
                {"speaker_end", end},
                {"cue", cue_value}});
    }
  }
};

}  // namespace
}  // namespace quarry::quotes

QUARRY_PLUGIN(quotes, quarry::quotes::QuotesExtractor, "0.1.0", "MIT",
              "Quotations (direct, mixed, indirect) attributed to their speakers", "quotes", "actors")
