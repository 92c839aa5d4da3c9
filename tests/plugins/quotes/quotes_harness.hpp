// Runs the quotes plugin through the core pipeline with the fixture actors plugin standing in for the real
// one: each test names the actor mentions it wants ("@surface<TAB>type<TAB>name" lines, see
// fixture_actors_plugin.cpp), so the quote tests do not depend on the actors plugin's quality.
#ifndef QUARRY_TESTS_QUOTES_HARNESS_HPP
#define QUARRY_TESTS_QUOTES_HARNESS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "test_support.hpp"

extern "C" const quarry_plugin_info* quarry_static_plugin_quotes(uint32_t);
extern "C" const quarry_plugin_info* quarry_static_plugin_quotes_fixture_actors(uint32_t);

namespace quarry::testing {

struct FixtureActor {
  std::string surface;  // every word-bounded occurrence becomes a mention
  std::string type;     // "person" or "organization"
  std::string name;     // canonical name
};

class QuotesHarness {
 public:
  // The document's JSON output, as `quarry extract` prints it.
  nlohmann::ordered_json run(std::string text, const std::vector<FixtureActor>& actors = {},
                             std::string reference_date = "") const {
    std::string lines;
    for (const FixtureActor& a : actors) lines += "@" + a.surface + "\t" + a.type + "\t" + a.name + "\n";
    std::vector<std::pair<std::string, std::string>> metadata;
    if (!lines.empty()) metadata.emplace_back("fixture_actors", std::move(lines));
    return harness_.run(std::move(text), std::move(reference_date), std::move(metadata));
  }
  // Runs a document with its actor mentions given as byte offsets ("begin<TAB>end<TAB>type<TAB>name" lines).
  nlohmann::ordered_json run_with_offsets(std::string text, std::string actor_lines, std::string reference_date) const {
    return harness_.run(std::move(text), std::move(reference_date), {{"fixture_actors", std::move(actor_lines)}});
  }
  // Errors any plugin reported during the runs so far (empty when all went well).
  const std::string& errors() const { return harness_.errors(); }

 private:
  PluginHarness harness_{&quarry_static_plugin_quotes, &quarry_static_plugin_quotes_fixture_actors};
};

// The quotes of an output (an empty array when there are none).
inline nlohmann::ordered_json quotes_of(const nlohmann::ordered_json& out) { return entries_of(out, "quotes"); }

// The quote whose text is exactly `text`, or null.
inline nlohmann::ordered_json quote_with_text(const nlohmann::ordered_json& out, std::string_view text) {
  return entry_with_text(quotes_of(out), std::string(text));
}

// The text a quote's speaker span covers, or "" when the span is null.
inline std::string speaker_text(const std::string& doc, const nlohmann::ordered_json& q) {
  if (q["speaker_start"].is_null()) return "";
  const auto b = q["speaker_start"].get<size_t>();
  const auto e = q["speaker_end"].get<size_t>();
  return doc.substr(b, e - b);
}

}  // namespace quarry::testing

#endif  // QUARRY_TESTS_QUOTES_HARNESS_HPP
