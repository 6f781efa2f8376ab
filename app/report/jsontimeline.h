#pragma once

#include "engine/comparison.h"

namespace parallax {

class JsonWriter;

/// \brief Writes the report's `timeline` section (REPORT_FORMAT.md): publication windows,
/// conflicts over time with their verdicts, and who had each shared quote and passage first.
void writeTimeline(JsonWriter &w, const Comparison &comparison);

} // namespace parallax
