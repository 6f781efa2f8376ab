#pragma once

#include "clocktime.h"
#include "comparison.h"
#include "document/document.h"
#include "speakerfinder.h"
#include "tokenizer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace parallax {

/// \brief What kind of detail a fact states.
/// \brief One checkable detail of one paragraph: a figure, a date, a time or a person's name.
struct Fact
{
    FactKind kind = FactKind::Number;
    int document = 0;
    int paragraph = 0;
    int start = 0; ///< the value words ("about 40,000 tonnes"): [start, end) of Paragraph::text
    int end = 0;
    QString text; ///< exactly as written
    QString value; ///< normalised: "40000", "[36000,44000]", "EUR 2400000", "2023-05-04", "14:00Z", "Jon Hale"

    // Figures (number, percent, money, duration), in base units.
    double number = 0.0;
    double low = 0.0;
    double high = 0.0;
    double rounding = 0.0;
    QString unit; ///< "EUR", "%", "m", "kg", "s", "x" or empty
    QString writtenUnit; ///< the unit as written, case folded
    QString symbol; ///< the written unit's symbol ("km" for "kilometres", "%" for "percent"); empty for counts
    QList<std::pair<QString, double>> parts; ///< a breakdown by group ("one passenger and one crew member"): group key, count
    QString qualifier; ///< "about", "more than", "between", ... empty when exact
    bool halfOpen = false; ///< [low, high] rounds a hedged decimal ("about 3.9%": 3.85..3.95, ends excluded)

    QDate date; ///< dates
    bool relative = false; ///< a date resolved from "on Tuesday", "yesterday", a year-less date
    std::optional<ClockTime> time;

    QString role; ///< names: "deputy minister for water management"
    QString name; ///< names: "Matthias Brenner"

    QString subject; ///< what the value counts or dates, as a key ("deaths", "kg:wheat"); empty when unclear
    QString subjectLabel; ///< the same for people: "deaths", "tonnes of wheat"
    QList<int> context; ///< sorted stem ids of the content words around the value, within its sentence
    QStringList contextWords; ///< a written form of each `context` stem, index-aligned
};

/// \brief Every fact of one document (boilerplate, datelines and captions skipped). Dates are read with the
/// publication date as reference; `tokens` may be empty (the text is then tokenised here).
QList<Fact> extractFacts(const Document &document, int documentIndex, const TokenizedDocument &tokens, Vocabulary &vocabulary,
                         const DocumentSpeakerCues *speakerCues = nullptr);

} // namespace parallax
