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

// Appends pieces, joining each to the one before when it continues it with the same kind. The
// open piece is held aside, so joining never touches the list (a QList checks for sharing on
// every non-const access).
class SpanBuilder
{
public:
    SpanBuilder(QList<Span> &out, int paragraph)
        : m_out(out)
        , m_open {paragraph, 0, 0, SpanKind::Same}
    { }

    void add(int start, int end, SpanKind kind)
    {
        if (end <= start)
            return;
        if (m_hasOpen && m_open.kind == kind && m_open.end == start) {
            m_open.end = end;
            return;
        }
        if (m_hasOpen)
            m_out.append(m_open);
        m_open.start = start;
        m_open.end = end;
        m_open.kind = kind;
        m_hasOpen = true;
    }

    void finish()
    {
        if (m_hasOpen)
            m_out.append(m_open);
        m_hasOpen = false;
    }

private:
    QList<Span> &m_out;
    Span m_open;
    bool m_hasOpen = false;
};

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
    SpanKind previous = SpanKind::Same;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SpanKind kind = kindAt(i);
        changes += i > 0 && kind != previous ? 1 : 0;
        previous = kind;
    }
    spans.reserve(2 * changes + 2);
    SpanBuilder builder(spans, paragraph);
    int cursor = 0;
    previous = SpanKind::Same;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // Clamp so that malformed offsets can never produce gaps, overlaps or out-of-range spans.
        const int start = std::clamp(tokens[i].start, cursor, length);
        const int end = std::clamp(tokens[i].end, start, length);
        const SpanKind kind = kindAt(i);
        const SpanKind gapKind = (i == 0 || previous == kind) ? kind : SpanKind::Same;
        builder.add(cursor, start, gapKind);
        builder.add(start, end, kind);
        cursor = end;
        previous = kind;
    }
    builder.add(cursor, length, tokens.isEmpty() ? SpanKind::Same : previous);
    builder.finish();
    return spans;
}

QList<Span> spansFromTokens(int paragraph, QStringView text, const QList<Token> &tokens, const QList<WordStatus> &statuses)
{
    return spansFromTokens(paragraph, text, tokens, std::span<const WordStatus>(statuses.constData(), size_t(statuses.size())));
}

} // namespace parallax
