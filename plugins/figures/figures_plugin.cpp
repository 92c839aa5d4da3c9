// The figures plugin: every numeric figure of English news text with its value (or range), qualifier and unit,
// as the `figures` list of SCHEMA.md. See README.md for the conventions and FigureScanner for the method.
#include <quarry/extractor.hpp>
#include <vector>

#include "figure_scanner.hpp"
#include "lexicon.hpp"
#include "scan_options.hpp"

namespace quarry::figures {

class FiguresExtractor final : public quarry::Extractor {
 public:
  void configure(std::string_view config_json) override { options_ = ScanOptions::from_json(config_json); }

  void process(const quarry::Document& doc, quarry::Sink& out) override {
    figures_.clear();
    FigureScanner scanner(Lexicon::instance(), options_);
    scanner.scan(doc.text(), doc.tokens(), doc.sentences(), figures_);
    for (const Figure& f : figures_) {
      const quarry::Value null;
      out.emit("figures", f.begin, f.end,
               {{"value", f.value ? quarry::Value(*f.value) : null},
                {"low", f.low ? quarry::Value(*f.low) : null},
                {"high", f.high ? quarry::Value(*f.high) : null},
                {"qualifier", qualifier_name(f.qualifier)},
                {"unit", f.unit.empty() ? null : quarry::Value(f.unit)}});
    }
  }

 private:
  ScanOptions options_;
  std::vector<Figure> figures_;  // reused across documents
};

}  // namespace quarry::figures

QUARRY_PLUGIN(figures, quarry::figures::FiguresExtractor, "1.0.0", "MIT",
              "Numeric figures: value or range, qualifier (approx, at_least, ...) and unit (counted noun, measure, "
              "currency)",
              "figures", "")
