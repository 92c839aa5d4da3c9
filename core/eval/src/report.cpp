#include "quarry/eval/report.hpp"

#include <cstdio>

namespace quarry::eval {
namespace {

using nlohmann::ordered_json;

std::string fixed(std::optional<double> v) {
  if (!v) return "-";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", *v);
  return buffer;
}

std::string padded(std::string s, size_t width, bool right) {
  if (s.size() >= width) return s;
  const std::string fill(width - s.size(), ' ');
  return right ? fill + s : s + fill;
}

ordered_json ratio_json(std::optional<double> v) { return v ? ordered_json(*v) : ordered_json(nullptr); }

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string span_label(const std::optional<Span>& span) {
  return span ? std::to_string(span->start) + "-" + std::to_string(span->end) : "";
}

void print_example(std::ostream& out, const Example& e) {
  switch (e.kind) {
    case ExampleKind::kMiss:
      out << "    " << e.document << " @" << span_label(e.gold_span) << " \"" << e.gold_text << "\"  gold: " << e.gold
          << '\n';
      break;
    case ExampleKind::kFalseAlarm:
      out << "    " << e.document << " @" << span_label(e.system_span) << " \"" << e.system_text
          << "\"  system: " << e.system << '\n';
      break;
    case ExampleKind::kMismatch:
      out << "    " << e.document << " @" << span_label(e.gold_span) << " \"" << e.gold_text << "\"  " << e.note
          << "\n      gold:   " << e.gold << "\n      system: " << e.system;
      if (e.system_span != e.gold_span) out << "  (@" << span_label(e.system_span) << " \"" << e.system_text << "\")";
      out << '\n';
      break;
  }
  out << "      " << e.context << '\n';
}

void print_examples(std::ostream& out, const char* title, const std::vector<Example>& kept, size_t total) {
  if (total == 0) return;
  out << "  " << title << " (" << kept.size() << " of " << total << "):\n";
  for (const Example& e : kept) print_example(out, e);
}

void print_list(std::ostream& out, const ListResult& result, size_t max_examples) {
  const ListScore& score = result.score;
  out << score.list << " (" << score.documents << " document" << (score.documents == 1 ? "" : "s") << ")\n";
  out << "  " << padded("", 12, false) << padded("P", 7, true) << padded("R", 7, true) << padded("F1", 7, true)
      << padded("correct", 9, true) << padded("system", 8, true) << padded("gold", 8, true) << '\n';
  for (const NamedPrf& p : score.prf) {
    const std::string name = p.name + (p.name == score.headline ? " *" : "");
    out << "  " << padded(name, 12, false) << padded(fixed(p.counts.precision()), 7, true)
        << padded(fixed(p.counts.recall()), 7, true) << padded(fixed(p.counts.f1()), 7, true)
        << padded(std::to_string(p.counts.correct), 9, true) << padded(std::to_string(p.counts.system), 8, true)
        << padded(std::to_string(p.counts.gold), 8, true) << '\n';
  }
  out << "  accuracy on matched pairs:\n";
  for (const NamedAccuracy& a : score.accuracy) {
    out << "  " << padded(a.name, 12, false) << padded(fixed(a.counts.value()), 7, true) << "   (" << a.counts.correct
        << "/" << a.counts.total << ")\n";
  }
  if (max_examples > 0) {
    print_examples(out, "misses", score.misses, score.miss_count);
    print_examples(out, "false alarms", score.false_alarms, score.false_alarm_count);
    print_examples(out, "mismatches", score.mismatches, score.mismatch_count);
  }
}

ordered_json example_json(const Example& e) {
  ordered_json j;
  j["document"] = e.document;
  if (e.gold_span) {
    j["gold"] = {
        {"start", e.gold_span->start}, {"end", e.gold_span->end}, {"text", e.gold_text}, {"attributes", e.gold}};
  }
  if (e.system_span) {
    j["system"] = {{"start", e.system_span->start},
                   {"end", e.system_span->end},
                   {"text", e.system_text},
                   {"attributes", e.system}};
  }
  if (!e.note.empty()) j["note"] = e.note;
  j["context"] = e.context;
  return j;
}

ordered_json examples_json(const std::vector<Example>& examples) {
  ordered_json list = ordered_json::array();
  for (const Example& e : examples) list.push_back(example_json(e));
  return list;
}

}  // namespace

void print_report(std::ostream& out, const ReportHeader& header, const Evaluation& evaluation, size_t max_examples) {
  out << "gold: " << header.gold << " (" << evaluation.documents << " document"
      << (evaluation.documents == 1 ? "" : "s") << ")\n";
  if (!header.system.empty()) out << "system: " << header.system << '\n';
  if (!header.plugins.empty()) {
    std::vector<std::string> names;
    for (const auto& [name, version] : header.plugins) names.push_back(name + " " + version);
    out << "plugins: " << joined(names, ", ") << '\n';
  }
  if (!header.reference_date.empty()) out << "reference dates: " << header.reference_date << '\n';
  if (!header.quote_kinds.empty()) out << "quote kinds: " << joined(header.quote_kinds, ",") << '\n';
  for (const std::string& note : header.notes) out << "note: " << note << '\n';
  if (evaluation.failed_documents > 0) {
    out << "failed documents: " << evaluation.failed_documents << " (their output is partial or empty)\n";
    for (const std::string& failure : evaluation.failures) out << "  " << failure << '\n';
  }
  bool any = false, scored = false;
  for (const ListResult& result : evaluation.lists) {
    if (result.score.documents > 0) {
      out << '\n';
      print_list(out, result, max_examples);
      any = scored = true;
    }
    if (result.not_produced > 0) {
      out << '\n'
          << result.list << ": annotated in " << result.not_produced << " document"
          << (result.not_produced == 1 ? "" : "s") << " but not produced (no selected plugin provides it)\n";
      any = true;
    }
  }
  if (!any) out << "\nnothing to score: the gold file annotates none of figures, actors, quotes, dates\n";
  if (scored) out << "\n* the headline metric of the list\n";
}

ordered_json report_json(const ReportHeader& header, const Evaluation& evaluation, size_t max_examples) {
  ordered_json j;
  j["gold"] = header.gold;
  if (!header.system.empty()) j["system"] = header.system;
  ordered_json plugins = ordered_json::object();
  for (const auto& [name, version] : header.plugins) plugins[name] = version;
  j["plugins"] = plugins;
  j["reference_date"] = header.reference_date;
  j["quote_kinds"] = header.quote_kinds;
  j["notes"] = header.notes;
  j["documents"] = evaluation.documents;
  j["failed_documents"] = evaluation.failed_documents;
  j["failures"] = evaluation.failures;
  ordered_json& lists = j["lists"] = ordered_json::object();
  ordered_json& not_produced = j["not_produced"] = ordered_json::object();
  for (const ListResult& result : evaluation.lists) {
    if (result.not_produced > 0) not_produced[result.list] = result.not_produced;
    const ListScore& score = result.score;
    if (score.documents == 0) continue;
    ordered_json& list = lists[result.list];
    list["documents"] = score.documents;
    list["headline"] = score.headline;
    ordered_json& prf = list["prf"] = ordered_json::object();
    for (const NamedPrf& p : score.prf) {
      prf[p.name] = {{"precision", ratio_json(p.counts.precision())},
                     {"recall", ratio_json(p.counts.recall())},
                     {"f1", ratio_json(p.counts.f1())},
                     {"correct", p.counts.correct},
                     {"system", p.counts.system},
                     {"gold", p.counts.gold}};
    }
    ordered_json& accuracy = list["accuracy"] = ordered_json::object();
    for (const NamedAccuracy& a : score.accuracy) {
      accuracy[a.name] = {
          {"accuracy", ratio_json(a.counts.value())}, {"correct", a.counts.correct}, {"total", a.counts.total}};
    }
    list["misses"] = score.miss_count;
    list["false_alarms"] = score.false_alarm_count;
    list["mismatches"] = score.mismatch_count;
    if (max_examples > 0) {
      list["examples"] = {{"misses", examples_json(score.misses)},
                          {"false_alarms", examples_json(score.false_alarms)},
                          {"mismatches", examples_json(score.mismatches)}};
    }
  }
  return j;
}

}  // namespace quarry::eval
