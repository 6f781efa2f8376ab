#include "document/paragraphroles.h"

#include <QTest>

using namespace parallax;

Q_DECLARE_METATYPE(parallax::ParagraphRole)

namespace {

QList<Block> textBlocks(const QStringList &texts)
{
    QList<Block> out;
    for (const QString &t : texts)
        out.append({t, BlockKind::Text});
    return out;
}

QStringList roleNames(const QList<Paragraph> &paragraphs)
{
    QStringList out;
    for (const Paragraph &p : paragraphs)
        out.append(roleName(p.role));
    return out;
}

} // namespace

class TestParagraphRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void single_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ParagraphRole>("role");
        using R = ParagraphRole;
        // boilerplate, English
        QTest::newRow("see also") << u"See also"_qs << R::Boilerplate;
        QTest::newRow("read more lead-in") << u"Read more: Villagers question the inspection record"_qs << R::Boilerplate;
        QTest::newRow("related stories") << u"Related stories"_qs << R::Boilerplate;
        QTest::newRow("more from") << u"More from The Valley Courier"_qs << R::Boilerplate;
        QTest::newRow("subscribe") << u"Subscribe to our newsletter for the morning briefing"_qs << R::Boilerplate;
        QTest::newRow("sign up") << u"Sign up for breaking news alerts"_qs << R::Boilerplate;
        QTest::newRow("cookies") << u"We use cookies to give you the best experience on our site."_qs << R::Boilerplate;
        QTest::newRow("share this") << u"Share this article"_qs << R::Boilerplate;
        QTest::newRow("follow us") << u"Follow us on Facebook and X"_qs << R::Boilerplate;
        QTest::newRow("copyright sign") << u"© 2024 The Valley Courier"_qs << R::Boilerplate;
        QTest::newRow("all rights reserved") << u"Copyright Valley Media. All rights reserved."_qs << R::Boilerplate;
        QTest::newRow("photo credit") << u"Photo: Tom Reed/Valley Press"_qs << R::Boilerplate;
        QTest::newRow("agency credit") << u"Reuters/Anna Berg"_qs << R::Boilerplate;
        QTest::newRow("bare agency") << u"AP"_qs << R::Boilerplate;
        QTest::newRow("getty credit") << u"Getty Images"_qs << R::Boilerplate;
        QTest::newRow("advertisement") << u"Advertisement"_qs << R::Boilerplate;
        QTest::newRow("source line") << u"Source: Valley Courier"_qs << R::Boilerplate;
        // boilerplate, Russian
        QTest::newRow("ru read also") << u"Читайте также"_qs << R::Boilerplate;
        QTest::newRow("ru read also lead-in") << u"Читайте также: Жители требуют проверки дамбы"_qs << R::Boilerplate;
        QTest::newRow("ru on topic") << u"Новости по теме"_qs << R::Boilerplate;
        QTest::newRow("ru subscribe") << u"Подписывайтесь на наш Telegram-канал"_qs << R::Boilerplate;
        QTest::newRow("ru all rights") << u"Все права защищены. При перепечатке ссылка обязательна."_qs << R::Boilerplate;
        QTest::newRow("ru cookies") << u"Мы используем файлы cookie для улучшения работы сайта."_qs << R::Boilerplate;
        QTest::newRow("ru share") << u"Поделиться"_qs << R::Boilerplate;
        QTest::newRow("ru ad") << u"Реклама"_qs << R::Boilerplate;
        QTest::newRow("ru agency credit") << u"Фото: ТАСС/Иван Петров"_qs << R::Boilerplate;
        // captions
        QTest::newRow("photo caption") << u"Photo: Rescue boats on the flooded main street of Lower Vell."_qs << R::Caption;
        QTest::newRow("pictured") << u"Pictured: the breach seen from the air on Sunday"_qs << R::Caption;
        QTest::newRow("ru caption") << u"На фото: спасатели эвакуируют жителей деревни"_qs << R::Caption;
        // datelines
        QTest::newRow("date only") << u"3 March 2024"_qs << R::Dateline;
        QTest::newRow("updated date time") << u"Updated: Sunday, March 3, 2024 at 08:45 GMT"_qs << R::Dateline;
        QTest::newRow("numeric") << u"03.03.2024 08:45"_qs << R::Dateline;
        QTest::newRow("ru date") << u"3 марта 2024 г., 08:45 МСК"_qs << R::Dateline;
        QTest::newRow("byline") << u"By Jane Holloway"_qs << R::Dateline;
        QTest::newRow("byline two") << u"By Jane Holloway and Tom Reed, Staff Reporters"_qs << R::Dateline;
        QTest::newRow("ru byline") << u"Автор: Иван Петров"_qs << R::Dateline;
        QTest::newRow("city dateline") << u"RIVERTON, March 3 —"_qs << R::Dateline;
        QTest::newRow("ru city dateline") << u"МОСКВА, 3 марта —"_qs << R::Dateline;
        // body, including sentences that merely mention the trigger words
        QTest::newRow("body") << u"The old earth dam above Riverton gave way shortly after midnight."_qs << R::Body;
        QTest::newRow("body with date") << u"The dam was built on 3 March 1962 by a private company."_qs << R::Body;
        QTest::newRow("body mentioning subscribe")
            << u"Residents were told they could subscribe to flood alerts by text."_qs << R::Body;
        QTest::newRow("body starting with by") << u"by the time rescuers arrived the water had risen."_qs << R::Body;
        QTest::newRow("body with slash") << u"The river rose 2 metres/hour at its peak, officials said on Sunday."_qs << R::Body;
        QTest::newRow("ru body") << u"Вода прорвала дамбу ночью, и к утру затопило три деревни."_qs << R::Body;
        QTest::newRow("long paragraph with cookie word")
            << (u"Bakers in the valley said the flood ruined their stock of cookies and flour. "_qs.repeated(5)) << R::Body;
    }
    void single()
    {
        QFETCH(QString, text);
        QFETCH(ParagraphRole, role);
        QCOMPARE(roleName(classifyParagraph(text)), roleName(role));
    }

    void sequences_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("roles");
        QTest::newRow("short first line is the title")
            << QStringList {u"Dam breach floods villages"_qs, u"The dam gave way at night."_qs}
            << QStringList {u"title"_qs, u"body"_qs};
        QTest::newRow("first line ending in a period is body")
            << QStringList {u"The dam gave way."_qs, u"Villages were flooded."_qs} << QStringList {u"body"_qs, u"body"_qs};
        QTest::newRow("one paragraph has no title") << QStringList {u"Only line"_qs} << QStringList {u"body"_qs};
        QTest::newRow("related block and its headlines")
            << QStringList {u"Headline"_qs,
                            u"Body sentence."_qs,
                            u"See also"_qs,
                            u"Villagers question the record"_qs,
                            u"How the dams were built"_qs,
                            u"A closing body sentence follows here."_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"body"_qs};
        QTest::newRow("ru related block") << QStringList {u"Заголовок статьи"_qs, u"Текст статьи."_qs, u"Читайте также:"_qs,
                                                          u"Жители требуют проверки"_qs, u"Как строили дамбы в долине"_qs}
                                          << QStringList {u"title"_qs, u"body"_qs, u"boilerplate"_qs, u"boilerplate"_qs,
                                                          u"boilerplate"_qs};
        QTest::newRow("title after dateline")
            << QStringList {u"3 March 2024"_qs, u"Storm closes pass"_qs, u"Snow fell overnight."_qs}
            << QStringList {u"dateline"_qs, u"title"_qs, u"body"_qs};
        QTest::newRow("only the first candidate is the title")
            << QStringList {u"Storm closes pass"_qs, u"Snow fell overnight"_qs, u"Crews worked all night."_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"body"_qs};
        QTest::newRow("title after boilerplate")
            << QStringList {u"Advertisement"_qs, u"Storm closes pass"_qs, u"Snow fell overnight."_qs}
            << QStringList {u"boilerplate"_qs, u"title"_qs, u"body"_qs};
    }
    void sequences()
    {
        QFETCH(QStringList, texts);
        QFETCH(QStringList, roles);
        QCOMPARE(roleNames(assignParagraphRoles(textBlocks(texts))), roles);
    }

    void headingsAndKinds()
    {
        const QList<Block> blocks {{u"Breadcrumb line"_qs, BlockKind::Text},
                                   {u"Real headline"_qs, BlockKind::Heading},
                                   {u"Body text."_qs, BlockKind::Text},
                                   {u"Boats on the street"_qs, BlockKind::Caption},
                                   {u"A subheading"_qs, BlockKind::Heading},
                                   {u"Related"_qs, BlockKind::Heading},
                                   {u"Other story with a period at the end."_qs, BlockKind::ListItem},
                                   {u"A final paragraph that is long and ends like a sentence."_qs, BlockKind::Text}};
        QCOMPARE(roleNames(assignParagraphRoles(blocks)),
                 (QStringList {u"body"_qs, u"title"_qs, u"body"_qs, u"caption"_qs, u"body"_qs, u"boilerplate"_qs,
                               u"boilerplate"_qs, u"body"_qs}));
    }

    void textIsKept()
    {
        const QList<Paragraph> p = assignParagraphRoles({{u"  Text\u00A0with nbsp "_qs, BlockKind::Text}});
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].text, u"  Text\u00A0with nbsp "_qs);
    }
};

QTEST_GUILESS_MAIN(TestParagraphRoles)
#include "tst_paragraphroles.moc"
