// libFuzzer target: the number and quantity parser (findQuantities). The entry point is in fuzzentries.cpp,
// shared with tst_fuzzregressions.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const parallax::fuzz::Entry entry = parallax::fuzz::entryFor(QStringLiteral("quantities"));
    entry(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
