#pragma once

#include "factextractor.h"
#include "tokenizer.h"

#include <QList>
#include <QStringView>

#include <functional>
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
    /// Per form id, decided once: see the k... bits below (0: not asked yet).
    std::vector<quint16> *traitsByForm;

    const QString &form(int i) const { return vocabulary->text((*tokens)[i].form); }
    const QString &stem(int i) const { return vocabulary->text((*tokens)[i].stem); }
    bool content(int i) const { return traits(i) & kContent; }
    bool eventNoun(int i) const { return traits(i) & kEventNoun; }
    bool occurrenceVerb(int i) const { return traits(i) & kOccurrenceVerb; }
    /// The people category word i names (an index into categoryName(); 0: none). `beforeValue`:
    /// the word comes before the count ("killing 142" names the dead only there).
    int category(int i, bool beforeValue) const
    {
        const quint16 t = traits(i);
        return (t & kBeforeOnly) && !beforeValue ? 0 : (t >> kCategoryShift) & 7;
    }
    bool capitalised(int i) const;
    /// A number word ("one" to "twelve"): a count only in a breakdown ("one passenger and ...").
    bool countWord(int i) const { return traits(i) & kCountWord; }
    /// A group among people ("children", "crew", "passenger"), see isGroupWord().
    bool groupWord(int i) const { return traits(i) & kGroupWord; }

private:
    static constexpr quint16 kAsked = 1;
    static constexpr quint16 kContent = 2;
    static constexpr quint16 kEventNoun = 4;
    static constexpr quint16 kOccurrenceVerb = 8;
    static constexpr quint16 kBeforeOnly = 16;
    static constexpr int kCategoryShift = 5; // three bits
    static constexpr quint16 kCountWord = 256;
    static constexpr quint16 kGroupWord = 512;
    quint16 traits(int i) const
    {
        const Token &t = (*tokens)[i];
        if (t.kind != TokenKind::Word)
            return kAsked;
        if (size_t(t.form) < traitsByForm->size()) {
            if (const quint16 known = (*traitsByForm)[size_t(t.form)])
                return known;
        }
        return decide(i);
    }
    quint16 decide(int i) const;
};

/// \brief Pseudo stem ids put into the context of dates and times, so that "the crash happened at
/// 7:12" and "the accident occurred at 7:08" share two words: an event noun and an occurrence verb.
/// Negative, so they never meet a real stem.
constexpr int kEventNounContext = -2;
constexpr int kOccurredContext = -3;

/// \brief Sets the subject, label and context of `(*facts)[self]`, whose value words end at
/// `unitEnd`. `tokenValue[t]`: the fact whose value covers token t, or -1. Facts before `self` in
/// the same paragraph are already described (a part, "11 of them children", takes the category of
/// the count it belongs to).
void describeSubject(const ParagraphTokens &pt, QList<Fact> *facts, int self, int unitEnd, const QList<int> &tokenValue);

/// \brief Counts of groups joined into one breakdown ("one passenger and one crew member have been
/// rescued", "two children and one adult were injured"): one fact per breakdown, its `parts` the
/// counts by group key, its subject the people category + ":*". `make(start, end)` makes a fact
/// of the paragraph.
QList<Fact> findBreakdowns(const ParagraphTokens &pt, const std::function<Fact(int, int)> &make);

/// \brief The group a subject counts ("child" for "deaths:child@harlow county"), empty if none.
QStringView subjectGroup(QStringView subject);

/// \brief True for the subject of a breakdown (findBreakdowns()).
inline bool isBreakdownSubject(QStringView subject)
{
    return subject.endsWith(u":*");
}

/// \brief "deaths", "injured", "evacuated", "missing", "rescued" for 1..5; empty for 0.
const QString &categoryName(int category);

/// \brief The people category a subject starts with ("deaths" for "deaths:child@harlow county"), or
/// an empty view when the subject is not a count of people.
QStringView subjectCategory(QStringView subject);

} // namespace parallax
