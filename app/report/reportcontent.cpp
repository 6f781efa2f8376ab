#include "reportcontent.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
#include <vector>

namespace parallax {

namespace {

QStringList titleWords(const QString &title)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}][\p{L}\p{N}'’-]*)"));
    QStringList out;
    for (auto it = word.globalMatch(title); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

// Words that say nothing about an event; short words are skipped anyway.
bool isStopWord(const QString &folded)
{
    static const QSet<QString> stop
        = {QStringLiteral("after"), QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("into"),
           QStringLiteral("their"), QStringLiteral("over"), QStringLiteral("says"), QStringLiteral("said"),
           QStringLiteral("that"),  QStringLiteral("this"), QStringLiteral("have"), QStringLiteral("were")};
    return folded.size() < 3 || stop.contains(folded);
}

} // namespace

QString eventTitle(const Comparison &comparison)
{
    const auto &docs = comparison.documents;
    if (docs.isEmpty())
        return QStringLiteral("Comparison");
    QHash<QString, int> counts;
    for (const Document &d : docs) {
        QSet<QString> seen;
        for (const QString &w : titleWords(d.title)) {
            const QString folded = w.toCaseFolded();
            if (!isStopWord(folded) && !seen.contains(folded)) {
                seen.insert(folded);
                ++counts[folded];
            }
        }
    }
    const int needed = qMax(2, int((docs.size() + 1) / 2));
    // Keep the wording of the first title that uses the common words.
    for (const Document &d : docs) {
        QStringList picked;
        QSet<QString> used;
        for (const QString &w : titleWords(d.title)) {
            const QString folded = w.toCaseFolded();
            if (counts.value(folded) >= needed && !used.contains(folded)) {
                used.insert(folded);
                picked.append(w);
            }
        }
        if (picked.size() >= 2) {
            // Only a run of words the outlet wrote reads as a title; scattered keywords
            // ("Holvik Dam Lindeborg dead") do not, and the pivot's own headline serves better.
            if (!titleWords(d.title).join(u' ').contains(picked.join(u' ')))
                break;
            QString title = picked.join(u' ');
            title[0] = title.at(0).toUpper();
            return title;
        }
    }
    const int pivot = comparison.pivotDocument >= 0 && comparison.pivotDocument < docs.size() ? comparison.pivotDocument : 0;
    return docs.at(pivot).title.isEmpty() ? QStringLiteral("Comparison") : docs.at(pivot).title;
}

ReportContent::ReportContent(const ReportInput &input, const ReportOptions &options)
    : m_input(input)
    , m_options(options)
{
    const int n = int(m_input.comparison.documents.size());
    for (int d : options.documents) {
        if (d >= 0 && d < n && !m_documents.contains(d))
            m_documents.append(d);
    }
    if (options.documents.isEmpty()) {
        for (int d = 0; d < n; ++d)
            m_documents.append(d);
    }
    m_eventTitle = parallax::eventTitle(m_input.comparison);
    m_index = std::make_shared<const ComparisonIndex>(m_input.comparison);
    m_noteIndex = std::make_shared<const NoteIndex>(m_input.annotations, m_input.documentKeys, m_input.comparison.documents);
    buildRows();
    buildNotes();
    buildQuotes();
}

void ReportContent::buildQuotes()
{
    for (qsizetype i = 0; i < m_input.comparison.quotes.size(); ++i) {
        QuoteCluster q = m_input.comparison.quotes.at(i);
        q.occurrences.removeIf([this](const TextOccurrence &o) { return !m_documents.contains(o.document); });
        if (q.isShared()) {
            m_quotes.append(q);
            m_listedQuotes.insert(int(i));
        }
    }
}

void ReportContent::buildRows()
{
    const Comparison &c = m_input.comparison;
    QHash<int, int> column;
    for (int i = 0; i < m_documents.size(); ++i)
        column.insert(m_documents.at(i), i);
    QSet<QPair<int, int>> covered;
    for (const AlignmentGroup &g : c.groups) {
        ReportRow row;
        row.groupId = g.id;
        row.paragraphs.resize(m_documents.size());
        bool any = false;
        for (const GroupMember &m : g.members) {
            if (!column.contains(m.document))
                continue;
            for (int p : m.paragraphs) {
                if (p >= 0 && p < c.documents.at(m.document).paragraphs.size() && !covered.contains({m.document, p})) {
                    row.paragraphs[column.value(m.document)].append(p);
                    covered.insert({m.document, p});
                    any = true;
                }
            }
        }
        if (any)
            m_rows.append(row);
    }
    if (!c.groups.isEmpty())
        return;
    // No alignment (e.g. a single article): paragraphs side by side in their own order.
    int longest = 0;
    for (int d : m_documents)
        longest = qMax(longest, int(c.documents.at(d).paragraphs.size()));
    for (int p = 0; p < longest; ++p) {
        ReportRow row;
        row.paragraphs.resize(m_documents.size());
        for (int i = 0; i < m_documents.size(); ++i) {
            if (p < c.documents.at(m_documents.at(i)).paragraphs.size())
                row.paragraphs[i].append(p);
        }
        m_rows.append(row);
    }
}

void ReportContent::buildNotes()
{
    if (!m_options.annotations)
        return;
    const Comparison &c = m_input.comparison;
    // (document, paragraph) -> row
    QHash<QPair<int, int>, int> rowOf;
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int i = 0; i < m_documents.size(); ++i) {
            for (int p : m_rows.at(r).paragraphs.at(i))
                rowOf.insert({m_documents.at(i), p}, r);
        }
    }
    struct Placed
    {
        int row;
        int column;
        int paragraph;
        int start;
        int order;
        int annotation; ///< index into m_input.annotations
        Annotation a;
    };
    std::vector<Placed> placed;
    int order = 0;
    for (qsizetype i = 0; i < m_input.annotations.size(); ++i) {
        const Annotation &a = m_input.annotations.at(i);
        const int doc = int(m_input.documentKeys.indexOf(a.documentKey));
        const int col = int(m_documents.indexOf(doc));
        if (doc < 0 || col < 0)
            continue; // an article the report does not show
        const auto &paragraphs = c.documents.at(doc).paragraphs;
        const bool valid = a.paragraph < paragraphs.size() && a.end <= paragraphs.at(a.paragraph).text.size();
        if (a.isOrphaned() || !valid) {
            m_orphaned.append(a);
            continue;
        }
        placed.push_back({rowOf.value({doc, a.paragraph}, int(m_rows.size())), col, a.paragraph, a.start, order++, int(i), a});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed &x, const Placed &y) {
        return std::tie(x.row, x.column, x.paragraph, x.start, x.order)
            < std::tie(y.row, y.column, y.paragraph, y.start, y.order);
    });
    for (const Placed &p : placed) {
        ReportNote note;
        note.number = int(m_notes.size()) + 1;
        note.document = m_documents.at(p.column);
        note.row = p.row < m_rows.size() ? p.row : -1;
        note.annotation = p.a;
        m_noteNumber.insert(p.annotation, note.number);
        m_notes.append(note);
    }
}

QList<TextSegment> ReportContent::segments(int document, int paragraph) const
{
    const Comparison &c = m_input.comparison;
    if (document < 0 || document >= c.documents.size() || paragraph < 0
        || paragraph >= c.documents.at(document).paragraphs.size())
        return {};
    const QString &text = c.documents.at(document).paragraphs.at(paragraph).text;
    const int len = int(text.size());
    // Boundary -> flag deltas, then a sweep; cheap and exact for overlapping ranges.
    std::map<int, std::array<int, 4>> edges;
    auto add = [&](int start, int end, int bit) {
        start = std::clamp(start, 0, len);
        end = std::clamp(end, 0, len);
        if (start >= end)
            return;
        edges[start][bit] += 1;
        edges[end][bit] -= 1;
    };
    for (const TextMark &mark : m_index->marks(document, paragraph)) {
        switch (mark.kind) {
        case TextMark::Kind::Changed:
        case TextMark::Kind::Added:
            if (m_options.changedWords)
                add(mark.start, mark.end, 0);
            break;
        case TextMark::Kind::Quote:
            if (m_options.quotes && m_listedQuotes.contains(mark.item))
                add(mark.start, mark.end, 1);
            break;
        case TextMark::Kind::Conflict:
            if (m_options.conflicts)
                add(mark.start, mark.end, 2);
            break;
        case TextMark::Kind::Passage:
            break; // shared wire copy is listed in the JSON report and shown in the window only
        }
    }
    QHash<int, QList<int>> noteEnds;
    for (const NoteMark &mark : m_noteIndex->marks(document, paragraph)) {
        const int number = m_noteNumber.value(mark.annotation, 0);
        if (number == 0)
            continue; // a note the report does not list (its article is not shown, or it is orphaned)
        add(mark.start, mark.end, 3);
        noteEnds[mark.end].append(number);
    }
    for (auto it = noteEnds.cbegin(); it != noteEnds.cend(); ++it)
        edges[it.key()];
    edges[0];
    edges[len];

    QList<TextSegment> out;
    std::array<int, 4> depth {};
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        for (int b = 0; b < 4; ++b)
            depth[b] += it->second[b];
        const int start = it->first;
        const auto next = std::next(it);
        if (noteEnds.contains(start)) {
            if (out.isEmpty())
                out.append(TextSegment {});
            out.last().notesAfter += noteEnds.value(start);
        }
        if (next == edges.end() || next->first == start)
            continue;
        TextSegment s;
        s.text = text.mid(start, next->first - start);
        for (int b = 0; b < 4; ++b) {
            if (depth[b] > 0)
                s.flags |= 1 << b;
        }
        out.append(s);
    }
    return out;
}

QString ReportContent::documentLabel(int document) const
{
    const auto &docs = m_input.comparison.documents;
    if (document < 0 || document >= docs.size())
        return {};
    const Document &d = docs.at(document);
    if (!d.outlet.isEmpty())
        return d.outlet;
    if (!d.path.isEmpty())
        return QFileInfo(d.path).completeBaseName();
    return d.id;
}

QList<Conflict> ReportContent::conflicts() const
{
    QList<Conflict> out;
    for (Conflict k : m_input.comparison.conflicts) {
        // One line per outlet and value: an article repeating its figure says nothing new.
        QSet<QPair<int, QString>> seen;
        k.claims.removeIf([this, &seen](const Claim &cl) {
            if (!m_documents.contains(cl.document) || seen.contains({cl.document, cl.value}))
                return true;
            seen.insert({cl.document, cl.value});
            return false;
        });
        if (k.claims.size() >= 2)
            out.append(k);
    }
    auto rank = [this](const Conflict &k) {
        const ConflictTimeline *t = timelineOf(k);
        const ConflictVerdict v = t ? t->verdict : ConflictVerdict::Unknown;
        return v == ConflictVerdict::Contradicted ? 0 : v == ConflictVerdict::Unknown ? 1 : 2;
    };
    std::stable_sort(out.begin(), out.end(), [&rank](const Conflict &a, const Conflict &b) { return rank(a) < rank(b); });
    return out;
}

const ConflictTimeline *ReportContent::timelineOf(const Conflict &conflict) const
{
    const Comparison &c = m_input.comparison;
    for (const ConflictTimeline &t : c.timeline.conflicts) {
        if (t.conflict >= 0 && t.conflict < c.conflicts.size() && c.conflicts.at(t.conflict).id == conflict.id)
            return &t;
    }
    return nullptr;
}

QList<int> ReportContent::notesInRow(int row) const
{
    QList<int> out;
    for (const ReportNote &n : m_notes) {
        if (n.row == row)
            out.append(n.number);
    }
    return out;
}

QStringList ReportContent::quoteOutlets(const QuoteCluster &quote) const
{
    QStringList outlets;
    for (const TextOccurrence &o : quote.occurrences)
        outlets << documentLabel(o.document);
    outlets.removeDuplicates();
    return outlets;
}

} // namespace parallax
