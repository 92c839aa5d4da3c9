#include "scan_options.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace quarry::figures {

ScanOptions ScanOptions::from_json(std::string_view config_json) {
  ScanOptions options;
  if (config_json.find_first_not_of(" \t\r\n") == std::string_view::npos) return options;
  const nlohmann::json config = nlohmann::json::parse(config_json.begin(), config_json.end(), nullptr, false);
  if (config.is_discarded() || !config.is_object()) {
    throw std::invalid_argument("figures: the configuration is not a JSON object");
  }
  for (const auto& [key, value] : config.items()) {
    if (key != "mode") throw std::invalid_argument("figures: unknown configuration key '" + key + "' (known: mode)");
    if (!value.is_string() || (value != "news" && value != "all")) {
      throw std::invalid_argument("figures: \"mode\" must be \"news\" or \"all\"");
    }
    options.all_numbers = value == "all";
  }
  return options;
}

}  // namespace quarry::figures
