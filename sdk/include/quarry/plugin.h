/* Quarry plugin ABI: the whole binary contract between the Quarry host and an extractor plugin.
 *
 * Conventions (read once, then you know the contract):
 *
 *  1. Versioning. QUARRY_ABI_MAJOR changes when anything below changes incompatibly; the host refuses a
 *     plugin with another major. QUARRY_ABI_MINOR grows when fields are appended to the end of a struct.
 *     Every struct the host or plugin hands over starts with `struct_size`; a reader only touches the fields
 *     that fit inside that size. Structs only grow by appending.
 *
 *  2. Entry point. A loadable plugin exports exactly one symbol, QUARRY_PLUGIN_ENTRY_SYMBOL:
 *         const quarry_plugin_info* quarry_plugin_entry_v1(uint32_t host_abi_major);
 *     It returns a pointer to a static descriptor (never freed), or NULL if it cannot serve that host.
 *     A plugin linked statically into a host (the WebAssembly build) exports a uniquely named function of
 *     the same type instead; see QUARRY_PLUGIN in quarry/extractor.hpp.
 *
 *  3. Data crossing the boundary is only fixed-width integers, doubles and borrowed strings:
 *     `quarry_str` is a (pointer, length) pair of UTF-8 bytes, not NUL-terminated. Offsets are UTF-8 byte
 *     offsets into the document text, `end` exclusive. No C++ type, exception or longjmp crosses.
 *
 *  4. Ownership. Nobody frees the other side's memory. Everything the host passes (document, tokens,
 *     annotations, strings) is borrowed and valid until the callback returns. Everything the plugin passes
 *     to the host (emitted annotations, attribute strings, error text) is copied by the host before the
 *     host function returns. The descriptor and its strings are static in the plugin.
 *
 *  5. Errors. Every callback returns a quarry_status. Details go through host->report_error() before
 *     returning QUARRY_STATUS_ERROR. When process() fails, the host drops that plugin's annotations for that
 *     document, records the error, and goes on with the other plugins and documents.
 *
 *  6. Threads. create() may be called several times (one state per worker thread). The host calls a given
 *     state from one thread at a time. A plugin must not keep pointers into a document after process().
 */
#ifndef QUARRY_PLUGIN_H
#define QUARRY_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QUARRY_ABI_MAJOR 1u
#define QUARRY_ABI_MINOR 0u
#define QUARRY_PLUGIN_ENTRY_SYMBOL "quarry_plugin_entry_v1"
/* Offsets are counted in bytes of UTF-8 (the only unit this ABI knows; recorded in the fingerprint). */
#define QUARRY_OFFSET_UNIT_UTF8_BYTE 1u

#if defined(_WIN32)
#define QUARRY_EXPORT __declspec(dllexport)
#else
#define QUARRY_EXPORT __attribute__((visibility("default")))
#endif

typedef enum quarry_status { QUARRY_STATUS_OK = 0, QUARRY_STATUS_ERROR = 1 } quarry_status;

/* Borrowed UTF-8 bytes: `size` bytes at `data`, no terminator required. data may be NULL when size is 0. */
typedef struct quarry_str {
  const char* data;
  uint32_t size;
} quarry_str;

/* ---- Text services computed once by the host and shared with every plugin ---------------------------- */

typedef enum quarry_token_kind {
  QUARRY_TOKEN_WORD = 1,   /* letters (any script), with inner apostrophes/hyphens: Korea, Jong-un, don't, G20 */
  QUARRY_TOKEN_NUMBER = 2, /* digits with inner separators: 11,000  1,00,000  2.5  1,2,3,4 (a sign is PUNCT) */
  QUARRY_TOKEN_PUNCT = 3,  /* . , ; : ! ? ( ) [ ] - – — / … and other punctuation */
  QUARRY_TOKEN_QUOTE = 4,  /* a quotation mark of any form: " “ ” „ ' ‘ ’ « » ‹ › (see QUARRY_TOKEN_QUOTE_*) */
  QUARRY_TOKEN_SYMBOL = 5  /* $ € £ ₹ % & @ # + = and other symbols */
} quarry_token_kind;

/* Token flags (bit set). */
#define QUARRY_TOKEN_SPACE_BEFORE (1u << 0)     /* whitespace precedes the token */
#define QUARRY_TOKEN_NEWLINE_BEFORE (1u << 1)   /* a line break precedes the token */
/* First token of a paragraph: the text start, or after a line break (news text has one paragraph per line),
   except a break that merely wraps a sentence (a lower-case word or comma running on into lower case). */
#define QUARRY_TOKEN_PARAGRAPH_START (1u << 2)
#define QUARRY_TOKEN_UPPER_INITIAL (1u << 3)    /* WORD starting with an upper-case letter */
#define QUARRY_TOKEN_ALL_UPPER (1u << 4)        /* WORD with at least one letter and no lower-case letter */
/* WORD that is the clitic 's or ’s split off "Korea's": a possessive, or after a pronoun ("he's") a contraction
   of is/has; the plugin tells which. */
#define QUARRY_TOKEN_POSSESSIVE (1u << 5)
#define QUARRY_TOKEN_QUOTE_DOUBLE (1u << 8)     /* QUOTE: a double mark (" “ ” „ « » or '' ``) */
#define QUARRY_TOKEN_QUOTE_OPEN (1u << 9)       /* QUOTE: opens, by its form or its context */
#define QUARRY_TOKEN_QUOTE_CLOSE (1u << 10)     /* QUOTE: closes, by its form or its context */
/* A QUOTE with both OPEN and CLOSE set is ambiguous (a straight mark between two words, say). */

typedef struct quarry_token {
  uint32_t begin; /* byte offset of the first byte */
  uint32_t end;   /* byte offset one past the last byte */
  uint32_t kind;  /* quarry_token_kind */
  uint32_t flags; /* QUARRY_TOKEN_* bits */
} quarry_token;

typedef struct quarry_sentence {
  uint32_t begin;       /* byte offset of the sentence's first token */
  uint32_t end;         /* byte offset one past its last token */
  uint32_t first_token; /* index into quarry_document.tokens */
  uint32_t token_count;
  uint32_t paragraph; /* 0-based paragraph index (see QUARRY_TOKEN_PARAGRAPH_START) */
} quarry_sentence;

/* ---- Typed attribute values (a tagged union, as in fmt-c) ---------------------------------------------- */

typedef enum quarry_value_type {
  QUARRY_VALUE_NULL = 0,
  QUARRY_VALUE_BOOL = 1,   /* as.boolean: 0 or 1 */
  QUARRY_VALUE_INT = 2,    /* as.integer */
  QUARRY_VALUE_DOUBLE = 3, /* as.number (finite) */
  QUARRY_VALUE_STRING = 4, /* as.string: UTF-8 */
  QUARRY_VALUE_SPAN = 5    /* as.span: a byte span of the document, e.g. the speaker mention of a quote */
} quarry_value_type;

typedef struct quarry_byte_span {
  uint32_t begin;
  uint32_t end;
} quarry_byte_span;

typedef struct quarry_value {
  uint32_t type; /* quarry_value_type */
  uint32_t reserved;
  union {
    int32_t boolean;
    int64_t integer;
    double number;
    quarry_str string;
    quarry_byte_span span;
  } as;
} quarry_value;

typedef struct quarry_attr {
  quarry_str key; /* [a-z0-9_]+, unique within one annotation */
  quarry_value value;
} quarry_attr;

/* An annotation as the host shows it to a plugin that required its kind (borrowed, read-only). */
typedef struct quarry_annotation {
  uint32_t struct_size;
  uint32_t begin;
  uint32_t end;
  uint32_t attr_count;
  const quarry_attr* attrs;
  quarry_str kind;
  quarry_str plugin; /* name of the plugin that produced it */
} quarry_annotation;

/* ---- The document and the host's function table ------------------------------------------------------ */

typedef struct quarry_host_api quarry_host_api;
typedef struct quarry_sink quarry_sink; /* opaque: where a plugin's output goes during one process() call */

typedef struct quarry_document {
  uint32_t struct_size;
  quarry_str id;             /* caller's document id (file path, JSONL id), may be empty */
  quarry_str text;           /* the whole text, valid UTF-8 */
  quarry_str language;       /* BCP 47 tag, "en" */
  quarry_str reference_date; /* "YYYY-MM-DD" (document creation time) or empty when unknown */
  const quarry_token* tokens;
  uint32_t token_count;
  uint32_t sentence_count;
  const quarry_sentence* sentences;
  const quarry_host_api* host; /* the host's functions, valid during the call */
  const void* host_data;       /* opaque to plugins */
} quarry_document;

struct quarry_host_api {
  uint32_t struct_size;
  uint32_t abi_major;
  uint32_t abi_minor;
  uint32_t reserved;
  /* Number of annotations of `kind` made so far for this document by plugins that ran before the caller
     (only kinds the caller declared in required_kinds are guaranteed to be complete). */
  uint32_t (*annotation_count)(const quarry_document* doc, quarry_str kind);
  /* Fills *out with annotation `index` of `kind`, in (begin, end) order. Returns QUARRY_STATUS_ERROR when
     index is out of range. */
  quarry_status (*annotation_at)(const quarry_document* doc, quarry_str kind, uint32_t index,
                                 quarry_annotation* out);
  /* Document metadata by key ("source", ...); *out is empty when absent. */
  quarry_status (*metadata)(const quarry_document* doc, quarry_str key, quarry_str* out);
  /* Emits one annotation; the host copies kind, attributes and strings before returning. Fails (and
     records why) when the span is out of bounds, not on UTF-8 character boundaries, or `kind` is not one
     of the plugin's provided kinds. */
  quarry_status (*emit)(quarry_sink* sink, quarry_str kind, uint32_t begin, uint32_t end,
                        const quarry_attr* attrs, uint32_t attr_count);
  /* Records an error message for this process() call (copied). */
  void (*report_error)(quarry_sink* sink, quarry_str message);
};

/* ---- The plugin descriptor -------------------------------------------------------------------------- */

typedef struct quarry_abi_fingerprint {
  uint32_t abi_major;
  uint32_t abi_minor;
  uint16_t pointer_size; /* sizeof(void*) */
  uint16_t size_size;    /* sizeof(size_t) */
  uint16_t offset_unit;  /* QUARRY_OFFSET_UNIT_UTF8_BYTE */
  uint16_t reserved;
} quarry_abi_fingerprint;

typedef struct quarry_plugin_info {
  uint32_t struct_size;
  quarry_abi_fingerprint abi;
  const char* name;           /* unique plugin name, [a-z0-9_]+ */
  const char* version;        /* the plugin's own version, e.g. "1.2.0" */
  const char* license;        /* SPDX id, e.g. "MIT" */
  const char* description;    /* one line */
  const char* provided_kinds; /* comma-separated annotation kinds it emits: "quotes" */
  const char* required_kinds; /* comma-separated kinds it reads from other plugins: "actors", or "" */
  /* Makes a state. config_json is a JSON object (may be empty). On failure returns ERROR and may set
     *error_out to a static message. */
  quarry_status (*create)(quarry_str config_json, void** state_out, const char** error_out);
  /* Extracts from one document into sink. */
  quarry_status (*process)(void* state, const quarry_document* doc, quarry_sink* sink);
  void (*destroy)(void* state);
} quarry_plugin_info;

typedef const quarry_plugin_info* (*quarry_plugin_entry_fn)(uint32_t host_abi_major);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* QUARRY_PLUGIN_H */
