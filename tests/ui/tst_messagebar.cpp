#include "messagebar.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace parallax;

class TestMessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenUntilShown()
    {
        QWidget host;
        MessageBar bar(&host);
        host.show();
        QVERIFY(!bar.isVisible());
        bar.showMessage(MessageBar::Kind::Warning, QStringLiteral("Heads up"));
        QVERIFY(bar.isVisible());
        QCOMPARE(bar.kind(), MessageBar::Kind::Warning);
        QCOMPARE(bar.text(), QStringLiteral("Heads up"));
    }

    void detailsShownVerbatim()
    {
        MessageBar bar;
        const QStringList details {QStringLiteral("/tmp/<b>bold</b>.txt — No such file"),
                                   QStringLiteral("/tmp/a&b.md — too large")};
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Could not open these 2 files:"), details);
        QCOMPARE(bar.details(), details);
        QCOMPARE(bar.text(), QStringLiteral("Could not open these 2 files:\n") + details.join(u'\n'));
        // Names from outside are never interpreted as markup.
        const auto *heading = bar.findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(heading);
        const auto *view = bar.findChild<QPlainTextEdit *>();
        QVERIFY(view);
        QCOMPARE(view->toPlainText(), QStringLiteral("• ") + details.at(0) + QStringLiteral("\n• ") + details.at(1));
        QVERIFY(view->isReadOnly());

        bar.showMessage(MessageBar::Kind::Information, QStringLiteral("No details"));
        QVERIFY(view->isHidden());
    }

    void longListsScroll()
    {
        QWidget host;
        host.resize(600, 400);
        MessageBar bar(&host);
        host.show();
        QStringList few;
        QStringList many;
        for (int i = 1; i <= 40; ++i)
            (i <= 3 ? few : many).append(QStringLiteral("/nowhere/file-%1.txt — No such file or directory").arg(i));
        many = few + many;
        const auto *view = bar.findChild<QPlainTextEdit *>();
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Few"), few);
        const int fewHeight = view->height();
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Many"), many);
        QCOMPARE(view->document()->blockCount(), 40); // every file is listed...
        const int lineSpacing = view->fontMetrics().lineSpacing();
        QVERIFY(view->height() > fewHeight);
        QVERIFY(view->height() < (MessageBar::maximumVisibleDetails + 2) * lineSpacing); // ...but the bar stays small
    }

    void closeButtonAndEscapeDismiss()
    {
        QWidget host;
        MessageBar bar(&host);
        host.show();
        QSignalSpy dismissed(&bar, &MessageBar::dismissed);
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Broken"));
        auto *close = bar.findChild<QToolButton *>();
        QVERIFY(close);
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!bar.isVisible());
        QCOMPARE(dismissed.size(), 1);
        bar.dismiss();
        QCOMPARE(dismissed.size(), 1); // already hidden: no second signal

        bar.showMessage(MessageBar::Kind::Information, QStringLiteral("Again"));
        QTest::keyClick(&bar, Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
        QCOMPARE(dismissed.size(), 2);
    }
};

QTEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
