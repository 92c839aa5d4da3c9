// Finds the figures of a document, sentence by sentence, in one left-to-right pass over the core's tokens:
// at each token where a number can start it reads the number (NumberReader), then what is around it: a
// currency before it, a range ("between X and Y", "X-Y", "from X to Y"), qualifier words, and the unit after it
// (UnitReader); DateGuard rejects numbers that belong to dates, times and names. Work per token is a few hash
// probes at most; no allocation happens per token (figures go into a caller-owned vector).
#ifndef QUARRY_FIGURES_FIGURE_SCANNER_HPP
#define QUARRY_FIGURES_FIGURE_SCANNER_HPP

#include <cstddef>
#include <cstdint>
#include <quarry/extractor.hpp>
#include <span>
#include <string_view>
#include <vector>

#include "figure.hpp"
#include "lexicon.hpp"
#include "scan_options.hpp"
#include "token_text.hpp"

namespace quarry::figures {

class FigureScanner {
 public:
  FigureScanner(const Lexicon& lexicon, ScanOptions options) : lexicon_(lexicon), options_(options) {}

  // Appends the figures of the document to `out`, in text order. Units view `text` or the lexicon.
  void scan(std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
            std::vector<Figure>& out);

 private:
  // `previous_first` is the first token of the sentence before (for currencies cut off by a false break).
  void scan_sentence(const TokenText& tokens, size_t previous_first, size_t sentence_index, std::vector<Figure>& out);
  // Reads the figure whose number starts at token i; returns the index of the first token after what it
  // consumed (a figure or a non-figure such as a date), or i + 1 when nothing starts there.
  size_t read_figure(const TokenText& tokens, size_t previous_first, size_t i, size_t floor, size_t sentence_index,
                     std::vector<Figure>& out);

  // "two or three people", "3 or 4%": the first number counts what the second counts.
  static void share_units(const TokenText& tokens, std::vector<Figure>& out, size_t sentence_first_figure);
  // All-numbers mode: "22,24,26,31" and "192.168.1.2" as one figure per number (news mode leaves such lists,
  // mostly labels and addresses, out). True when token i was such a list.
  static bool read_number_list(const TokenText& tokens, size_t i, std::vector<Figure>& out);
  // Whether token i is part of a web or e-mail address, handle or hashtag ("…?q=30%25%2020%", "@Fred_945"),
  // whose digits are not figures. Caches the run of glued tokens it looked at.
  bool in_link(const TokenText& tokens, size_t i);
  // Joins a lower and an upper bound of the same sentence into one range: "more than 10 and less than 20".
  static void join_bounds(const TokenText& tokens, std::vector<Figure>& out, size_t sentence_first_figure);

  const Lexicon& lexicon_;
  ScanOptions options_;
  size_t link_run_first_ = 0;  // the last run of glued tokens in_link() looked at, [first, end)
  size_t link_run_end_ = 0;
  bool link_run_ = false;
  // The latest counted noun, for figures whose noun is elided ("2,700 were injured" -> soldiers).
  std::string_view antecedent_;
  size_t antecedent_sentence_ = 0;
};

}  // namespace quarry::figures

#endif  // QUARRY_FIGURES_FIGURE_SCANNER_HPP
