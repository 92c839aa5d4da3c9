// Example plugin: finds acronyms defined in the text, "Joint Chiefs of Staff (JCS)", and tags every later
// use of the acronym with its expansion. Built out of tree against the installed SDK (see README.md).
#include <quarry/extractor.hpp>

#include <cctype>
#include <map>
#include <string>
#include <vector>

namespace acronyms_example {

class AcronymExtractor final : public quarry::Extractor {
 public:
  void process(const quarry::Document& doc, quarry::Sink& out) override {
    const auto tokens = doc.tokens();
    std::map<std::string, std::string, std::less<>> expansions;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const quarry::Token& token = tokens[i];
      if (!is_acronym(doc, token)) continue;
      const std::string_view letters = doc.text(token);
      // A definition: "( ACRONYM )" right after as many capitalised words as the acronym has letters.
      if (i >= 1 && i + 1 < tokens.size() && doc.text(tokens[i - 1]) == "(" && doc.text(tokens[i + 1]) == ")") {
        if (auto expansion = expansion_before(doc, i - 1, letters)) expansions[std::string(letters)] = *expansion;
      }
      const auto known = expansions.find(letters);
      out.emit("acronyms", token.begin, token.end,
               {{"letters", letters.size()},
                {"expansion", known == expansions.end() ? quarry::Value() : quarry::Value(known->second)}});
    }
  }

 private:
  static bool is_acronym(const quarry::Document& doc, const quarry::Token& token) {
    return quarry::is_word(token) && quarry::has_flag(token, QUARRY_TOKEN_ALL_UPPER) && doc.text(token).size() >= 2 &&
           doc.text(token).size() <= 8;
  }

  // The words before index `paren` whose initials (ignoring "of", "for", "the", "and") spell `letters`.
  static std::optional<std::string> expansion_before(const quarry::Document& doc, size_t paren,
                                                     std::string_view letters) {
    const auto tokens = doc.tokens();
    size_t matched = letters.size();
    size_t i = paren;
    while (i > 0 && matched > 0) {
      --i;
      const std::string_view word = doc.text(tokens[i]);
      if (!quarry::is_word(tokens[i])) return std::nullopt;
      if (word == "of" || word == "for" || word == "the" || word == "and") continue;
      if (std::toupper(static_cast<unsigned char>(word[0])) != letters[matched - 1]) return std::nullopt;
      --matched;
    }
    if (matched != 0) return std::nullopt;
    return std::string(doc.text(tokens[i].begin, tokens[paren - 1].end));
  }
};

}  // namespace acronyms_example

QUARRY_PLUGIN(acronyms, acronyms_example::AcronymExtractor, "1.0.0", "MIT",
              "Example: acronyms and their expansions (out-of-tree plugin)", "acronyms", "")
