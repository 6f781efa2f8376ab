#pragma once

#include "engine/comparison.h"

#include <QByteArray>

namespace parallax {

/// \brief The report schema name; bump only with a new, separately documented schema.
inline constexpr auto reportSchema = "parallax.report/1";

/// \brief Serialises a comparison as a `parallax.report/1` JSON document (see docs in README).
/// Deterministic: the same comparison gives the same bytes.
QByteArray toJsonReport(const Comparison &comparison);

} // namespace parallax
