#include "document/loaddocument.h"
#include "engine/compare.h"
#include "engine/paragraphspace.h"
#include "engine/paragraphterms.h"
#include "engine/regroup.h"

#include <QDir>
#include <QTest>

using namespace parallax;

namespace {

// Fictional corpora written for these tests (tests/data/engine/alignment/), one per pattern of
// real coverage that paragraph alignment has to see through.
QList<Document> loadCorpus(const QString &name)
{
    const QDir dir(QStringLiteral(PARALLAX_TEST_DATA_DIR "/engine/alignment/") + name);
    QStringList paths;
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths << dir.filePath(file);
    return loadDocuments(paths).documents;
}

// (document, paragraph) of the only paragraph of `file` containing `snippet` (or, for "=text", whose
// whole text is `text`); (-1, -1) if none or several.
std::pair<int, int> locate(const QList<Document> &documents, const QString &file, const QString &snippet)
{
    std::pair<int, int> found {-1, -1};
    for (int d = 0; d < documents.size(); ++d) {
        if (!documents[d].path.endsWith(u'/' + file))
            continue;
        for (int p = 0; p < documents[d].paragraphs.size(); ++p) {
            const QString &text = documents[d].paragraphs[p].text;
            if (snippet.startsWith(u'=') ? text == QStringView(snippet).sliced(1) : text.contains(snippet))
                found = found.first < 0 ? std::pair<int, int> {d, p} : std::pair<int, int> {-2, -2};
        }
    }
    return found;
}

const AlignmentGroup *groupOf(const Comparison &c, std::pair<int, int> at)
{
    for (const AlignmentGroup &g : c.groups) {
        for (const GroupMember &m : g.members) {
            if (m.document == at.first && m.paragraphs.contains(at.second))
                return &g;
        }
    }
    return nullptr;
}

ParagraphSpace spaceOf(const QList<Document> &documents, QList<TokenizedDocument> &tokens, Vocabulary &vocabulary)
{
    Tokenizer tokenizer(vocabulary);
    for (const Document &d : documents) {
        TokenizedDocument td;
        for (const Paragraph &p : d.paragraphs)
            td.paragraphs.append(p.role == ParagraphRole::Boilerplate ? QList<Token>() : tokenizer.tokenize(p.text));
        tokens.append(td);
    }
    return ParagraphSpace(documents, tokens, &vocabulary);
}

} // namespace

class TestAlignPatterns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void together_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QStringList>("members"); ///< "file|snippet": all in one group
        QTest::addColumn<QStringList>("alone"); ///< "file|snippet": a group of one
        QTest::newRow("a standfirst repeats a later paragraph")
            << QStringLiteral("standfirst")
            << QStringList {QStringLiteral("01-valley-wire.txt|The lock at Perrow, about 12"),
                            QStringLiteral("02-perrow-courier.txt|boats will be turned back at Halden"),
                            QStringLiteral("03-canal-news.txt|The Perrow lock, 12")}
            << QStringList {QStringLiteral("02-perrow-courier.txt|sunken hull.")};
        QTest::newRow("the same words quoted amid other sentences")
            << QStringLiteral("shared-quote")
            << QStringList {QStringLiteral("01-northwire.txt|Hollis told Lunde"),
                            QStringLiteral("02-harbour-post.txt|We also have to handle it with care"),
                            QStringLiteral("03-lakeside-herald.txt|Hollis opened the meeting")}
            << QStringList();
        QTest::newRow("a percentage range written two ways")
            << QStringLiteral("figures")
            << QStringList {QStringLiteral("01-tessford-wire.txt|Key rate cut to 3.25%-3.50%"),
                            QStringLiteral("02-aldmere-courier.txt|between 3.25 percent and 3.5 percent"),
                            QStringLiteral("03-market-ledger.txt|The new policy rate is 3.25 percent")}
            << QStringList();
        QTest::newRow("a subheading is no partner of a body paragraph sharing its words")
            << QStringLiteral("subheading")
            << QStringList {QStringLiteral("01-wendmouth-gazette.txt|Ferries to Skarn will sail"),
                            QStringLiteral("02-coastal-ledger.txt|Ferries to Skarn are using"),
                            QStringLiteral("03-skarn-post.txt|Skarn ferries sail")}
            << QStringList {QStringLiteral("01-wendmouth-gazette.txt|=Harbour Authority"),
                            QStringLiteral("02-coastal-ledger.txt|spokeswoman Lina Brecht")};
        QTest::newRow("a paragraph of two statements goes with the partner of its first")
            << QStringLiteral("lead-sentence")
            << QStringList {QStringLiteral("01-coast-wire.txt|The council voted 8-1"),
                            QStringLiteral("02-harbour-post.txt|Lind was the only councillor"),
                            QStringLiteral("03-bay-ledger.txt|Councillors voted 8-1")}
            << QStringList();
        QTest::newRow("its second statement's partners stay together without it")
            << QStringLiteral("lead-sentence")
            << QStringList {QStringLiteral("01-coast-wire.txt|The council last raised the levy"),
                            QStringLiteral("03-bay-ledger.txt|The levy was last raised")}
            << QStringList();
        QTest::newRow("basis points and a half percentage point")
            << QStringLiteral("figures")
            << QStringList {QStringLiteral("01-tessford-wire.txt|50 basis points more of easing"),
                            QStringLiteral("02-aldmere-courier.txt|another half a percentage point of easing")}
            << QStringList();
    }

    // compare() puts the paragraphs that say the same thing into one group.
    void together()
    {
        QFETCH(QString, corpus);
        QFETCH(QStringList, members);
        QFETCH(QStringList, alone);
        const QList<Document> documents = loadCorpus(corpus);
        QVERIFY(documents.size() >= 3);
        const Comparison c = compare(documents);
        const AlignmentGroup *group = nullptr;
        for (const QString &member : members) {
            const auto at = locate(documents, member.section(u'|', 0, 0), member.section(u'|', 1));
            QVERIFY2(at.first >= 0, qPrintable(member));
            const AlignmentGroup *g = groupOf(c, at);
            QVERIFY(g);
            if (!group)
                group = g;
            QVERIFY2(g == group, qPrintable(QStringLiteral("%1 is in %2, not %3").arg(member, g->id, group->id)));
        }
        QCOMPARE(group->members.size(), members.size());
        for (const QString &single : alone) {
            const auto at = locate(documents, single.section(u'|', 0, 0), single.section(u'|', 1));
            QVERIFY2(at.first >= 0, qPrintable(single));
            QCOMPARE(groupOf(c, at)->members.size(), 1);
        }
    }

    // A paragraph that a later round took as the second half of a neighbour's split moves to the
    // group of its mutual best partner (split-half corpus: the Daily Post's scouts paragraph).
    void splitHalfJoinsItsPartner()
    {
        const QList<Document> documents = loadCorpus(QStringLiteral("split-half"));
        QCOMPARE(documents.size(), 3);
        Vocabulary vocabulary;
        QList<TokenizedDocument> tokens;
        const ParagraphSpace space = spaceOf(documents, tokens, vocabulary);
        auto unit = [&](const QString &file, const QString &snippet) {
            const auto at = locate(documents, file, snippet);
            return space.unitOf(at.first, at.second);
        };
        const int wireScouts = unit(QStringLiteral("01-river-wire.txt"), QStringLiteral("scouts from Camp Heron"));
        const int timesLead = unit(QStringLiteral("02-valley-times.txt"), QStringLiteral("More than 40 people"));
        const int timesScouts = unit(QStringLiteral("02-valley-times.txt"), QStringLiteral("Among the dead"));
        const int postLead = unit(QStringLiteral("03-daily-post.txt"), QStringLiteral("The death toll"));
        const int postScouts = unit(QStringLiteral("03-daily-post.txt"), QStringLiteral("Among the dead"));
        for (int u : {wireScouts, timesLead, timesScouts, postLead, postScouts})
            QVERIFY(u >= 0);

        // What the rounds left: the Post's lead and scouts paragraphs as one split member of the
        // Times' lead, the Times' scouts paragraph with the Wire's.
        AlignState state(space);
        state.drafts.push_back({{timesLead}, 1, {{2, {postLead, postScouts}, space.score(timesLead, postLead)}}, 1, false});
        state.drafts.push_back({{wireScouts}, 0, {{1, {timesScouts}, space.score(wireScouts, timesScouts)}}, 0, false});
        for (int u = 0; u < space.unitCount(); ++u) {
            if (u != timesLead && u != postLead && u != postScouts && u != wireScouts && u != timesScouts) {
                state.drafts.push_back({{u}, space.unit(u).document, {}, 2, false});
                state.draftOf[size_t(u)] = int(state.drafts.size()) - 1;
            }
        }
        for (int u : {timesLead, postLead, postScouts})
            state.draftOf[size_t(u)] = 0;
        for (int u : {wireScouts, timesScouts})
            state.draftOf[size_t(u)] = 1;

        joinMutualPartners(state, AlignerSettings());
        auto unitsOf = [&state](int draft, int document) {
            for (const DraftMember &m : state.drafts[size_t(draft)].members) {
                if (m.document == document)
                    return m.units;
            }
            return std::vector<int>();
        };
        QCOMPARE(state.draftOf[size_t(postScouts)], 1);
        QCOMPARE(state.draftOf[size_t(postLead)], 0);
        QCOMPARE(unitsOf(0, 2), std::vector<int> {postLead});
        QCOMPARE(unitsOf(1, 2), std::vector<int> {postScouts});
        QCOMPARE(unitsOf(1, 1), std::vector<int> {timesScouts});
    }

    void leadSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sentences"); ///< read as two or more sentences
        QTest::addColumn<QString>("lead"); ///< what the first sentence says, when it has sentences
        QTest::newRow("two sentences") << QStringLiteral(
            "Lind was the only councillor to vote against the rise. The levy was last raised in 2016 "
            "after the autumn storm.") << true
                                       << QStringLiteral("Lind was the only councillor to vote against the rise.");
        QTest::newRow("a title and an initial end no sentence")
            << QStringLiteral("Mr. Vey and councillor E. Lind inspected the north pier with the harbour crew on Monday "
                              "morning.")
            << false << QString();
        QTest::newRow("an abbreviated month before a day ends no sentence")
            << QStringLiteral("The council meets again on Sept. 18 to set the levy for the coming winter season.") << false
            << QString();
        QTest::newRow("a short sentence is read with its neighbour")
            << QStringLiteral("Anguish was everywhere. Parents raced to the harbour to search for their children "
                              "themselves.")
            << false << QString();
        QTest::newRow("after a figure") << QStringLiteral(
            "The new levy is 3.40 crowns a tonne from 2026. Shipping firms had asked for a slower rise "
            "over two years.") << true << QStringLiteral("The new levy is 3.40 crowns a tonne from 2026.");
    }

    // A paragraph's first sentence is compared on its own: against a paragraph that says the same,
    // it scores as much as the whole of that paragraph would.
    void leadSentence()
    {
        QFETCH(QString, text);
        QFETCH(bool, sentences);
        QFETCH(QString, lead);
        QList<Document> documents(2);
        documents[0].paragraphs = {Paragraph {text, ParagraphRole::Body}};
        documents[1].paragraphs = {Paragraph {sentences ? lead : text, ParagraphRole::Body},
                                   Paragraph {QStringLiteral("Rain fell on the hills all night."), ParagraphRole::Body}};
        Vocabulary vocabulary;
        QList<TokenizedDocument> tokens;
        const ParagraphSpace space = spaceOf(documents, tokens, vocabulary);
        const int whole = space.unitOf(0, 0);
        const int other = space.unitOf(1, 0);
        QCOMPARE(space.hasSentences(whole), sentences);
        QCOMPARE(space.hasSentences(other), false);
        if (sentences) {
            QVERIFY(space.leadScore(whole, other) > 0.99);
            QVERIFY(space.score(whole, other) < 0.9);
        } else {
            QCOMPARE(space.leadScore(whole, other), space.score(whole, other));
        }
    }

    void numbersByValue_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("same");
        QTest::newRow("trailing zeros") << QStringLiteral("5.00") << QStringLiteral("5") << true;
        QTest::newRow("percent sign and word") << QStringLiteral("4.75%") << QStringLiteral("4.75 percent") << true;
        QTest::newRow("per cent") << QStringLiteral("3.5 per cent") << QStringLiteral("3.50%") << true;
        QTest::newRow("basis points, percentage point")
            << QStringLiteral("50 basis points") << QStringLiteral("0.5 percentage point") << true;
        QTest::newRow("half a percentage point")
            << QStringLiteral("half a percentage point") << QStringLiteral("50 basis points") << true;
        QTest::newRow("half-point") << QStringLiteral("half-point") << QStringLiteral("half of a percentage point") << true;
        QTest::newRow("quarter point") << QStringLiteral("quarter-point") << QStringLiteral("25 basis points") << true;
        QTest::newRow("a percentage is not a count") << QStringLiteral("5%") << QStringLiteral("5") << false;
        QTest::newRow("half is not a quarter") << QStringLiteral("half a point") << QStringLiteral("quarter point") << false;
        QTest::newRow("other digits") << QStringLiteral("4.75") << QStringLiteral("4.57") << false;
    }

    // Two texts that are only a figure have the same terms when they state the same value.
    void numbersByValue()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, same);
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QList<Token> a = tokenizer.tokenize(left);
        const QList<Token> b = tokenizer.tokenize(right);
        ParagraphTerms terms(vocabulary, vocabulary.size());
        std::vector<int> ta(size_t(a.size()));
        std::vector<int> tb(size_t(b.size()));
        std::vector<int> index(size_t(std::max(a.size(), b.size())));
        ta.resize(size_t(terms.write(a, ta.data(), index.data())));
        tb.resize(size_t(terms.write(b, tb.data(), index.data())));
        QCOMPARE(ta == tb, same);
    }

    void quotedTrigrams()
    {
        Vocabulary vocabulary;
        Tokenizer tokenizer(vocabulary);
        const QString a = QStringLiteral("She said the rivalry must \u201Cnot drift into a quarrel\u201D, and left.");
        const QString b = QStringLiteral("\"We must not drift into a quarrel at sea,\" she said.");
        const QString c = QStringLiteral("The rivalry must not drift into a quarrel, she said.");
        const std::vector<quint64> qa = parallax::quotedTrigrams(a, tokenizer.tokenize(a));
        const std::vector<quint64> qb = parallax::quotedTrigrams(b, tokenizer.tokenize(b));
        QCOMPARE(qa.size(), size_t(3)); // not drift into, drift into a, into a quarrel
        std::vector<quint64> shared;
        std::set_intersection(qa.begin(), qa.end(), qb.begin(), qb.end(), std::back_inserter(shared));
        QCOMPARE(shared.size(), size_t(3));
        QVERIFY(parallax::quotedTrigrams(c, tokenizer.tokenize(c)).empty());
    }
};

QTEST_GUILESS_MAIN(TestAlignPatterns)
#include "tst_alignpatterns.moc"
