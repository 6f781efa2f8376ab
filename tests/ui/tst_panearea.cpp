#include "alignedrowmodel.h"
#include "comparisonnavigator.h"
#include "comparisontextview.h"
#include "documentpane.h"
#include "findbar.h"
#include "handmadecomparison.h"
#include "outletcolors.h"
#include "overviewruler.h"
#include "panearea.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace parallax;

namespace {

QTextCharFormat formatAt(DocumentPane *pane, int paragraph, int offset)
{
    const int block = pane->comparisonView()->textMap().paragraphBlock.value(paragraph, -1);
    const QTextBlock b = pane->textDocument()->findBlockByNumber(block);
    QTextCursor cursor(b);
    cursor.setPosition(b.position() + offset);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    return cursor.charFormat();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

} // namespace

class TestPaneArea final : public QObject
{
    Q_OBJECT

    std::unique_ptr<PaneArea> m_area;
    ComparisonIndexPtr m_index;

    void show(int repeat = 1, QSize size = {1000, 600})
    {
        m_index = std::make_shared<const ComparisonIndex>(test::handmadeComparison(repeat));
        m_area = std::make_unique<PaneArea>();
        m_area->setDocuments(m_index->comparison().documents, outletColors(m_index->comparison().documents));
        m_area->resize(size);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
        m_area->setComparison(m_index);
        m_area->relayoutNow();
    }

    DocumentPane *pane(int document) const { return m_area->paneForDocument(document); }
    ComparisonTextView *view(int document) const { return pane(document)->comparisonView(); }

private Q_SLOTS:
    void cleanup()
    {
        m_area.reset();
        m_index.reset();
    }

    void panesMatchDocuments()
    {
        show();
        QAbstractItemModelTester tester(m_area->rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_area->rowModel()->rowCount(), 5);
        QCOMPARE(m_area->rowModel()->columnCount(), 3);
        QCOMPARE(m_area->paneCount(), 3);
        for (int d = 0; d < 3; ++d) {
            QCOMPARE(m_area->pane(d), pane(d));
            QCOMPARE(pane(d)->outletText(), m_index->comparison().documents.at(d).outlet);
            QCOMPARE(view(d)->documentIndex(), d);
        }
        QCOMPARE(pane(0)->similarityText(), QStringLiteral("Pivot"));
        QCOMPARE(pane(1)->similarityText(), QStringLiteral("70% like pivot"));
        QCOMPARE(pane(2)->similarityText(), QStringLiteral("50% like pivot"));
    }

    void alignedRowsHaveGapsAndEqualHeights()
    {
        show();
        // Third Times: g1, gap, gap, g4, gap.
        QTextDocument *third = pane(2)->textDocument();
        QCOMPARE(third->blockCount(), 5);
        const QList<bool> gaps {false, true, true, false, true};
        for (int b = 0; b < 5; ++b)
            QCOMPARE(third->findBlockByNumber(b).blockFormat().boolProperty(GapProperty), gaps.at(b));
        QCOMPARE(third->findBlockByNumber(3).text(), QStringLiteral("The governor said: \"We will rebuild soon.\""));
        // Every row starts at the same height in every pane, so rows stand side by side.
        for (int r = 0; r < 5; ++r) {
            const qreal top = view(0)->rowTop(r);
            QVERIFY(top >= 0);
            for (int d = 1; d < 3; ++d)
                QVERIFY2(qAbs(view(d)->rowTop(r) - top) < 1.0, qPrintable(QStringLiteral("row %1 pane %2").arg(r).arg(d)));
        }
        // The last row too: every text is equally long, so the panes can scroll together to the end.
        for (int d = 1; d < 3; ++d)
            QVERIFY(qAbs(pane(d)->textDocument()->size().height() - pane(0)->textDocument()->size().height()) < 1.0);
    }

    void layoutsSwitch()
    {
        show();
        QSignalSpy rebuilt(pane(2), &DocumentPane::textRebuilt);
        QSignalSpy switched(m_area.get(), &PaneArea::viewLayoutChanged);
        m_area->setViewLayout(ViewLayout::OriginalOrder);
        QCOMPARE(rebuilt.size(), 1);
        QCOMPARE(m_area->viewLayout(), ViewLayout::OriginalOrder);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.at(0).at(0).value<ViewLayout>(), ViewLayout::OriginalOrder);
        m_area->setViewLayout(ViewLayout::OriginalOrder); // no switch, no signal
        QCOMPARE(switched.size(), 1);
        for (int d = 0; d < 3; ++d) {
            QTextDocument *doc = pane(d)->textDocument();
            QCOMPARE(doc->blockCount(), m_index->comparison().documents.at(d).paragraphs.size());
            for (int b = 0; b < doc->blockCount(); ++b)
                QCOMPARE(doc->findBlockByNumber(b).blockFormat().intProperty(ParagraphIndexProperty), b);
        }
        QCOMPARE(view(1)->textMap().blockRow, (QList<int> {0, 1, 2, 3}));
        m_area->setViewLayout(ViewLayout::AlignedRows);
        QCOMPARE(pane(2)->textDocument()->blockCount(), 5);
    }

    void highlights()
    {
        show();
        const HighlightColors colors = pane(1)->colors();
        // "bursts" differs from the pivot.
        QCOMPARE(formatAt(pane(1), 0, 5).background().color(), colors.changed);
        QVERIFY(!formatAt(pane(1), 0, 1).hasProperty(QTextFormat::BackgroundBrush));
        // Words only Second Star has.
        QCOMPARE(formatAt(pane(1), 2, 2).background().color(), colors.added);
        // The conflicting number: bold, red wavy underline, tied to conflict 0.
        const QTextCharFormat conflict = formatAt(pane(0), 1, 15);
        QCOMPARE(conflict.fontWeight(), int(QFont::Bold));
        QCOMPARE(conflict.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(conflict.underlineColor(), colors.conflict);
        QCOMPARE(conflict.intProperty(ConflictProperty), 0);
        // The shared quote: the cluster's tint; dashed because its wording varies.
        const QTextCharFormat quote = formatAt(pane(2), 1, 22);
        QCOMPARE(quote.background().color(), colors.quoteTint(0));
        QCOMPARE(quote.underlineStyle(), QTextCharFormat::DashUnderline);
        QCOMPARE(quote.intProperty(QuoteProperty), 0);
        // The shared passage.
        QCOMPARE(formatAt(pane(0), 1, 3).background().color(), colors.passage);
        // Every highlight kind is its own colour.
        const QList<QColor> all {colors.changed,      colors.added,    colors.passage,
                                 colors.quoteTint(0), colors.conflict, colors.unique};
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = i + 1; j < all.size(); ++j)
                QVERIFY(all.at(i) != all.at(j));
        }
    }

    void conflictTooltipShowsEveryClaim()
    {
        show();
        ComparisonTextView *v = view(0);
        const int block = v->textMap().paragraphBlock.at(1);
        QTextCursor cursor(v->document()->findBlockByNumber(block));
        cursor.setPosition(cursor.position() + 16);
        const QRect r = v->cursorRect(cursor);
        const QString tip = v->toolTipAt(r.center() - QPoint(2, 0));
        QVERIFY2(tip.contains(QStringLiteral("First Post")) && tip.contains(QStringLiteral("Second Star")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("deaths")));
    }

    void rulerMarksConflictsQuotesAndUniqueParagraphs()
    {
        show();
        const HighlightColors colors = pane(0)->colors();
        auto has = [](DocumentPane *p, const QColor &color) {
            for (const OverviewRuler::Mark &m : p->ruler()->marks()) {
                if (m.color == color)
                    return true;
            }
            return false;
        };
        QVERIFY(has(pane(0), colors.conflict));
        QVERIFY(has(pane(0), colors.quoteLine(0)));
        QVERIFY(has(pane(0), colors.unique)); // g5
        QVERIFY(!has(pane(2), colors.conflict));
    }

    void rulerClickJumps()
    {
        show(30, {1000, 400});
        ComparisonTextView *v = view(0);
        QCOMPARE(v->verticalScrollBar()->value(), 0);
        const qreal target = v->rowTop(4);
        Q_EMIT pane(0)->ruler()->jumpRequested(target);
        QVERIFY(v->verticalScrollBar()->value() > 0);
        QCOMPARE(v->rowAt(v->verticalScrollBar()->value() + v->viewport()->height() / 3 + 1), 4);
        // The other panes follow (aligned rows: the same offset).
        QCOMPARE(view(2)->verticalScrollBar()->value(), v->verticalScrollBar()->value());
    }

    void syncScrollMovesEveryPaneToTheSameGroup_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("aligned") << int(ViewLayout::AlignedRows);
        QTest::newRow("original") << int(ViewLayout::OriginalOrder);
    }

    void syncScrollMovesEveryPaneToTheSameGroup()
    {
        QFETCH(int, layout);
        show(30, {1000, 400});
        m_area->setViewLayout(ViewLayout(layout));
        m_area->relayoutNow();
        // Scroll the pivot pane to the start of g4 (row 3): every pane that has g4 follows.
        ComparisonTextView *source = view(0);
        source->verticalScrollBar()->setValue(int(source->rowTop(3)) + 2);
        QCOMPARE(source->rowAtTop(), 3);
        QCOMPARE(view(1)->rowAtTop(), 3);
        QCOMPARE(view(2)->rowAtTop(), 3);
        // And from another pane back to g1.
        view(2)->verticalScrollBar()->setValue(int(view(2)->rowTop(0)) + 2);
        QCOMPARE(view(0)->rowAtTop(), 0);
        QCOMPARE(view(1)->rowAtTop(), 0);
    }

    void scrollToRow()
    {
        show(30, {1000, 400});
        m_area->scrollToRow(3);
        for (int d = 0; d < 3; ++d) {
            const QScrollBar *bar = view(d)->verticalScrollBar();
            const qreal top = view(d)->rowTop(3);
            QVERIFY(top >= bar->value() && top < bar->value() + view(d)->viewport()->height());
        }
    }

    void nextConflictSelectsTheClaims()
    {
        show();
        ComparisonNavigator navigator(m_area.get());
        QVERIFY(navigator.nextConflict(1));
        QCOMPARE(navigator.currentConflict(), 0);
        QCOMPARE(view(0)->textCursor().selectedText(), QStringLiteral("12"));
        QCOMPARE(view(1)->textCursor().selectedText(), QStringLiteral("14"));
        QVERIFY(!view(2)->textCursor().hasSelection());
        QCOMPARE(m_area->currentRow(), 1);
        QVERIFY(!navigator.nextConflict(1)); // only one
        QCOMPARE(navigator.currentConflict(), 0);
    }

    void nextQuoteSelectsEveryOccurrence()
    {
        show();
        ComparisonNavigator navigator(m_area.get());
        QVERIFY(navigator.nextQuote(1));
        QCOMPARE(view(0)->textCursor().selectedText(), QStringLiteral("We will rebuild"));
        QCOMPARE(view(2)->textCursor().selectedText(), QStringLiteral("We will rebuild soon"));
        QCOMPARE(m_area->currentRow(), 3);
    }

    void nextDifferenceVisitsDifferingRows()
    {
        show();
        ComparisonNavigator navigator(m_area.get());
        QList<int> visited;
        while (navigator.nextDifference(1))
            visited.append(m_area->currentRow());
        QCOMPARE(visited, (QList<int> {0, 1, 2, 4})); // g4 is identical everywhere
        QVERIFY(navigator.nextDifference(-1));
        QCOMPARE(m_area->currentRow(), 2);
    }

    void clickingAParagraphSelectsItsPartners()
    {
        show();
        QSignalSpy changed(m_area.get(), &PaneArea::currentRowChanged);
        ComparisonTextView *v = view(1);
        const QTextBlock block = v->document()->findBlockByNumber(v->textMap().paragraphBlock.at(3));
        const QRect r = v->cursorRect(QTextCursor(block));
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, r.center() + QPoint(10, 0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_area->currentRow(), 3);
        for (int d = 0; d < 3; ++d)
            QCOMPARE(view(d)->currentRow(), 3);
    }

    // Pane commands act on the focused pane, else on the one last clicked or asked about.
    void activeDocumentFollowsFocusAndClicks()
    {
        show();
        view(2)->setFocus();
        QCOMPARE(m_area->activeDocument(), 2);
        view(2)->clearFocus();
        m_area->setActiveDocument(1); // no pane has the focus: the one asked about
        QCOMPARE(m_area->activeDocument(), 1);
        QSignalSpy selected(m_area.get(), &PaneArea::currentRowChanged);
        const QTextBlock block = view(0)->document()->findBlockByNumber(view(0)->textMap().paragraphBlock.at(3));
        QTest::mouseClick(view(0)->viewport(), Qt::LeftButton, {}, view(0)->cursorRect(QTextCursor(block)).center());
        QCOMPARE(selected.size(), 1);
        QVERIFY(view(0)->hasFocus());
        view(0)->clearFocus();
        QCOMPARE(m_area->activeDocument(), 0); // the one clicked last
        m_area->setActiveDocument(7); // no such pane: the first
        QCOMPARE(m_area->activeDocument(), 0);
    }

    void enterSelectsTheRowUnderTheCaret()
    {
        show();
        ComparisonTextView *v = view(2);
        QTextCursor cursor(v->document()->findBlockByNumber(v->textMap().paragraphBlock.at(1)));
        v->setTextCursor(cursor);
        v->setFocus();
        QTest::keyClick(v, Qt::Key_Return);
        QCOMPARE(m_area->currentRow(), 3);
        QCOMPARE(view(0)->currentRow(), 3);
    }

    void findCountsMatchesInEveryPane()
    {
        show();
        FindBar bar(m_area.get());
        bar.activate();
        bar.setText(QStringLiteral("governor"));
        QCOMPARE(bar.matchCount(), 3);
        QCOMPARE(bar.countText(), QStringLiteral("3 matches in 3 articles"));
        bar.setText(QStringLiteral("river"));
        QCOMPARE(bar.matchCount(), 1);
        QCOMPARE(view(1)->extraSelections().size(), 1);
        bar.findNext(1);
        QCOMPARE(m_area->currentRow(), 2);
        bar.setText(QStringLiteral("no such words"));
        QCOMPARE(bar.countText(), QStringLiteral("No matches"));
    }

    void reorderAndHidePanes()
    {
        show();
        QSignalSpy orderChanged(m_area.get(), &PaneArea::orderChanged);
        m_area->moveDocument(2, -2);
        QCOMPARE(orderChanged.size(), 1);
        QCOMPARE(m_area->order(), (QList<int> {2, 0, 1}));
        QCOMPARE(m_area->pane(0), pane(2));
        QCOMPARE(m_area->rowModel()->columnOrder(), m_area->order()); // the row model's columns follow the panes
        m_area->setDocumentHidden(0, true);
        QVERIFY(m_area->isDocumentHidden(0));
        QVERIFY(!pane(0)->isVisible());
        QCOMPARE(m_area->visiblePanes(), (QList<DocumentPane *> {pane(2), pane(1)}));
        m_area->setOrder({0, 0, 1}); // not a permutation: ignored
        QCOMPARE(m_area->order(), (QList<int> {2, 0, 1}));
    }

    void headerContextMenuNamesItsDocument()
    {
        show();
        m_area->moveDocument(2, -2); // pane order no longer equals document order
        QSignalSpy menu(m_area.get(), &PaneArea::paneMenuRequested);
        Q_EMIT pane(2)->header()->customContextMenuRequested(QPoint(5, 5));
        QCOMPARE(menu.size(), 1);
        QCOMPARE(menu.at(0).at(0).toInt(), 2);
    }

    void paletteChangeRecolours()
    {
        show();
        const QColor light = formatAt(pane(1), 0, 5).background().color();
        QCOMPARE(light, HighlightColors::fromPalette(m_area->palette()).changed);
        m_area->setPalette(darkPalette());
        const HighlightColors dark = HighlightColors::fromPalette(darkPalette());
        QVERIFY(dark.dark);
        QCOMPARE(formatAt(pane(1), 0, 5).background().color(), dark.changed);
        QVERIFY(dark.changed != light);
        QCOMPARE(formatAt(pane(0), 1, 15).underlineColor(), dark.conflict);
        // Rows still line up after the rebuild.
        m_area->relayoutNow();
        QVERIFY(qAbs(view(0)->rowTop(4) - view(2)->rowTop(4)) < 1.0);
    }
};

QTEST_MAIN(TestPaneArea)
#include "tst_panearea.moc"
