#pragma once

#include <QString>
#include <QStringView>

namespace parallax::lexicon {

/// \brief True for short function words (English and Russian) that say nothing about content.
bool isStopWord(QStringView foldedWord);

/// \brief True for words that name an office or function ("minister", "mayor", "spokesperson").
bool isRoleWord(QStringView foldedWord);

/// \brief True for verbs that introduce reported speech ("said", "noted", "сказал").
bool isSpeechVerb(QStringView foldedWord);

/// \brief False when no role word and no speech verb starts with `firstFolded` (case folded) and
/// has `length` characters: lets a scan skip folding most words.
bool maybeRoleOrSpeechVerb(QChar firstFolded, qsizetype length);

/// \brief True for the suffixes that may close a person's name ("jr", "sr", "ii", "iii", "iv"): never
/// a surname.
bool isNameSuffix(QStringView foldedWord);

/// \brief True for words written with a full stop that still belong to the name after them ("mr",
/// "dr", "gov", "sen"; "Mr. Hale"), besides single-letter initials.
bool isAbbreviatedTitle(QStringView foldedWord);

/// \brief True for he/she/they and their Russian counterparts.
bool isPronoun(QStringView foldedWord);

/// \brief True for capitalised words that start sentences but never names ("The", "But", "Update").
bool isNonNameCapital(QStringView foldedWord);

/// \brief Levenshtein distance, bounded: returns limit + 1 as soon as it is exceeded.
int editDistance(QStringView a, QStringView b, int limit);

/// \brief Same as `word.toString().toCaseFolded()`, with one allocation and no Unicode tables for
/// ASCII words (nearly all of them; called per word by the finders).
QString foldCase(QStringView word);

/// \brief True when `c` opens a word that may be part of a proper name (an upper-case letter).
inline bool isUpperStart(QChar c)
{
    return c.isUpper() || c.isTitleCase();
}

} // namespace parallax::lexicon
