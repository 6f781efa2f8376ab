#include "handmadecomparison.h"
#include "sourcesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace parallax;

class TestSourcesModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("iso");
        QTest::newRow("date") << QStringLiteral("2024-03-03") << true << QStringLiteral("2024-03-03");
        QTest::newRow("minutes") << QStringLiteral("2024-03-03T08:45") << true << QStringLiteral("2024-03-03T08:45:00");
        QTest::newRow("space") << QStringLiteral("2024-03-03 08:45:10") << true << QStringLiteral("2024-03-03T08:45:10");
        QTest::newRow("offset") << QStringLiteral("2024-03-03T08:45:00+01:00") << true
                                << QStringLiteral("2024-03-03T08:45:00+01:00");
        QTest::newRow("utc") << QStringLiteral("2024-03-03T08:45Z") << true << QStringLiteral("2024-03-03T08:45:00+00:00");
        QTest::newRow("empty means unknown") << QStringLiteral("  ") << true << QString();
        QTest::newRow("no such day") << QStringLiteral("2024-02-30") << false << QString();
        QTest::newRow("no such hour") << QStringLiteral("2024-03-03T25:00") << false << QString();
        QTest::newRow("words") << QStringLiteral("last Sunday") << false << QString();
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, iso);
        const std::optional<PublicationDate> date = SourcesModel::parseDate(text);
        QCOMPARE(date.has_value(), ok);
        if (ok)
            QCOMPARE(date->toIso(), iso);
    }

    void editsOutletTitleAndDateOnly()
    {
        SourcesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocuments(test::handmadeComparison().documents);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, SourcesModel::OutletColumn).data().toString(), QStringLiteral("Second Star"));
        QCOMPARE(model.index(0, SourcesModel::EncodingColumn).data().toString(), QStringLiteral("UTF-8"));
        QVERIFY(model.flags(model.index(0, SourcesModel::TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, SourcesModel::PathColumn)) & Qt::ItemIsEditable));
        QSignalSpy edited(&model, &SourcesModel::metadataEdited);
        QVERIFY(model.setData(model.index(2, SourcesModel::OutletColumn), QStringLiteral("  Third Weekly ")));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.at(0).at(0).toInt(), 2);
        QCOMPARE(edited.at(0).at(1).value<Document>().outlet, QStringLiteral("Third Weekly"));
        QVERIFY(!model.setData(model.index(2, SourcesModel::DateColumn), QStringLiteral("soon")));
        QCOMPARE(edited.size(), 1);
        QVERIFY(!model.setData(model.index(2, SourcesModel::FormatColumn), QStringLiteral("pdf")));
        QCOMPARE(model.index(2, SourcesModel::FormatColumn).data().toString(), QStringLiteral("txt"));
    }
};

QTEST_GUILESS_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
