#include "htmlmetadata.h"

#include "gumbonode.h"

#include <QMap>
#include <QRegularExpression>

namespace parallax {

namespace {

// Meta names that carry the publication moment, best first.
const QStringList &dateMetaNames()
{
    static const QStringList names = {QStringLiteral("article:published_time"),
                                      QStringLiteral("og:published_time"),
                                      QStringLiteral("datepublished"),
                                      QStringLiteral("pubdate"),
                                      QStringLiteral("publishdate"),
                                      QStringLiteral("publish-date"),
                                      QStringLiteral("dc.date.issued"),
                                      QStringLiteral("dc.date"),
                                      QStringLiteral("dcterms.created"),
                                      QStringLiteral("date"),
                                      QStringLiteral("parsely-pub-date"),
                                      QStringLiteral("sailthru.date")};
    return names;
}

struct Collected
{
    QString titleTag, ogTitle, twitterTitle, h1;
    QString siteName, applicationName, publisher, jsonLdPublisher;
    QMap<int, QString> metaDates; // rank in dateMetaNames() -> value
    QString jsonLdDate, timeDate;
};

void readJsonLd(const QString &script, Collected &c)
{
    // A regex, not a JSON parser: pages often embed several or slightly broken objects, and
    // only these two fields matter.
    static const QRegularExpression date(QStringLiteral(R"re("datePublished"\s*:\s*"([^"]{4,40})")re"));
    static const QRegularExpression publisher(QStringLiteral(R"re("publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,80})")re"));
    if (c.jsonLdDate.isEmpty())
        c.jsonLdDate = date.match(script).captured(1);
    if (c.jsonLdPublisher.isEmpty())
        c.jsonLdPublisher = publisher.match(script).captured(1);
}

void visit(const GumboNode *node, Collected &c)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_TITLE:
        if (c.titleTag.isEmpty())
            c.titleTag = gumbo::textContent(node);
        break;
    case GUMBO_TAG_H1:
        if (c.h1.isEmpty())
            c.h1 = gumbo::textContent(node);
        break;
    case GUMBO_TAG_TIME:
        if (c.timeDate.isEmpty())
            c.timeDate = gumbo::attribute(node, "datetime").trimmed();
        break;
    case GUMBO_TAG_SCRIPT:
        if (gumbo::attribute(node, "type").contains(u"ld+json", Qt::CaseInsensitive))
            readJsonLd(gumbo::textContent(node), c);
        break;
    case GUMBO_TAG_META: {
        QString key = gumbo::attribute(node, "property");
        if (key.isEmpty())
            key = gumbo::attribute(node, "name");
        if (key.isEmpty())
            key = gumbo::attribute(node, "itemprop");
        key = key.toLower();
        const QString content = gumbo::attribute(node, "content").simplified();
        if (content.isEmpty())
            break;
        if (key == u"og:title" && c.ogTitle.isEmpty())
            c.ogTitle = content;
        else if (key == u"twitter:title" && c.twitterTitle.isEmpty())
            c.twitterTitle = content;
        else if (key == u"og:site_name" && c.siteName.isEmpty())
            c.siteName = content;
        else if (key == u"application-name" && c.applicationName.isEmpty())
            c.applicationName = content;
        else if ((key == u"publisher" || key == u"article:publisher" || key == u"dc.publisher") && c.publisher.isEmpty()
                 && !content.startsWith(u"http"))
            c.publisher = content;
        const int rank = int(dateMetaNames().indexOf(key));
        if (rank >= 0 && !c.metaDates.contains(rank))
            c.metaDates.insert(rank, content);
        break;
    }
    default:
        break;
    }
}

} // namespace

QString stripTitleSuffix(const QString &title, const QString &siteName)
{
    static const QRegularExpression suffix(QStringLiteral(R"(^(.+?)\s+(\||::|•|·|—|–|-)\s+([^|]{1,60})$)"));
    QString t = title.simplified();
    for (int round = 0; round < 2; ++round) {
        const QRegularExpressionMatch m = suffix.match(t);
        if (!m.hasMatch())
            break;
        const QString sep = m.captured(2);
        const QString tail = m.captured(3).trimmed();
        const bool namesSite = !siteName.isEmpty() && tail.compare(siteName, Qt::CaseInsensitive) == 0;
        // A dash may be part of the headline itself; a bar almost never is.
        if (!namesSite && sep != u"|" && sep != u"::" && sep != u"•" && sep != u"·")
            break;
        t = m.captured(1).trimmed();
    }
    return t;
}

HtmlMetadata readHtmlMetadata(const GumboNode *root)
{
    Collected c;
    QList<const GumboNode *> stack {root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        visit(n, c);
        const GumboVector &children = n->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    HtmlMetadata out;
    out.h1 = c.h1;
    for (const QString &s : {c.siteName, c.applicationName, c.publisher, c.jsonLdPublisher}) {
        if (!s.isEmpty()) {
            out.outlet = s;
            break;
        }
    }
    for (const QString &s : {c.ogTitle, c.twitterTitle, c.h1, c.titleTag}) {
        if (!s.isEmpty()) {
            out.title = stripTitleSuffix(s, out.outlet);
            break;
        }
    }
    // Article meta first, then JSON-LD, then generic meta, then the first <time datetime>.
    for (auto it = c.metaDates.cbegin(); it != c.metaDates.cend(); ++it) {
        if (it.key() <= 1)
            out.dateCandidates.append(it.value());
    }
    if (!c.jsonLdDate.isEmpty())
        out.dateCandidates.append(c.jsonLdDate);
    for (auto it = c.metaDates.cbegin(); it != c.metaDates.cend(); ++it) {
        if (it.key() > 1)
            out.dateCandidates.append(it.value());
    }
    if (!c.timeDate.isEmpty())
        out.dateCandidates.append(c.timeDate);
    return out;
}

} // namespace parallax
