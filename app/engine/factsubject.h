#pragma once

#include "factextractor.h"
#include "tokenizer.h"

#include <QList>
#include <QStringView>

#include <vector>

// What a fact is about (its subject) and the words around it (its context): the part of
// extractFacts() that reads the words next to a value. Internal to the fact extractor; a header of
// its own only to keep each file to one purpose.
namespace parallax {

/// \brief One paragraph's tokens as the fact extractor reads them.
struct ParagraphTokens
{
    const QList<Token> *tokens;
    Vocabulary *vocabulary;
    QStringView text;
    std::vector<signed char> *contentByForm; ///< per form id: 1 content word, 0 not, -1 not asked yet

    const QString &form(int i) const { return vocabulary->text((*tokens)[i].form); }
    const QString &stem(int i) const { return vocabulary->text((*tokens)[i].stem); }
    bool content(int i) const;
    bool capitalised(int i) const;
};

/// \brief Pseudo stem ids put into the context of dates and times, so that "the crash happened at
/// 7:12" and "the accident occurred at 7:08" share two words: an event noun and an occurrence verb.
/// Negative, so they never meet a real stem.
constexpr int kEventNounContext = -2;
constexpr int kOccurredContext = -3;

/// \brief Sets the subject, label and context of `(*facts)[self]`, whose value words end at
/// `unitEnd`. `tokenValue[t]`: the fact whose value covers token t, or -1. Facts before `self` in
/// the same paragraph are already described (a part, "15 of them children", takes the category of
/// the count it belongs to).
void describeSubject(const ParagraphTokens &pt, QList<Fact> *facts, int self, int unitEnd, const QList<int> &tokenValue);

/// \brief The people category a subject starts with ("deaths" for "deaths:child@harlow county"), or
/// an empty view when the subject is not a count of people.
QStringView subjectCategory(QStringView subject);

} // namespace parallax
