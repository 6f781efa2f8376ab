#pragma once

#include "session/session.h"

// A hand-made session with awkward text (quotes, newlines, non-Latin script, emoji) in every
// field, shared by the session tests and the crash-during-save helper.
inline parallax::Session makeFixtureSession(int paragraphsPerDocument = 4)
{
    using namespace parallax;
    QList<Document> docs;
    const QStringList outlets
        = {QStringLiteral("Northgate Wire"), QStringLiteral("Восточный обозреватель"), QStringLiteral("Valley \"Courier\"")};
    for (int d = 0; d < outlets.size(); ++d) {
        Document doc;
        doc.id = QStringLiteral("d%1").arg(d + 1);
        doc.path = QStringLiteral("/nowhere/article-%1.txt").arg(d + 1);
        doc.format = d == 1 ? QStringLiteral("html") : QStringLiteral("txt");
        doc.encoding = d == 1 ? QStringLiteral("windows-1251") : QStringLiteral("UTF-8");
        doc.title = QStringLiteral("Dam breach at Holvik, part %1").arg(d + 1);
        doc.outlet = outlets.at(d);
        doc.published.date = QDate(2024, 3, 3 + d);
        if (d > 0)
            doc.published.time = QTime(8, 45 + d, 0);
        if (d == 2)
            doc.published.utcOffsetSeconds = -5 * 3600 - 1800;
        doc.paragraphs.append(Paragraph {doc.title, ParagraphRole::Title});
        for (int p = 0; p < paragraphsPerDocument; ++p)
            doc.paragraphs.append(
                Paragraph {QStringLiteral("Paragraph %1 of %2: \u201cwater\u201d rose\t%3 m \U0001F30A, said \\ the engineer.")
                               .arg(p + 1)
                               .arg(doc.outlet)
                               .arg(p * 3 + d),
                           p == 0 ? ParagraphRole::Dateline : ParagraphRole::Body});
        doc.source = QStringLiteral("# %1\n\n<p>raw source</p>\r\n").arg(doc.title);
        doc.paragraphBreaks = d == 0 ? QStringLiteral("hard-wrapped") : QStringLiteral("markup");
        docs.append(doc);
    }
    Session s = sessionFromDocuments(docs);
    s.documents[1].overrides.title = QStringLiteral("Corrected title");
    s.documents[2].overrides.published = PublicationDate {QDate(2024, 3, 4), QTime(10, 0), 3600};
    Annotation a;
    a.id = QStringLiteral("a1");
    a.documentKey = s.documents.at(1).key;
    a.paragraph = 2;
    a.start = 5;
    a.end = 20;
    captureAnchor(a, s.documents.at(1).document);
    a.note = QStringLiteral("Check this against the \"official\" figure.\nSecond line.");
    a.tag = QStringLiteral("disputed");
    a.colour = QStringLiteral("#e8837c");
    a.created = QDateTime(QDate(2024, 3, 5), QTime(9, 1, 2, 345), Qt::UTC);
    a.modified = QDateTime(QDate(2024, 3, 5), QTime(9, 5, 0), Qt::UTC);
    s.annotations.append(a);
    Annotation b = a;
    b.id = QStringLiteral("a2");
    b.documentKey = s.documents.at(0).key;
    b.paragraph = 1;
    b.start = 0;
    b.end = 9;
    captureAnchor(b, s.documents.at(0).document);
    b.note = QString();
    b.tag = QStringLiteral("my own tag");
    b.colour = QStringLiteral("#123ABC");
    b.orphanedReason = QStringLiteral("gone");
    s.annotations.append(b);
    s.pivotKey = s.documents.at(1).key;
    s.paneOrder = {s.documents.at(2).key, s.documents.at(0).key, s.documents.at(1).key};
    s.hiddenPanes = {s.documents.at(0).key};
    s.layout = QStringLiteral("side-by-side");
    return s;
}
