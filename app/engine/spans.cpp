#include "spans.h"

#include <algorithm>

namespace parallax {

SpanKind spanKindOf(WordStatus status)
{
    switch (status) {
    case WordStatus::Same:
        return SpanKind::Same;
    case WordStatus::Added:
        return SpanKind::Added;
    case WordStatus::Missing:
    case WordStatus::Changed:
        return SpanKind::Changed;
    }
    return SpanKind::Same;
}

namespace {

void appendPiece(QList<Span> &spans, int paragraph, int start, int end, SpanKind kind)
{
    if (end <= start)
        return;
    if (!spans.isEmpty()) {
        Span &last = spans.last();
        if (last.kind == kind && last.end == start) {
            last.end = end;
            return;
        }
    }
    spans.append({paragraph, start, end, kind});
}

} // namespace

QList<Span> spansFromTokens(int paragraph, QStringView text, const QList<Token> &tokens, std::span<const WordStatus> statuses)
{
    QList<Span> spans;
    const int length = int(text.size());
    if (length == 0)
        return spans;
    const auto kindAt
        = [&](qsizetype i) { return size_t(i) < statuses.size() ? spanKindOf(statuses[size_t(i)]) : SpanKind::Same; };
    // Each change of kind opens at most two spans (the run and a Same gap before it).
    qsizetype changes = 0;
    for (qsizetype i = 1; i < tokens.size(); ++i)
        changes += kindAt(i) != kindAt(i - 1) ? 1 : 0;
    spans.reserve(2 * changes + 2);
    int cursor = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // Clamp so that malformed offsets can never produce gaps, overlaps or out-of-range spans.
        const int start = std::clamp(tokens[i].start, cursor, length);
        const int end = std::clamp(tokens[i].end, start, length);
        const SpanKind kind = kindAt(i);
        const SpanKind gapKind = (i == 0 || kindAt(i - 1) == kind) ? kind : SpanKind::Same;
        appendPiece(spans, paragraph, cursor, start, gapKind);
        appendPiece(spans, paragraph, start, end, kind);
        cursor = end;
    }
    appendPiece(spans, paragraph, cursor, length, tokens.isEmpty() ? SpanKind::Same : kindAt(tokens.size() - 1));
    return spans;
}

QList<Span> spansFromTokens(int paragraph, QStringView text, const QList<Token> &tokens, const QList<WordStatus> &statuses)
{
    return spansFromTokens(paragraph, text, tokens, std::span<const WordStatus>(statuses.constData(), size_t(statuses.size())));
}

} // namespace parallax
