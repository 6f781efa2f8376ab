#include "session.h"

#include <QCryptographicHash>

namespace parallax {

int Session::indexOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (documents.at(i).key == key)
            return int(i);
    }
    return -1;
}

Document applyOverrides(const Document &document, const MetadataOverride &overrides)
{
    Document d = document;
    if (overrides.title)
        d.title = *overrides.title;
    if (overrides.outlet)
        d.outlet = *overrides.outlet;
    if (overrides.published)
        d.published = *overrides.published;
    return d;
}

QList<Document> Session::effectiveDocuments() const
{
    QList<Document> out;
    out.reserve(documents.size());
    for (const SessionDocument &sd : documents) {
        Document d = applyOverrides(sd.document, sd.overrides);
        d.id = QStringLiteral("d%1").arg(out.size() + 1);
        out.append(d);
    }
    return out;
}

QString makeDocumentKey(const Document &document, const QStringList &existing)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(document.source.toUtf8());
    for (const Paragraph &p : document.paragraphs)
        hash.addData(p.text.toUtf8());
    const QString base = u'k' + QString::fromLatin1(hash.result().toHex().left(12));
    // The same article added twice still needs two keys.
    QString key = base;
    for (int n = 2; existing.contains(key); ++n)
        key = base + u'-' + QString::number(n);
    return key;
}

Session sessionFromDocuments(const QList<Document> &documents)
{
    Session s;
    QStringList keys;
    for (const Document &d : documents) {
        SessionDocument sd;
        sd.key = makeDocumentKey(d, keys);
        sd.document = d;
        keys.append(sd.key);
        s.documents.append(sd);
    }
    s.paneOrder = keys;
    s.layout = QStringLiteral("side-by-side");
    return s;
}

} // namespace parallax
