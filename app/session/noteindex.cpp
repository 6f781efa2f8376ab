#include "noteindex.h"

#include <QHash>

#include <algorithm>

namespace parallax {

namespace {

const QList<NoteMark> noMarks;

} // namespace

NoteIndex::NoteIndex(const QList<Annotation> &annotations, const QStringList &documentKeys, const QList<Document> &documents)
{
    m_marks.resize(documents.size());
    for (qsizetype d = 0; d < documents.size(); ++d)
        m_marks[d].resize(documents.at(d).paragraphs.size());
    QHash<QString, int> documentOf;
    for (qsizetype d = 0; d < documentKeys.size() && d < documents.size(); ++d)
        documentOf.insert(documentKeys.at(d), int(d));
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        const int d = documentOf.value(a.documentKey, -1);
        if (a.isOrphaned() || d < 0 || a.paragraph < 0 || a.paragraph >= m_marks.at(d).size())
            continue;
        const int length = int(documents.at(d).paragraphs.at(a.paragraph).text.size());
        const int start = std::clamp(a.start, 0, length);
        const int end = std::clamp(a.end, start, length);
        if (end > start)
            m_marks[d][a.paragraph].append({start, end, int(i)});
    }
}

const QList<NoteMark> &NoteIndex::marks(int document, int paragraph) const
{
    if (document < 0 || document >= m_marks.size() || paragraph < 0 || paragraph >= m_marks.at(document).size())
        return noMarks;
    return m_marks.at(document).at(paragraph);
}

} // namespace parallax
