#include "htmlloader.h"

#include "gumbonode.h"
#include "htmlmetadata.h"

#include <QHash>
#include <QRegularExpression>

#include <cstring>

#include <memory>

namespace parallax {

namespace {

// Deeper than this is not an article layout; stop descending rather than risk the stack. Above
// the loader's nesting limit, so everything the loader lets through is walked in full.
constexpr int MaxDepth = 3200;

bool isNeverContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isStructural(GumboTag tag)
{
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
}

bool hasJunkHint(const GumboNode *node)
{
    // Class/id words that mark page furniture. Matched on whole words of the names split at
    // '-' and '_' so "article-header" or "shadow" do not match but "share-bar" and "ad-slot" do.
    static const QRegularExpression hint(
        QStringLiteral(
            R"((^|[_-])(nav|navbar|navigation|menu|share|sharing|social|comments?|cookies?|consent|gdpr|)"
            R"(related|promo|promos|subscribe|subscription|newsletter|footer|sidebar|breadcrumbs?|ad|ads|)"
            R"(advert|advertisement|banner|popup|modal|paywall|recommended|outbrain|taboola|masthead|toolbar|)"
            R"(tags|skip|sr-only|visually-hidden|signup|membership|donate|donation|contribute|support|inread|teads|dfp|)"
            R"(gpt|adslot|adunit|onetrust|mostread|trending|bio|topics)($|[_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString names = gumbo::attribute(node, "class") + u' ' + gumbo::attribute(node, "id");
    for (const QStringView token : QStringView(names).split(u' ', Qt::SkipEmptyParts)) {
        // State classes on a page wrapper ("has-comments", "no-sidebar") describe the page,
        // they do not mark the element as furniture.
        static const QRegularExpression state(QStringLiteral("^(has|with|no|is|js|show|hide)[_-]"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (!state.match(token).hasMatch() && hint.match(token).hasMatch())
            return true;
    }
    return false;
}

// AMP's furniture elements (gumbo knows them only as unknown tags).
bool isAmpFurniture(const GumboNode *node)
{
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return false;
    const GumboStringPiece &original = node->v.element.original_tag;
    const QByteArray tag = QByteArray(original.data, qsizetype(original.length)).toLower();
    static const QList<QByteArray> furniture
        = {"<amp-ad",     "<amp-sticky-ad",         "<amp-consent", "<amp-analytics", "<amp-social-share", "<amp-embed",
           "<amp-iframe", "<amp-user-notification", "<amp-sidebar", "<amp-auto-ads",  "<amp-pixel",        "<amp-geo"};
    for (const QByteArray &name : furniture) {
        if (tag.startsWith(name) && tag.size() > name.size() && !QChar(char16_t(tag[name.size()])).isLetterOrNumber()
            && tag[name.size()] != '-')
            return true;
    }
    return false;
}

// Captions and credits outside <figcaption>: "wp-caption-text", "image-caption", "c-media-item__caption".
bool hasCaptionHint(const GumboNode *node)
{
    static const QRegularExpression hint(QStringLiteral(R"((^|[_-])(caption|captions|credit|credits)($|[_-]))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString names = gumbo::attribute(node, "class");
    for (const QStringView token : QStringView(names).split(u' ', Qt::SkipEmptyParts)) {
        if (hint.match(token).hasMatch())
            return true;
    }
    return false;
}

bool isDropped(const GumboNode *node)
{
    const GumboTag tag = node->v.element.tag;
    if (isNeverContent(tag) || isAmpFurniture(node))
        return true;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (gumbo::attribute(node, "aria-hidden") == u"true")
        return true;
    const QString role = gumbo::attribute(node, "role");
    if (role == u"navigation" || role == u"banner" || role == u"contentinfo" || role == u"complementary" || role == u"menu"
        || role == u"dialog" || role == u"alertdialog" || role == u"search")
        return true;
    if (isStructural(tag) || gumbo::attribute(node, "itemprop") == u"articleBody")
        return false;
    return hasJunkHint(node);
}

std::optional<BlockKind> blockKind(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return BlockKind::Heading;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        return BlockKind::ListItem;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
        return BlockKind::Caption;
    case GUMBO_TAG_BLOCKQUOTE:
        return BlockKind::Quote;
    case GUMBO_TAG_PRE:
        return BlockKind::Preformatted;
    case GUMBO_TAG_P:
        return BlockKind::Text;
    default:
        return std::nullopt;
    }
}

bool isBlockBoundary(GumboTag tag)
{
    if (blockKind(tag))
        return true;
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

const GumboNode *child(const GumboNode *node, unsigned i)
{
    return static_cast<const GumboNode *>(node->v.element.children.data[i]);
}

// Walks the kept part of a container and cuts its text into blocks at block boundaries.
class BlockCollector final
{
public:
    explicit BlockCollector(qsizetype maxBlocks)
        : m_maxBlocks(maxBlocks)
    { }

    QList<Block> blocks;

    void walk(const GumboNode *node, BlockKind kind, bool pre, int depth)
    {
        if (depth > MaxDepth || blocks.size() > m_maxBlocks)
            return;
        if (gumbo::isTextNode(node)) {
            appendText(QString::fromUtf8(node->v.text.text), pre);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT || isDropped(node))
            return;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_BR) {
            // Pages without <p> separate paragraphs with <br><br>; one <br> is a line break.
            if (!pre && m_afterBreak)
                flush(kind);
            else
                appendText(pre ? QStringLiteral("\n") : QStringLiteral(" "), pre);
            m_afterBreak = true;
            return;
        }
        if (tag == GUMBO_TAG_IMG)
            return;
        const bool captionHint = hasCaptionHint(node);
        // A caption in a <span> is still a block of its own.
        const bool boundary = isBlockBoundary(tag) || captionHint;
        if (boundary)
            flush(kind);
        // A paragraph inside a list item or caption keeps the outer meaning.
        BlockKind inner = kind;
        if (const auto own = blockKind(tag); own && (*own != BlockKind::Text || kind == BlockKind::Text))
            inner = *own;
        if (captionHint)
            inner = BlockKind::Caption;
        const bool innerPre = pre || tag == GUMBO_TAG_PRE;
        for (unsigned i = 0; i < node->v.element.children.length; ++i)
            walk(child(node, i), inner, innerPre, depth + 1);
        if (boundary)
            flush(inner);
    }

    void flush(BlockKind kind)
    {
        const QString text = m_text.trimmed();
        m_text.clear();
        m_space = false;
        m_afterBreak = false;
        if (!text.isEmpty())
            blocks.append({text, kind});
    }

private:
    void appendText(const QString &text, bool pre)
    {
        if (!text.trimmed().isEmpty())
            m_afterBreak = false;
        if (pre) {
            m_text += text;
            return;
        }
        // Collapse only ASCII whitespace: a no-break space is part of what the outlet wrote.
        for (const QChar c : text) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                m_space = !m_text.isEmpty();
                continue;
            }
            if (m_space)
                m_text += u' ';
            m_space = false;
            m_text += c;
        }
    }

    QString m_text;
    bool m_space = false;
    bool m_afterBreak = false;
    qsizetype m_maxBlocks;
};

// Length of paragraph text a candidate container holds, ignoring dropped parts.
qsizetype paragraphText(const GumboNode *node, int depth)
{
    if (depth > MaxDepth || node->type != GUMBO_NODE_ELEMENT || isDropped(node))
        return 0;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_PRE)
        return gumbo::textContent(node).size();
    qsizetype sum = 0;
    for (unsigned i = 0; i < node->v.element.children.length; ++i)
        sum += paragraphText(child(node, i), depth + 1);
    return sum;
}

struct Candidates
{
    const GumboNode *articleBody = nullptr;
    QList<const GumboNode *> articles;
    const GumboNode *main = nullptr;
    const GumboNode *densest = nullptr;
    qsizetype densestScore = 0;
};

// Text density: an element scores the paragraph text of its direct children, so the element
// that holds the article's paragraphs wins over its ancestors and over link lists.
void findCandidates(const GumboNode *node, Candidates &c, int depth)
{
    if (depth > MaxDepth || node->type != GUMBO_NODE_ELEMENT || isDropped(node))
        return;
    const GumboTag tag = node->v.element.tag;
    if (!c.articleBody && gumbo::attribute(node, "itemprop") == u"articleBody")
        c.articleBody = node;
    if (tag == GUMBO_TAG_ARTICLE)
        c.articles.append(node);
    if (!c.main && (tag == GUMBO_TAG_MAIN || gumbo::attribute(node, "role") == u"main"))
        c.main = node;
    qsizetype score = 0;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
        const GumboNode *ch = child(node, i);
        if (gumbo::hasTag(ch, GUMBO_TAG_P) && !isDropped(ch))
            score += gumbo::textContent(ch).size();
        // Loose text between <br>s is paragraph text on pages without <p>; short bits are labels.
        else if (gumbo::isTextNode(ch) && std::strlen(ch->v.text.text) >= 80)
            score += qsizetype(std::strlen(ch->v.text.text));
        findCandidates(ch, c, depth + 1);
    }
    if (score > c.densestScore) {
        c.densestScore = score;
        c.densest = node;
    }
}

const GumboNode *chooseContainer(const GumboNode *root)
{
    Candidates c;
    findCandidates(root, c, 0);
    if (c.articleBody)
        return c.articleBody;
    const GumboNode *best = nullptr;
    qsizetype bestText = 0;
    for (const GumboNode *a : std::as_const(c.articles)) {
        const qsizetype t = paragraphText(a, 0);
        if (t > bestText) {
            best = a;
            bestText = t;
        }
    }
    // An <article> that is only a teaser card holds little of the page's paragraph text.
    if (best && bestText * 2 >= c.densestScore)
        return best;
    if (c.main && paragraphText(c.main, 0) * 2 >= c.densestScore)
        return c.main;
    if (c.densest)
        return c.densest;
    return root;
}

bool containsHeading(const QList<Block> &blocks)
{
    return std::any_of(blocks.begin(), blocks.end(), [](const Block &b) { return b.kind == BlockKind::Heading; });
}

// Elements that never hold children or whose end tag is implied by the next sibling.
bool opensNoLevel(QStringView name)
{
    static const QStringList names
        = {u"area"_qs, u"base"_qs, u"br"_qs,     u"col"_qs,    u"embed"_qs, u"hr"_qs,  u"img"_qs,     u"input"_qs,
           u"link"_qs, u"meta"_qs, u"param"_qs,  u"source"_qs, u"track"_qs, u"wbr"_qs, u"p"_qs,       u"li"_qs,
           u"dt"_qs,   u"dd"_qs,   u"option"_qs, u"tr"_qs,     u"td"_qs,    u"th"_qs,  u"!doctype"_qs};
    for (const QString &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

int htmlNestingDepth(QStringView html)
{
    // The parser ignores an end tag whose element is not open and closes everything above one
    // that is, so end tags are matched by name: "<div></b>" repeated nests as deeply as "<div>".
    QList<QString> open;
    QHash<QString, int> openCount;
    int deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = html.indexOf(u'<'); i >= 0 && i < n; i = html.indexOf(u'<', i + 1)) {
        if (html.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        qsizetype j = i + 1;
        const bool closing = j < n && html[j] == u'/';
        j += closing;
        const qsizetype nameStart = j;
        while (j < n && (html[j].isLetterOrNumber() || html[j] == u'!'))
            ++j;
        if (j == nameStart)
            continue;
        const QStringView name = html.sliced(nameStart, j - nameStart);
        if (opensNoLevel(name))
            continue;
        const QString key = name.toString().toLower();
        if (closing) {
            const auto found = openCount.find(key);
            if (found == openCount.end() || found.value() == 0)
                continue; // stray end tag
            // Each element is pushed and popped once: linear overall.
            while (!open.isEmpty()) {
                const QString top = open.takeLast();
                --openCount[top];
                if (top == key)
                    break;
            }
            continue;
        }
        const qsizetype close = html.indexOf(u'>', j);
        if (close > 0 && html[close - 1] == u'/')
            continue; // <x/>
        open.append(key);
        ++openCount[key];
        deepest = std::max(deepest, int(open.size()));
    }
    return deepest;
}

ParsedArticle parseHtml(const QString &html, qsizetype maxBlocks)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read parse errors; recording them costs memory
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });

    ParsedArticle article;
    const HtmlMetadata meta = readHtmlMetadata(output->root);
    article.title = meta.title;
    article.outlet = meta.outlet;
    article.author = meta.author;
    article.dateCandidates = meta.dateCandidates;

    BlockCollector collector(maxBlocks);
    collector.walk(chooseContainer(output->root), BlockKind::Text, false, 0);
    collector.flush(BlockKind::Text);
    article.blocks = std::move(collector.blocks);
    // Many pages put the headline above the element that holds the body text.
    if (!meta.h1.isEmpty() && !containsHeading(article.blocks))
        article.blocks.prepend({meta.h1, BlockKind::Heading});
    return article;
}

} // namespace parallax
