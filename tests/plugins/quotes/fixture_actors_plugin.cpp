// A test-only stand-in for the actors plugin: it emits exactly the actor mentions the document's metadata
// "fixture_actors" lists, so the quotes tests do not depend on the real actors plugin's quality.
// Each line of the metadata value is either
//   begin<TAB>end<TAB>type<TAB>name      one mention at those byte offsets, or
//   @surface<TAB>type<TAB>name           a mention at every word-bounded occurrence of `surface`.
// Without the metadata it emits nothing (a document where the actors plugin found no one).
#include <algorithm>
#include <charconv>
#include <quarry/extractor.hpp>
#include <quarry/word_list.hpp>
#include <string_view>
#include <tuple>
#include <vector>

namespace quarry::quotes_fixture {
namespace {

struct Mention {
  uint32_t begin;
  uint32_t end;
  std::string_view type;
  std::string_view name;
};

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c & 0x80) != 0;
}

class FixtureActors final : public Extractor {
 public:
  void process(const Document& doc, Sink& out) override {
    const std::string_view text = doc.text();
    std::vector<Mention> mentions;
    for (const std::string_view line : split(doc.metadata("fixture_actors"), '\n')) {
      if (line.empty()) continue;
      const Fields<4> f(line, '\t');
      if (line.front() == '@' && f.count() == 3) {
        const std::string_view surface = f[0].substr(1);
        for (size_t at = text.find(surface); at != std::string_view::npos; at = text.find(surface, at + 1)) {
          const size_t end = at + surface.size();
          if ((at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end]))) continue;
          mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(end), f[1], f[2]});
        }
      } else if (f.count() == 4) {
        uint32_t begin = 0;
        uint32_t end = 0;
        std::from_chars(f[0].data(), f[0].data() + f[0].size(), begin);
        std::from_chars(f[1].data(), f[1].data() + f[1].size(), end);
        mentions.push_back({begin, end, f[2], f[3]});
      }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return std::tie(a.begin, a.end) < std::tie(b.begin, b.end); });
    for (const Mention& m : mentions) {
      out.emit("actors", m.begin, m.end,
               {{"name", m.name}, {"type", m.type}, {"role", nullptr}, {"affiliation", nullptr}});
    }
  }
};

}  // namespace
}  // namespace quarry::quotes_fixture

QUARRY_PLUGIN(quotes_fixture_actors, quarry::quotes_fixture::FixtureActors, "1.0.0", "MIT",
              "Test stand-in for the actors plugin: emits the actors listed in the document metadata", "actors", "")
