// libFuzzer target: the plain text loader with encoding detection. The entry point is in fuzzentries.cpp,
// shared with tst_fuzzregressions.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const parallax::fuzz::Entry entry = parallax::fuzz::entryFor(QStringLiteral("txt"));
    entry(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
