// The actors plugin: people and organizations that act or speak in the text, with role and affiliation, all
// mentions of one entity under one canonical name (see ../shared/gold/SEEDS-NOTES.md §5 for the guidelines).
#include <algorithm>
#include <quarry/extractor.hpp>
#include <vector>

#include "affiliation.hpp"
#include "coreference.hpp"
#include "credits.hpp"
#include "lexicon.hpp"
#include "mention.hpp"
#include "mention_scanner.hpp"
#include "word_stream.hpp"

namespace quarry::actors {

class ActorsExtractor final : public Extractor {
 public:
  ActorsExtractor() : lexicon_(Lexicon::instance()), coreference_(lexicon_) {}

  void process(const Document& doc, Sink& out) override {
    words_.build(doc, lexicon_);
    scan_credits(words_, lexicon_, credits_);
    words_.mask(credits_.masked);
    mentions_.clear();
    // News text has a mention every twelve words or so (polnear-train: 8.2 per 100 words): room for one in eight
    // spares a large document the copy of every mention when the vector grows.
    mentions_.reserve(words_.words().size() / 8);
    MentionScanner(lexicon_, words_).scan(mentions_);
    words_.release_if_large();  // the mentions hold all that is read from the words from here on
    coreference_.resolve(mentions_, credits_.home_country);
    assign_affiliations(mentions_, coreference_, lexicon_, credits_.home_country);

    order_.clear();
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      if (!m.dropped && !m.hidden && m.entity >= 0 && m.end > m.begin) order_.push_back(i);
    }
    std::stable_sort(order_.begin(), order_.end(),
                     [&](size_t a, size_t b) { return mentions_[a].begin < mentions_[b].begin; });
    uint32_t last_end = 0;
    for (size_t i : order_) {
      const Mention& m = mentions_[i];
      if (m.begin < last_end) continue;  // never two overlapping mentions
      last_end = m.end;
      const Entity& entity = coreference_.entities()[static_cast<size_t>(m.entity)];
      const bool person = entity.type == ActorType::Person;
      out.emit("actors", m.begin, m.end,
               {{"name", entity.canonical},
                {"type", person ? "person" : "organization"},
                {"role", m.role.empty() || !person ? Value() : Value(m.role)},
                {"affiliation", m.affiliation.empty() ? Value() : Value(m.affiliation)}});
    }
    release_if_large();
  }

 private:
  // Frees the mentions of a large document (a small one's storage is kept for the next document).
  void release_if_large() {
    constexpr size_t kKeptMentions = size_t{1} << 12;
    if (mentions_.capacity() <= kKeptMentions) return;
    std::vector<Mention>().swap(mentions_);
    std::vector<size_t>().swap(order_);
  }

  const Lexicon& lexicon_;
  Coreference coreference_;  // kept from document to document, so its tables keep their storage
  WordStream words_;
  CreditScan credits_;
  std::vector<Mention> mentions_;
  std::vector<size_t> order_;
};

}  // namespace quarry::actors

QUARRY_PLUGIN(actors, quarry::actors::ActorsExtractor, "0.1.0", "MIT",
              "People and organizations with role, affiliation and one canonical name per entity", "actors", "")
