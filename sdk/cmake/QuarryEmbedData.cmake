# cmake -DINPUT=file -DOUTPUT=file.cpp -DNAMESPACE=ns -DSYMBOL=name -P QuarryEmbedData.cmake
# Writes a C++ source defining `std::string_view ns::name()` that returns the bytes of INPUT.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
# Break the literal into lines of 32 bytes so compilers and editors cope with big files.
string(REGEX REPLACE "((\\\\x[0-9a-f][0-9a-f]){32})" "\\1\"\n    \"" escaped "${escaped}")
file(WRITE ${OUTPUT} "// Generated from ${INPUT}. Do not edit.\n#include <string_view>\n\nnamespace ${NAMESPACE} {\nstd::string_view ${SYMBOL}() {\n  static constexpr char kBytes[] =\n    \"${escaped}\";\n  return std::string_view(kBytes, ${size});\n}\n}  // namespace ${NAMESPACE}\n")
