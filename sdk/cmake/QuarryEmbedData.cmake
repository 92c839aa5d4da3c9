# cmake -DINPUT=file -DOUTPUT=file.cpp -DNAMESPACE=ns -DSYMBOL=name -P QuarryEmbedData.cmake
# Writes a C++ source defining `std::string_view ns::name()` that returns the bytes of INPUT. The bytes are a
# byte-array initializer, not a string literal: literals over 4095 bytes draw -Woverlength-strings (pedantic).
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# Lines of 24 bytes so compilers and editors cope with big files.
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){24})" "\\1\n    " bytes "${bytes}")
if(size EQUAL 0)
  set(bytes "0")  # an array cannot be empty
endif()
file(WRITE ${OUTPUT} "// Generated from ${INPUT}. Do not edit.\n#include <string_view>\n\nnamespace ${NAMESPACE} {\nstd::string_view ${SYMBOL}() {\n  static constexpr unsigned char kBytes[] = {\n    ${bytes}};\n  return std::string_view(reinterpret_cast<const char*>(kBytes), ${size});\n}\n}  // namespace ${NAMESPACE}\n")
