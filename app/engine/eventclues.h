#pragma once

#include "comparison.h"
#include "document/document.h"
#include "paragraphspace.h"
#include "tokenizer.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace parallax {

/// \brief A place a document's lead names: after "in", "at", "near", "outside", or as its dateline.
struct PlaceClue
{
    QString name; ///< as written ("Lindeborg", "San Antonio")
    std::vector<int> stems; ///< ascending, unique
};

/// \brief What one document says about when and where its event happened, read from its lead
/// (title, dateline and first body paragraphs), where news says it.
struct EventClues
{
    QDate published; ///< the publication date, when the source gave one
    QDate firstDate; ///< the publication date, else the lead's first date: the document's day in a reason
    std::vector<QDate> dates; ///< the publication date and every absolute date of the lead, ascending unique
    int weekdays = 0; ///< bit (weekday - 1) per weekday the lead names (Monday = bit 0)
    int firstWeekday = 0; ///< the weekday the lead names first (1-7), 0 when none
    std::vector<PlaceClue> places; ///< in reading order, no repeats
    std::vector<int> mentioned; ///< the stems of every document's places this one names anywhere, ascending
};

/// \brief The clues of every document. Only the lead is read, so the cost does not grow with the
/// length of the articles (beyond one pass over each document's terms, for the place names).
QList<EventClues> findEventClues(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                                 const ParagraphSpace &space);

/// \brief Whether two documents name the same day, a day close to it, or days far apart.
enum class ClueAgreement { Unknown, Agree, Disagree };

/// \brief How one document's when and where compare with each of the others.
struct EventVerdict
{
    ClueAgreement dates = ClueAgreement::Unknown; ///< days weeks apart from a clear majority
    ClueAgreement weekdays = ClueAgreement::Unknown; ///< another weekday than a clear majority
    ClueAgreement places = ClueAgreement::Unknown; ///< places the others never name, and none of theirs
    EventWhenWhere reports; ///< "Monday in Bali" (what this document says), empty when it says nothing
    EventWhenWhere others; ///< "Wednesday in Woodside" (what most others say)
};

/// \brief Each document's when and where against the others (documents in another script than
/// the first document they are compared with are left Unknown for places).
QList<EventVerdict> compareEventClues(const QList<EventClues> &clues, const ParagraphSpace &space);

} // namespace parallax
