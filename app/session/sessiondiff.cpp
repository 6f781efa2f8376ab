#include "sessiondiff.h"

#include <QCoreApplication>

namespace parallax {

namespace {

const Annotation *findAnnotation(const Session &s, const QString &id)
{
    for (const Annotation &a : s.annotations) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString brief(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 50 ? simple : simple.left(47) + QStringLiteral("...");
}

QString optionalText(const std::optional<QString> &v)
{
    return v ? u'"' + *v + u'"' : QCoreApplication::translate("session", "(as loaded)");
}

QString optionalDate(const std::optional<PublicationDate> &v)
{
    return v ? v->toIso() : QCoreApplication::translate("session", "(as loaded)");
}

} // namespace

QStringList sessionDifferences(const Session &from, const Session &to)
{
    QStringList lines;
    for (const Annotation &b : to.annotations) {
        const Annotation *a = findAnnotation(from, b.id);
        if (!a) {
            lines << QCoreApplication::translate("session", "annotation %1 added: \"%2\"")
                         .arg(b.id, brief(b.note.isEmpty() ? b.quote : b.note));
            continue;
        }
        QStringList what;
        if (a->note != b.note)
            what << QCoreApplication::translate("session", "note");
        if (a->tag != b.tag)
            what << QCoreApplication::translate("session", "tag");
        if (a->colour != b.colour)
            what << QCoreApplication::translate("session", "colour");
        if (a->documentKey != b.documentKey || a->paragraph != b.paragraph || a->start != b.start || a->end != b.end)
            what << QCoreApplication::translate("session", "anchor");
        if (a->orphanedReason != b.orphanedReason)
            what << QCoreApplication::translate("session", "orphaned state");
        if (!what.isEmpty())
            lines << QCoreApplication::translate("session", "annotation %1 changed (%2)")
                         .arg(b.id, what.join(QStringLiteral(", ")));
    }
    for (const Annotation &a : from.annotations) {
        if (!findAnnotation(to, a.id))
            lines << QCoreApplication::translate("session", "annotation %1 removed: \"%2\"")
                         .arg(a.id, brief(a.note.isEmpty() ? a.quote : a.note));
    }
    for (const SessionDocument &d : to.documents) {
        const int i = from.indexOfKey(d.key);
        const QString name = d.document.outlet.isEmpty() ? d.key : d.document.outlet;
        if (i < 0) {
            lines << QCoreApplication::translate("session", "article added: %1").arg(name);
            continue;
        }
        const MetadataOverride &o = from.documents.at(i).overrides;
        if (o.title != d.overrides.title)
            lines << QCoreApplication::translate("session", "%1: title %2 -> %3")
                         .arg(name, optionalText(o.title), optionalText(d.overrides.title));
        if (o.outlet != d.overrides.outlet)
            lines << QCoreApplication::translate("session", "%1: outlet %2 -> %3")
                         .arg(name, optionalText(o.outlet), optionalText(d.overrides.outlet));
        if (o.published != d.overrides.published)
            lines << QCoreApplication::translate("session", "%1: date %2 -> %3")
                         .arg(name, optionalDate(o.published), optionalDate(d.overrides.published));
    }
    for (const SessionDocument &d : from.documents) {
        if (to.indexOfKey(d.key) < 0)
            lines << QCoreApplication::translate("session", "article removed: %1")
                         .arg(d.document.outlet.isEmpty() ? d.key : d.document.outlet);
    }
    return lines;
}

} // namespace parallax
