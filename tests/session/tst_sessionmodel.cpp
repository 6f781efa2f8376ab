#include "session/sessiondiff.h"
#include "session/sessionmodel.h"
#include "sessionfixture.h"

#include <QTest>

using namespace parallax;

class TestSessionModel : public QObject
{
    Q_OBJECT

    const QDateTime m_now {QDate(2024, 4, 1), QTime(12, 0), Qt::UTC};

private Q_SLOTS:
    void addCapturesAnchorAndAssignsId()
    {
        SessionModel model(makeFixtureSession());
        const quint64 rev = model.revision();
        Annotation a;
        a.documentKey = model.session().documents.at(2).key;
        a.paragraph = 1;
        a.start = 0;
        a.end = 11;
        a.tag = QStringLiteral("verified");
        const auto change = model.addAnnotation(a, m_now);
        QVERIFY(change);
        QCOMPARE(change->kind, AnnotationChange::Kind::Added);
        QCOMPARE(change->after.id, QStringLiteral("a3"));
        QCOMPARE(change->after.quote, QStringLiteral("Paragraph 1"));
        QCOMPARE(change->after.colour, defaultTagColour(QStringLiteral("verified")));
        QCOMPARE(change->after.created, m_now);
        QCOMPARE(model.session().annotations.size(), 3);
        QVERIFY(model.revision() > rev);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("unknown document") << QStringLiteral("kzzz") << 1 << 0 << 3;
        QTest::newRow("paragraph out of range") << QString() << 99 << 0 << 3;
        QTest::newRow("end past text") << QString() << 1 << 0 << 100000;
        QTest::newRow("end before start") << QString() << 1 << 5 << 2;
    }
    void refusesBadInput()
    {
        QFETCH(QString, key);
        QFETCH(int, paragraph);
        QFETCH(int, start);
        QFETCH(int, end);
        SessionModel model(makeFixtureSession());
        Annotation a;
        a.documentKey = key.isEmpty() ? model.session().documents.at(0).key : key;
        a.paragraph = paragraph;
        a.start = start;
        a.end = end;
        QVERIFY(!model.addAnnotation(a, m_now));
        QCOMPARE(model.session().annotations.size(), 2);
    }

    void refusesStaleStoredAnchor()
    {
        SessionModel model(makeFixtureSession());
        Annotation a = model.session().annotations.at(0);
        a.id = QStringLiteral("a9");
        a.end = 100000; // the quote was stored, but the range no longer fits the paragraph
        QVERIFY(!model.addAnnotation(a, m_now));
        a.orphanedReason = QStringLiteral("text gone"); // an orphan keeps its old anchor as it is
        QVERIFY(model.addAnnotation(a, m_now));
    }

    void editAndRemoveReportWhatChanged()
    {
        SessionModel model(makeFixtureSession());
        Annotation edited = model.session().annotations.at(0);
        edited.note = QStringLiteral("Confirmed by the water board.");
        edited.tag = QStringLiteral("verified");
        const auto change = model.editAnnotation(QStringLiteral("a1"), edited, m_now);
        QVERIFY(change);
        QCOMPARE(change->before.tag, QStringLiteral("disputed"));
        QCOMPARE(change->after.note, edited.note);
        QCOMPARE(change->after.modified, m_now);
        QCOMPARE(change->after.created, model.session().annotations.at(0).created);
        QVERIFY(!model.editAnnotation(QStringLiteral("a404"), edited, m_now));

        const auto removed = model.removeAnnotation(QStringLiteral("a1"));
        QVERIFY(removed);
        QCOMPARE(removed->index, 0);
        QCOMPARE(removed->before.note, edited.note);
        QCOMPARE(model.session().annotations.size(), 1);
        QVERIFY(!model.removeAnnotation(QStringLiteral("a1")));
        // Undoing a removal puts it back where it was, unchanged.
        QVERIFY(model.addAnnotation(removed->before, m_now, removed->index));
        QVERIFY(model.session().annotations.at(0) == removed->before);
    }

    void differences()
    {
        const Session saved = makeFixtureSession();
        SessionModel model(saved);
        QVERIFY(sessionDifferences(saved, model.session()).isEmpty());
        Annotation a;
        a.documentKey = saved.documents.at(0).key;
        a.paragraph = 2;
        a.start = 0;
        a.end = 9;
        a.note = QStringLiteral("new note here");
        QVERIFY(model.addAnnotation(a, m_now));
        QVERIFY(model.removeAnnotation(QStringLiteral("a2")));
        Annotation e = model.session().annotations.at(0);
        e.note = QStringLiteral("changed");
        QVERIFY(model.editAnnotation(e.id, e, m_now));
        MetadataOverride o = saved.documents.at(2).overrides;
        o.outlet = QStringLiteral("Valley Courier");
        QVERIFY(model.setOverrides(saved.documents.at(2).key, o));
        const QStringList lines = sessionDifferences(saved, model.session());
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("annotation a3 added: \"new note here\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("annotation a2 removed")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("annotation a1 changed (note)")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("outlet (as loaded) -> \"Valley Courier\"")), qPrintable(all));
        QCOMPARE(lines.size(), 4); // nothing else differs
    }
};

QTEST_GUILESS_MAIN(TestSessionModel)
#include "tst_sessionmodel.moc"
