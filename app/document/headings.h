#pragma once

#include <QStringView>

namespace parallax {

/// \brief Whether text ends like a sentence or a clause (. ! … : ; ,), so it is no headline.
/// A final question mark is allowed: "What happens next?" is a heading.
bool endsLikeSentence(QStringView text);

/// \brief The number of words (runs of non-space characters).
qsizetype wordCount(QStringView text);

/// \brief Headline capitalisation: at least two words of four or more letters, and at least four
/// in five of them capitalised ("Rescue Efforts Under Way", "Mayor: Vote Has No Effect").
bool isTitleCase(QStringView text);

/// \brief What a headline or subheading looks like on its own: short (at most 160 characters,
/// 20 words), starting with a capital, digit or quotation mark, not ending like a sentence, not
/// two sentences, not a list entry ("- item", "Ana Lind -- female, 55") or table row, not a
/// transcript turn ("QUESTION (Ann Lee): ...") and, when a question, of at most ten words.
bool hasHeadingShape(QStringView text);

} // namespace parallax
