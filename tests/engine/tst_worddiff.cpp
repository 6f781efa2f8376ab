#include "engine/spans.h"
#include "engine/tokenizer.h"
#include "engine/worddiff.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <random>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Statuses as one character per token: '=' Same, '-' Missing, '+' Added, '~' Changed.
QString code(const QList<WordStatus> &statuses)
{
    QString out;
    for (const WordStatus s : statuses) {
        switch (s) {
        case WordStatus::Same:
            out += u'=';
            break;
        case WordStatus::Missing:
            out += u'-';
            break;
        case WordStatus::Added:
            out += u'+';
            break;
        case WordStatus::Changed:
            out += u'~';
            break;
        }
    }
    return out;
}

QList<int> ids(const QString &words, QHash<QString, int> &dictionary)
{
    QList<int> out;
    for (const QString &w : words.split(u' ', Qt::SkipEmptyParts)) {
        const auto it = dictionary.constFind(w);
        out.append(it != dictionary.constEnd() ? *it : *dictionary.insert(w, int(dictionary.size())));
    }
    return out;
}

QList<int> sameSubsequence(const QList<int> &seq, const QList<WordStatus> &statuses)
{
    QList<int> out;
    for (qsizetype i = 0; i < seq.size(); ++i) {
        if (statuses[i] == WordStatus::Same)
            out.append(seq[i]);
    }
    return out;
}

int lcsLength(const QList<int> &a, const QList<int> &b)
{
    QList<int> row(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
            diagonal = up;
        }
    }
    return row[b.size()];
}

// What every diff must satisfy: the Same tokens of both sides spell the same sequence, A only
// uses Same/Missing/Changed, B only Same/Added/Changed, and Changed appears on both or neither.
void checkConsistent(const QList<int> &a, const QList<int> &b, const WordDiff &diff)
{
    QCOMPARE(diff.a.size(), a.size());
    QCOMPARE(diff.b.size(), b.size());
    QCOMPARE(sameSubsequence(a, diff.a), sameSubsequence(b, diff.b));
    QVERIFY(!diff.a.contains(WordStatus::Added));
    QVERIFY(!diff.b.contains(WordStatus::Missing));
    QCOMPARE(diff.a.contains(WordStatus::Changed), diff.b.contains(WordStatus::Changed));
}

void checkCoverage(const QList<Span> &spans, qsizetype length, int paragraph)
{
    int cursor = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QCOMPARE(spans[i].paragraph, paragraph);
        QCOMPARE(spans[i].start, cursor);
        QVERIFY(spans[i].end > spans[i].start);
        if (i > 0)
            QVERIFY(spans[i].kind != spans[i - 1].kind); // neighbours of one kind are merged
        cursor = spans[i].end;
    }
    QCOMPARE(cursor, int(length));
}

QList<int> randomWords(std::mt19937 &rng, int count, int alphabet)
{
    QList<int> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(int(rng() % unsigned(alphabet)));
    return out;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expectedA");
        QTest::addColumn<QString>("expectedB");
        QTest::newRow("both empty") << QString() << QString() << QString() << QString();
        QTest::newRow("a empty") << QString() << u"a b"_s << QString() << u"++"_s;
        QTest::newRow("b empty") << u"a b"_s << QString() << u"--"_s << QString();
        QTest::newRow("identical") << u"a b c"_s << u"a b c"_s << u"==="_s << u"==="_s;
        QTest::newRow("one word same") << u"dam"_s << u"dam"_s << u"="_s << u"="_s;
        QTest::newRow("one word changed") << u"dam"_s << u"levee"_s << u"~"_s << u"~"_s;
        QTest::newRow("disjoint") << u"a b"_s << u"c d e"_s << u"~~"_s << u"~~~"_s;
        QTest::newRow("insertion") << u"a b c"_s << u"a x b c"_s << u"==="_s << u"=+=="_s;
        QTest::newRow("deletion") << u"a x b c"_s << u"a b c"_s << u"=-=="_s << u"==="_s;
        QTest::newRow("insertion at start") << u"b c"_s << u"a b c"_s << u"=="_s << u"+=="_s;
        QTest::newRow("deletion at end") << u"a b c"_s << u"a b"_s << u"==-"_s << u"=="_s;
        QTest::newRow("replacement") << u"the dam broke at night"_s << u"the levee broke at night"_s << u"=~==="_s << u"=~==="_s;
        QTest::newRow("one for two") << u"a b c"_s << u"a x y c"_s << u"=~="_s << u"=~~="_s;
        QTest::newRow("separate loss and addition") << u"a b c d e"_s << u"a c d x e"_s << u"=-==="_s << u"===+="_s;
        QTest::newRow("repeated words") << u"a a a"_s << u"a a"_s << u"==-"_s << u"=="_s;
        QTest::newRow("swap") << u"a b"_s << u"b a"_s << u"-="_s << u"=+"_s;
    }

    void statuses()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expectedA);
        QFETCH(QString, expectedB);
        QHash<QString, int> dictionary;
        const QList<int> ia = ids(a, dictionary);
        const QList<int> ib = ids(b, dictionary);
        const WordDiff diff = diffWords(ia, ib);
        QCOMPARE(code(diff.a), expectedA);
        QCOMPARE(code(diff.b), expectedB);
        checkConsistent(ia, ib, diff);
    }

    void matchesLongestCommonSubsequence_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("alphabet");
        for (int seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %d", seed) << seed << (seed % 2 ? 4 : 12);
    }

    void matchesLongestCommonSubsequence()
    {
        QFETCH(int, seed);
        QFETCH(int, alphabet);
        std::mt19937 rng {unsigned(seed)};
        const QList<int> a = randomWords(rng, 5 + int(rng() % 40), alphabet);
        const QList<int> b = randomWords(rng, 5 + int(rng() % 40), alphabet);
        const WordDiff diff = diffWords(a, b);
        checkConsistent(a, b, diff);
        QCOMPARE(int(sameSubsequence(a, diff.a).size()), lcsLength(a, b));
    }

    void longParagraphs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedSame"); // -1: only check consistency
        QTest::newRow("identical") << u"identical"_s << 10000;
        QTest::newRow("one percent edited") << u"edited"_s << -1;
        QTest::newRow("disjoint") << u"disjoint"_s << 0;
        QTest::newRow("shuffled small alphabet") << u"shuffled"_s << -1;
    }

    void longParagraphs()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedSame);
        std::mt19937 rng(7);
        const QList<int> a = randomWords(rng, 10000, kind == u"shuffled" ? 50 : 3000);
        QList<int> b = a;
        int edits = 0;
        if (kind == u"edited") {
            for (int i = 0; i < b.size(); i += 100, ++edits)
                b[i] = 100000 + i; // ids that never occur in a
        } else if (kind == u"disjoint") {
            for (int &id : b)
                id += 100000;
        } else if (kind == u"shuffled") {
            std::shuffle(b.begin(), b.end(), rng);
        }
        QElapsedTimer timer;
        timer.start();
        const WordDiff diff = diffWords(a, b);
        const qint64 ms = timer.elapsed();
        checkConsistent(a, b, diff);
        const auto same = diff.a.count(WordStatus::Same);
        if (expectedSame >= 0)
            QCOMPARE(int(same), expectedSame);
        if (kind == u"edited") {
            QCOMPARE(int(diff.a.count(WordStatus::Changed)), edits);
            QCOMPARE(int(diff.b.count(WordStatus::Changed)), edits);
        }
        if (kind == u"disjoint")
            QCOMPARE(int(diff.b.count(WordStatus::Changed)), 10000);
        // Generous: a debug build on a busy machine. The release benchmark measures for real.
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    }

    void spans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("statuses"); // one code per token, see code()
        QTest::addColumn<QString>("expected"); // "kind:start-end" joined by spaces
        QTest::newRow("empty text") << QString() << QString() << QString();
        QTest::newRow("no tokens") << u" \u2014 ... "_s << QString() << u"same:0-7"_s;
        QTest::newRow("all same") << u"The dam broke."_s << u"==="_s << u"same:0-14"_s;
        QTest::newRow("all added") << u"\u201CThe dam broke.\u201D"_s << u"+++"_s << u"added:0-16"_s;
        QTest::newRow("changed middle") << u"The dam broke."_s << u"=~="_s << u"same:0-4 changed:4-7 same:7-14"_s;
        QTest::newRow("changed run joins its gap")
            << u"The old dam broke."_s << u"=~~="_s << u"same:0-4 changed:4-11 same:11-18"_s;
        QTest::newRow("missing drawn as changed") << u"a b c"_s << u"=-="_s << u"same:0-2 changed:2-3 same:3-5"_s;
        QTest::newRow("added then changed") << u"a, b c"_s << u"+~="_s << u"added:0-1 same:1-3 changed:3-4 same:4-6"_s;
        QTest::newRow("trailing punctuation follows last") << u"It rose 16.5%!"_s << u"==~"_s << u"same:0-8 changed:8-14"_s;
        QTest::newRow("leading quote follows first") << u"\u00ABДа\u00BB, сказал"_s << u"~="_s << u"changed:0-3 same:3-12"_s;
    }

    void spans()
    {
        QFETCH(QString, text);
        QFETCH(QString, statuses);
        QFETCH(QString, expected);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> tokens = tokenizer.tokenize(text);
        QCOMPARE(tokens.size(), statuses.size());
        QList<WordStatus> list;
        for (const QChar c : statuses) {
            list.append(c == u'='       ? WordStatus::Same
                            : c == u'-' ? WordStatus::Missing
                            : c == u'+' ? WordStatus::Added
                                        : WordStatus::Changed);
        }
        const QList<Span> spans = spansFromTokens(3, text, tokens, list);
        QStringList rendered;
        for (const Span &s : spans)
            rendered << spanKindName(s.kind) + u':' + QString::number(s.start) + u'-' + QString::number(s.end);
        QCOMPARE(rendered.join(u' '), expected);
        checkCoverage(spans, text.size(), 3);
    }

    void spansCoverRealDiffs_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("edited") << u"Rescuers said 1,200 residents fled on Sunday, officials added."_s
                                << u"  Rescuers said about 1,500 residents fled on Sunday night \u2014 officials said"_s;
        QTest::newRow("disjoint") << u"Alpha beta."_s << u"\u00AB\u0413\u0430\u043C\u043C\u0430\u00BB"_s;
        QTest::newRow("one side empty") << u"Alpha beta."_s << u"..."_s;
        QTest::newRow("identical") << u"Same words here."_s << u"Same  words, here"_s;
    }

    void spansCoverRealDiffs()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> ta = tokenizer.tokenize(a);
        const QList<Token> tb = tokenizer.tokenize(b);
        const WordDiff diff = diffTokens(ta, tb);
        checkConsistent(formIds(ta), formIds(tb), diff);
        checkCoverage(spansFromTokens(0, a, ta, diff.a), a.size(), 0);
        checkCoverage(spansFromTokens(1, b, tb, diff.b), b.size(), 1);
    }

    void spansSurviveMismatchedInput()
    {
        const QString text = u"abc def ghi"_s;
        // Overlapping, out-of-range tokens and too few statuses must still give a clean cover.
        const QList<Token> tokens
            = {{0, 5, 0, 0, TokenKind::Word}, {4, 7, 1, 1, TokenKind::Word}, {9, 40, 2, 2, TokenKind::Word}};
        const QList<Span> spans = spansFromTokens(0, text, tokens, QList<WordStatus> {WordStatus::Added});
        checkCoverage(spans, text.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
