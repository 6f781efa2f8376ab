#pragma once

#include "engine/comparison.h"
#include "engine/comparisonindex.h"
#include "session/annotation.h"
#include "session/noteindex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace parallax {

/// \brief What a human-readable report (HTML, PDF) shows.
struct ReportOptions
{
    QList<int> documents; ///< indices into Comparison::documents; empty: all
    bool changedWords = true; ///< highlight words that differ from the pivot
    bool quotes = true; ///< highlight quotes found in several (shown) articles
    bool conflicts = true; ///< highlight details the articles disagree on
    bool annotations = true; ///< show the analyst's notes
};

/// \brief A comparison plus the analyst's notes; `documentKeys[i]` is the session key of
/// `comparison.documents[i]` (what Annotation::documentKey refers to).
struct ReportInput
{
    Comparison comparison;
    QList<Annotation> annotations;
    QStringList documentKeys;
};

/// \brief Bits of TextSegment::flags.
enum HighlightFlag : int { HighlightChanged = 1, HighlightQuote = 2, HighlightConflict = 4, HighlightNote = 8 };

/// \brief A run of paragraph text with the same highlights; `notesAfter` are the numbers of
/// notes whose annotated text ends here.
struct TextSegment
{
    QString text;
    int flags = 0;
    QList<int> notesAfter;
};

/// \brief One aligned row: for each shown document (in ReportContent::documents order) the
/// paragraphs it contributes, empty where that article has nothing.
struct ReportRow
{
    QString groupId;
    QList<QList<int>> paragraphs;
};

/// \brief A numbered note as reports print it.
struct ReportNote
{
    int number = 0;
    int document = -1; ///< comparison index
    int row = -1; ///< index into ReportContent::rows, -1 if its paragraph is in no row
    Annotation annotation;
};

/// \brief The layout-free content of a report, shared by the HTML and PDF writers so both say
/// the same thing. Deterministic.
class ReportContent final
{
public:
    ReportContent(const ReportInput &input, const ReportOptions &options);

    const Comparison &comparison() const { return m_input.comparison; }
    const ReportOptions &options() const { return m_options; }
    QString eventTitle() const { return m_eventTitle; }
    /// The shown documents (comparison indices) in report order.
    const QList<int> &documents() const { return m_documents; }
    const QList<ReportRow> &rows() const { return m_rows; }
    /// Anchored notes in reading order (row by row, left to right), numbered from 1.
    const QList<ReportNote> &notes() const { return m_notes; }
    /// Notes whose text could not be found again; listed separately with their reason.
    const QList<Annotation> &orphanedNotes() const { return m_orphaned; }

    /// The paragraph's text split where highlights or note ends change.
    QList<TextSegment> segments(int document, int paragraph) const;
    /// Outlet, or the file name when the loader found no outlet.
    QString documentLabel(int document) const;
    /// \brief The outlets quoting `quote`, each once, in order of first occurrence (not escaped).
    QStringList quoteOutlets(const QuoteCluster &quote) const;
    /// Conflicts with only the claims of shown documents, one per document and value; conflicts
    /// left with fewer than two claims are dropped (nothing to disagree with). Contradictions
    /// first, then the ones whose order in time is unknown, then updates (a figure that changed
    /// during the day), each in reading order.
    QList<Conflict> conflicts() const;
    /// The time line of a conflict of conflicts() (its verdict, summary and series), or nullptr.
    const ConflictTimeline *timelineOf(const Conflict &conflict) const;
    /// The shared quotes: those at least two shown documents carry, with only the occurrences in
    /// shown documents. A quote of one outlet is no finding of a comparison (the window still lists it).
    const QList<QuoteCluster> &quotes() const { return m_quotes; }
    /// The numbers of notes on a row's paragraphs.
    QList<int> notesInRow(int row) const;

private:
    void buildRows();
    void buildNotes();
    void buildQuotes();

    ReportInput m_input;
    ReportOptions m_options;
    /// What is highlighted where, asked per paragraph by segments(): the comparison's own marks
    /// and the notes laid over them. Shared: a copy of the content keeps the same indexes.
    std::shared_ptr<const ComparisonIndex> m_index;
    std::shared_ptr<const NoteIndex> m_noteIndex;
    QHash<int, int> m_noteNumber; ///< index into m_input.annotations -> number of the listed note
    QSet<int> m_listedQuotes; ///< quote clusters the report lists (shared among the shown articles)
    QString m_eventTitle;
    QList<int> m_documents;
    QList<ReportRow> m_rows;
    QList<ReportNote> m_notes;
    QList<QuoteCluster> m_quotes;
    QList<Annotation> m_orphaned;
};

/// \brief The event the articles are about: the words most titles share (in the first title's
/// order), or the first document's title when they share too little.
QString eventTitle(const Comparison &comparison);

} // namespace parallax
