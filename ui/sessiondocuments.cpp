#include "sessiondocuments.h"

#include "session/reanchor.h"

namespace parallax {

Session followDocuments(const Session &session, QList<Document> &documents)
{
    Session next = session;
    next.documents.clear();
    QList<bool> used(session.documents.size(), false);
    QStringList keys;
    for (Document &doc : documents) {
        int match = -1;
        for (qsizetype i = 0; i < session.documents.size() && match < 0; ++i) {
            const Document &o = session.documents.at(i).document;
            if (used.at(i))
                continue;
            if (doc.path.isEmpty() ? (o.path.isEmpty() && o.paragraphs == doc.paragraphs) : o.path == doc.path)
                match = int(i);
        }
        SessionDocument sd;
        if (match >= 0) {
            used[match] = true;
            sd = session.documents.at(match);
            if (sd.document.paragraphs != doc.paragraphs) {
                // The file changed on disk: its notes look for their text again.
                sd.document = doc;
                reanchorAnnotations(next.annotations, sd.key, doc);
            }
        } else {
            sd = SessionDocument {makeDocumentKey(doc, keys), doc, {}};
        }
        keys.append(sd.key);
        doc = applyOverrides(sd.document, sd.overrides);
        next.documents.append(sd);
    }
    // Notes on closed articles go with them.
    next.annotations.removeIf([&keys](const Annotation &a) { return !keys.contains(a.documentKey); });
    if (!next.pivotKey.isEmpty() && !keys.contains(next.pivotKey))
        next.pivotKey.clear();
    return next;
}

MetadataOverride metadataOverride(const Document &loaded, const Document &edited)
{
    MetadataOverride o;
    if (edited.title != loaded.title)
        o.title = edited.title;
    if (edited.outlet != loaded.outlet)
        o.outlet = edited.outlet;
    if (!(edited.published == loaded.published))
        o.published = edited.published;
    return o;
}

} // namespace parallax
