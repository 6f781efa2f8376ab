#include "engine/tokenizer.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Each token as "surface=form" where surface is the original text at the token's offsets.
QStringList render(QStringView text, const QList<Token> &tokens, const Vocabulary &vocabulary)
{
    QStringList out;
    for (const Token &t : tokens)
        out << text.mid(t.start, t.end - t.start).toString() + u'=' + vocabulary.text(t.form);
    return out;
}

QStringList forms(const QList<Token> &tokens, const Vocabulary &vocabulary)
{
    QStringList out;
    for (const Token &t : tokens)
        out << vocabulary.text(t.form);
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void surfacesAndForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row
            = [](const char *name, const QString &text, const QStringList &expected) { QTest::newRow(name) << text << expected; };
        row("empty", QString(), {});
        row("only punctuation", QStringLiteral(" -- \u201C\u00AB\u00BB\u2014 ... !"), {});
        row("simple", QStringLiteral("The Dam broke."), {u"The=the"_s, u"Dam=dam"_s, u"broke=broke"_s});
        row("curly apostrophe", QStringLiteral("don\u2019t"), {QStringLiteral("don\u2019t=don't")});
        row("straight apostrophe", QStringLiteral("don't"), {QStringLiteral("don't=don't")});
        row("curly quotes are not tokens", QStringLiteral("\u201CYes,\u201D she said"),
            {u"Yes=yes"_s, u"she=she"_s, u"said=said"_s});
        row("guillemets", QStringLiteral("\u00ABДа\u00BB"), {QStringLiteral("Да=да")});
        row("dashes are not tokens", QStringLiteral("rain \u2014 and \u2013 wind - again"),
            {u"rain=rain"_s, u"and=and"_s, u"wind=wind"_s, u"again=again"_s});
        row("hyphenated word splits", QStringLiteral("well-known"), {u"well=well"_s, u"known=known"_s});
        row("soft hyphen inside word", QStringLiteral("infor\u00ADmation"), {QStringLiteral("infor\u00ADmation=information")});
        row("nbsp separates words", QStringLiteral("the\u00A0dam"), {u"the=the"_s, u"dam=dam"_s});
        row("thousands with comma", QStringLiteral("70,000 people"), {u"70,000=70000"_s, u"people=people"_s});
        row("thousands with nbsp", QStringLiteral("70\u00A0000 человек"),
            {QStringLiteral("70\u00A0000=70000"), QStringLiteral("человек=человек")});
        row("thousands with narrow nbsp", QStringLiteral("1\u202F234\u202F567"), {QStringLiteral("1\u202F234\u202F567=1234567")});
        row("decimal", QStringLiteral("1.5 metres"), {u"1.5=1.5"_s, u"metres=metres"_s});
        row("decimal comma untouched", QStringLiteral("1,5 метра"), {u"1,5=1,5"_s, QStringLiteral("метра=метра")});
        row("percent", QStringLiteral("rose 16.5%."), {u"rose=rose"_s, u"16.5%=16.5%"_s});
        row("iso date", QStringLiteral("on 2024-03-03."), {u"on=on"_s, u"2024-03-03=2024-03-03"_s});
        row("time", QStringLiteral("at 14:00 GMT"), {u"at=at"_s, u"14:00=14:00"_s, u"GMT=gmt"_s});
        row("currency", QStringLiteral("cost \u20AC2.4m"), {u"cost=cost"_s, QStringLiteral("\u20AC2.4m=\u20AC2.4m")});
        row("dollar", QStringLiteral("($1,200)"), {u"$1,200=$1200"_s});
        row("spaced range stays apart", QStringLiteral("5 - 6"), {u"5=5"_s, u"6=6"_s});
        row("year range", QStringLiteral("2023-2024"), {u"2023-2024=2023-2024"_s});
        row("cyrillic case", QStringLiteral("Плотина ПРОРВАНА"),
            {QStringLiteral("Плотина=плотина"), QStringLiteral("ПРОРВАНА=прорвана")});
        row("yo folds to ye", QStringLiteral("Ещё"), {QStringLiteral("Ещё=еще")});
        row("accented latin kept", QStringLiteral("Café"), {QStringLiteral("Café=café")});
        row("astral letters", QStringLiteral("\U0001D400bc x"), {QStringLiteral("\U0001D400bc=\U0001D400bc"), u"x=x"_s});
        row("emoji not a token", QStringLiteral("ok \U0001F600 ok"), {u"ok=ok"_s, u"ok=ok"_s});
        row("french narrow nbsp before semicolon", QStringLiteral("mot\u202F; fin"), {u"mot=mot"_s, u"fin=fin"_s});
        row("lone underscore", QStringLiteral("a _ b_c"), {u"a=a"_s, u"b_c=b_c"_s});
        row("abbreviation", QStringLiteral("the U.S. said"), {u"the=the"_s, u"U.S=u.s"_s, u"said=said"_s});
    }

    void surfacesAndForms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> tokens = tokenizer.tokenize(text);
        QCOMPARE(render(text, tokens, vocabulary), expected);
    }

    void offsetsAreExactAndOrdered_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("mixed") << QStringLiteral("  \u201CWe\u2019ll rebuild,\u201D said Ivan\u00A0Petrov on 2024-03-03: "
                                                 "\u20AC2.4m, 16.5% \u2014 70\u00A0000 домов.  ");
        QTest::newRow("astral") << QStringLiteral("a \U0001D400\U0001D401 b \U0001F600c");
        QTest::newRow("soft hyphens") << QStringLiteral("\u00ADab\u00ADcd\u00AD ef");
    }

    void offsetsAreExactAndOrdered()
    {
        QFETCH(QString, text);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> tokens = tokenizer.tokenize(text);
        QVERIFY(!tokens.isEmpty());
        int previousEnd = 0;
        for (const Token &t : tokens) {
            QVERIFY(t.start >= previousEnd);
            QVERIFY(t.end > t.start);
            QVERIFY(t.end <= text.size());
            // Never cut a surrogate pair.
            QVERIFY(!QChar::isLowSurrogate(text[t.start].unicode()));
            QVERIFY(!QChar::isHighSurrogate(text[t.end - 1].unicode()));
            previousEnd = t.end;
        }
    }

    void stems_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("sameStem");
        QTest::newRow("english plural") << u"flooded"_s << u"flooding"_s << true;
        QTest::newRow("english possessive") << QStringLiteral("mayor\u2019s") << u"mayor"_s << true;
        QTest::newRow("russian case") << QStringLiteral("плотины") << QStringLiteral("плотина") << true;
        QTest::newRow("russian verb") << QStringLiteral("прорвало") << QStringLiteral("прорвать") << true;
        QTest::newRow("different words") << u"dam"_s << u"flood"_s << false;
        QTest::newRow("numbers not stemmed") << u"1990s"_s << u"1990"_s << false;
    }

    void stems()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, sameStem);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> ta = tokenizer.tokenize(a);
        const QList<Token> tb = tokenizer.tokenize(b);
        QCOMPARE(ta.size(), 1);
        QCOMPARE(tb.size(), 1);
        QCOMPARE(ta[0].stem == tb[0].stem, sameStem);
    }

    void numbersAreTheirOwnStem()
    {
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QString text = QStringLiteral("70,000 16.5% 2024-03-03 words");
        const QList<Token> tokens = tokenizer.tokenize(text);
        QCOMPARE(tokens.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(tokens[i].kind, TokenKind::Number);
            QCOMPARE(tokens[i].stem, tokens[i].form);
        }
        QCOMPARE(tokens[3].kind, TokenKind::Word);
        QCOMPARE(vocabulary.text(tokens[3].stem), u"word"_s);
    }

    void apostrophesAndQuotesUnified()
    {
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> a = tokenizer.tokenize(QStringLiteral("\u201CI don\u2019t know,\u201D he said \u2014 again."));
        const QList<Token> b = tokenizer.tokenize(QStringLiteral("\"I don't know\", he said - again"));
        QCOMPARE(forms(a, vocabulary), forms(b, vocabulary));
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].form, b[i].form);
            QCOMPARE(a[i].stem, b[i].stem);
        }
    }

    void softHyphenAndNbspDoNotChangeForms()
    {
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> a = tokenizer.tokenize(QStringLiteral("evac\u00ADuation\u00A0order"));
        const QList<Token> b = tokenizer.tokenize(QStringLiteral("evacuation order"));
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 2);
        QCOMPARE(a[0].form, b[0].form);
        QCOMPARE(a[1].form, b[1].form);
        QCOMPARE(a[0].end, 11); // the soft hyphen stays inside the token's range
    }

    void idsSharedWithinVocabulary()
    {
        Vocabulary vocabulary;
        Tokenizer first(vocabulary);
        Tokenizer second(vocabulary);
        const QList<Token> a = first.tokenize(u"Flood water rose"_s);
        const QList<Token> b = second.tokenize(u"the FLOOD"_s);
        QCOMPARE(a[0].form, b[1].form);
        QCOMPARE(a[0].stem, b[1].stem);
        QCOMPARE(vocabulary.text(a[0].form), u"flood"_s);
        QVERIFY(a[0].form != a[1].form);
        QCOMPARE(vocabulary.intern(u"flood"_s), a[0].form);
    }

    void deterministic()
    {
        const QString text = QStringLiteral("Rescuers said 1,200 residents of Нижний Новгород fled on 2024-03-03; "
                                            "\u201Cthe dam\u2019s gone\u201D, officials added.");
        Vocabulary v1;
        Vocabulary v2;
        Tokenizer t1(v1);
        Tokenizer t2(v2);
        const QList<Token> a = t1.tokenize(text);
        const QList<Token> b = t2.tokenize(text);
        const QList<Token> again = t1.tokenize(text);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].start, b[i].start);
            QCOMPARE(a[i].end, b[i].end);
            QCOMPARE(a[i].form, b[i].form);
            QCOMPARE(a[i].stem, b[i].stem);
            QCOMPARE(a[i].form, again[i].form);
            QCOMPARE(a[i].stem, again[i].stem);
        }
        QCOMPARE(v1.size(), v2.size());
    }

    void asciiFastPathAgreesWithIcu_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::newRow("ascii") << u"aaaeeBZ0019 .,:;'_-%$()\"!?/\n"_s;
        QTest::newRow("ascii joiners") << u"a1 .,:;'_"_s;
        QTest::newRow("mixed") << QStringLiteral("ab9 .,:;'_-%\u2019\u201C\u2014\u00A0\u00AD\u0434\u0416\u00E9\u20AC\u202F");
    }

    void asciiFastPathAgreesWithIcu()
    {
        QFETCH(QString, alphabet);
        Vocabulary vocabulary;
        Tokenizer fast(vocabulary);
        Tokenizer icu(vocabulary);
        icu.setAsciiFastPath(false);
        quint32 state = 12345;
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = 1 + int(state % 24);
            for (int i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u; // LCG: deterministic, no library dependence
                text.append(alphabet[qsizetype((state >> 8) % quint32(alphabet.size()))]);
            }
            const QList<Token> a = fast.tokenize(text);
            const QList<Token> b = icu.tokenize(text);
            const QStringList fastTokens = render(text, a, vocabulary);
            const QStringList icuTokens = render(text, b, vocabulary);
            QVERIFY2(fastTokens == icuTokens,
                     qPrintable(u'[' + text + u"] fast: "_s + fastTokens.join(u'|') + u" icu: "_s + icuTokens.join(u'|')));
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].start, b[i].start);
                QCOMPARE(a[i].stem, b[i].stem);
                QCOMPARE(a[i].kind, b[i].kind);
            }
        }
    }

    void survivesOddInput()
    {
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        QString junk;
        for (int i = 0; i < 4000; ++i)
            junk.append(QChar(char16_t((i * 7919) % 0xFFFF + 1))); // includes lone surrogates
        junk += u" dam breach"_s;
        const QList<Token> tokens = tokenizer.tokenize(junk);
        // Words after the junk are still found where they stand.
        QVERIFY(tokens.size() >= 2);
        QCOMPARE(junk.sliced(tokens.last().start, tokens.last().end - tokens.last().start), u"breach"_s);
        QCOMPARE(junk.sliced(tokens[tokens.size() - 2].start, tokens[tokens.size() - 2].end - tokens[tokens.size() - 2].start),
                 u"dam"_s);
        for (const Token &t : tokens) {
            QVERIFY(t.start >= 0 && t.end <= junk.size() && t.start < t.end);
            QVERIFY(t.form >= 0 && t.form < vocabulary.size());
            QVERIFY(t.stem >= 0 && t.stem < vocabulary.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
