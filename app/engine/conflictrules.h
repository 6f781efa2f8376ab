#pragma once

#include "factextractor.h"

#include <QList>

namespace parallax {

/// \brief True when two facts can both be right: hedged figures whose ranges overlap ("about
/// 40,000" and "40,000"; "more than 11,000" and "12,000"), the same quantity in two units within
/// the rounding of what was written ("5 miles" and "8 km"), the same instant in two time zones,
/// a relative date (never judged), the same name. Facts of different kinds, currencies or
/// dimensions are never judged incompatible.
bool compatible(const Fact &a, const Fact &b);

/// \brief Groups facts into readings: facts in one reading are pairwise compatible. Returns the
/// reading index of each fact, in order of first appearance.
QList<int> readings(const QList<Fact> &facts);

/// \brief What compatible() reads of a fact, as a string: facts with equal keys are compatible with
/// each other and with exactly the same facts.
QString comparisonKey(const Fact &f);

/// \brief True when two facts of different documents are not compatible (a conflict needs two
/// documents that disagree, not one article correcting itself). Quadratic only in the distinct
/// comparison keys, not in the facts.
bool disagree(const QList<Fact> &facts);

/// \brief True when two names may be one person written two ways: the same surname with a
/// slightly different given name ("Jon"/"John"), or the same given name with a slightly different
/// surname. Equal names are not variants. `sameRole`: both are named with one role ("Kim Dae-ho"
/// and "Kim Tae-ho", both CEO), which lets the one differing letter be the first.
bool nameVariants(const QString &a, const QString &b, bool sameRole = false);

} // namespace parallax
