#pragma once

#include "document/document.h"
#include "factextractor.h"
#include "tokenizer.h"

#include <QList>
#include <QString>

#include <functional>

namespace parallax {

/// \brief The subject prefix of the facts findSpellingVariants() makes.
inline constexpr QStringView kSpellingSubject = u"spelling:";

/// \brief Proper nouns that some documents spell one letter apart from the others ("the Castelli
/// estate" / "an estate known as Casteli"). A pair counts when both are capitalised words of at
/// least five letters, capitalised inside a sentence somewhere (a proper noun, not "These"/"Those"
/// opening sentences) and never in lower case in the documents that use them; they share their first
/// letter and their last two (so "Korea"/"Korean" and "Texas"/"Texan" are no pair), differ by one
/// edit, are never used by the same document, are used by two related documents, and share a content
/// word within three words of some occurrence of each. Words inside a person's name (`names`: the
/// Name facts found so far) are left to the name rule. Returns one Name fact per occurrence of either
/// spelling, with the subject kSpellingSubject + the pair, so that each pair's occurrences form one
/// conflict. `tokens` (may be empty) only spare a pass over every character. Deterministic; linear
/// in the text plus the distinct capitalised words.
QList<Fact> findSpellingVariants(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                                 const QList<bool> &ignored, const std::function<bool(int, int)> &related,
                                 const QList<Fact> &names);

} // namespace parallax
