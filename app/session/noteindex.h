#pragma once

#include "annotation.h"

#include <QList>
#include <QStringList>

namespace parallax {

/// \brief Where one of the analyst's notes lies on a paragraph: [start, end) in UTF-16 units of
/// the paragraph text, clamped to it; `annotation` indexes the list the index was built from.
struct NoteMark
{
    int start = 0;
    int end = 0;
    int annotation = -1;
};

/// \brief The analyst's notes laid over a comparison (engine/comparisonindex.h holds the
/// comparison's own highlights): which notes fall on a paragraph, asked by (document,
/// paragraph). `documentKeys[d]` is the session key of document d; orphaned notes and notes of
/// documents not shown are left out. Built once, linear in the number of notes.
class NoteIndex final
{
public:
    NoteIndex(const QList<Annotation> &annotations, const QStringList &documentKeys, const QList<Document> &documents);

    /// Notes on the paragraph, in the order of `annotations`.
    const QList<NoteMark> &marks(int document, int paragraph) const;

private:
    QList<QList<QList<NoteMark>>> m_marks; // [document][paragraph]
};

} // namespace parallax
