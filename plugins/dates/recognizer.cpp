#include "recognizer.hpp"

#include "grammar.hpp"

namespace quarry::dates {

bool Recognizer::may_start(const Piece& piece) {
  if (piece.kind == PieceKind::Number) return true;
  if (piece.kind != PieceKind::Word) return false;
  if (piece.info) return true;
  // "'90s" and "Q3" are not in the lexicon.
  const std::string_view w = piece.lower;
  return (!w.empty() && (w.front() == '\'' || (w.front() >= '0' && w.front() <= '9') ||
                         (w.size() == 2 && w[0] == 'q'))) || w.starts_with("\u2019") ||
         w == "noon" || w == "midnight" || w == "today" || w == "yesterday" || w == "tomorrow" || w == "tonight" || w == "these" ||
         w == "half";
}

std::optional<Mention> Recognizer::match(std::span<const Piece> pieces, size_t i) {
  if (i >= pieces.size() || !may_start(pieces[i])) return std::nullopt;
  const Grammar g(pieces);
  using Matcher = std::optional<Candidate> (*)(const Grammar&, size_t);
  // Order breaks ties between equally long readings: the earlier matcher wins.
  static constexpr Matcher kMatchers[] = {
      &match_numeric_date, &match_clock_time, &match_weekday, &match_month_date, &match_quarter,
      &match_year,         &match_season,     &match_holiday, &match_deictic,    &match_shift,
      &match_ago,          &match_set,        &match_duration, &match_vague};
  std::optional<Candidate> best;
  for (const Matcher matcher : kMatchers) {
    std::optional<Candidate> candidate = matcher(g, i);
    if (candidate && candidate->end > i && (!best || candidate->end > best->end)) best = std::move(candidate);
  }
  if (!best) return std::nullopt;
  return Mention{i, best->end, std::move(best->expression)};
}

}  // namespace quarry::dates
