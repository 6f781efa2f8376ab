#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace parallax {

/// \brief What a paragraph is within its article; later steps only compare non-boilerplate text.
enum class ParagraphRole { Title, Dateline, Body, Caption, Boilerplate };

/// \brief The schema name of a role ("title", "dateline", "body", "caption", "boilerplate").
QString roleName(ParagraphRole role);

/// \brief One paragraph exactly as the outlet wrote it (offsets everywhere refer to `text`).
struct Paragraph
{
    QString text;
    ParagraphRole role = ParagraphRole::Body;

    bool operator==(const Paragraph &) const = default;
};

/// \brief A publication moment as precise as the source gave it: a date, maybe a time, maybe an
/// offset from UTC. Never guessed: what the source does not say stays unknown.
struct PublicationDate
{
    QDate date;
    QTime time; ///< invalid when the source gave only a date
    std::optional<int> utcOffsetSeconds; ///< set only when the source named a zone or offset

    bool isValid() const { return date.isValid(); }
    /// ISO 8601: "2024-03-03", "2024-03-03T08:45:00" or "2024-03-03T08:45:00+01:00".
    QString toIso() const;

    bool operator==(const PublicationDate &) const = default;
};

/// \brief A loaded article. Immutable once loaded; `id` is assigned by the caller ("d1", "d2", ...).
struct Document
{
    QString id;
    QString path;
    QString format; ///< "txt", "md", "html", "docx", "odt" or "pdf"
    QString encoding; ///< the encoding the bytes were decoded from, e.g. "UTF-8", "windows-1251"
    QString title;
    QString outlet;
    PublicationDate published;
    QList<Paragraph> paragraphs;
    QString source; ///< the decoded source text (Markdown or HTML markup kept) for a source view
    QString author; ///< from the file's properties (PDF Info, DOCX core.xml); empty when unknown
};

} // namespace parallax
