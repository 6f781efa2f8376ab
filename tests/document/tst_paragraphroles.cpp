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
        QTest::newRow("membership appeal")
            << u"Support independent local journalism: become a Civic Record member from 4 euros a month."_qs << R::Boilerplate;
        QTest::newRow("become a member") << u"Become a member and read without limits."_qs << R::Boilerplate;
        QTest::newRow("article about membership is body")
            << u"The rescue service asked residents to support local volunteers, who have worked since Sunday."_qs << R::Body;
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
        // page furniture copied as plain text
        QTest::newRow("skip link") << u"Skip to content"_qs << R::Boilerplate;
        QTest::newRow("ui label") << u"Text Size"_qs << R::Boilerplate;
        QTest::newRow("ui label lower case") << u"share"_qs << R::Boilerplate;
        QTest::newRow("identifier") << u"site_read_progress"_qs << R::Boilerplate;
        QTest::newRow("separator") << u"***"_qs << R::Boilerplate;
        QTest::newRow("bracketed label") << u"[LEAD]"_qs << R::Boilerplate;
        QTest::newRow("script notice") << u"Please ensure Javascript is enabled for purposes of website accessibility"_qs
                                       << R::Boilerplate;
        QTest::newRow("paywall notice") << u"You have a preview view of this article while we are checking your access."_qs
                                        << R::Boilerplate;
        QTest::newRow("audio player") << u"Getting your news audio player ready..."_qs << R::Boilerplate;
        QTest::newRow("video embed") << u"EMBED <>More Videos"_qs << R::Boilerplate;
        QTest::newRow("related lead-in caps") << u"RELATED: Council asks for a fare freeze"_qs << R::Boilerplate;
        QTest::newRow("continue reading") << u"Continue reading the original article at: www.nordwire.example"_qs
                                          << R::Boilerplate;
        QTest::newRow("language picker")
            << u"All Coast Herald articles can be read in 30 languages by activating the Translate Website button."_qs
            << R::Boilerplate;
        QTest::newRow("empty taxonomy label") << u"Region: ,"_qs << R::Boilerplate;
        QTest::newRow("map link") << u"View on Google Maps"_qs << R::Boilerplate;
        QTest::newRow("embedded post")
            << u"The ferry runs six times a day. pic.twitter.com/aBcD1234 — Holm Ferries (@holmferries) May 4, 2031"_qs
            << R::Boilerplate;
        QTest::newRow("newsletter to inbox")
            << u"From our morning briefing to a weekly letter, get the best of the Herald delivered directly to your inbox."_qs
            << R::Boilerplate;
        QTest::newRow("breadcrumb") << u"Home » World » Europe"_qs << R::Boilerplate;
        QTest::newRow("live label") << u"LIVE UPDATES"_qs << R::Boilerplate;
        QTest::newRow("gallery counter") << u"Image 2 of 7"_qs << R::Boilerplate;
        QTest::newRow("reading time") << u"4 min read"_qs << R::Boilerplate;
        QTest::newRow("comment count") << u"Comments (12)"_qs << R::Boilerplate;
        QTest::newRow("name and outlet credit") << u"Ana Lind / Coast Radio"_qs << R::Boilerplate;
        QTest::newRow("credit alone in brackets") << u"(AP Photo/Ana Lind)"_qs << R::Boilerplate;
        // captions told by the credit that closes them
        QTest::newRow("caption agency photo credit")
            << u"A helicopter flies over the river on Friday, May 4, 2031, in Orre.   (AP Photo/Ana Lind)"_qs << R::Caption;
        QTest::newRow("caption name/agency") << u"The bank's building in Vellburg (Ana Lind/AP)"_qs << R::Caption;
        QTest::newRow("caption for outlet") << u"A girl waits outside a shelter. (Ben Hald/For The Coast Herald)"_qs
                                            << R::Caption;
        QTest::newRow("caption doubled agency") << u"Crews work at the scene on May 3. (AFP)(AFP)"_qs << R::Caption;
        QTest::newRow("caption image label")
            << u"Crews work near the wreck on May 4, 2031. Image: ANA LIND / NORDWIRE"_qs << R::Caption;
        QTest::newRow("caption picture label") << u"Central bank. Picture: PA"_qs << R::Caption;
        QTest::newRow("caption photo by") << u"Ivo Sarn leaves the briefing room on the 4th. / Photo by Nordwire"_qs
                                          << R::Caption;
        QTest::newRow("dated wire caption")
            << u"A worker sweeps glass from the street outside the warehouse in Kessel, Vellmark, May 4, 2031."_qs << R::Caption;
        QTest::newRow("quotation ending in a source is body")
            << u"\"We will rebuild every house,\" the mayor said at the shelter (Ben Hald/AP)."_qs << R::Body;
        QTest::newRow("report ending in a place and date is body")
            << u"The agreement was signed in Lima, Vellmark, May 4, 2031."_qs << R::Body;
        QTest::newRow("sentence naming a map app is body")
            << u"Residents used Google Maps to find the shelters that opened on Sunday."_qs << R::Body;
        QTest::newRow("sentence ending in a date is body")
            << u"The mayor said the bridge would reopen on May 4, 2031."_qs << R::Body;
        // datelines of copied pages
        QTest::newRow("byline with initials") << u"By Ana Sorel, Ben R. Hald and Carl Voss Coast Herald"_qs << R::Dateline;
        QTest::newRow("publication label") << u"Published 4 hours ago on"_qs << R::Dateline;
        QTest::newRow("relative stamp") << u"3 hours ago"_qs << R::Dateline;
        QTest::newRow("date glued to section") << u"May 4, 2031Business News"_qs << R::Dateline;
        QTest::newRow("date glued to updated") << u"Sept. 18, 2031Updated 3:47 p.m. ET"_qs << R::Dateline;
        QTest::newRow("stamp with programme name") << u"date 2031-04-02 Evening Bulletin"_qs << R::Dateline;
        QTest::newRow("stamp with zone") << u"Posted Jul 5, 2031 6:30 AM CDT"_qs << R::Dateline;
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
        QTest::newRow("stamp fused with the first paragraph is split off")
            << QStringList {u"date 2031-05-04 Crews searched the valley through the night."_qs, u"The river rose fast."_qs}
            << QStringList {u"dateline"_qs, u"body"_qs, u"body"_qs};
        QTest::newRow("title after notice and labels")
            << QStringList {u"Please enable JavaScript to read this site"_qs, u"Text Size"_qs, u"Close"_qs,
                            u"Storm closes the pass for a second day"_qs, u"Snow fell overnight."_qs}
            << QStringList {u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"title"_qs, u"body"_qs};
        QTest::newRow("no title after a summary label")
            << QStringList {u"Summary"_qs, u"Bank starts cutting rates"_qs, u"One member dissents"_qs,
                            u"The bank cut its rate on Thursday for the first time in three years."_qs}
            << QStringList {u"boilerplate"_qs, u"body"_qs, u"body"_qs, u"body"_qs};
        QTest::newRow("second headline under the title")
            << QStringList {u"Storm closes the pass for a second day"_qs, u"Drivers told to use the valley road instead"_qs,
                            u"Snow fell overnight."_qs}
            << QStringList {u"title"_qs, u"heading"_qs, u"body"_qs};
        QTest::newRow("subheadings between body paragraphs")
            << QStringList {u"Storm closes the pass"_qs, u"Snow fell overnight on the upper road."_qs, u"What happens next?"_qs,
                            u"Crews will clear the road on Thursday, the agency said."_qs, u"Road Could Reopen Friday"_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"heading"_qs, u"body"_qs, u"heading"_qs};
        QTest::newRow("cut-off first sentence under the title is body")
            << QStringList {u"Storm closes the pass"_qs, u"Snow fell overnight on the upper road and crews could not"_qs}
            << QStringList {u"title"_qs, u"body"_qs};
        QTest::newRow("questions in a transcript are body")
            << QStringList {u"Storm closes the pass"_qs,
                            u"Snow fell overnight on the upper road."_qs,
                            u"QUESTION (Ann Lee, Town Herald): Will the road reopen?"_qs,
                            u"HOLM: Not before Thursday, when the ploughs are back."_qs,
                            u"Reporters asked him why the warnings came so late and who had decided to keep the road open?"_qs,
                            u"He did not answer."_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"body"_qs, u"body"_qs, u"body"_qs, u"body"_qs};
        QTest::newRow("truncated last sentence is body")
            << QStringList {u"Storm closes the pass"_qs, u"Snow fell overnight on the upper road."_qs,
                            u"Drivers were told to use the valley route, which adds about an"_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"body"_qs};
        QTest::newRow("sales copy around a newsletter sign-up")
            << QStringList {u"Storm closes the pass"_qs,
                            u"Snow fell overnight on the upper road."_qs,
                            u"The Valley Post"_qs,
                            u"Escape the noise. Get the facts behind the news."_qs,
                            u"Sign up for our free newsletters"_qs,
                            u"A free daily email with the biggest stories"_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs, u"boilerplate"_qs};
        QTest::newRow("headline repeated above the body")
            << QStringList {u"Storm closes the pass"_qs, u"By Ann Lee"_qs, u"Storm closes the pass"_qs,
                            u"Snow fell overnight."_qs}
            << QStringList {u"title"_qs, u"dateline"_qs, u"boilerplate"_qs, u"body"_qs};
        QTest::newRow("headline repeated at the start of the body is split off")
            << QStringList {u"Storm closes the pass"_qs, u"Storm closes the pass Snow fell overnight on the upper road."_qs}
            << QStringList {u"title"_qs, u"boilerplate"_qs, u"body"_qs};
        QTest::newRow("author's name above the byline")
            << QStringList {u"Storm closes the pass"_qs, u"Ann Lee"_qs, u"By Ann Lee"_qs, u"Snow fell overnight."_qs}
            << QStringList {u"title"_qs, u"dateline"_qs, u"dateline"_qs, u"body"_qs};
        QTest::newRow("video headline first")
            << QStringList {u"Watch: Storm closes the pass for a second day"_qs, u"Snow fell overnight."_qs,
                            u"Watch: Drivers stuck at the summit"_qs}
            << QStringList {u"title"_qs, u"body"_qs, u"boilerplate"_qs};
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
        // A markup heading that is not the title is a heading (a subheading), not body.
        QCOMPARE(roleNames(assignParagraphRoles(blocks)),
                 (QStringList {u"body"_qs, u"title"_qs, u"body"_qs, u"caption"_qs, u"heading"_qs, u"boilerplate"_qs,
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
