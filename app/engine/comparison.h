#pragma once

#include "document/document.h"
#include "timelinedata.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace parallax {

/// \brief How a run of words in a group member relates to the pivot member.
enum class SpanKind { Same, Changed, Added };
QString spanKindName(SpanKind kind);

/// \brief A run of a paragraph's text: [start, end) in UTF-16 code units of Paragraph::text.
struct Span
{
    int paragraph = 0;
    int start = 0;
    int end = 0;
    SpanKind kind = SpanKind::Same;

    bool operator==(const Span &) const = default;
};

/// \brief One document's share of an alignment group: one paragraph, or two or more where the
/// outlet split what others wrote as one.
struct GroupMember
{
    int document = 0; ///< index into Comparison::documents
    QList<int> paragraphs; ///< ascending paragraph indices
    QList<Span> spans; ///< word diff against the pivot member, covering the member's text
};

/// \brief Paragraphs that say the same thing across documents; a group of one is "only in this outlet".
struct AlignmentGroup
{
    QString id; ///< "g1", "g2", ... in reading order
    QList<GroupMember> members;
    double score = 0.0; ///< 0..1, how strongly the members correspond
    int pivotDocument = 0;
    int pivotParagraph = 0;
};

/// \brief When and where an article places its event (only the parts that tell it apart).
struct EventWhenWhere
{
    QDate date; ///< invalid when not told apart by date
    int weekday = 0; ///< 1 = Monday .. 7 = Sunday; 0 when not told apart by weekday
    QString place; ///< as the article writes it; empty when not told apart by place

    bool isEmpty() const { return !date.isValid() && weekday == 0 && place.isEmpty(); }
    /// English, as in the JSON report: "Monday 12 October 2021 in Carvessa".
    QString toEnglish() const;
    bool operator==(const EventWhenWhere &) const = default;
};

/// \brief A document that is about something else than the rest.
struct Outlier
{
    int document = 0;
    QString reason; ///< English, as in the JSON report
    /// The figures and clues of `reason`, for the window to say it in the user's language.
    int sharedParagraphs = 0;
    int paragraphs = 0;
    EventWhenWhere reports; ///< what this article says (empty when similarity alone flagged it)
    EventWhenWhere others; ///< what most of the others say
};

/// \brief Where a quote or passage stands: [start, end) in UTF-16 code units of the paragraph text.
struct TextOccurrence
{
    int document = 0;
    int paragraph = 0;
    int start = 0;
    int end = 0;
    QString text;
};

/// \brief The same statement quoted in one or more documents.
struct QuoteCluster
{
    QString id;
    QString speaker;
    bool verbatim = true;
    QList<TextOccurrence> occurrences;
    QStringList differingWords; ///< variants only: words (case folded) some occurrences use and others do not
    QStringList forms; ///< per occurrence: "direct" (quotation marks), "turn" (transcript) or "indirect"

    /// Carried by at least two outlets: what reports list as "shared quotes".
    bool isShared() const
    {
        return std::any_of(occurrences.cbegin(), occurrences.cend(),
                           [this](const TextOccurrence &o) { return o.document != occurrences.first().document; });
    }
};

/// \brief A run of >= 8 tokens that several outlets share outside quotation marks.
struct SharedPassage
{
    QString id;
    QList<TextOccurrence> occurrences;
};

/// \brief What kind of detail a fact or a conflict is about. Strings only at the JSON, CSV and HTML
/// boundary (factKindName); inside, the enum.
enum class FactKind { Number, Percent, Money, Duration, Date, Time, Name };

/// \brief The report's name of a kind: "number", "percent", "money", "duration", "date", "time", "name".
QString factKindName(FactKind kind);

/// \brief One outlet's version of a detail.
struct Claim
{
    int document = 0;
    int paragraph = 0;
    int start = 0;
    int end = 0;
    QString text;
    QString value; ///< normalised value, e.g. "40000", "2023-05-04", "14:00Z"
    QString published; ///< the document's publication moment (ISO 8601), so a progression is visible
    int reading = 0; ///< claims of one conflict with the same reading agree with each other
    // Figures only (number, percent, money, duration), in the base unit of Conflict::unit:
    double number = 0.0; ///< the figure as written ("at least nine" -> 9, "40,000 tonnes" -> 40000000 kg)
    double low = 0.0; ///< the interval the words allow ("about 40,000" -> 36000..44000)
    double high = 0.0;
    QString qualifier {}; ///< "about", "at least", "more than", "up to", "fewer than", "between", ...; empty when exact
};

/// \brief The same subject with incompatible values in two or more documents.
struct Conflict
{
    QString id;
    FactKind kind = FactKind::Number;
    QString subject;
    QString unit; ///< unit of the values when they have one: "EUR", "%", "kg", "m", "s"
    QList<Claim> claims;
};

/// \brief Everything the engine found about a set of documents. Immutable, cheap to copy.
struct Comparison
{
    QList<Document> documents;
    QList<QList<double>> similarity; ///< N x N, 0..1, symmetric, diagonal 1
    QList<Outlier> outliers;
    QList<AlignmentGroup> groups;
    QList<QuoteCluster> quotes;
    QList<SharedPassage> passages;
    QList<Conflict> conflicts;
    Timeline timeline; ///< the conflicts, quotes and passages over publication time (timeline.h)
    int pivotDocument = 0;
    bool cancelled = false;
};

} // namespace parallax
