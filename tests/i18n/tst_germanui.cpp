#include "annotationdialog.h"
#include "emptystate.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "support/headlessrun.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace parallax;

namespace {

// Every menu of the menu bar, depth first: its title, then the texts of its entries.
struct MenuTexts
{
    QString title;
    QStringList entries;
};

void collect(QMenu *menu, QList<MenuTexts> &out)
{
    MenuTexts texts {menu->title(), {}};
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            texts.entries.append(a->text());
    }
    out.append(texts);
    for (QAction *a : menu->actions()) {
        if (a->menu())
            collect(a->menu(), out);
    }
}

QList<MenuTexts> menus(MainWindow &window)
{
    QList<MenuTexts> out;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu())
            collect(a->menu(), out);
    }
    return out;
}

// Two entries of one menu with the same & letter make the key cycle instead of choosing.
QStringList duplicateAccelerators(const QList<MenuTexts> &all)
{
    QStringList out;
    for (const MenuTexts &m : all) {
        QHash<QChar, QString> taken;
        for (const QString &text : m.entries) {
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
                continue;
            const QChar key = text.at(at + 1).toLower();
            if (taken.contains(key))
                out.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(m.title, taken.value(key), text));
            taken.insert(key, text);
        }
    }
    return out;
}

using Run = parallax::test::HeadlessRun;

// The real executable, with the locale given the way a shell session sets it.
Run runParallax(const QStringList &args, const QString &locale)
{
    return parallax::test::runHeadless(QStringLiteral(PARALLAX_BINARY), args, locale, 60000);
}

} // namespace

// The German translation reaches the window and the command line, through the same
// installTranslations() that main() calls.
class TestGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_germanui"));
        QSettings().clear();
        // The English menus first, before any translator is installed.
        MainWindow window;
        m_english = menus(window);
        QVERIFY(!m_english.isEmpty());
        QCOMPARE(installTranslations(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de_DE"));
    }

    void englishAcceleratorsAreUnique()
    {
        const QStringList duplicates = duplicateAccelerators(m_english);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
    }

    void menusSpeakGerman()
    {
        MainWindow window;
        const QList<MenuTexts> german = menus(window);
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles.append(a->text());
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                               QStringLiteral("&Navigieren"), QStringLiteral("&Hilfe")}));
        // Entry by entry: the same menus, and not one English text left in them.
        QCOMPARE(german.size(), m_english.size());
        QStringList untranslated;
        for (qsizetype m = 0; m < german.size(); ++m) {
            QCOMPARE(german.at(m).entries.size(), m_english.at(m).entries.size());
            if (german.at(m).title == m_english.at(m).title)
                untranslated.append(german.at(m).title);
            for (qsizetype e = 0; e < german.at(m).entries.size(); ++e) {
                if (german.at(m).entries.at(e) == m_english.at(m).entries.at(e))
                    untranslated.append(german.at(m).title + QStringLiteral(" > ") + german.at(m).entries.at(e));
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        const QStringList duplicates = duplicateAccelerators(german);
        QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
    }

    void windowSpeaksGerman()
    {
        MainWindow window;
        const auto *empty = window.findChild<EmptyState *>();
        QVERIFY(empty);
        QCOMPARE(empty->heading(), QStringLiteral("Artikel zum Vergleichen öffnen"));
        QStringList docks;
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
            docks.append(dock->windowTitle());
        QVERIFY2(docks.contains(QStringLiteral("Quellen")) && docks.contains(QStringLiteral("Widersprüche")),
                 qPrintable(docks.join(u", ")));
    }

    // Built-in tags read German in the dialog but are stored by their English names, so a session
    // keeps its tags (and their colours) in every language.
    void noteTagsAreGermanButStoredInEnglish()
    {
        AnnotationDialog dialog;
        auto *tags = dialog.findChild<QComboBox *>();
        QVERIFY(tags);
        QCOMPARE(tags->itemText(0), QStringLiteral("geprüft"));
        QCOMPARE(dialog.annotation({}).tag, QStringLiteral("verified"));
        Annotation disputed;
        disputed.tag = QStringLiteral("disputed");
        dialog.setAnnotation(disputed);
        QCOMPARE(tags->currentText(), QStringLiteral("umstritten"));
        const Annotation edited = dialog.annotation({});
        QCOMPARE(edited.tag, QStringLiteral("disputed"));
        QCOMPARE(edited.colour, defaultTagColour(QStringLiteral("disputed")));
        tags->setCurrentText(QStringLiteral("Quelle anfragen"));
        QCOMPARE(dialog.annotation({}).tag, QStringLiteral("Quelle anfragen"));
    }

    void cliHelpSpeaksGerman()
    {
        const Run german = runParallax({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.outText().contains(QStringLiteral("Vergleicht Nachrichtenartikel über ein Ereignis nebeneinander.")),
                 qPrintable(german.outText()));
        QVERIFY2(german.outText().contains(QStringLiteral("Rückgabewerte: 0 erfolgreich")), qPrintable(german.outText()));
        QVERIFY2(!german.outText().contains(QStringLiteral("Compare news articles")), qPrintable(german.outText()));
        // The same binary in an English (C) session: the source text, so the test above can fail.
        const Run english = runParallax({QStringLiteral("--help")}, QStringLiteral("C.UTF-8"));
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.outText().contains(QStringLiteral("Compare news articles about one event side by side.")),
                 qPrintable(english.outText()));
    }

    void cliErrorsSpeakGerman()
    {
        const Run usage = runParallax({QStringLiteral("--page-size"), QStringLiteral("B5"), QStringLiteral("--json"),
                                       QStringLiteral("-"), QStringLiteral("x.txt")},
                                      QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(usage.exitCode, 1);
        QVERIFY2(usage.errText().contains(QStringLiteral("--page-size muss A4 oder Letter sein, nicht „B5“")),
                 qPrintable(usage.errText()));
        // A loader's reason (app/document) reaches the user in German too, after the file name.
        const QString missing = QStringLiteral("/nonexistent/parallax-missing.txt");
        const Run load = runParallax({QStringLiteral("--json"), QStringLiteral("-"), missing}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(load.exitCode, 2);
        QVERIFY2(load.errText().contains(missing + QStringLiteral(": Datei existiert nicht")), qPrintable(load.errText()));
    }

private:
    QList<MenuTexts> m_english;
};

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
