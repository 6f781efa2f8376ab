#include "odtparser.h"

#include "docxparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace parallax {

namespace {

struct OdtParagraph
{
    QString text;
    BlockKind kind = BlockKind::Text;
    bool isTitle = false;
};

class OdtReader final
{
public:
    explicit OdtReader(qsizetype maxBlocks)
        : m_maxBlocks(maxBlocks)
    { }

    QList<Block> blocks;
    QStringList notes;
    QString title;

    bool read(const QByteArray &xml, QString *error)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd() && blocks.size() <= m_maxBlocks) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement)
                start(reader);
            else if (token == QXmlStreamReader::EndElement)
                end(reader.name());
            else if (token == QXmlStreamReader::Characters && m_skip == 0 && !m_paragraphs.isEmpty())
                m_paragraphs.last().text += reader.text();
        }
        if (reader.hasError() && blocks.size() <= m_maxBlocks) {
            *error = QCoreApplication::translate("load", "content.xml is not well-formed XML (line %1: %2)")
                         .arg(reader.lineNumber())
                         .arg(reader.errorString());
            return false;
        }
        return true;
    }

private:
    // The change log keeps deleted text; citations are the note numbers we write ourselves.
    static bool isSkipped(QStringView name)
    {
        return name == u"tracked-changes" || name == u"note-citation" || name == u"annotation" || name == u"sequence-decls"
            || name == u"forms";
    }

    QString resolvedStyle(const QString &name) const
    {
        QString style = name;
        for (int i = 0; i < 8 && m_parents.contains(style); ++i)
            style = m_parents.value(style);
        return style.toLower();
    }

    void start(QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (isSkipped(name)) {
            ++m_skip;
            return;
        }
        if (m_skip > 0)
            return;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (name == u"style") {
            const QString parent = attributes.value(QStringLiteral("style:parent-style-name")).toString();
            if (!parent.isEmpty())
                m_parents.insert(attributes.value(QStringLiteral("style:name")).toString(), parent);
        } else if (name == u"p" || name == u"h") {
            OdtParagraph p;
            const QString style = resolvedStyle(attributes.value(QStringLiteral("text:style-name")).toString());
            p.isTitle = style == u"title";
            if (name == u"h" || p.isTitle || style.startsWith(u"heading"))
                p.kind = BlockKind::Heading;
            else if (style.contains(u"caption") || style == u"illustration" || style == u"figure")
                p.kind = BlockKind::Caption;
            else if (style.contains(u"quot"))
                p.kind = BlockKind::Quote;
            else if (m_listDepth > 0)
                p.kind = BlockKind::ListItem;
            m_paragraphs.append(p);
        } else if (name == u"s" && !m_paragraphs.isEmpty()) {
            const int count = std::clamp(attributes.value(QStringLiteral("text:c")).toInt(), 1, 100);
            m_paragraphs.last().text += QString(count, u' ');
        } else if ((name == u"tab" || name == u"line-break") && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text += u' ';
        } else if (name == u"list") {
            ++m_listDepth;
        } else if (name == u"table") {
            ++m_tableDepth;
        } else if (name == u"note") {
            ++m_noteDepth;
            m_note.clear();
        }
    }

    void end(QStringView name)
    {
        if (isSkipped(name)) {
            m_skip = std::max(m_skip - 1, 0);
            return;
        }
        if (m_skip > 0)
            return;
        if ((name == u"p" || name == u"h") && !m_paragraphs.isEmpty()) {
            const OdtParagraph p = m_paragraphs.takeLast();
            // ODF collapses white space runs like HTML; text:s carries the intended extra spaces.
            const QString text = p.text.trimmed();
            if (text.isEmpty())
                return;
            if (m_noteDepth > 0)
                m_note = m_note.isEmpty() ? text : m_note + u' ' + text;
            else if (m_tableDepth > 0)
                m_cell += u' ' + text;
            else {
                if (p.isTitle && title.isEmpty())
                    title = text;
                blocks.append({text, p.kind});
            }
        } else if (name == u"list") {
            m_listDepth = std::max(m_listDepth - 1, 0);
        } else if (name == u"table-cell" && m_tableDepth == 1) {
            if (const QString cell = m_cell.simplified(); !cell.isEmpty())
                m_row.append(cell);
            m_cell.clear();
        } else if (name == u"table-row" && m_tableDepth == 1) {
            if (!m_row.isEmpty())
                blocks.append({m_row.join(QStringLiteral(" | ")), BlockKind::Text});
            m_row.clear();
        } else if (name == u"table") {
            m_tableDepth = std::max(m_tableDepth - 1, 0);
        } else if (name == u"note") {
            m_noteDepth = std::max(m_noteDepth - 1, 0);
            if (!m_note.isEmpty())
                notes.append(m_note);
            m_note.clear();
        }
    }

    qsizetype m_maxBlocks;
    QHash<QString, QString> m_parents;
    QList<OdtParagraph> m_paragraphs;
    QString m_note;
    QString m_cell;
    QStringList m_row;
    int m_skip = 0;
    int m_listDepth = 0;
    int m_tableDepth = 0;
    int m_noteDepth = 0;
};

} // namespace

ParsedArticle parseOdt(const QByteArray &content, const QByteArray &meta, qsizetype maxBlocks, QString *error)
{
    OdtReader reader(maxBlocks);
    if (!reader.read(content, error))
        return {};
    ParsedArticle article;
    article.blocks = reader.blocks;
    article.title = reader.title;
    for (qsizetype i = 0; i < reader.notes.size() && article.blocks.size() <= maxBlocks; ++i)
        article.blocks.append({QStringLiteral("[%1] %2").arg(i + 1).arg(reader.notes[i]), BlockKind::Caption});
    readDocumentProperties(meta, article);
    return article;
}

} // namespace parallax
