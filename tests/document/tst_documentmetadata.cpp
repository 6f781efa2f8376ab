#include "document/loaddocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;

class TestDocumentMetadata : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Document load(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        f.close();
        const LoadResult r = loadDocument(f.fileName());
        return r.ok() ? *r.document : Document {};
    }

private Q_SLOTS:
    void metadata_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("published"); // ISO 8601, empty = unknown
        QTest::newRow("dateline paragraph")
            << u"a.txt"_qs << u"Bridge reopens\n\nRIVERTON, May 2, 2024 —\n\nThe bridge reopened on Thursday.\n"_qs
            << u"Bridge reopens"_qs << u"a"_qs << u"2024-05-02"_qs;
        QTest::newRow("date and time line") << u"b.txt"_qs
                                            << u"Bridge reopens\n\nUpdated: 2 May 2024, 14:30\n\nThe bridge reopened.\n"_qs
                                            << u"Bridge reopens"_qs << u"b"_qs << u"2024-05-02T14:30:00"_qs;
        QTest::newRow("russian dateline") << u"c.txt"_qs
                                          << u"Мост открыли\n\nМОСКВА, 2 мая 2024 года —\n\nМост открыли в четверг.\n"_qs
                                          << u"Мост открыли"_qs << u"c"_qs << u"2024-05-02"_qs;
        QTest::newRow("dateline fused into first paragraph")
            << u"d.txt"_qs << u"Bridge reopens\n\nRIVERTON, May 2, 2024 (Reuters) — The bridge reopened on Thursday.\n"_qs
            << u"Bridge reopens"_qs << u"d"_qs << u"2024-05-02"_qs;
        QTest::newRow("dates in the body are not the publication date")
            << u"e.txt"_qs << u"Bridge reopens\n\nThe bridge reopened on Thursday.\n\nIt was first opened on 3 March 1962.\n"_qs
            << u"Bridge reopens"_qs << u"e"_qs << QString();
        QTest::newRow("head stack: headline, outlet, date")
            << u"g.txt"_qs
            << u"Bridge reopens after two years of repairs on the Vell crossing\nTown Herald\n08:45, 3 March 2024\n\nThe bridge reopened.\n"_qs
            << u"Bridge reopens after two years of repairs on the Vell crossing"_qs << u"Town Herald"_qs
            << u"2024-03-03T08:45:00"_qs;
        QTest::newRow("byline with comma names the outlet")
            << u"h.md"_qs << u"# Bridge reopens\n\nBy Ann Lee, Town Herald\nMarch 3, 2024\n\nThe bridge reopened.\n"_qs
            << u"Bridge reopens"_qs << u"Town Herald"_qs << u"2024-03-03"_qs;
        QTest::newRow("byline with a job title is not an outlet")
            << u"i.md"_qs << u"# Bridge reopens\n\nBy Ann Lee, Senior Correspondent\nMarch 3, 2024\n\nThe bridge reopened.\n"_qs
            << u"Bridge reopens"_qs << u"i"_qs << u"2024-03-03"_qs;
        QTest::newRow("source line names the outlet")
            << u"f.txt"_qs << u"Bridge reopens\n\nThe bridge reopened.\n\nSource: Town Herald\n"_qs << u"Bridge reopens"_qs
            << u"Town Herald"_qs << QString();
        QTest::newRow("russian source line")
            << u"g.txt"_qs << u"Мост открыли\n\nИсточник: Городской вестник\n\nМост открыли в четверг.\n"_qs << u"Мост открыли"_qs
            << u"Городской вестник"_qs << QString();
        QTest::newRow("byline naming the outlet")
            << u"h.txt"_qs << u"Bridge reopens\n\nBy Ann Lee | Town Herald\n\nThe bridge reopened.\n"_qs << u"Bridge reopens"_qs
            << u"Town Herald"_qs << QString();
        QTest::newRow("markdown front matter")
            << u"i.md"_qs
            << u"---\ntitle: Bridge reopens at last\noutlet: Town Herald\ndate: 2024-05-02T09:15:00+02:00\n---\n"
               u"# Bridge reopens\n\nThe bridge reopened.\n"_qs
            << u"Bridge reopens at last"_qs << u"Town Herald"_qs << u"2024-05-02T09:15:00+02:00"_qs;
        // Heads of pages copied as text.
        QTest::newRow("stamp fused with the first paragraph")
            << u"k.txt"_qs << u" date 2031-05-04 Crews reopened the bridge on Thursday after a year of repairs.\n"_qs << QString()
            << u"k"_qs << u"2031-05-04"_qs;
        QTest::newRow("label on one line, date on the next")
            << u"l.txt"_qs
            << u"Bridge reopens after a year of repairs\nBy Town Wire\nPublished 4 hours ago on\nMay 2, 2031\n\nThe bridge "
               u"reopened on Thursday.\n"_qs
            << u"Bridge reopens after a year of repairs"_qs << u"l"_qs << u"2031-05-02"_qs;
        QTest::newRow("a later stamp of the same day adds the time")
            << u"m.txt"_qs
            << u"May 2, 2031\n\nBridge reopens after a year\n\nPosted May 2, 2031 10:00 PM\n\nThe bridge reopened.\n"_qs
            << u"Bridge reopens after a year"_qs << u"m"_qs << u"2031-05-02T22:00:00"_qs;
        QTest::newRow("date after headline, author and byline, past UI labels")
            << u"n.txt"_qs
            << u"Skip to content\n\nText Size\n\nBridge reopens after a year\n\nAnn Lee\nBy Ann Lee\nMay 2, 2031Local News\n"
               u"share\nThe bridge reopened on Thursday after a year of repairs, the town said.\n"_qs
            << u"Bridge reopens after a year"_qs << u"n"_qs << u"2031-05-02"_qs;
        QTest::newRow("a date inside the story is no publication date")
            << u"o.txt"_qs
            << u"Bridge reopens after a year\n\nThe bridge reopened on Thursday.\n\nWhat comes next\n\nThe old bridge "
               u"was closed on May 2, 2030, after a flood.\n\nMay 3, 2030\n\nRepairs began.\n"_qs
            << u"Bridge reopens after a year"_qs << u"o"_qs << QString();
        QTest::newRow("several authors, then the outlet")
            << u"p.txt"_qs << u"Bridge reopens\n\nBy Ann Lee, Bo Sten and Cy Holm, Town Herald\n\nThe bridge reopened.\n"_qs
            << u"Bridge reopens"_qs << u"Town Herald"_qs << QString();
        QTest::newRow("no title without a short first line")
            << u"j.txt"_qs << u"The bridge reopened.\n\nIt was closed for a year.\n"_qs << QString() << u"j"_qs << QString();
    }
    void metadata()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, published);
        const Document d = load(name, text);
        QVERIFY(!d.paragraphs.isEmpty());
        QCOMPARE(d.title, title);
        QCOMPARE(d.outlet, outlet);
        QCOMPARE(d.published.toIso(), published);
    }

    // Publication stamps in the forms news pages print them, on the line under the headline.
    void stamps_data()
    {
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<QString>("published");
        const auto row = [](const char *name, const QString &stamp, const QString &iso) { QTest::newRow(name) << stamp << iso; };
        row("zone glued to updated", u"May 4, 2031 8:45 AM GMT+1Updated 2 hours ago"_qs, u"2031-05-04T08:45:00+01:00"_qs);
        row("published on", u"Published On 4 May 2031"_qs, u"2031-05-04"_qs);
        row("time before weekday and date", u"Updated 8:45 AM EST, Sun May 4, 2031"_qs, u"2031-05-04T08:45:00-05:00"_qs);
        row("time glued to am", u"Published May 4, 2031 8:45am EDT"_qs, u"2031-05-04T08:45:00-04:00"_qs);
        row("weekday, at, offset", u"Sun, May 4, 2031 at 8:45 AM GMT+1"_qs, u"2031-05-04T08:45:00+01:00"_qs);
        row("posted and updated", u"Posted : 2031-05-04 17:25 Updated : 2031-05-04 18:01"_qs, u"2031-05-04T17:25:00"_qs);
        row("unknown zone", u"Updated: May 04, 2031 10:28 IST"_qs, u"2031-05-04T10:28:00"_qs);
        row("byline bar updated", u"By Ann Lee | Updated: May 4, 2031 10:28 AM"_qs, u"2031-05-04T10:28:00"_qs);
        row("date, bullet, reading time", u"4 May 2031 • 2 min read"_qs, u"2031-05-04"_qs);
        row("ambiguous US zone", u"May 4, 2031, 08:45 AM ET"_qs, u"2031-05-04T08:45:00"_qs);
        row("name, outlet, bar, date", u"Ann Lee, Nordwire | May 4, 2031"_qs, u"2031-05-04"_qs);
        row("published and updated with bar", u"Published: 08:45 GMT, 4 May 2031 | Updated: 10:12 GMT, 4 May 2031"_qs,
            u"2031-05-04T08:45:00+00:00"_qs);
        row("weekday date time", u"Sunday 4 May 2031 08:45"_qs, u"2031-05-04T08:45:00"_qs);
        row("iso", u"2031-05-04T08:45:00Z"_qs, u"2031-05-04T08:45:00+00:00"_qs);
    }
    void stamps()
    {
        QFETCH(QString, stamp);
        QFETCH(QString, published);
        const Document d
            = load(u"stamp.txt"_qs,
                   u"Harbour cranes stand still as dock workers walk out\n\n"_qs + stamp
                       + u"\n\nDock workers walked out at the port of Tarnow on Monday.\n\nThe union wants a raise.\n"_qs);
        QCOMPARE(d.published.toIso(), published);
        QCOMPARE(d.title, u"Harbour cranes stand still as dock workers walk out"_qs);
        for (const Paragraph &p : d.paragraphs) {
            if (p.text.contains(stamp.left(8)))
                QCOMPARE(roleName(p.role), u"dateline"_qs);
        }
    }

    void fileTimeIsNeverUsed()
    {
        const Document d = load(u"k.txt"_qs, u"Bridge reopens\n\nThe bridge reopened.\n"_qs);
        QVERIFY(!d.published.isValid());
        QVERIFY(!d.published.date.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDocumentMetadata)
#include "tst_documentmetadata.moc"
