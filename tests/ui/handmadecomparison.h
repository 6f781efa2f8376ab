#pragma once

// A small comparison built by hand, so view tests know exactly which rows, gaps, highlights and
// conflicts to expect without depending on what the engine finds.

#include "engine/comparison.h"

#include <QStringList>

namespace parallax::test {

inline Document makeDocument(const QString &id, const QString &outlet, const QStringList &paragraphs, int repeat = 1)
{
    Document d;
    d.id = id;
    d.outlet = outlet;
    d.title = outlet + QStringLiteral(" report");
    d.format = QStringLiteral("txt");
    d.encoding = QStringLiteral("UTF-8");
    d.path = QStringLiteral("/tmp/") + id + QStringLiteral(".txt");
    for (const QString &p : paragraphs) {
        // `repeat` lengthens paragraphs (appended after the original words, so offsets stay valid)
        // for tests that need the text to scroll.
        QString text = p;
        for (int i = 1; i < repeat; ++i)
            text += QStringLiteral(" Filler words keep this paragraph long enough to wrap.");
        d.paragraphs.append({text, ParagraphRole::Body});
    }
    return d;
}

inline GroupMember member(int document, QList<int> paragraphs, QList<Span> spans = {})
{
    GroupMember m;
    m.document = document;
    m.paragraphs = std::move(paragraphs);
    m.spans = std::move(spans);
    return m;
}

inline AlignmentGroup group(const QString &id, QList<GroupMember> members)
{
    AlignmentGroup g;
    g.id = id;
    g.score = members.size() > 1 ? 0.8 : 0.0;
    g.members = std::move(members);
    return g;
}

/// Three outlets. Rows:
///  g1: d0p0 d1p0 d2p0   (d1 "bursts" and d2 "overnight" changed)
///  g2: d0p1 d1p1        (d1 "14" changed; d2 gap)      conflict c1: 12 vs 14 deaths
///  g3: d1p2             (only in Second Star)
///  g4: d0p2 d1p3 d2p1   quote q1 "We will rebuild" (variant in d2)
///  g5: d0p3             (only in First Post)
inline Comparison handmadeComparison(int repeat = 1)
{
    Comparison c;
    c.documents = {
        makeDocument(QStringLiteral("d1"), QStringLiteral("First Post"),
                     {QStringLiteral("Dam breaks at night."), QStringLiteral("Officials said 12 people died in the flood."),
                      QStringLiteral("The governor said: \"We will rebuild.\""),
                      QStringLiteral("Our reporter saw the water rise.")},
                     repeat),
        makeDocument(QStringLiteral("d2"), QStringLiteral("Second Star"),
                     {QStringLiteral("Dam bursts at night."), QStringLiteral("Officials said 14 people died in the flood."),
                      QStringLiteral("Only here: a paragraph about the river."),
                      QStringLiteral("The governor said: \"We will rebuild.\"")},
                     repeat),
        makeDocument(QStringLiteral("d3"), QStringLiteral("Third Times"),
                     {QStringLiteral("Dam breaks overnight."), QStringLiteral("The governor said: \"We will rebuild soon.\"")},
                     repeat),
    };
    c.pivotDocument = 0;
    c.similarity = {{1.0, 0.7, 0.5}, {0.7, 1.0, 0.4}, {0.5, 0.4, 1.0}};
    c.groups = {
        group(
            QStringLiteral("g1"),
            {member(0, {0}), member(1, {0}, {{0, 4, 10, SpanKind::Changed}}), member(2, {0}, {{0, 11, 20, SpanKind::Changed}})}),
        group(QStringLiteral("g2"), {member(0, {1}), member(1, {1}, {{1, 15, 17, SpanKind::Changed}})}),
        group(QStringLiteral("g3"), {member(1, {2}, {{2, 0, 9, SpanKind::Added}})}),
        group(QStringLiteral("g4"), {member(0, {2}), member(1, {3}), member(2, {1})}),
        group(QStringLiteral("g5"), {member(0, {3})}),
    };
    QuoteCluster quote;
    quote.id = QStringLiteral("q1");
    quote.speaker = QStringLiteral("The governor");
    quote.verbatim = false;
    quote.occurrences = {{0, 2, 20, 35, QStringLiteral("We will rebuild")},
                         {1, 3, 20, 35, QStringLiteral("We will rebuild")},
                         {2, 1, 20, 40, QStringLiteral("We will rebuild soon")}};
    c.quotes = {quote};
    SharedPassage passage;
    passage.id = QStringLiteral("p1");
    passage.occurrences = {{0, 1, 0, 14, QStringLiteral("Officials said")}, {1, 1, 0, 14, QStringLiteral("Officials said")}};
    c.passages = {passage};
    Conflict conflict;
    conflict.id = QStringLiteral("c1");
    conflict.kind = FactKind::Number;
    conflict.subject = QStringLiteral("deaths");
    auto claim = [](int document, const QString &text) {
        Claim cl;
        cl.document = document;
        cl.paragraph = 1;
        cl.start = 15;
        cl.end = 17;
        cl.text = text;
        cl.value = text;
        return cl;
    };
    conflict.claims = {claim(0, QStringLiteral("12")), claim(1, QStringLiteral("14"))};
    c.conflicts = {conflict};
    return c;
}

} // namespace parallax::test
