// The C++ layer on its own: typed values, attributes, and the exception-catching thunks, driven through a
// fake host table (no core involved), so the contract of extractor.hpp is tested as a plugin author sees it.
#include <quarry/extractor.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct FakeSink {
  std::vector<std::string> kinds;
  std::vector<std::vector<quarry_attr>> attrs;
  std::vector<std::string> strings;  // copies of string attrs, in order
  std::string error;
};

FakeSink& fake(quarry_sink* sink) { return *reinterpret_cast<FakeSink*>(sink); }

quarry_status fake_emit(quarry_sink* sink, quarry_str kind, uint32_t, uint32_t, const quarry_attr* attrs, uint32_t n) {
  FakeSink& s = fake(sink);
  s.kinds.emplace_back(kind.data, kind.size);
  s.attrs.emplace_back(attrs, attrs + n);
  for (uint32_t i = 0; i < n; ++i) {
    if (attrs[i].value.type == QUARRY_VALUE_STRING) {
      s.strings.emplace_back(attrs[i].value.as.string.data, attrs[i].value.as.string.size);
    }
  }
  return QUARRY_STATUS_OK;
}
void fake_error(quarry_sink* sink, quarry_str message) { fake(sink).error.assign(message.data, message.size); }
uint32_t fake_count(const quarry_document*, quarry_str) { return 0; }
quarry_status fake_at(const quarry_document*, quarry_str, uint32_t, quarry_annotation*) { return QUARRY_STATUS_ERROR; }
quarry_status fake_metadata(const quarry_document*, quarry_str, quarry_str* out) {
  *out = quarry_str{"meta", 4};
  return QUARRY_STATUS_OK;
}

const quarry_host_api kFakeHost = {sizeof(quarry_host_api), QUARRY_ABI_MAJOR, QUARRY_ABI_MINOR, 0, &fake_count,
                                   &fake_at, &fake_metadata, &fake_emit, &fake_error};

class Thrower final : public quarry::Extractor {
 public:
  void process(const quarry::Document& doc, quarry::Sink& out) override {
    if (doc.text() == "throw") throw std::runtime_error("thrown on purpose");
    if (doc.text() == "throw int") throw 42;
    const std::string temporary = "made here";
    out.emit("things", 0, 1,
             {{"flag", true}, {"count", 7}, {"size", size_t{9}}, {"ratio", 0.25}, {"name", temporary},
              {"literal", "lit"}, {"none", nullptr}, {"maybe", std::optional<int>{}},
              {"span", quarry_byte_span{1, 2}}, {"meta", doc.metadata("any")}});
  }
};

class FailsToConfigure final : public quarry::Extractor {
 public:
  void configure(std::string_view config) override {
    if (config.find("bad") != std::string_view::npos) throw std::invalid_argument("bad config: " + std::string(config));
  }
  void process(const quarry::Document&, quarry::Sink&) override {}
};

quarry_document document_with(const std::string& text) {
  quarry_document doc{};
  doc.struct_size = sizeof doc;
  doc.text = quarry_str{text.data(), static_cast<uint32_t>(text.size())};
  doc.host = &kFakeHost;
  return doc;
}

TEST(ExtractorLayer, EmitsTypedAttributes) {
  void* state = nullptr;
  ASSERT_EQ(quarry::detail::create_thunk<Thrower>(quarry_str{"{}", 2}, &state, nullptr), QUARRY_STATUS_OK);
  const std::string text = "ok";
  const quarry_document doc = document_with(text);
  FakeSink sink;
  EXPECT_EQ(quarry::detail::process_thunk<Thrower>(state, &doc, reinterpret_cast<quarry_sink*>(&sink)), QUARRY_STATUS_OK);
  quarry::detail::destroy_thunk<Thrower>(state);
  ASSERT_EQ(sink.attrs.size(), 1u);
  const auto& a = sink.attrs[0];
  ASSERT_EQ(a.size(), 10u);
  EXPECT_EQ(a[0].value.type, QUARRY_VALUE_BOOL);
  EXPECT_EQ(a[1].value.type, QUARRY_VALUE_INT);
  EXPECT_EQ(a[1].value.as.integer, 7);
  EXPECT_EQ(a[2].value.type, QUARRY_VALUE_INT);
  EXPECT_EQ(a[3].value.type, QUARRY_VALUE_DOUBLE);
  EXPECT_EQ(a[4].value.type, QUARRY_VALUE_STRING);
  EXPECT_EQ(a[5].value.type, QUARRY_VALUE_STRING);
  EXPECT_EQ(a[6].value.type, QUARRY_VALUE_NULL);
  EXPECT_EQ(a[7].value.type, QUARRY_VALUE_NULL);
  EXPECT_EQ(a[8].value.type, QUARRY_VALUE_SPAN);
  EXPECT_EQ(a[8].value.as.span.end, 2u);
  EXPECT_EQ(sink.strings, (std::vector<std::string>{"made here", "lit", "meta"}));
}

TEST(ExtractorLayer, TurnsExceptionsIntoErrors) {
  void* state = nullptr;
  ASSERT_EQ(quarry::detail::create_thunk<Thrower>(quarry_str{nullptr, 0}, &state, nullptr), QUARRY_STATUS_OK);
  for (const std::string text : {"throw", "throw int"}) {
    const quarry_document doc = document_with(text);
    FakeSink sink;
    EXPECT_EQ(quarry::detail::process_thunk<Thrower>(state, &doc, reinterpret_cast<quarry_sink*>(&sink)),
              QUARRY_STATUS_ERROR);
    EXPECT_EQ(sink.error, text == "throw" ? "thrown on purpose" : "unknown exception in process()");
  }
  quarry::detail::destroy_thunk<Thrower>(state);
}

TEST(ExtractorLayer, ReportsConfigureFailuresFromCreate) {
  void* state = nullptr;
  const char* error = nullptr;
  const std::string config = R"({"bad":1})";
  EXPECT_EQ(quarry::detail::create_thunk<FailsToConfigure>(quarry_str{config.data(), uint32_t(config.size())}, &state,
                                                           &error),
            QUARRY_STATUS_ERROR);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(std::string(error), R"(bad config: {"bad":1})");
  EXPECT_EQ(state, nullptr);
}

TEST(ExtractorLayer, FingerprintDescribesThisTarget) {
  constexpr quarry_abi_fingerprint f = quarry::detail::fingerprint();
  EXPECT_EQ(f.abi_major, QUARRY_ABI_MAJOR);
  EXPECT_EQ(f.pointer_size, sizeof(void*));
  EXPECT_EQ(f.offset_unit, QUARRY_OFFSET_UNIT_UTF8_BYTE);
}

}  // namespace
