#include "session/noteindex.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

Document article(const QStringList &paragraphs)
{
    Document d;
    for (const QString &p : paragraphs)
        d.paragraphs.append({p, ParagraphRole::Body});
    return d;
}

Annotation note(const QString &key, int paragraph, int start, int end)
{
    Annotation a;
    a.documentKey = key;
    a.paragraph = paragraph;
    a.start = start;
    a.end = end;
    return a;
}

} // namespace

class TestNoteIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesByDocumentAndParagraph()
    {
        const QList<Document> documents {article({u"Dredger sinks at Wendmouth."_s, u"Six crew were taken off."_s}),
                                         article({u"The channel is shut."_s})};
        QList<Annotation> notes {note(u"k1"_s, 1, 0, 8),   note(u"k2"_s, 0, 4, 11), note(u"k1"_s, 1, 9, 14),
                                 note(u"gone"_s, 0, 0, 3), note(u"k1"_s, 7, 0, 3),  note(u"k2"_s, 0, 12, 400),
                                 note(u"k1"_s, 0, 5, 5)};
        Annotation orphan = note(u"k1"_s, 0, 0, 7);
        orphan.orphanedReason = u"the text is gone"_s;
        notes.append(orphan);
        const NoteIndex index(notes, {u"k1"_s, u"k2"_s}, documents);

        const QList<NoteMark> &second = index.marks(0, 1);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second[0].annotation, 0);
        QCOMPARE(second[1].annotation, 2);
        QCOMPARE(second[1].start, 9);
        QCOMPARE(second[1].end, 14);
        // A range past the paragraph's end is clamped to it; an empty one, another document's key,
        // a paragraph that does not exist and an orphaned note are left out.
        const QList<NoteMark> &other = index.marks(1, 0);
        QCOMPARE(other.size(), 2);
        QCOMPARE(other[1].annotation, 5);
        QCOMPARE(other[1].end, 20);
        QVERIFY(index.marks(0, 0).isEmpty());
        QVERIFY(index.marks(0, 7).isEmpty());
        QVERIFY(index.marks(5, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoteIndex)
#include "tst_noteindex.moc"
