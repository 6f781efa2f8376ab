#pragma once

#include "comparison.h"
#include "tokenizer.h"
#include "worddiff.h"

#include <QList>
#include <QStringView>

#include <span>

namespace parallax {

/// \brief The span kind a word status is drawn with. Missing (a pivot word the other side
/// lacks) is drawn as Changed: on the pivot side "this differs from the other version".
SpanKind spanKindOf(WordStatus status);

/// \brief Turns one paragraph's tokens and their word-diff statuses into spans that cover the
/// whole of `text` ([0, text.size()), no gaps, no overlaps), merging neighbours of one kind.
/// Text between tokens (spaces, punctuation) takes the kind of the tokens around it when both
/// agree, else Same; text before the first or after the last token takes its one neighbour's kind.
/// `statuses` is index-aligned with `tokens`; a missing status counts as Same.
QList<Span> spansFromTokens(int paragraph, QStringView text, const QList<Token> &tokens, std::span<const WordStatus> statuses);
QList<Span> spansFromTokens(int paragraph, QStringView text, const QList<Token> &tokens, const QList<WordStatus> &statuses);

} // namespace parallax
