#include "sessionio.h"

#include "util/jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace parallax {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void writeOptionalString(JsonWriter &w, QStringView key, const std::optional<QString> &value)
{
    if (!value)
        return;
    w.key(key);
    w.value(*value);
}

void writeDocument(JsonWriter &w, const SessionDocument &sd)
{
    const Document &d = sd.document;
    w.beginObject();
    w.key(u"key");
    w.value(sd.key);
    w.key(u"path");
    w.value(d.path);
    w.key(u"format");
    w.value(d.format);
    w.key(u"encoding");
    w.value(d.encoding);
    w.key(u"title");
    w.value(d.title);
    w.key(u"outlet");
    w.value(d.outlet);
    w.key(u"published");
    if (d.published.isValid())
        w.value(d.published.toIso());
    else
        w.null();
    w.key(u"overrides");
    w.beginObject();
    writeOptionalString(w, u"title", sd.overrides.title);
    writeOptionalString(w, u"outlet", sd.overrides.outlet);
    if (sd.overrides.published) {
        w.key(u"published");
        w.value(sd.overrides.published->toIso());
    }
    w.endObject();
    w.key(u"paragraphs");
    w.beginArray();
    for (const Paragraph &p : d.paragraphs) {
        w.beginObject();
        w.key(u"role");
        w.value(roleName(p.role));
        w.key(u"text");
        w.value(p.text);
        w.endObject();
    }
    w.endArray();
    w.key(u"source");
    w.value(d.source);
    w.key(u"paragraphBreaks");
    w.value(d.paragraphBreaks);
    w.endObject();
}

void writeAnnotation(JsonWriter &w, const Annotation &a)
{
    w.beginObject();
    w.key(u"id");
    w.value(a.id);
    w.key(u"document");
    w.value(a.documentKey);
    w.key(u"paragraph");
    w.value(a.paragraph);
    w.key(u"start");
    w.value(a.start);
    w.key(u"end");
    w.value(a.end);
    w.key(u"quote");
    w.value(a.quote);
    w.key(u"contextBefore");
    w.value(a.contextBefore);
    w.key(u"contextAfter");
    w.value(a.contextAfter);
    w.key(u"note");
    w.value(a.note);
    w.key(u"tag");
    w.value(a.tag);
    w.key(u"colour");
    w.value(a.colour);
    w.key(u"created");
    w.value(isoTime(a.created));
    w.key(u"modified");
    w.value(isoTime(a.modified));
    w.key(u"orphanedReason");
    if (a.isOrphaned())
        w.value(a.orphanedReason);
    else
        w.null();
    w.endObject();
}

void writeStrings(JsonWriter &w, QStringView key, const QStringList &list)
{
    w.key(key);
    w.beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

// Reads with a path for every value, so an error says exactly where the file is wrong.
class Reader final
{
public:
    QString error;

    bool fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + what;
        return false;
    }

    bool string(const QJsonObject &o, const QString &key, const QString &path, QString &out, bool nullable = false)
    {
        const QJsonValue v = o.value(key);
        if (nullable && v.isNull()) {
            out.clear();
            return true;
        }
        if (!v.isString())
            return fail(path + u'.' + key,
                        v.isUndefined() ? QCoreApplication::translate("session", "missing")
                                        : QCoreApplication::translate("session", "expected a string"));
        out = v.toString();
        return true;
    }

    bool integer(const QJsonObject &o, const QString &key, const QString &path, int &out, int minimum = 0)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1.0);
        // Range first: converting a double beyond qint64 ("7e42") to an integer is undefined.
        if (!v.isDouble() || !(d >= minimum && d <= 1e9) || d != std::trunc(d))
            return fail(path + u'.' + key,
                        v.isUndefined() ? QCoreApplication::translate("session", "missing")
                                        : QCoreApplication::translate("session", "expected a non-negative integer"));
        out = int(d);
        return true;
    }

    bool array(const QJsonObject &o, const QString &key, const QString &path, QJsonArray &out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            return fail(path + u'.' + key,
                        v.isUndefined() ? QCoreApplication::translate("session", "missing")
                                        : QCoreApplication::translate("session", "expected an array"));
        out = v.toArray();
        return true;
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject &out)
    {
        if (!v.isObject())
            return fail(path,
                        v.isUndefined() ? QCoreApplication::translate("session", "missing")
                                        : QCoreApplication::translate("session", "expected an object"));
        out = v.toObject();
        return true;
    }

    bool strings(const QJsonObject &o, const QString &key, const QString &path, QStringList &out)
    {
        QJsonArray a;
        if (!array(o, key, path, a))
            return false;
        out.clear();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                return fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                            QCoreApplication::translate("session", "expected a string"));
            out.append(a.at(i).toString());
        }
        return true;
    }

    bool date(const QString &iso, const QString &path, PublicationDate &out)
    {
        const auto parsed = parsePublicationIso(iso);
        if (!parsed)
            return fail(path, QCoreApplication::translate("session", "not an ISO 8601 date: \"%1\"").arg(iso));
        out = *parsed;
        return true;
    }

    bool timestamp(const QString &iso, const QString &path, QDateTime &out)
    {
        if (iso.isEmpty()) {
            out = {};
            return true;
        }
        out = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!out.isValid())
            return fail(path, QCoreApplication::translate("session", "not an ISO 8601 time: \"%1\"").arg(iso));
        out = out.toUTC();
        return true;
    }
};

std::optional<ParagraphRole> roleFromName(const QString &name)
{
    for (ParagraphRole r : {ParagraphRole::Title, ParagraphRole::Dateline, ParagraphRole::Body, ParagraphRole::Caption,
                            ParagraphRole::Boilerplate, ParagraphRole::Heading}) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

bool readDocument(Reader &r, const QJsonValue &value, const QString &path, SessionDocument &sd)
{
    QJsonObject o;
    if (!r.object(value, path, o))
        return false;
    Document &d = sd.document;
    QString published;
    if (!r.string(o, QStringLiteral("key"), path, sd.key) || !r.string(o, QStringLiteral("path"), path, d.path)
        || !r.string(o, QStringLiteral("format"), path, d.format) || !r.string(o, QStringLiteral("encoding"), path, d.encoding)
        || !r.string(o, QStringLiteral("title"), path, d.title) || !r.string(o, QStringLiteral("outlet"), path, d.outlet)
        || !r.string(o, QStringLiteral("published"), path, published, true)
        || !r.string(o, QStringLiteral("source"), path, d.source))
        return false;
    if (sd.key.isEmpty())
        return r.fail(path + QStringLiteral(".key"), QCoreApplication::translate("session", "must not be empty"));
    if (!published.isEmpty() && !r.date(published, path + QStringLiteral(".published"), d.published))
        return false;
    QJsonObject overrides;
    if (!r.object(o.value(QStringLiteral("overrides")), path + QStringLiteral(".overrides"), overrides))
        return false;
    const QString opath = path + QStringLiteral(".overrides");
    QString text;
    if (overrides.contains(QStringLiteral("title"))) {
        if (!r.string(overrides, QStringLiteral("title"), opath, text))
            return false;
        sd.overrides.title = text;
    }
    if (overrides.contains(QStringLiteral("outlet"))) {
        if (!r.string(overrides, QStringLiteral("outlet"), opath, text))
            return false;
        sd.overrides.outlet = text;
    }
    if (overrides.contains(QStringLiteral("published"))) {
        PublicationDate date;
        if (!r.string(overrides, QStringLiteral("published"), opath, text)
            || !r.date(text, opath + QStringLiteral(".published"), date))
            return false;
        sd.overrides.published = date;
    }
    // Optional: sessions saved before it was added have none.
    if (o.contains(QStringLiteral("paragraphBreaks")) && !r.string(o, QStringLiteral("paragraphBreaks"), path, d.paragraphBreaks))
        return false;
    QJsonArray paragraphs;
    if (!r.array(o, QStringLiteral("paragraphs"), path, paragraphs))
        return false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString ppath = QStringLiteral("%1.paragraphs[%2]").arg(path).arg(i);
        QJsonObject po;
        QString role;
        Paragraph p;
        if (!r.object(paragraphs.at(i), ppath, po) || !r.string(po, QStringLiteral("role"), ppath, role)
            || !r.string(po, QStringLiteral("text"), ppath, p.text))
            return false;
        const auto parsedRole = roleFromName(role);
        if (!parsedRole)
            return r.fail(ppath + QStringLiteral(".role"),
                          QCoreApplication::translate("session", "unknown role \"%1\"").arg(role));
        p.role = *parsedRole;
        d.paragraphs.append(p);
    }
    return true;
}

bool readAnnotation(Reader &r, const QJsonValue &value, const QString &path, const Session &s, Annotation &a)
{
    QJsonObject o;
    QString created;
    QString modified;
    if (!r.object(value, path, o) || !r.string(o, QStringLiteral("id"), path, a.id)
        || !r.string(o, QStringLiteral("document"), path, a.documentKey)
        || !r.integer(o, QStringLiteral("paragraph"), path, a.paragraph) || !r.integer(o, QStringLiteral("start"), path, a.start)
        || !r.integer(o, QStringLiteral("end"), path, a.end) || !r.string(o, QStringLiteral("quote"), path, a.quote)
        || !r.string(o, QStringLiteral("contextBefore"), path, a.contextBefore)
        || !r.string(o, QStringLiteral("contextAfter"), path, a.contextAfter)
        || !r.string(o, QStringLiteral("note"), path, a.note) || !r.string(o, QStringLiteral("tag"), path, a.tag)
        || !r.string(o, QStringLiteral("colour"), path, a.colour) || !r.string(o, QStringLiteral("created"), path, created)
        || !r.string(o, QStringLiteral("modified"), path, modified)
        || !r.string(o, QStringLiteral("orphanedReason"), path, a.orphanedReason, true)
        || !r.timestamp(created, path + QStringLiteral(".created"), a.created)
        || !r.timestamp(modified, path + QStringLiteral(".modified"), a.modified))
        return false;
    if (a.id.isEmpty())
        return r.fail(path + QStringLiteral(".id"), QCoreApplication::translate("session", "must not be empty"));
    if (s.indexOfKey(a.documentKey) < 0)
        return r.fail(path + QStringLiteral(".document"),
                      QCoreApplication::translate("session", "no document has the key \"%1\"").arg(a.documentKey));
    if (a.end < a.start)
        return r.fail(path + QStringLiteral(".end"), QCoreApplication::translate("session", "is before start"));
    if (!isValidColour(a.colour))
        return r.fail(path + QStringLiteral(".colour"), QStringLiteral("expected \"#rrggbb\", got \"%1\"").arg(a.colour));
    return true;
}

} // namespace

std::optional<PublicationDate> parsePublicationIso(const QString &iso)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(?:([+-])(\d{2}):(\d{2}))?)?$)"));
    const QRegularExpressionMatch m = form.match(iso);
    if (!m.hasMatch())
        return std::nullopt;
    PublicationDate d;
    d.date = QDate::fromString(m.captured(1), Qt::ISODate);
    if (!d.date.isValid())
        return std::nullopt;
    if (m.hasCaptured(2)) {
        d.time = QTime::fromString(m.captured(2), QStringLiteral("HH:mm:ss"));
        if (!d.time.isValid())
            return std::nullopt;
    }
    if (m.hasCaptured(3)) {
        const int seconds = (m.captured(4).toInt() * 60 + m.captured(5).toInt()) * 60;
        d.utcOffsetSeconds = m.captured(3) == u"-" ? -seconds : seconds;
    }
    return d;
}

QByteArray toSessionJson(const Session &session)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"schema");
    w.value(sessionSchema);
    w.key(u"documents");
    w.beginArray();
    for (const SessionDocument &sd : session.documents)
        writeDocument(w, sd);
    w.endArray();
    w.key(u"annotations");
    w.beginArray();
    for (const Annotation &a : session.annotations)
        writeAnnotation(w, a);
    w.endArray();
    w.key(u"view");
    w.beginObject();
    w.key(u"pivot");
    if (session.pivotKey.isEmpty())
        w.null();
    else
        w.value(session.pivotKey);
    writeStrings(w, u"paneOrder", session.paneOrder);
    writeStrings(w, u"hiddenPanes", session.hiddenPanes);
    w.key(u"layout");
    w.value(session.layout);
    w.endObject();
    w.endObject();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

SessionReadResult fromSessionJson(const QByteArray &bytes)
{
    SessionReadResult result;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error
            = QCoreApplication::translate("session", "not valid JSON (%1 at byte %2); the file may be truncated or corrupt")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return result;
    }
    if (!json.isObject()) {
        result.error = QCoreApplication::translate("session", "not a Parallax session (the top level is not a JSON object)");
        return result;
    }
    const QJsonObject root = json.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    const QString expected = QString::fromLatin1(sessionSchema);
    if (!schema.isString()) {
        result.error = QCoreApplication::translate("session", "not a Parallax session (no \"schema\" naming %1)").arg(expected);
        return result;
    }
    const QString name = schema.toString();
    if (name != expected) {
        static const QRegularExpression versioned(QStringLiteral(R"(^parallax\.session/(\d+)$)"));
        const QRegularExpressionMatch m = versioned.match(name);
        if (m.hasMatch() && m.captured(1).toLongLong() > 1)
            result.error = QCoreApplication::translate(
                               "session", "the session was saved by a newer Parallax (%1); this version reads only %2")
                               .arg(name, expected);
        else
            result.error = QCoreApplication::translate("session", "unknown session schema \"%1\"; this version reads only %2")
                               .arg(name, expected);
        return result;
    }

    Reader r;
    Session s;
    QJsonArray documents;
    QJsonArray annotations;
    QJsonObject view;
    if (!r.array(root, QStringLiteral("documents"), QStringLiteral("session"), documents)) {
        result.error = r.error;
        return result;
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        SessionDocument sd;
        if (!readDocument(r, documents.at(i), QStringLiteral("documents[%1]").arg(i), sd)) {
            result.error = r.error;
            return result;
        }
        if (s.indexOfKey(sd.key) >= 0) {
            result.error = QCoreApplication::translate("session", "documents[%1].key: \"%2\" is used twice").arg(i).arg(sd.key);
            return result;
        }
        sd.document.id = QStringLiteral("d%1").arg(i + 1);
        s.documents.append(sd);
    }
    if (!r.array(root, QStringLiteral("annotations"), QStringLiteral("session"), annotations)) {
        result.error = r.error;
        return result;
    }
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        Annotation a;
        if (!readAnnotation(r, annotations.at(i), QStringLiteral("annotations[%1]").arg(i), s, a)) {
            result.error = r.error;
            return result;
        }
        s.annotations.append(a);
    }
    if (!r.object(root.value(QStringLiteral("view")), QStringLiteral("view"), view)
        || !r.string(view, QStringLiteral("pivot"), QStringLiteral("view"), s.pivotKey, true)
        || !r.strings(view, QStringLiteral("paneOrder"), QStringLiteral("view"), s.paneOrder)
        || !r.strings(view, QStringLiteral("hiddenPanes"), QStringLiteral("view"), s.hiddenPanes)
        || !r.string(view, QStringLiteral("layout"), QStringLiteral("view"), s.layout)) {
        result.error = r.error;
        return result;
    }
    for (const QString &key : s.paneOrder + s.hiddenPanes + (s.pivotKey.isEmpty() ? QStringList() : QStringList {s.pivotKey})) {
        if (s.indexOfKey(key) < 0) {
            result.error = QCoreApplication::translate("session", "view: no document has the key \"%1\"").arg(key);
            return result;
        }
    }
    result.session = s;
    return result;
}

SessionReadResult loadSession(const QString &path, qint64 maxBytes)
{
    SessionReadResult result;
    const auto tooLarge = [&](qint64 size) {
        result.error = QCoreApplication::translate("session", "session %1 is too large (%2 MB; the limit is %3 MB)")
                           .arg(path, QString::number(double(size) / (1024 * 1024), 'f', 1),
                                QString::number(double(maxBytes) / (1024 * 1024), 'f', 1));
        return result;
    };
    // A FIFO or device has no size to check and may never end: only regular files are read.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        result.error = QCoreApplication::translate("session", "cannot read session %1: not a regular file").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("session", "cannot open session %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maxBytes)
        return tooLarge(file.size());
    // The file may grow between the check and the read: never read more than the limit.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooLarge(bytes.size());
    result = fromSessionJson(bytes);
    if (!result.ok())
        result.error = QCoreApplication::translate("session", "cannot read session %1: %2").arg(path, result.error);
    return result;
}

QString saveSession(const Session &session, const QString &path)
{
    const QByteArray bytes = toSessionJson(session);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("session", "cannot save session %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace parallax
