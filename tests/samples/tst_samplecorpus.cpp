// Checks the bundled sample corpora: expected.json must be self-consistent (every snippet
// exists exactly once, figures and quotes are well formed), and the loaders must produce
// the metadata, paragraph roles and paragraph boundaries it describes.

#include "document/loaddocument.h"
#include "samplecorpus.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace parallax;
using namespace parallax::testing;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toArray();
}

/// A place in an article that expected.json names by a snippet.
struct Ref
{
    QString file;
    QString snippet;
    QString category; ///< body, boilerplate, caption, absent
};

/// Every snippet expected.json mentions, with the role its paragraph must have.
QList<Ref> collectRefs(const QJsonObject &exp)
{
    QList<Ref> refs;
    auto add = [&refs](const QJsonObject &o, const QString &category) {
        refs.append({str(o, "file"), str(o, "snippet"), category});
    };
    for (const QJsonValue &v : arr(exp, "articles")) {
        const QJsonObject a = v.toObject();
        for (const QJsonValue &s : arr(a, "boilerplate"))
            refs.append({str(a, "file"), s.toString(), QStringLiteral("boilerplate")});
        for (const QJsonValue &s : arr(a, "captions"))
            refs.append({str(a, "file"), s.toString(), QStringLiteral("caption")});
        for (const QJsonValue &s : arr(a, "absent"))
            refs.append({str(a, "file"), s.toString(), QStringLiteral("absent")});
    }
    const QString body = QStringLiteral("body");
    for (const QJsonValue &g : arr(exp, "correspondences")) {
        for (const QJsonValue &m : g.toArray())
            add(m.toObject(), body);
    }
    for (const QJsonValue &q : arr(exp, "quotes")) {
        for (const QJsonValue &o : arr(q.toObject(), "occurrences"))
            add(o.toObject(), body);
        for (const QJsonValue &o : arr(q.toObject(), "translations"))
            add(o.toObject(), body);
    }
    for (const QJsonValue &d : arr(exp, "quote_decoys"))
        add(d.toObject(), body);
    for (const QJsonValue &p : arr(exp, "passages")) {
        for (const QJsonValue &f : arr(p.toObject(), "occurrences"))
            refs.append({f.toString(), str(p.toObject(), "text"), body});
    }
    for (const char *key : {"conflicts", "non_conflicts"}) {
        for (const QJsonValue &c : arr(exp, key)) {
            for (const QJsonValue &cl : arr(c.toObject(), "claims"))
                add(cl.toObject(), body);
        }
    }
    const QJsonObject layout = exp.value(QStringLiteral("layout")).toObject();
    for (const QJsonValue &kind : layout) {
        for (const QJsonValue &entry : kind.toArray()) {
            for (const QJsonValue &s : arr(entry.toObject(), "snippets"))
                refs.append({str(entry.toObject(), "file"), s.toString(), body});
        }
    }
    return refs;
}

/// Indices of the loaded paragraphs whose text contains `snippet`.
QList<int> paragraphsContaining(const Document &doc, const QString &snippet)
{
    QList<int> out;
    for (qsizetype i = 0; i < doc.paragraphs.size(); ++i) {
        if (doc.paragraphs.at(i).text.contains(snippet))
            out.append(int(i));
    }
    return out;
}

QString trimmedQuote(QString s)
{
    while (!s.isEmpty() && (s.back().isPunct() || s.back().isSpace()))
        s.chop(1);
    return s;
}

} // namespace

class TestSampleCorpus final : public QObject
{
    Q_OBJECT

private:
    QList<SampleCorpus> m_corpora;
    QHash<QString, Document> m_loaded; ///< by absolute path, loaded once for all rows

    const SampleCorpus *corpus(const QString &dir) const
    {
        for (const SampleCorpus &c : m_corpora) {
            if (c.dir == dir)
                return &c;
        }
        return nullptr;
    }

    void addArticleRows()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("file");
        for (const SampleCorpus &c : m_corpora) {
            for (const QJsonValue &a : arr(c.expected, "articles")) {
                const QString file = str(a.toObject(), "file");
                QTest::addRow("%s/%s", qPrintable(QFileInfo(c.dir).fileName()), qPrintable(file)) << c.dir << file;
            }
        }
    }

    void addRefRows()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("category");
        for (const SampleCorpus &c : m_corpora) {
            for (const Ref &r : collectRefs(c.expected)) {
                QTest::addRow("%s %s: %s", qPrintable(r.category), qPrintable(r.file), qPrintable(r.snippet.left(40)))
                    << c.dir << r.file << r.snippet << r.category;
            }
        }
    }

    const Document *loaded(const QString &path)
    {
        auto it = m_loaded.constFind(path);
        if (it == m_loaded.constEnd()) {
            LoadManyResult r = loadDocuments({path});
            if (r.documents.size() != 1)
                return nullptr;
            it = m_loaded.insert(path, r.documents.constFirst());
        }
        return &it.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_corpora = SampleCorpus::all();
        QVERIFY2(!m_corpora.isEmpty(), PARALLAX_SAMPLES_DIR);
        for (const SampleCorpus &c : std::as_const(m_corpora))
            QVERIFY2(c.parseError.isEmpty(), qPrintable(c.dir + QStringLiteral(": ") + c.parseError));
    }

    // ---- expected.json is self-consistent -------------------------------------------

    void articleFiles_data() { addArticleRows(); }
    void articleFiles()
    {
        QFETCH(QString, dir);
        QFETCH(QString, file);
        const SampleCorpus &c = *corpus(dir);
        const QJsonObject a = c.article(file);
        QFile f(c.articlePath(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();

        const QString text = c.decodedText(file);
        QVERIFY2(!text.isEmpty(), "the article does not decode with its declared encoding");
        const bool html = str(a, "format") == u"html";
        const int words = countWords(text, html);
        QCOMPARE(words, a.value(QStringLiteral("words")).toInt());
        QVERIFY2(words >= 300 && words <= 900, qPrintable(QString::number(words)));

        QCOMPARE(QFileInfo(file).suffix(), str(a, "format"));
        QCOMPARE(bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xEF\xBB\xBF"), a.value(QStringLiteral("bom")).toBool());
        const bool crlf = text.contains(QStringLiteral("\r\n"));
        QCOMPARE(crlf, str(a, "line_endings") == u"CRLF");
        if (crlf)
            QCOMPARE(text.count(QStringLiteral("\r\n")), text.count(QLatin1Char('\n')));
        for (const char *key : {"title", "outlet", "published", "language"})
            QVERIFY2(!str(a, key).isEmpty(), key);
    }

    void snippetsUnique_data() { addRefRows(); }
    void snippetsUnique()
    {
        QFETCH(QString, dir);
        QFETCH(QString, file);
        QFETCH(QString, snippet);
        QFETCH(QString, category);
        const SampleCorpus &c = *corpus(dir);
        QVERIFY2(!c.article(file).isEmpty(), "file is not listed under articles");
        const QString text = c.decodedText(file);
        QVERIFY(!snippet.isEmpty());
        QVERIFY2(!snippet.contains(QLatin1Char('\n')), "a snippet must not span lines");
        if (category == u"absent")
            QVERIFY(countOccurrences(text, snippet) >= 1);
        else
            QCOMPARE(countOccurrences(text, snippet), 1);
    }

    void structure()
    {
        for (const SampleCorpus &c : std::as_const(m_corpora)) {
            const QJsonObject &exp = c.expected;
            QSet<QString> files;
            for (const QJsonValue &a : arr(exp, "articles"))
                files.insert(str(a.toObject(), "file"));
            QVERIFY(files.size() >= 3);

            // Exactly one outlier, and it is one of the articles.
            QVERIFY(exp.value(QStringLiteral("outlier")).isObject());
            QVERIFY(!exp.contains(QStringLiteral("outliers")));
            const QJsonObject outlier = exp.value(QStringLiteral("outlier")).toObject();
            QVERIFY(files.contains(str(outlier, "file")));
            QVERIFY(!str(outlier, "reason").isEmpty());

            bool sawSplit = false;
            for (const QJsonValue &g : arr(exp, "correspondences")) {
                QSet<QString> groupFiles;
                const QJsonArray members = g.toArray();
                for (const QJsonValue &m : members)
                    groupFiles.insert(str(m.toObject(), "file"));
                QVERIFY2(groupFiles.size() >= 2, "a correspondence group needs two outlets");
                QVERIFY(!groupFiles.contains(str(outlier, "file")));
                sawSplit = sawSplit || groupFiles.size() < members.size();
            }
            QVERIFY2(sawSplit, "no group shows a split paragraph");
        }
    }

    void quotes()
    {
        for (const SampleCorpus &c : std::as_const(m_corpora)) {
            bool sawVerbatimAndVariants = false;
            bool sawTurnAndIndirect = false;
            for (const QJsonValue &qv : arr(c.expected, "quotes")) {
                const QJsonObject q = qv.toObject();
                const QString canonical = trimmedQuote(str(q, "text"));
                QVERIFY(!str(q, "speaker").isEmpty());
                QSet<QString> verbatim, variant, occurring, forms;
                for (const QJsonValue &f : arr(q, "verbatim"))
                    verbatim.insert(f.toString());
                for (const QJsonValue &f : arr(q, "variant"))
                    variant.insert(f.toString());
                QVERIFY2(!verbatim.intersects(variant), qPrintable(canonical));
                for (const QJsonValue &ov : arr(q, "occurrences")) {
                    const QJsonObject o = ov.toObject();
                    const QString file = str(o, "file");
                    occurring.insert(file);
                    forms.insert(str(o, "form"));
                    const bool same = trimmedQuote(str(o, "snippet")) == canonical;
                    QVERIFY2(same == verbatim.contains(file), qPrintable(file + QStringLiteral(": ") + str(o, "snippet")));
                }
                QCOMPARE(occurring, verbatim + variant);
                sawVerbatimAndVariants = sawVerbatimAndVariants || (verbatim.size() >= 3 && variant.size() >= 2);
                sawTurnAndIndirect = sawTurnAndIndirect
                    || (forms.contains(QStringLiteral("turn")) && forms.contains(QStringLiteral("indirect")));
            }
            QVERIFY(sawVerbatimAndVariants);
            QVERIFY(sawTurnAndIndirect);
        }
    }

    void passagesAndFacts()
    {
        const QSet<QString> kinds {QStringLiteral("number"), QStringLiteral("date"),    QStringLiteral("time"),
                                   QStringLiteral("money"),  QStringLiteral("percent"), QStringLiteral("name")};
        for (const SampleCorpus &c : std::as_const(m_corpora)) {
            for (const QJsonValue &pv : arr(c.expected, "passages")) {
                const QJsonObject p = pv.toObject();
                const int words = countWords(str(p, "text"), false);
                QVERIFY2(words >= 8, qPrintable(str(p, "text")));
                QCOMPARE(words, p.value(QStringLiteral("words")).toInt());
                QVERIFY(arr(p, "occurrences").size() >= 2);
            }
            for (const QJsonValue &cv : arr(c.expected, "conflicts")) {
                const QJsonObject conflict = cv.toObject();
                QVERIFY2(kinds.contains(str(conflict, "kind")), qPrintable(str(conflict, "kind")));
                QVERIFY(!str(conflict, "subject").isEmpty());
                QSet<QString> values, claimFiles;
                for (const QJsonValue &cl : arr(conflict, "claims")) {
                    values.insert(str(cl.toObject(), "value"));
                    claimFiles.insert(str(cl.toObject(), "file"));
                }
                QVERIFY2(values.size() >= 2, qPrintable(str(conflict, "subject")));
                QVERIFY2(claimFiles.size() >= 2, qPrintable(str(conflict, "subject")));
            }
            for (const QJsonValue &nv : arr(c.expected, "non_conflicts")) {
                const QJsonObject nc = nv.toObject();
                QVERIFY(kinds.contains(str(nc, "kind")));
                QVERIFY(!str(nc, "why").isEmpty());
                QVERIFY(arr(nc, "claims").size() >= 2);
            }
        }
    }

    // ---- the loaders produce what expected.json describes -----------------------------

    void loaderMetadata_data() { addArticleRows(); }
    void loaderMetadata()
    {
        QFETCH(QString, dir);
        QFETCH(QString, file);
        const SampleCorpus &c = *corpus(dir);
        const QJsonObject a = c.article(file);
        const LoadManyResult r = loadDocuments({c.articlePath(file)});
        QVERIFY2(r.errors.isEmpty(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().message()));
        QCOMPARE(r.documents.size(), 1);
        const Document &doc = r.documents.constFirst();
        QCOMPARE(doc.format, str(a, "format"));
        QCOMPARE(doc.encoding, str(a, "encoding"));
        QCOMPARE(doc.title, str(a, "title"));
        QCOMPARE(doc.outlet, str(a, "outlet"));
        QCOMPARE(doc.published.toIso(), str(a, "published"));
        for (const Paragraph &p : doc.paragraphs)
            QVERIFY2(!p.text.contains(QLatin1Char('\r')), "a paragraph kept a carriage return");
    }

    void loaderSnippets_data() { addRefRows(); }
    void loaderSnippets()
    {
        QFETCH(QString, dir);
        QFETCH(QString, file);
        QFETCH(QString, snippet);
        QFETCH(QString, category);
        const SampleCorpus &c = *corpus(dir);
        const QString format = str(c.article(file), "format");
        const Document *doc = loaded(c.articlePath(file));
        QVERIFY2(doc, "the article did not load");
        const QList<int> hits = paragraphsContaining(*doc, snippet);

        if (category == u"absent") {
            QVERIFY2(hits.isEmpty(), "script/style/attribute text leaked into a paragraph");
            return;
        }
        if (category == u"boilerplate" && format == u"html") {
            // An HTML loader may drop page furniture altogether; if it keeps it, it must say so.
            for (int i : hits)
                QCOMPARE(roleName(doc->paragraphs.at(i).role), QStringLiteral("boilerplate"));
            return;
        }
        QCOMPARE(hits.size(), 1);
        const QString role = roleName(doc->paragraphs.at(hits.first()).role);
        if (category == u"boilerplate")
            QCOMPARE(role, QStringLiteral("boilerplate"));
        else if (category == u"caption")
            QCOMPARE(role, QStringLiteral("caption"));
        else
            QVERIFY2(role == u"body" || role == u"dateline", qPrintable(QStringLiteral("role is ") + role));
    }

    void loaderLayout()
    {
        for (const SampleCorpus &c : std::as_const(m_corpora)) {
            const QJsonObject layout = c.expected.value(QStringLiteral("layout")).toObject();
            for (const char *kind : {"split", "merged"}) {
                for (const QJsonValue &ev : arr(layout, kind)) {
                    const QJsonObject e = ev.toObject();
                    const Document *doc = loaded(c.articlePath(str(e, "file")));
                    QVERIFY(doc);
                    QSet<int> paragraphs;
                    for (const QJsonValue &s : arr(e, "snippets")) {
                        const QList<int> hits = paragraphsContaining(*doc, s.toString());
                        QCOMPARE(hits.size(), 1);
                        paragraphs.insert(hits.first());
                    }
                    const int expected = qstrcmp(kind, "split") == 0 ? int(arr(e, "snippets").size()) : 1;
                    QVERIFY2(paragraphs.size() == expected, qPrintable(str(e, "why")));
                }
            }
        }
    }

    void loadAllTogether()
    {
        for (const SampleCorpus &c : std::as_const(m_corpora)) {
            QStringList paths;
            for (const QJsonValue &a : arr(c.expected, "articles"))
                paths.append(c.articlePath(str(a.toObject(), "file")));
            const LoadManyResult r = loadDocuments(paths);
            QVERIFY(r.errors.isEmpty());
            QCOMPARE(r.documents.size(), paths.size());
            for (qsizetype i = 0; i < r.documents.size(); ++i) {
                QCOMPARE(r.documents.at(i).id, QStringLiteral("d%1").arg(i + 1));
                QCOMPARE(r.documents.at(i).path, paths.at(i));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "tst_samplecorpus.moc"
