// Role names, reported speech and the word lists behind them. The finders first check whether a
// paragraph has a trigger word at all (lexicon filters, a scan that cuts words like the full
// lexer): these cases pin down that the shortcut never loses a phrase the full pass would find.
#include "engine/lexicon.h"
#include "engine/speakerfinder.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestSpeakerFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lexiconMembers_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("list"); // 0 stop word, 1 role word, 2 speech verb, 3 pronoun
        QTest::addColumn<bool>("member");
        auto row = [](const char *name, const QString &w, int list, bool member) { QTest::newRow(name) << w << list << member; };
        row("stop the", u"the"_s, 0, true);
        row("stop s", u"s"_s, 0, true);
        row("stop russian", u"уже"_s, 0, true);
        row("stop near miss", u"thy"_s, 0, false);
        row("stop empty", QString(), 0, false);
        row("role minister", u"minister"_s, 1, true);
        row("role hyphenated russian", u"пресс-секретарь"_s, 1, true);
        row("role longest", u"superintendent"_s, 1, true);
        row("role dr", u"dr"_s, 1, true);
        row("role same shape", u"mayer"_s, 1, false);
        row("role not folded", u"Mayor"_s, 1, false);
        row("role longer than 31", u"ministerministerministerministerminister"_s, 1, false);
        row("verb said", u"said"_s, 2, true);
        row("verb russian", u"подчеркнула"_s, 2, true);
        row("verb near miss", u"sail"_s, 2, false);
        row("pronoun she", u"she"_s, 3, true);
        row("pronoun russian", u"они"_s, 3, true);
        row("pronoun it", u"it"_s, 3, false);
    }
    void lexiconMembers()
    {
        QFETCH(QString, word);
        QFETCH(int, list);
        QFETCH(bool, member);
        const bool found = list == 0 ? lexicon::isStopWord(word)
            : list == 1              ? lexicon::isRoleWord(word)
            : list == 2              ? lexicon::isSpeechVerb(word)
                                     : lexicon::isPronoun(word);
        QCOMPARE(found, member);
    }

    void roleNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names"); // "role|name" per phrase
        auto row = [](const char *name, const QString &text, const QStringList &names) { QTest::newRow(name) << text << names; };
        row("plain", u"Deputy Minister Jon Hale visited the dam."_s, {u"deputy minister|Jon Hale"_s});
        row("two", u"Mayor Ana Ruiz met Governor Piet Laan at noon."_s, {u"mayor|Ana Ruiz"_s, u"governor|Piet Laan"_s});
        row("possessive after", u"the engineer's report, says Chief Engineer Lotte Varga"_s, {u"chief engineer|Lotte Varga"_s});
        row("shouting", u"MAYOR ANA RUIZ: We stay."_s, {u"mayor|Ana Ruiz"_s});
        row("name suffix", u"Mayor Joe Tamm Jr. opened the shelter."_s, {u"mayor|Joe Tamm"_s});
        row("russian hyphen", u"Об этом сообщил пресс-секретарь Иван Петров."_s, {u"пресс-секретарь|Иван Петров"_s});
        row("no trigger", u"The water rose by two metres overnight, the residents said."_s, {});
        row("role without name", u"the minister stayed silent"_s, {});
        row("empty", QString(), {});
    }
    void roleNames()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QStringList found;
        for (const RoleName &r : findRoleNames(text))
            found.append(r.role + u'|' + r.name);
        QCOMPARE(found, names);
    }

    void indirectSpeech_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("speaker");
        auto row = [](const char *name, const QString &text, const QString &clause, const QString &speaker) {
            QTest::newRow(name) << text << clause << speaker;
        };
        row("said that", u"Hale said that the dam would be repaired within a year."_s,
            u"the dam would be repaired within a year"_s, u"Hale"_s);
        row("according to", u"According to Mayor Ana Ruiz, 3,000 people left their homes."_s, u"3,000 people left their homes"_s,
            u"Ana Ruiz"_s);
        row("no trigger", u"The reservoir held 40 million cubic metres."_s, QString(), QString());
    }
    void indirectSpeech()
    {
        QFETCH(QString, text);
        QFETCH(QString, clause);
        QFETCH(QString, speaker);
        const QList<IndirectSpeech> found = findIndirectSpeech(text, {});
        if (clause.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QVERIFY2(text.mid(found[0].start, found[0].end - found[0].start).contains(clause),
                 qPrintable(text.mid(found[0].start, found[0].end - found[0].start)));
        QCOMPARE(found[0].speaker.name, speaker);
    }
    void quotedVerbIsNoReportedSpeech()
    {
        // The speech verb inside a quotation belongs to the quoted words.
        const QString text = u"“We said the gates were safe,” the operator wrote."_s;
        const QList<IndirectSpeech> found = findIndirectSpeech(text, {{0, int(text.indexOf(u'”')) + 1}});
        for (const IndirectSpeech &s : found)
            QVERIFY(s.start > text.indexOf(u'”'));
    }
};

QTEST_APPLESS_MAIN(TestSpeakerFinder)
#include "tst_speakerfinder.moc"
