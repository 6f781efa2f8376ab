#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

TsFile readTs(const QByteArray &xml)
{
    TsFile ts;
    QXmlStreamReader reader(xml);
    QString context;
    TsMessage message;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"TS") {
                ts.language = reader.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"name") {
                context = reader.readElementText();
            } else if (name == u"message") {
                message = {};
                message.context = context;
                message.numerus = reader.attributes().value(QLatin1StringView("numerus")) == u"yes";
                message.line = reader.lineNumber();
            } else if (name == u"source") {
                message.source = reader.readElementText();
            } else if (name == u"comment") {
                message.comment = reader.readElementText();
            } else if (name == u"translation") {
                message.type = reader.attributes().value(QLatin1StringView("type")).toString();
                if (!message.numerus)
                    message.translations.append(reader.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(reader.readElementText());
            }
        } else if (reader.isEndElement() && reader.name() == u"message") {
            ts.messages.append(message);
        }
    }
    if (reader.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return ts;
}

TsFile readTsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TsFile ts;
        ts.error = file.errorString();
        return ts;
    }
    return readTs(file.readAll());
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%(\d{1,2}|n))"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        if (!found.contains(m.captured()))
            found.append(m.captured());
    }
    found.sort();
    return found;
}

QList<QChar> accelerators(const QString &text)
{
    QList<QChar> found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const QChar next = text.at(i + 1);
        if (next == u'&')
            ++i; // "&&": a literal ampersand
        else if (!next.isSpace())
            found.append(next.toLower());
    }
    return found;
}

QStringList problems(const TsMessage &message)
{
    QStringList out;
    const QString where = QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
    if (!message.type.isEmpty())
        out.append(QStringLiteral("%1 is %2").arg(where, message.type));
    if (message.translations.isEmpty())
        out.append(QStringLiteral("%1 has no translation").arg(where));
    QStringList union_;
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty()) {
            out.append(QStringLiteral("%1 has an empty translation").arg(where));
            continue;
        }
        // A numerus form may leave %n out ("ein Treffer"); every other placeholder must stay.
        QStringList expected = placeholders(message.source);
        QStringList actual = placeholders(translation);
        if (message.numerus) {
            expected.removeAll(QStringLiteral("%n"));
            actual.removeAll(QStringLiteral("%n"));
        }
        if (actual != expected)
            out.append(QStringLiteral("%1: \"%2\" has placeholders %3 instead of %4")
                           .arg(where, translation, actual.join(u' '), expected.join(u' ')));
        if (accelerators(translation).size() != accelerators(message.source).size())
            out.append(QStringLiteral("%1: \"%2\" has %3 accelerators (&), the source %4")
                           .arg(where, translation)
                           .arg(accelerators(translation).size())
                           .arg(accelerators(message.source).size()));
        union_ += placeholders(translation);
    }
    if (message.numerus && message.source.contains(QStringLiteral("%n")) && !union_.contains(QStringLiteral("%n")))
        out.append(QStringLiteral("%1: no numerus form shows the number %n").arg(where));
    return out;
}
