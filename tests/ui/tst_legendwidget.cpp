#include "highlightcolors.h"
#include "legendwidget.h"

#include <QTest>

using namespace parallax;

class TestLegendWidget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesEveryHighlight()
    {
        LegendWidget legend;
        const QStringList entries = legend.entries();
        QCOMPARE(entries.size(), 9);
        for (const QString &needle :
             {QStringLiteral("pivot"), QStringLiteral("quote"), QStringLiteral("Conflicting"), QStringLiteral("passage"),
              QStringLiteral("Only in this outlet"), QStringLiteral("Boilerplate")}) {
            bool found = false;
            for (const QString &e : entries)
                found = found || e.contains(needle);
            QVERIFY2(found, qPrintable(needle));
        }
        QVERIFY(legend.sizeHint().height() >= entries.size() * legend.fontMetrics().height());
    }

    void samplesUseThePaletteColours_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x1e, 0x1f, 0x22) << QColor(0xe6, 0xe6, 0xe6);
    }

    void samplesUseThePaletteColours()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        LegendWidget legend;
        QPalette palette = legend.palette();
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        legend.setPalette(palette);
        legend.resize(legend.sizeHint());
        const QImage image = legend.grab().toImage();
        const HighlightColors colors = HighlightColors::fromPalette(palette);
        // The first sample is "changed": its left edge is filled with that colour.
        const int lineHeight = legend.fontMetrics().height() + 6;
        QCOMPARE(QColor(image.pixel(9, 4 + lineHeight / 2)).rgb(), colors.changed.rgb());
    }
};

QTEST_MAIN(TestLegendWidget)
#include "tst_legendwidget.moc"
