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

/// \brief What the subject rules know of a word, as bits: decided once per distinct word of a
/// document (WordTraitCache).
enum WordTrait : quint16 {
    kAsked = 1, ///< decided (0: not yet)
    kContent = 2, ///< not a stop word
    kEventNoun = 4, ///< "crash", "accident", "disaster"
    kOccurrenceVerb = 8, ///< "happened", "occurred", "struck"
    kBeforeOnly = 16, ///< a people category only before the count ("killing")
    // bits 5 to 7: the people category (categoryName())
    kCountWord = 256, ///< "one" to "twelve"
    kGroupWord = 512, ///< a group among people: "children", "crew", "passenger"
    kPeopleWord = 1024, ///< people as a whole: "people", "residents"
    kPartMarker = 2048, ///< "including", "among"
    kSuperlative = 4096, ///< "first", "highest", "worst"
    kPlaceType = 8192, ///< the last word of a named area: "county", "province"
};
constexpr int kCategoryShift = 5;

/// \brief The traits of the words one document uses, decided once per form: a byte per form id
/// (the vocabulary is large, a document uses little of it) indexing the few distinct trait values.
struct WordTraitCache
{
    std::vector<quint8> byForm; ///< 0: not asked yet, else 1 + index into `values`
    QList<quint16> values; ///< distinct WordTrait combinations, at most 255
};

/// \brief One paragraph's tokens as the fact extractor reads them.
struct ParagraphTokens
{
    const QList<Token> *tokens;
    Vocabulary *vocabulary;
    QStringView text;
    WordTraitCache *traitCache;

    const QString &form(int i) const { return vocabulary->text((*tokens)[i].form); }
    const QString &stem(int i) const { return vocabulary->text((*tokens)[i].stem); }
    /// Whether word i has any of `traits` (WordTrait bits).
    bool has(int i, quint16 traits) const { return this->traits(i) & traits; }
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
    /// A group among people ("children", "crew", "passenger").
    bool groupWord(int i) const { return traits(i) & kGroupWord; }

private:
    quint16 traits(int i) const
    {
        const Token &t = (*tokens)[i];
        if (t.kind != TokenKind::Word)
            return kAsked;
        if (size_t(t.form) < traitCache->byForm.size()) {
            if (const quint8 known = traitCache->byForm[size_t(t.form)])
                return traitCache->values[known - 1];
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
/// counts by group key, its subject the people category + ":*". `facts`: the paragraph's facts
/// (their counts are where breakdowns may start, besides "one"); `make(start, end)` makes a fact of
/// the paragraph.
QList<Fact> findBreakdowns(const ParagraphTokens &pt, const QList<Fact> &facts, const std::function<Fact(int, int)> &make);

/// \brief The group a subject counts ("child" for "deaths:child@harlow county"), empty if none.
QStringView subjectGroup(QStringView subject);

/// \brief True for the subject of a breakdown (findBreakdowns()).
inline bool isBreakdownSubject(QStringView subject)
{
    return subject.size() >= 2 && subject.back() == u'*' && subject[subject.size() - 2] == u':';
}

/// \brief "deaths", "injured", "evacuated", "missing", "rescued" for 1..5; empty for 0.
const QString &categoryName(int category);

/// \brief The people category a subject starts with ("deaths" for "deaths:child@harlow county"), or
/// an empty view when the subject is not a count of people.
QStringView subjectCategory(QStringView subject);

} // namespace parallax
