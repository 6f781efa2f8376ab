#include "docxparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace parallax {

namespace {

using StyleNames = QHash<QString, QString>;

StyleNames readStyleNames(const QByteArray &xml)
{
    StyleNames names;
    QXmlStreamReader reader(xml);
    QString id;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"style")
            id = reader.attributes().value(QStringLiteral("w:styleId")).toString();
        else if (reader.name() == u"name" && !id.isEmpty())
            names.insert(id, reader.attributes().value(QStringLiteral("w:val")).toString().toLower());
    }
    return names;
}

struct ParagraphState
{
    QString text;
    QString style;
    bool numbered = false;
    bool outline = false;
    bool markDeleted = false;
    bool inProperties = false;
};

// Walks one part (document, footnotes or endnotes). Paragraphs are nested when a text box
// sits inside a run, hence the stack.
class WordReader final
{
public:
    WordReader(const StyleNames &styles, qsizetype maxBlocks)
        : m_styles(styles)
        , m_maxBlocks(maxBlocks)
    { }

    QList<Block> blocks;
    QString title;
    QStringList noteOrder; // "f:3", "e:1" in reference order
    QHash<QString, QString> noteTexts; // "f:3" -> text

    bool read(const QByteArray &xml, QString *error, const QString &partName)
    {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd() && blocks.size() <= m_maxBlocks) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement)
                start(reader);
            else if (token == QXmlStreamReader::EndElement)
                end(reader.name());
            else if (token == QXmlStreamReader::Characters && m_inText && m_skip == 0 && !m_paragraphs.isEmpty())
                m_paragraphs.last().text += reader.text();
        }
        if (reader.hasError() && blocks.size() <= m_maxBlocks) {
            *error = QCoreApplication::translate("load", "%1 is not well-formed XML (line %2: %3)")
                         .arg(partName)
                         .arg(reader.lineNumber())
                         .arg(reader.errorString());
            return false;
        }
        return true;
    }

private:
    // Also the previous formatting of a tracked format change (it holds old style names).
    static bool isSkipped(QStringView name)
    {
        return name == u"del" || name == u"moveFrom" || name == u"Fallback" || name == u"pPrChange" || name == u"rPrChange"
            || name == u"sectPrChange" || name == u"tblPrChange" || name == u"instrText";
    }

    void start(QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        const auto attribute = [&reader](QLatin1StringView qualified) { return reader.attributes().value(qualified).toString(); };
        // Deleted and moved-away text, and the fallback copy of alternate content, are not part
        // of the final text; everything inside them is skipped.
        if (isSkipped(name)) {
            if (name == u"del" && !m_paragraphs.isEmpty() && m_paragraphs.last().inProperties && m_skip == 0)
                m_paragraphs.last().markDeleted = true;
            else
                ++m_skip;
            return;
        }
        if (m_skip > 0)
            return;
        if (name == u"p") {
            if (m_inMarker)
                return;
            m_paragraphs.append(ParagraphState {});
        } else if (name == u"pPr" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().inProperties = true;
        } else if (name == u"pStyle" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().style = attribute(QLatin1StringView("w:val"));
        } else if (name == u"numPr" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().numbered = true;
        } else if (name == u"outlineLvl" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().outline = attribute(QLatin1StringView("w:val")).toInt() < 9;
        } else if (name == u"t") {
            m_inText = true;
        } else if ((name == u"tab" || name == u"br" || name == u"cr") && !m_paragraphs.isEmpty()
                   && !m_paragraphs.last().inProperties) {
            m_paragraphs.last().text += u' ';
        } else if (name == u"noBreakHyphen" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().text += u'-';
        } else if (name == u"tbl") {
            ++m_tableDepth;
        } else if (name == u"footnoteReference" || name == u"endnoteReference") {
            noteOrder.append((name == u"footnoteReference" ? QStringLiteral("f:") : QStringLiteral("e:"))
                             + attribute(QLatin1StringView("w:id")));
        } else if (name == u"footnote" || name == u"endnote") {
            const QString type = attribute(QLatin1StringView("w:type"));
            // Separator "notes" are the rule above the notes, not text.
            m_note = type.isEmpty() || type == u"normal"
                ? (name == u"footnote" ? QStringLiteral("f:") : QStringLiteral("e:")) + attribute(QLatin1StringView("w:id"))
                : QString();
            m_inMarker = m_note.isEmpty();
        }
    }

    void end(QStringView name)
    {
        if (isSkipped(name)) {
            if (m_skip > 0)
                --m_skip;
            return;
        }
        if (m_skip > 0)
            return;
        if (name == u"t") {
            m_inText = false;
        } else if (name == u"pPr" && !m_paragraphs.isEmpty()) {
            m_paragraphs.last().inProperties = false;
        } else if (name == u"p" && !m_paragraphs.isEmpty()) {
            finishParagraph();
        } else if (name == u"tc" && m_tableDepth == 1) {
            if (const QString cell = m_cell.simplified(); !cell.isEmpty())
                m_row.append(cell);
            m_cell.clear();
        } else if (name == u"tr" && m_tableDepth == 1) {
            if (!m_row.isEmpty())
                blocks.append({m_row.join(QStringLiteral(" | ")), BlockKind::Text});
            m_row.clear();
        } else if (name == u"tbl") {
            m_tableDepth = std::max(m_tableDepth - 1, 0);
        } else if (name == u"footnote" || name == u"endnote") {
            m_note.clear();
            m_inMarker = false;
        }
    }

    BlockKind kindOf(const ParagraphState &p, bool *isTitle) const
    {
        const QString style = m_styles.value(p.style, p.style.toLower());
        *isTitle = style == u"title";
        if (*isTitle || style.startsWith(u"heading") || p.outline)
            return BlockKind::Heading;
        if (style == u"caption")
            return BlockKind::Caption;
        if (style.contains(u"quote"))
            return BlockKind::Quote;
        if (p.numbered || style.startsWith(u"list"))
            return BlockKind::ListItem;
        return BlockKind::Text;
    }

    void finishParagraph()
    {
        ParagraphState p = m_paragraphs.takeLast();
        // A deleted paragraph mark: the text runs on into the next paragraph.
        if (p.markDeleted) {
            m_carry += p.text;
            return;
        }
        const QString text = QString(m_carry + p.text).trimmed();
        m_carry.clear();
        if (text.isEmpty())
            return;
        if (!m_note.isEmpty()) {
            QString &note = noteTexts[m_note];
            note = note.isEmpty() ? text : note + u' ' + text;
        } else if (m_tableDepth > 0) {
            m_cell += u' ' + text;
        } else {
            bool isTitle = false;
            const BlockKind kind = kindOf(p, &isTitle);
            if (isTitle && title.isEmpty())
                title = text;
            blocks.append({text, kind});
        }
    }

    const StyleNames &m_styles;
    qsizetype m_maxBlocks;
    QList<ParagraphState> m_paragraphs;
    QString m_carry;
    QString m_cell;
    QStringList m_row;
    QString m_note;
    int m_skip = 0;
    int m_tableDepth = 0;
    bool m_inText = false;
    bool m_inMarker = false;
};

} // namespace

void readDocumentProperties(const QByteArray &xml, ParsedArticle &article)
{
    QXmlStreamReader reader(xml);
    QString created;
    QString modified;
    QString creator;
    QString title;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        if (name != u"title" && name != u"creator" && name != u"initial-creator" && name != u"created" && name != u"creation-date"
            && name != u"date" && name != u"modified")
            continue;
        const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (name == u"title")
            title = value;
        else if (name == u"initial-creator" || (name == u"creator" && creator.isEmpty()))
            creator = value; // ODF: dc:creator is whoever saved last, initial-creator the author
        else if (name == u"created" || name == u"creation-date")
            created = value;
        else
            modified = value;
    }
    if (article.title.isEmpty())
        article.title = title;
    if (article.author.isEmpty())
        article.author = creator;
    // Creation is when the article was written; a later save is usually an edit.
    for (const QString &date : {created, modified}) {
        if (!date.isEmpty())
            article.dateCandidates.append(date);
    }
}

ParsedArticle parseDocx(const DocxParts &parts, qsizetype maxBlocks, QString *error)
{
    ParsedArticle article;
    const StyleNames styles = readStyleNames(parts.styles);
    WordReader body(styles, maxBlocks);
    if (!body.read(parts.document, error, QStringLiteral("word/document.xml")))
        return {};
    article.blocks = body.blocks;
    article.title = body.title;

    WordReader notes(styles, maxBlocks);
    QString ignored; // damaged notes lose the notes, not the article
    notes.read(parts.footnotes, &ignored, {});
    notes.read(parts.endnotes, &ignored, {});
    int number = 0;
    for (const QString &key : std::as_const(body.noteOrder)) {
        const QString text = notes.noteTexts.value(key);
        if (!text.isEmpty() && article.blocks.size() <= maxBlocks)
            article.blocks.append({QStringLiteral("[%1] %2").arg(++number).arg(text), BlockKind::Caption});
    }
    readDocumentProperties(parts.core, article);
    return article;
}

} // namespace parallax
