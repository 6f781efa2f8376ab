#pragma once

#include "session.h"

#include <QStringList>

namespace parallax {

/// \brief One line per difference between two sessions in what the analyst did (annotations
/// added, removed or changed; metadata corrections), e.g. for "recover this autosave?".
/// Empty when the analyst's work is the same.
QStringList sessionDifferences(const Session &from, const Session &to);

} // namespace parallax
