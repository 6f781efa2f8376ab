#include "annotationdialog.h"
#include "annotationsdock.h"
#include "annotationsmodel.h"
#include "document/pasteddocument.h"
#include "session/sessionmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace parallax;

namespace {

Session twoArticles()
{
    Session s
        = sessionFromDocuments({documentFromPastedText(QStringLiteral("The dam gave way at dawn.\n\nSeven homes were flooded."),
                                                       false, QStringLiteral("Dam breach"), QStringLiteral("Valley Post")),
                                documentFromPastedText(QStringLiteral("Water poured through the village before six."), false,
                                                       QStringLiteral("Flood"), QStringLiteral("Harbour Times"))});
    return s;
}

Annotation note(const QString &key, int paragraph, int start, int end, const QString &tag)
{
    Annotation a;
    a.documentKey = key;
    a.paragraph = paragraph;
    a.start = start;
    a.end = end;
    a.tag = tag;
    a.colour = defaultTagColour(tag);
    a.note = QStringLiteral("check %1").arg(tag);
    return a;
}

} // namespace

class TestAnnotationsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheSession()
    {
        SessionModel session(twoArticles());
        AnnotationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session.session());
        QCOMPARE(model.rowCount(), 0);
        const QString k1 = session.session().documents.at(0).key;
        const QString k2 = session.session().documents.at(1).key;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(session.addAnnotation(note(k1, 0, 4, 7, QStringLiteral("verified")), now));
        QVERIFY(session.addAnnotation(note(k2, 0, 0, 5, QStringLiteral("disputed")), now));
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AnnotationsModel::ColumnCount));
        QCOMPARE(model.index(0, AnnotationsModel::QuoteColumn).data().toString(), QStringLiteral("dam"));
        QCOMPARE(model.index(0, AnnotationsModel::OutletColumn).data().toString(), QStringLiteral("Valley Post"));
        QCOMPARE(model.index(1, AnnotationsModel::TagColumn).data().toString(), QStringLiteral("disputed"));
        QCOMPARE(model.index(1, AnnotationsModel::QuoteColumn).data().toString(), QStringLiteral("Water"));
        QCOMPARE(model.rowOf(session.session().annotations.at(1).id), 1);
        QVERIFY(session.removeAnnotation(session.session().annotations.at(0).id));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a1")), -1);
    }

    void dockFiltersByTagAndOutlet()
    {
        SessionModel session(twoArticles());
        const QString k1 = session.session().documents.at(0).key;
        const QString k2 = session.session().documents.at(1).key;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(session.addAnnotation(note(k1, 0, 4, 7, QStringLiteral("verified")), now));
        QVERIFY(session.addAnnotation(note(k1, 1, 0, 5, QStringLiteral("disputed")), now));
        QVERIFY(session.addAnnotation(note(k2, 0, 0, 5, QStringLiteral("disputed")), now));
        AnnotationsModel model;
        model.setSession(&session.session());
        AnnotationsDock dock(&model);
        QAbstractItemModelTester tester(dock.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dock.proxy()->rowCount(), 3);
        // "All tags" + the two tags in use; "All outlets" + the two outlets.
        QCOMPARE(dock.tagFilter()->count(), 3);
        QCOMPARE(dock.outletFilter()->count(), 3);
        dock.tagFilter()->setCurrentIndex(dock.tagFilter()->findData(QStringLiteral("disputed")));
        QCOMPARE(dock.proxy()->rowCount(), 2);
        dock.outletFilter()->setCurrentIndex(dock.outletFilter()->findData(QStringLiteral("Harbour Times")));
        QCOMPARE(dock.proxy()->rowCount(), 1);
        QCOMPARE(dock.proxy()->index(0, AnnotationsModel::QuoteColumn).data().toString(), QStringLiteral("Water"));
        dock.tagFilter()->setCurrentIndex(0);
        dock.outletFilter()->setCurrentIndex(0);
        QCOMPARE(dock.proxy()->rowCount(), 3);
        dock.selectId(QStringLiteral("a2"));
        QCOMPARE(dock.currentId(), QStringLiteral("a2"));
    }

    void dialogColourFollowsTagUntilChosen()
    {
        AnnotationDialog dialog;
        Annotation a;
        a.quote = QStringLiteral("gave way at 03:40");
        a.tag = QStringLiteral("verified");
        a.colour = defaultTagColour(a.tag);
        dialog.setAnnotation(a);
        dialog.tagBox()->setCurrentText(QStringLiteral("disputed"));
        QCOMPARE(dialog.colour(), defaultTagColour(QStringLiteral("disputed")));
        dialog.noteEdit()->setPlainText(QStringLiteral("  Officials said 04:15  "));
        dialog.setColour(QStringLiteral("#123456"));
        dialog.tagBox()->setCurrentText(QStringLiteral("my own tag"));
        const Annotation out = dialog.annotation(a);
        QCOMPARE(out.colour, QStringLiteral("#123456"));
        QCOMPARE(out.tag, QStringLiteral("my own tag"));
        QCOMPARE(out.note, QStringLiteral("Officials said 04:15"));
        QCOMPARE(out.quote, a.quote);
    }
};

QTEST_MAIN(TestAnnotationsModel)
#include "tst_annotationsmodel.moc"
