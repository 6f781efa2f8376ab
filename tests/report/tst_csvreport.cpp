#include "report/csvreport.h"
#include "reportfixture.h"

#include <QTest>

using namespace parallax;

// A small RFC 4180 reader, independent of the writer, to prove the output parses back.
static QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row << field;
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

class TestCsvReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringList {QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a,b\r\n");
        QTest::newRow("comma") << QStringList {QStringLiteral("a,b")} << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote") << QStringList {QStringLiteral("say \"hi\"")} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringList {QStringLiteral("x\ny"), QString()} << QByteArray("\"x\ny\",\r\n");
        QTest::newRow("utf8") << QStringList {QStringLiteral("Восточный")} << QStringLiteral("Восточный\r\n").toUtf8();
    }
    void record()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        QCOMPARE(csvRecord(fields), expected);
    }

    void conflicts()
    {
        const ReportInput in = makeReportInput();
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(conflictsCsv(in.comparison)));
        QCOMPARE(rows.size(), 1 + 5 + 2);
        QCOMPARE(rows.first().first(), QStringLiteral("conflict"));
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), 12);
        QCOMPARE(rows.at(5).at(5), QStringLiteral("Harbour, Line & \"News\""));
        QCOMPARE(rows.at(5).at(7), QStringLiteral("11"));
        QCOMPARE(rows.at(3).at(7), QStringLiteral("12"));
        QCOMPARE(rows.at(3).at(8), QStringLiteral("twelve"));
        QCOMPARE(rows.at(7).at(2), QStringLiteral("repair time, months"));
        QCOMPARE(rows.at(7).at(6), QStringLiteral("2024-03-03T10:15:00")); // taken from the document
    }

    void quotes()
    {
        const ReportInput in = makeReportInput();
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(quotesCsv(in.comparison)));
        QCOMPARE(rows.size(), 1 + 3);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("Governor Voss"));
        QCOMPARE(rows.at(3).at(4), QStringLiteral("Lakeside Times"));
        QCOMPARE(rows.at(3).at(8), QStringLiteral("We will rebuild the dam stronger than before"));
        QCOMPARE(rows.at(0).last(), QStringLiteral("shared"));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).last(), QStringLiteral("yes")); // q1: three outlets
    }

    // A quote only one outlet carries stays in the CSV (as in the JSON report), marked "no".
    void singleOutletQuoteIsNotShared()
    {
        ReportInput in = makeReportInput();
        QuoteCluster single = in.comparison.quotes.first();
        single.id = QStringLiteral("q2");
        single.occurrences = {single.occurrences.first()};
        in.comparison.quotes.append(single);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(quotesCsv(in.comparison)));
        QCOMPARE(rows.size(), 1 + 3 + 1);
        QCOMPARE(rows.last().first(), QStringLiteral("q2"));
        QCOMPARE(rows.last().last(), QStringLiteral("no"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
