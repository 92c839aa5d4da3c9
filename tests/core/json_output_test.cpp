#include "quarry/core/json_output.hpp"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace quarry::core {
namespace {

const std::string kFixtures = std::string(QUARRY_BINARY_DIR) + "/test-plugins/";

class JsonOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.load_directory(kFixtures + "good", true);
    pipeline_ = std::make_unique<Pipeline>(registry_.plugins());
  }
  nlohmann::ordered_json run(const std::string& text, const std::string& date = "") {
    DocumentInput in;
    in.id = "doc-1";
    in.text = text;
    in.reference_date = date;
    const Document doc(std::move(in));
    return document_json(doc, pipeline_->run(doc));
  }
  PluginRegistry registry_;
  std::unique_ptr<Pipeline> pipeline_;
};

TEST_F(JsonOutput, HasTheSchemaShapeWithByteOffsets) {
  const std::string text = "\xE2\x80\x9CZo\xC3\xAB\xE2\x80\x9D met Kim.";
  const auto out = run(text, "2025-01-24");
  EXPECT_EQ(out["schema"], "quarry-output/1");
  EXPECT_EQ(out["id"], "doc-1");
  EXPECT_EQ(out["dct"], "2025-01-24");
  EXPECT_EQ(out["plugins"]["words"], "1.0.0");
  EXPECT_EQ(out["plugins"]["count"], "2.1.0");
  ASSERT_EQ(out["words"].size(), 2u);
  const auto& zoe = out["words"][0];
  EXPECT_EQ(zoe["start"], 3);  // after the 3-byte curly quote
  EXPECT_EQ(zoe["end"], 7);    // "Zoë" is 4 bytes
  EXPECT_EQ(zoe["text"], "Zo\xC3\xAB");
  EXPECT_EQ(text.substr(zoe["start"].get<size_t>(), 4), zoe["text"].get<std::string>());
  EXPECT_EQ(zoe["plugin"], "words");
  EXPECT_FALSE(out.contains("errors"));
}

TEST_F(JsonOutput, WritesTypedAttributesInEmissionOrder) {
  const auto out = run("Seoul spoke.");
  const auto& entry = out["words"][0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : entry.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"start", "end", "text", "length", "all_upper", "first", "ratio", "nothing",
                                            "self_start", "self_end", "plugin"}));
  EXPECT_TRUE(entry["length"].is_number_integer());
  EXPECT_TRUE(entry["all_upper"].is_boolean());
  EXPECT_TRUE(entry["ratio"].is_number_float());
  EXPECT_TRUE(entry["nothing"].is_null());
  EXPECT_EQ(entry["self_start"], 0);
  EXPECT_EQ(entry["self_end"], 5);
  // A double that holds an integer is written as one.
  EXPECT_TRUE(out["word_counts"][0]["total_length"].is_number_integer());
}

TEST_F(JsonOutput, ReportsPluginErrorsAndKeepsTheListsOfFailedPlugins) {
  const auto out = run("boom goes the plugin");
  ASSERT_TRUE(out.contains("errors"));
  EXPECT_EQ(out["errors"][0]["plugin"], "words");
  EXPECT_EQ(out["errors"][0]["message"], "found boom, exploding");
  EXPECT_TRUE(out["words"].is_array());
  EXPECT_TRUE(out["words"].empty());
  EXPECT_TRUE(out["dct"].is_null());
}

TEST_F(JsonOutput, IsDeterministic) {
  const std::string text = "Seoul, NATO and Geneva. The UN said \"no\".";
  EXPECT_EQ(run(text, "2025-01-01").dump(), run(text, "2025-01-01").dump());
}

TEST(JsonErrorRecord, NamesTheDocument) {
  const auto out = document_error_json("a.txt", "empty document");
  EXPECT_EQ(out.dump(), R"({"schema":"quarry-output/1","id":"a.txt","error":"empty document"})");
}

// --- document_json_text: the DOM's dump() without the DOM ---

// Compares the direct text with the DOM's dump in the compact form and the two indented forms the CLI and the
// web page use; when the DOM refuses to dump (ill-formed UTF-8), the direct text must refuse the same way.
void expect_same_text(const Document& doc, const DocumentResult& result) {
  for (const int indent : {-1, 2, 4}) {
    // (ill-formed UTF-8 is written as U+FFFD, as nlohmann's "replace" handler does)
    const std::string dom =
        document_json(doc, result).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
    EXPECT_EQ(document_json_text(doc, result, indent), dom) << "indent " << indent;
  }
}

TEST_F(JsonOutput, DirectTextEqualsTheDomDump) {
  for (const std::string text : {"\xE2\x80\x9CZo\xC3\xAB\xE2\x80\x9D met Kim.", "Seoul spoke. \"Quoted\"\ttab\\ here.",
                                 "boom goes the plugin", "NATO, the UN and Geneva\r\nsaid\x01 no\x7f."}) {
    for (const std::string date : {"", "2025-01-24"}) {
      DocumentInput in;
      in.id = "dir/doc \"1\".txt";
      in.text = text;
      in.reference_date = date;
      const Document doc(std::move(in));
      expect_same_text(doc, pipeline_->run(doc));
    }
  }
}

TEST(JsonErrorRecordText, EqualsTheDomDump) {
  for (const int indent : {-1, 2}) {
    EXPECT_EQ(document_error_json_text("a.txt", "empty document", indent),
              document_error_json("a.txt", "empty document").dump(indent));
    EXPECT_EQ(document_error_json_text("line \"7\"", "control \x02 and \xC3\xA9", indent),
              document_error_json("line \"7\"", "control \x02 and \xC3\xA9").dump(indent));
  }
  // A parse error can quote a stray byte of the input: the record carries U+FFFD in its place.
  EXPECT_EQ(document_error_json_text("x", "last read: '\xFF'"),
            "{\"schema\":\"quarry-output/1\",\"id\":\"x\",\"error\":\"last read: '\xEF\xBF\xBD'\"}");
}

// Results built by hand, for the shapes the real pipeline rarely or never makes: kinds named like top-level
// keys, attributes that give the same output key, doubles, ill-formed UTF-8 in versions and error messages.
class HandMadeResult : public ::testing::Test {
 protected:
  Document document(std::string text) {
    DocumentInput in;
    in.id = "hand";
    in.text = std::move(text);
    return Document(std::move(in));
  }
  PluginOutcome& add_plugin(const char* name, const char* kinds, const char* version = "1.0") {
    quarry_plugin_info& info = infos_.emplace_back();
    info.struct_size = sizeof info;
    info.name = name;
    info.version = version;
    info.provided_kinds = kinds;
    info.required_kinds = "";
    const Plugin& plugin = plugins_.emplace_back(&info, nullptr, "(hand made)");
    PluginOutcome& outcome = result_.outcomes.emplace_back();
    outcome.plugin = &plugin;
    return outcome;
  }
  static quarry_attr attr(const char* key, quarry_value value) {
    return quarry_attr{quarry_str{key, static_cast<uint32_t>(std::char_traits<char>::length(key))}, value};
  }
  static quarry_value number(double d) {
    quarry_value v{};
    v.type = QUARRY_VALUE_DOUBLE;
    v.as.number = d;
    return v;
  }
  static quarry_value integer(int64_t n) {
    quarry_value v{};
    v.type = QUARRY_VALUE_INT;
    v.as.integer = n;
    return v;
  }
  static quarry_value span(uint32_t begin, uint32_t end) {
    quarry_value v{};
    v.type = QUARRY_VALUE_SPAN;
    v.as.span = {begin, end};
    return v;
  }
  static quarry_value string(std::string_view s) {
    quarry_value v{};
    v.type = QUARRY_VALUE_STRING;
    v.as.string = quarry_str{s.data(), static_cast<uint32_t>(s.size())};
    return v;
  }
  std::deque<quarry_plugin_info> infos_;  // deques: the plugins and outcomes point into them
  std::deque<Plugin> plugins_;
  DocumentResult result_;
};

TEST_F(HandMadeResult, DoublesAndAllValueTypes) {
  const Document doc = document("Prices rose 2.5 percent to 1e300 or 0.1 of -0 apples.");
  quarry_value flag{};
  flag.type = QUARRY_VALUE_BOOL;
  flag.as.boolean = 7;
  quarry_value unknown{};
  unknown.type = 99;
  const std::vector<quarry_attr> attrs = {
      attr("value", number(2.5)),          attr("big", number(1e300)), attr("tenth", number(0.1)),
      attr("minus_zero", number(-0.0)),    attr("whole", number(4.0)), attr("huge_whole", number(1e17)),
      attr("count", integer(-42)),         attr("flag", flag),         attr("odd", unknown),
      attr("unit", string("per\"cent\n")), attr("where", span(0, 6))};
  add_plugin("numbers", "figures, zeta, alpha").annotations.add("figures", 12, 15, attrs);
  result_.outcomes.back().annotations.add("zeta", 0, 6, {});
  result_.outcomes.back().annotations.add("alpha", 0, 0, {});
  result_.outcomes.back().annotations.finish();
  expect_same_text(doc, result_);
  const std::string text = document_json_text(doc, result_);
  EXPECT_NE(text.find(R"("value":2.5,"big":1e+300,"tenth":0.1,"minus_zero":0,"whole":4,"huge_whole":1e+17,)"),
            std::string::npos)
      << text;
}

TEST_F(HandMadeResult, KeysThatComeTwiceAreWrittenAsTheDomWritesThem) {
  const Document doc = document("Kim met Lee in Seoul.");
  // A kind named like a top-level key: the DOM replaces "id" in its place.
  add_plugin("odd_kinds", "id, dct, errors, plugins, schema").annotations.add("id", 0, 3, {});
  // A span whose _start/_end key is also a plain attribute, and an attribute named like a fixed key.
  const std::vector<quarry_attr> clash = {attr("who", span(0, 3)), attr("who_end", integer(9))};
  const std::vector<quarry_attr> reserved = {attr("text", string("other"))};
  PluginOutcome& people = add_plugin("people", "people");
  people.annotations.add("people", 0, 3, clash);
  people.annotations.add("people", 8, 11, reserved);
  people.annotations.finish();
  PluginOutcome& failed = add_plugin("failing", "failing");
  failed.error = "broke on \"Seoul\"\n";
  expect_same_text(doc, result_);
  // The same plugin name twice: the DOM keeps one key.
  add_plugin("people", "people", "2.0");
  expect_same_text(doc, result_);
}

// A plugin's ill-formed version or message must not cost the document its output (it once aborted the run).
TEST_F(HandMadeResult, IllFormedUtf8IsReplacedNotThrown) {
  const Document doc = document("Kim met Lee.");
  add_plugin("broken", "words", "1.0\xC3");
  EXPECT_THROW(document_json(doc, result_).dump(), nlohmann::json::type_error);  // what a strict dump would do
  const std::string text = document_json_text(doc, result_);
  EXPECT_NE(text.find("\"broken\":\"1.0\xEF\xBF\xBD\""), std::string::npos) << text;
  expect_same_text(doc, result_);
  PluginOutcome& failed = add_plugin("failing", "failing");
  failed.error = "stray \xFF byte";
  expect_same_text(doc, result_);
}

}  // namespace
}  // namespace quarry::core
