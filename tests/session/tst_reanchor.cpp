#include "session/reanchor.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace parallax;

Q_DECLARE_METATYPE(parallax::ReanchorResult::Status)

namespace {

Document makeDocument(const QStringList &paragraphs)
{
    Document d;
    d.id = QStringLiteral("d1");
    for (const QString &t : paragraphs)
        d.paragraphs.append(Paragraph {t, ParagraphRole::Body});
    return d;
}

const QStringList original = {
    QStringLiteral("Dam breach at Holvik forces evacuation"),
    QStringLiteral("Engineers said the spillway gave way shortly after midnight, sending water into the lower valley."),
    QStringLiteral("The mayor said 1,200 residents were moved to the school gym and the sports hall."),
    QStringLiteral("Officials promised an inquiry. The mayor said the inquiry would report by June."),
    QStringLiteral("Rain is expected to ease by the weekend."),
};

} // namespace

class TestReanchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reanchor_data()
    {
        QTest::addColumn<QStringList>("edited");
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence"); // which occurrence of `quote` in the original paragraph
        QTest::addColumn<ReanchorResult::Status>("status");
        QTest::addColumn<int>("expectedParagraph");
        QTest::addColumn<QString>("expectedText");

        const QString residents = QStringLiteral("1,200 residents were moved");
        QTest::newRow("unchanged") << original << 2 << residents << 0 << ReanchorResult::Status::Exact << 2 << residents;

        QStringList insertedBefore = original;
        insertedBefore.insert(1, QStringLiteral("UPDATED 09:40 with comments from the mayor."));
        QTest::newRow("paragraph inserted before")
            << insertedBefore << 2 << residents << 0 << ReanchorResult::Status::Moved << 3 << residents;

        QStringList insideEdit = original;
        insideEdit[2] = QStringLiteral("On Sunday the mayor said 1,200 residents were moved to the school gym.");
        QTest::newRow("words inserted before quote")
            << insideEdit << 2 << residents << 0 << ReanchorResult::Status::Moved << 2 << residents;

        QStringList typoFixed = original;
        typoFixed[2] = QStringLiteral("The mayor said 1,250 residents were moved to the school gym and the sports hall.");
        QTest::newRow("small edit inside quote") << typoFixed << 2 << residents << 0 << ReanchorResult::Status::Fuzzy << 2
                                                 << QStringLiteral("1,250 residents were moved");

        QStringList split = original;
        split[1] = QStringLiteral("Engineers said the spillway gave way shortly after midnight.");
        split.insert(2, QStringLiteral("It sent water into the lower valley."));
        QTest::newRow("paragraph split") << split << 2 << residents << 0 << ReanchorResult::Status::Moved << 3 << residents;
        QTest::newRow("paragraph split, quote in second half")
            << split << 1 << QStringLiteral("water into the lower valley") << 0 << ReanchorResult::Status::Moved << 2
            << QStringLiteral("water into the lower valley");

        QStringList moved = original;
        moved.move(2, 4);
        moved.prepend(QStringLiteral("Editor's note: this story has been updated."));
        moved.prepend(QStringLiteral("Live coverage"));
        moved.prepend(QStringLiteral("Advertisement"));
        moved.prepend(QStringLiteral("Subscribe"));
        QTest::newRow("moved far away") << moved << 2 << residents << 0 << ReanchorResult::Status::Moved << 8 << residents;

        // "inquiry" appears twice in paragraph 3; the context picks the one the note was on.
        QStringList shifted = original;
        shifted[3] = QStringLiteral("Officials promised an inquiry. Later, the mayor said the inquiry would report by June.");
        QTest::newRow("context disambiguates")
            << shifted << 3 << QStringLiteral("inquiry") << 1 << ReanchorResult::Status::Moved << 3 << QStringLiteral("inquiry");

        QStringList deleted = original;
        deleted[2] = QStringLiteral("Residents were taken to shelters.");
        QTest::newRow("quote deleted") << deleted << 2 << residents << 0 << ReanchorResult::Status::Orphaned << -1 << QString();

        QStringList truncated = original.mid(0, 2);
        QTest::newRow("paragraph gone") << truncated << 3 << QStringLiteral("report by June") << 0
                                        << ReanchorResult::Status::Orphaned << -1 << QString();
    }

    void reanchor()
    {
        QFETCH(QStringList, edited);
        QFETCH(int, paragraph);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(ReanchorResult::Status, status);
        QFETCH(int, expectedParagraph);
        QFETCH(QString, expectedText);

        const Document before = makeDocument(original);
        const QString &text = before.paragraphs.at(paragraph).text;
        qsizetype at = text.indexOf(quote);
        for (int i = 0; i < occurrence; ++i)
            at = text.indexOf(quote, at + 1);
        QVERIFY(at >= 0);
        Annotation a;
        a.documentKey = QStringLiteral("k1");
        a.paragraph = paragraph;
        a.start = int(at);
        a.end = int(at + quote.size());
        QVERIFY(captureAnchor(a, before));
        QCOMPARE(a.quote, quote);

        const Document after = makeDocument(edited);
        const ReanchorResult r = parallax::reanchor(a, after);
        QCOMPARE(r.status, status);
        if (status == ReanchorResult::Status::Orphaned) {
            QVERIFY(!r.reason.isEmpty());
            QVERIFY2(r.reason.contains(quote.left(10)), qPrintable(r.reason));
            Annotation kept = a;
            applyReanchor(kept, r, after);
            QVERIFY(kept.isOrphaned());
            QCOMPARE(kept.quote, a.quote); // nothing silently dropped
            return;
        }
        QCOMPARE(r.paragraph, expectedParagraph);
        const QString found = after.paragraphs.at(r.paragraph).text.mid(r.start, r.end - r.start);
        QCOMPARE(found, expectedText);
        if (QTest::currentDataTag() == QByteArrayLiteral("context disambiguates")) {
            QVERIFY(r.start > after.paragraphs.at(3).text.indexOf(QStringLiteral("Later")));
        }
        Annotation moved = a;
        applyReanchor(moved, r, after);
        QVERIFY(!moved.isOrphaned());
        QCOMPARE(moved.quote, expectedText);
        QCOMPARE(parallax::reanchor(moved, after).status, ReanchorResult::Status::Exact);
    }

    void reanchorAllOfOneDocument()
    {
        const Document before = makeDocument(original);
        QList<Annotation> notes;
        for (const auto &[paragraph, quote] :
             {std::pair {1, QStringLiteral("spillway gave way")}, std::pair {2, QStringLiteral("school gym")},
              std::pair {4, QStringLiteral("Rain is expected")}}) {
            Annotation a;
            a.documentKey = QStringLiteral("k1");
            a.paragraph = paragraph;
            a.start = int(before.paragraphs.at(paragraph).text.indexOf(quote));
            a.end = a.start + int(quote.size());
            QVERIFY(captureAnchor(a, before));
            notes.append(a);
        }
        Annotation other = notes.first();
        other.documentKey = QStringLiteral("k2");
        notes.append(other);
        QStringList edited = original;
        edited.prepend(QStringLiteral("Breaking news"));
        edited[5] = QStringLiteral("Sunshine is forecast.");
        QCOMPARE(reanchorAnnotations(notes, QStringLiteral("k1"), makeDocument(edited)), 1);
        QCOMPARE(notes.at(0).paragraph, 2);
        QCOMPARE(notes.at(1).paragraph, 3);
        QVERIFY(notes.at(2).isOrphaned());
        QCOMPARE(notes.at(2).quote, QStringLiteral("Rain is expected"));
        QCOMPARE(notes.at(3).paragraph, 1); // another document's note is left alone
        QVERIFY(!notes.at(3).isOrphaned());
    }

    // Random edits never give an anchor outside the text, and what is found is within the promised
    // edit distance of the quote; a long article stays fast even when nothing matches.
    void randomEditsStayWellFormed()
    {
        QRandomGenerator rng(4242);
        const QString alphabet = QStringLiteral("abcdefghij klmnop,. \u00e9\u0436");
        auto randomText = [&](int n) {
            QString t;
            for (int i = 0; i < n; ++i)
                t += alphabet.at(rng.bounded(int(alphabet.size())));
            return t;
        };
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < 300; ++round) {
            QStringList paragraphs;
            for (int p = 0, n = rng.bounded(1, 8); p < n; ++p)
                paragraphs.append(randomText(rng.bounded(0, 200)));
            const Document before = makeDocument(paragraphs);
            Annotation a;
            a.paragraph = rng.bounded(int(paragraphs.size()));
            const int len = int(paragraphs.at(a.paragraph).size());
            a.start = len ? rng.bounded(len) : 0;
            a.end = qMin(len, a.start + rng.bounded(1, 40));
            QVERIFY(captureAnchor(a, before));
            for (int e = 0, edits = rng.bounded(0, 6); e < edits; ++e) {
                QString &t = paragraphs[rng.bounded(int(paragraphs.size()))];
                const int at = t.isEmpty() ? 0 : rng.bounded(int(t.size()));
                switch (rng.bounded(3)) {
                case 0:
                    t.insert(at, randomText(rng.bounded(1, 10)));
                    break;
                case 1:
                    t.remove(at, rng.bounded(1, 10));
                    break;
                default:
                    paragraphs.insert(rng.bounded(int(paragraphs.size()) + 1), randomText(rng.bounded(0, 50)));
                }
            }
            const Document after = makeDocument(paragraphs);
            const ReanchorResult r = parallax::reanchor(a, after);
            if (!r.isAnchored()) {
                QVERIFY(!r.reason.isEmpty() || a.quote.isEmpty());
                continue;
            }
            QVERIFY(r.paragraph >= 0 && r.paragraph < after.paragraphs.size());
            const QString &text = after.paragraphs.at(r.paragraph).text;
            QVERIFY(r.start >= 0 && r.start <= r.end && r.end <= text.size());
            if (r.status != ReanchorResult::Status::Fuzzy)
                QCOMPARE(text.mid(r.start, r.end - r.start), a.quote);
            else
                QVERIFY(r.editDistance >= 1 && r.editDistance <= qMax(1, int(a.quote.size() / 4)));
        }
        // 400 paragraphs of 500 characters, quote deleted: every paragraph is searched approximately.
        QStringList big;
        for (int p = 0; p < 400; ++p)
            big.append(randomText(500));
        Annotation lost;
        lost.paragraph = 10;
        lost.quote = QStringLiteral("this sentence is nowhere in the random text at all");
        timer.restart();
        QVERIFY(!parallax::reanchor(lost, makeDocument(big)).isAnchored());
        qInfo() << "orphan search over 400 x 500 characters:" << timer.elapsed() << "ms";
        QVERIFY(timer.elapsed() < 20000);
    }

    void emptyDocumentOrphans()
    {
        Annotation a;
        a.quote = QStringLiteral("anything");
        const ReanchorResult r = parallax::reanchor(a, Document {});
        QCOMPARE(r.status, ReanchorResult::Status::Orphaned);
        QVERIFY(!r.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReanchor)
#include "tst_reanchor.moc"
