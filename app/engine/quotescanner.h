#pragma once

#include "document/document.h"
#include "speakerfinder.h"

#include <QList>
#include <QString>

namespace parallax {

/// \brief How a quotation was written.
enum class QuoteForm { Marked, Turn, Indirect };

/// \brief One quotation (or reported-speech clause) of one document, its speaker resolved.
struct DocumentQuote
{
    int paragraph = 0;
    int start = 0; ///< the quoted words, marks excluded: [start, end) of Paragraph::text
    int end = 0;
    QString speaker; ///< the speaker's name as the document gives it most fully; or a role; or empty
    bool speakerIsName = false;
    QuoteForm form = QuoteForm::Marked;
    int chain = -1; ///< a quotation running over several paragraphs: index of its first part in the list
    int sentence = -1; ///< a transcript turn comes sentence by sentence: 0, 1, ... within its paragraph
    bool truncated = false; ///< marked, never closed, in the document's last paragraph: the copy was cut off inside it
};

/// \brief Options of the quotation scan.
struct QuoteScanOptions
{
    int minWords = 3; ///< shorter marked spans are scare quotes or titles, not statements
    const DocumentSpeakerCues *speakerCues = nullptr; ///< per paragraph, if already known
};

/// \brief Every quotation of `document` in reading order: marked quotes, transcript turns and
/// (form Indirect) reported-speech clauses with a named speaker. Boilerplate and datelines are skipped.
/// A quotation over several paragraphs yields one entry per paragraph, linked through `chain`; a
/// transcript turn yields one entry per sentence (`sentence`), so that a sentence quoted elsewhere
/// can be matched on its own.
QList<DocumentQuote> scanDocumentQuotes(const Document &document, const QuoteScanOptions &options = {});

} // namespace parallax
