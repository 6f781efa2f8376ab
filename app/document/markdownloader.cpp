#include "markdownloader.h"

#include <QRegularExpression>

#include <md4c.h>

namespace parallax {

namespace {

QByteArray decodeEntity(QByteArrayView entity)
{
    static const struct
    {
        const char *name;
        const char *utf8;
    } named[] = {{"&amp;", "&"},
                 {"&lt;", "<"},
                 {"&gt;", ">"},
                 {"&quot;", "\""},
                 {"&apos;", "'"},
                 {"&nbsp;", "\xC2\xA0"},
                 {"&shy;", "\xC2\xAD"},
                 {"&mdash;", "\xE2\x80\x94"},
                 {"&ndash;", "\xE2\x80\x93"},
                 {"&laquo;", "\xC2\xAB"},
                 {"&raquo;", "\xC2\xBB"},
                 {"&hellip;", "\xE2\x80\xA6"},
                 {"&copy;", "\xC2\xA9"},
                 {"&euro;", "\xE2\x82\xAC"}};
    for (const auto &e : named) {
        if (entity == QByteArrayView(e.name))
            return QByteArray(e.utf8);
    }
    if (entity.startsWith("&#") && entity.endsWith(";") && entity.size() > 3) {
        QByteArrayView digits = entity.sliced(2, entity.size() - 3);
        int base = 10;
        if (digits.startsWith('x') || digits.startsWith('X')) {
            digits = digits.sliced(1);
            base = 16;
        }
        bool ok = false;
        const uint code = digits.toByteArray().toUInt(&ok, base);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1).toUtf8();
        }
        return QByteArray("\xEF\xBF\xBD");
    }
    return entity.toByteArray();
}

// State shared by md4c's callbacks. Text is gathered as UTF-8 bytes per block and converted
// once when the block ends.
struct MarkdownState
{
    ParsedArticle article;
    QByteArray text;
    QList<BlockKind> kinds; // innermost block kind that gives meaning (list item, quote, ...)
    qsizetype maxBlocks = 0;
    int imageDepth = 0;
    bool inTableRow = false;

    BlockKind currentKind() const { return kinds.isEmpty() ? BlockKind::Text : kinds.back(); }

    void flush(BlockKind kind)
    {
        QString s = QString::fromUtf8(text).trimmed();
        text.clear();
        if (s.isEmpty())
            return;
        article.blocks.append({s, kind});
    }

    // md4c stops parsing when a callback returns non-zero.
    int status() const { return article.blocks.size() > maxBlocks ? 1 : 0; }
};

int enterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MarkdownState *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        s->flush(s->currentKind());
        s->kinds.append(BlockKind::Heading);
        break;
    case MD_BLOCK_LI:
        s->flush(s->currentKind());
        s->kinds.append(BlockKind::ListItem);
        break;
    case MD_BLOCK_QUOTE:
        s->flush(s->currentKind());
        s->kinds.append(BlockKind::Quote);
        break;
    case MD_BLOCK_CODE:
        s->flush(s->currentKind());
        s->kinds.append(BlockKind::Preformatted);
        break;
    case MD_BLOCK_TR:
        s->flush(s->currentKind());
        s->inTableRow = true;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (!s->text.isEmpty())
            s->text += " | ";
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_HR:
    case MD_BLOCK_HTML:
        // A list item's own text ends where its nested paragraph or list starts.
        s->flush(s->currentKind());
        break;
    default:
        break;
    }
    return s->status();
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MarkdownState *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
    case MD_BLOCK_LI:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_CODE:
        s->flush(s->currentKind());
        if (!s->kinds.isEmpty())
            s->kinds.removeLast();
        break;
    case MD_BLOCK_TR:
        s->flush(BlockKind::Text);
        s->inTableRow = false;
        break;
    case MD_BLOCK_P:
        s->flush(s->currentKind());
        break;
    case MD_BLOCK_HTML:
        s->text.clear(); // raw HTML blocks are markup, not article text
        break;
    default:
        break;
    }
    return s->status();
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<MarkdownState *>(userdata)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        --static_cast<MarkdownState *>(userdata)->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<MarkdownState *>(userdata);
    if (s->imageDepth > 0)
        return 0; // alt text of an image is not part of the article
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        s->text.append(text, qsizetype(size));
        break;
    case MD_TEXT_ENTITY:
        s->text += decodeEntity(QByteArrayView(text, qsizetype(size)));
        break;
    case MD_TEXT_NULLCHAR:
        s->text += "\xEF\xBF\xBD";
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        s->text += ' ';
        break;
    case MD_TEXT_HTML:
        break; // inline raw HTML tags
    }
    return 0;
}

// "---\nkey: value\n---" at the very start: common in Markdown exported from blogs and CMSs.
QString takeFrontMatter(const QString &markdown, ParsedArticle &article)
{
    static const QRegularExpression re(QStringLiteral(R"(\A---[ \t]*\n((?:.*\n){0,60}?)---[ \t]*(\n|\z))"));
    const QRegularExpressionMatch m = re.match(markdown);
    if (!m.hasMatch())
        return markdown;
    static const QRegularExpression line(QStringLiteral(R"(^\s*([A-Za-z_]+)\s*:\s*["']?(.*?)["']?\s*$)"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(m.captured(1));
    while (it.hasNext()) {
        const QRegularExpressionMatch kv = it.next();
        const QString key = kv.captured(1).toLower();
        const QString value = kv.captured(2);
        if (key == u"title")
            article.title = value;
        else if (key == u"outlet" || key == u"source" || key == u"publisher" || key == u"site")
            article.outlet = value;
        else if (key == u"date" || key == u"published" || key == u"datepublished")
            article.dateCandidates.append(value);
    }
    return markdown.mid(m.capturedEnd());
}

} // namespace

ParsedArticle parseMarkdown(const QString &markdown, qsizetype maxBlocks)
{
    MarkdownState state;
    state.maxBlocks = maxBlocks;
    const QByteArray utf8 = takeFrontMatter(markdown, state.article).toUtf8();
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state);
    if (state.status() == 0)
        state.flush(state.currentKind());
    return std::move(state.article);
}

} // namespace parallax
