#include "messagebar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
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

    void listsEveryDetailEscaped()
    {
        MessageBar bar;
        const QStringList details {QStringLiteral("/tmp/<b>bold</b>.txt — No such file"),
                                   QStringLiteral("/tmp/a&b.md — too large")};
        bar.showMessage(MessageBar::Kind::Error, QStringLiteral("Could not open these 2 files:"), details);
        QCOMPARE(bar.details(), details);
        QCOMPARE(bar.text(), QStringLiteral("Could not open these 2 files:\n") + details.join(u'\n'));
        const QLabel *label = nullptr;
        for (const QLabel *candidate : bar.findChildren<QLabel *>()) {
            if (!candidate->text().isEmpty())
                label = candidate;
        }
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;.txt")));
        QVERIFY(label->text().contains(QStringLiteral("a&amp;b.md")));
        QCOMPARE(label->text().count(QStringLiteral("<li>")), 2);
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
