#include "paragraphroles.h"

#include "datelineprefix.h"
#include "dateparser.h"
#include "furniture.h"
#include "headings.h"

#include <QRegularExpression>

namespace parallax {

namespace {

// Boilerplate and caption phrases are only trusted on short paragraphs: a long paragraph that
// mentions "subscribe" or "cookies" is an article about them, not a prompt.
constexpr qsizetype MaxBoilerplateLength = 300;
constexpr qsizetype MaxDatelineLength = 120;
constexpr qsizetype MaxHeadlineLength = 160;
// The head of an article (stamps, title, byline) sits within its first blocks.
constexpr qsizetype HeadBlocks = 6;
// Furniture above a headline (skip links, notices, UI labels) is skipped up to this many blocks.
constexpr qsizetype TitleSearchBlocks = 12;

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool isCaption(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(photo|pictured|picture|image|caption|above|top|file photo|фото|на фото|на снимке|фотография|иллюстрация)\s*:)"));
    return re.match(text).hasMatch();
}

bool isByline(QStringView text)
{
    // Periods only after initials ("Ann R. Lee"): a byline is never a sentence.
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(by|written by|reporting by|words by|автор|авторы|текст)\s*:?\s+\p{Lu}([^.!?]|(?<=\b\p{Lu})\.){0,100}$)"));
    static const QRegularExpression caseSensitiveStart(QStringLiteral(R"(^(By|Written|Reporting|Words|Автор|Авторы|Текст)\b)"),
                                                       QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= MaxDatelineLength && text.count(u' ') <= 14 && caseSensitiveStart.match(text).hasMatch()
        && re.match(text).hasMatch();
}

bool isCityDateline(QStringView text)
{
    // "KYIV, March 3 —" or "МОСКВА, 3 марта —" standing alone above the body.
    static const QRegularExpression re(QStringLiteral(R"(^\p{Lu}[\p{Lu}\p{L} .'\-]{1,40},\s*[^—–]{1,50}?\s*(—|–|--|-)\s*$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= MaxDatelineLength && re.match(text).hasMatch();
}

// "Published 4 hours ago on", "Updated:", "3 hours ago": a publication label whose date is
// relative or on the next line.
bool isPublicationLabel(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(published|posted|updated|last updated|first published|last modified|опубликовано|обновлено)\b[^.!?]{0,40}$|)"
        R"(^(\d{1,2}|an?|one)\s+(min(ute)?s?|hours?|hrs?|days?)\s+ago$)"));
    return text.size() <= 60 && re.match(text).hasMatch();
}

bool isMostlyDate(QStringView text)
{
    if (text.size() > MaxDatelineLength)
        return false;
    if (!std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    const QList<DateMatch> dates = findDates(text);
    qsizetype covered = 0;
    for (const DateMatch &d : dates)
        covered += d.end - d.start;
    if (covered * 2 >= text.trimmed().size())
        return true;
    // findDates knows the forms; this only decides that little else is on the line ("Updated",
    // weekday, zone), so it also works where findDates finds nothing. The dates found are taken
    // out first: a word glued to one ("2024Updated") then stands alone.
    static const QRegularExpression dateWords = rx(QStringLiteral(
        R"(\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|)"
        R"(dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|)"
        R"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|)"
        R"(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|)"
        R"(понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|)"
        R"(updated|published|posted|last updated|modified|обновлено|опубликовано|изменено|)"
        R"(at|on|of|the|am|pm|a\.m|p\.m|gmt|utc|msk|cet|cest|est|edt|cst|cdt|pst|pdt|bst|et|ct|pt|мск|г|года|год|в|st|nd|rd|th)\b)"));
    QString rest = text.toString();
    for (auto d = dates.crbegin(); d != dates.crend(); ++d)
        rest.replace(d->start, d->end - d->start, u' ');
    rest.remove(dateWords);
    qsizetype letters = 0;
    for (const QChar c : std::as_const(rest))
        letters += c.isLetter();
    return letters <= 2;
}

// "date 2031-04-02 News Today", "March 3, 2031Business News": a stamp with a label or stray
// token after it; a stamp followed by a real paragraph is split off by splitHeadStamps.
bool isStampLine(QStringView text)
{
    const qsizetype end = text.size() <= MaxDatelineLength ? datelinePrefixEnd(text) : -1;
    return end > 0 && !isParagraphAfterStamp(text.sliced(end));
}

// "Ann Lee, Nordwire | March 3, 2031", "Politics · 3 March 2031 · 2 min read": a short line of
// parts between separators, one of them a date, the others a few words each.
bool isSeparatedStamp(QStringView text)
{
    if (text.size() > 90)
        return false;
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|•·]\s+)"));
    const QList<QStringView> parts = text.split(separator, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return false;
    bool dated = false;
    for (QStringView part : parts) {
        const QStringView p = part.trimmed();
        const bool datePart = isMostlyDate(p) || datelinePrefixEnd(p) == p.size();
        if (!datePart && (wordCount(p) > 5 || endsLikeSentence(p)))
            return false;
        dated = dated || datePart;
    }
    return dated;
}

bool looksLikeTitle(QStringView text)
{
    const QStringView t = text.trimmed();
    return !t.isEmpty() && t.size() <= 200 && t.count(u' ') < 25 && !endsLikeSentence(t);
}

// A stamp fused with the paragraph after it ("date 2031-04-02 Crews searched ...") in the head
// becomes two blocks, the stamp a dateline of its own; the text itself is not changed.
QList<Block> splitHeadStamps(const QList<Block> &blocks)
{
    QList<Block> out;
    out.reserve(blocks.size() + 1);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        const qsizetype end = i < HeadBlocks && b.kind != BlockKind::Preformatted ? datelinePrefixEnd(b.text) : -1;
        if (end > 0 && isParagraphAfterStamp(QStringView(b.text).sliced(end))) {
            out.append({b.text.left(end), BlockKind::Text});
            out.append({b.text.sliced(end).trimmed(), b.kind});
        } else {
            out.append(b);
        }
    }
    return out;
}

bool isFurniture(ParagraphRole role)
{
    return role == ParagraphRole::Boilerplate || role == ParagraphRole::Dateline || role == ParagraphRole::Caption;
}

// The paragraph after `i` that is not boilerplate or a caption, or -1.
qsizetype nextContent(const QList<Paragraph> &out, qsizetype i)
{
    for (qsizetype j = i + 1; j < out.size(); ++j) {
        if (out[j].role != ParagraphRole::Boilerplate && out[j].role != ParagraphRole::Caption)
            return j;
    }
    return -1;
}

// The headlines listed after "Related" are links, short and without a final period.
void markRelatedLists(const QList<Block> &blocks, QList<Paragraph> &out)
{
    bool inRelatedList = false;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        ParagraphRole &role = out[i].role;
        if (inRelatedList && role == ParagraphRole::Body) {
            const bool headline = blocks[i].kind == BlockKind::ListItem || blocks[i].kind == BlockKind::Heading
                || (blocks[i].text.size() <= MaxHeadlineLength && !endsLikeSentence(blocks[i].text));
            if (headline)
                role = ParagraphRole::Boilerplate;
        }
        if (isRelatedHeading(blocks[i].text))
            inRelatedList = true;
        else if (role != ParagraphRole::Boilerplate)
            inRelatedList = false;
    }
}

// A newsletter sign-up comes with its sales copy ("Escape your echo chamber.", "A free daily
// email...") and the brand's name above it: the neighbours that address the reader go with it.
void markPromoBlocks(QList<Paragraph> &out)
{
    const qsizetype n = out.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (out[i].role != ParagraphRole::Boilerplate || !isSignUpPlug(out[i].text))
            continue;
        qsizetype first = i;
        for (qsizetype j = i - 1; j >= std::max<qsizetype>(0, i - 2); --j) {
            if (out[j].role != ParagraphRole::Body || !isPromoText(out[j].text))
                break;
            out[j].role = ParagraphRole::Boilerplate;
            first = j;
        }
        if (first < i && first > 0 && out[first - 1].role == ParagraphRole::Body && wordCount(out[first - 1].text) <= 3
            && hasHeadingShape(out[first - 1].text))
            out[first - 1].role = ParagraphRole::Boilerplate;
        for (qsizetype j = i + 1; j < std::min(n, i + 3); ++j) {
            if (out[j].role != ParagraphRole::Body || !isPromoText(out[j].text))
                break;
            out[j].role = ParagraphRole::Boilerplate;
        }
    }
}

// "Watch: <video title>" as a page's very first line is its headline, not a link.
bool isVideoHeadline(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(R"(^(watch|video|listen)\s*:\s*\S)"));
    return re.match(text).hasMatch() && looksLikeTitle(text) && wordCount(text) >= 4;
}

// "Floods in Vellmark" above "Dam breach floods three villages as rescuers search for
// missing": a section or series label of a few words right above a much longer headline.
bool isKicker(const QList<Block> &blocks, const QList<Paragraph> &out, qsizetype i)
{
    if (i + 1 >= out.size() || out[i + 1].role != ParagraphRole::Body || blocks[i + 1].kind != BlockKind::Text)
        return false;
    const qsizetype words = wordCount(blocks[i].text);
    const qsizetype next = wordCount(blocks[i + 1].text);
    return words <= 4 && next >= 6 && next >= 2 * words && hasHeadingShape(blocks[i + 1].text)
        && looksLikeTitle(blocks[i + 1].text) && i + 2 < out.size();
}

// One title: the first markup heading near the top, else the first line standing alone after
// the furniture above it (skip links, notices, UI labels, stamps), or the headline under a
// kicker (which becomes boilerplate). None when that line is a sentence or a summary point.
qsizetype chooseTitle(const QList<Block> &blocks, QList<Paragraph> &out)
{
    const qsizetype n = blocks.size();
    for (qsizetype i = 0; i < std::min<qsizetype>(n, 4); ++i) {
        if (blocks[i].kind == BlockKind::Heading && out[i].role == ParagraphRole::Body)
            return i;
    }
    if (n < 2)
        return -1;
    if (out[0].role == ParagraphRole::Boilerplate && isVideoHeadline(blocks[0].text))
        return 0;
    bool afterSummaryLabel = false;
    for (qsizetype i = 0; i < std::min(n, TitleSearchBlocks); ++i) {
        if (isFurniture(out[i].role)) {
            afterSummaryLabel = afterSummaryLabel || isSummaryLabel(blocks[i].text);
            continue;
        }
        const bool title = out[i].role == ParagraphRole::Body && blocks[i].kind != BlockKind::ListItem
            && looksLikeTitle(blocks[i].text) && !afterSummaryLabel;
        if (title && isKicker(blocks, out, i)) {
            out[i].role = ParagraphRole::Boilerplate;
            return i + 1;
        }
        return title ? i : -1;
    }
    return -1;
}

bool isNameLike(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\p{Lu}[\p{L}\p{M}'’.\-]*(\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,4}$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return text.size() <= 60 && re.match(text.trimmed()).hasMatch();
}

// The headline printed again further down, alone (above the body) or opening a paragraph (a
// picture's title before its caption, the body's first line): the repeat is boilerplate, split
// off from what follows it, which keeps its own role.
void splitRepeatedHeadline(QList<Block> &blocks, QList<Paragraph> &out, qsizetype title)
{
    const QString headline = out[title].text.trimmed();
    if (headline.isEmpty())
        return;
    // Near the top only: the repeat belongs to the page's head.
    for (qsizetype i = title + 1; i < std::min(out.size(), title + 1 + TitleSearchBlocks); ++i) {
        if (out[i].role != ParagraphRole::Body && out[i].role != ParagraphRole::Caption)
            continue;
        const QString text = out[i].text;
        const qsizetype start = text.indexOf(headline);
        if (start < 0 || !QStringView(text).left(start).trimmed().isEmpty())
            continue;
        const qsizetype end = start + headline.size();
        if (QStringView(text).sliced(end).trimmed().isEmpty()) {
            out[i].role = ParagraphRole::Boilerplate;
            continue;
        }
        if (!text.at(end).isSpace())
            continue;
        const BlockKind kind = blocks[i].kind;
        const QString rest = text.sliced(end).trimmed();
        const ParagraphRole restRole = kind == BlockKind::Caption ? ParagraphRole::Caption : classifyParagraph(rest);
        out[i] = {text.left(end), ParagraphRole::Boilerplate};
        blocks[i] = {text.left(end), kind};
        out.insert(i + 1, {rest, restRole});
        blocks.insert(i + 1, {rest, kind});
        ++i;
    }
}

// Between the title and the body: a second headline under the title (past stamps and bylines)
// is a heading, not a sentence of the story; "Ann Lee in Riverton" next to a stamp is a byline, and an author's name above "By
// <the same name>" goes with the byline.
void markHead(QList<Paragraph> &out, qsizetype title)
{
    const qsizetype n = out.size();
    if (title >= 0) {
        qsizetype second = title + 1;
        while (second < n && isFurniture(out[second].role))
            ++second;
        // At least five words: "Outlet Name" or a two-word kicker above the body stays as it is.
        // ... and the story goes on below it: a cut-off first sentence is not a headline.
        if (second < n && out[second].role == ParagraphRole::Body && hasHeadingShape(out[second].text)
            && wordCount(out[second].text) >= 5 && nextContent(out, second) >= 0)
            out[second].role = ParagraphRole::Heading;
    }
    // "Ann Lee in Riverton", "Ann Lee and Bo Sten": a byline without "By", next to a stamp.
    static const QRegularExpression namesWithoutBy(
        QStringLiteral(
            R"(^\p{Lu}[\p{L}'’.\-]+(\s+\p{Lu}[\p{L}'’.\-]+){1,3}\s+(in|and)\s+\p{Lu}[\p{L}'’.\-]+(\s+\p{Lu}[\p{L}'’.\-]+){0,3}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (qsizetype i = 0; i < std::min(n, TitleSearchBlocks); ++i) {
        if (out[i].role != ParagraphRole::Body)
            continue;
        const QString &text = out[i].text;
        const bool stampBefore = i > 0 && out[i - 1].role == ParagraphRole::Dateline;
        const bool stampAfter = i + 1 < n && out[i + 1].role == ParagraphRole::Dateline;
        if (stampAfter && isNameLike(text) && isByline(out[i + 1].text) && out[i + 1].text.contains(text.trimmed()))
            out[i].role = ParagraphRole::Dateline;
        else if ((stampBefore || stampAfter) && text.size() <= 80 && namesWithoutBy.match(text.trimmed()).hasMatch())
            out[i].role = ParagraphRole::Dateline;
    }
}

// "Getty Images" on its own line, then "Rescue boats on the flooded main street": a credit
// above the caption it belongs to (a short line without a final period).
void markCaptionsAfterCredits(QList<Paragraph> &out)
{
    for (qsizetype i = 1; i < out.size(); ++i) {
        const QString &text = out[i].text;
        if (out[i].role == ParagraphRole::Body && out[i - 1].role == ParagraphRole::Boilerplate && isCredit(out[i - 1].text)
            && text.size() <= 200 && !endsLikeSentence(text) && !text.trimmed().endsWith(u'?'))
            out[i].role = ParagraphRole::Caption;
    }
}

// A short line the body goes on after, not one of a list of short lines.
bool isFollowedByBody(const QList<Paragraph> &out, qsizetype i, qsizetype next)
{
    const QString &text = out[next].text;
    if (out[next].role != ParagraphRole::Body)
        return false;
    return endsLikeSentence(text) || (text.size() >= 60 && text.size() >= 2 * out[i].text.trimmed().size());
}

// Subheadings between body paragraphs ("On the ground", "What happens next?", a Title Case
// line), and every markup heading that is not the title.
void markHeadings(const QList<Block> &blocks, QList<Paragraph> &out, qsizetype title)
{
    const qsizetype n = out.size();
    qsizetype previous = -1; // the last paragraph that is not boilerplate or a caption
    // The line under the title (an outlet, a kicker) is no subheading: markHead decides it.
    bool inBody = false;
    for (qsizetype i = 0; i < n; ++i) {
        Paragraph &p = out[i];
        if (p.role == ParagraphRole::Boilerplate || p.role == ParagraphRole::Caption)
            continue;
        if (p.role == ParagraphRole::Body && blocks[i].kind == BlockKind::Heading && i != title) {
            p.role = ParagraphRole::Heading;
        } else if (inBody && p.role == ParagraphRole::Body && blocks[i].kind == BlockKind::Text && hasHeadingShape(p.text)) {
            // The last of a list of short lines is followed by body too; a question is no entry.
            const bool listBefore = previous >= 0 && out[previous].role == ParagraphRole::Body
                && hasHeadingShape(out[previous].text) && !isFollowedByBody(out, previous, i) && !p.text.trimmed().endsWith(u'?');
            const qsizetype next = nextContent(out, i);
            const bool heading = next >= 0 ? isFollowedByBody(out, i, next)
                                           : isTitleCase(p.text) || (wordCount(p.text) <= 3 && !p.text.contains(u','));
            if (heading && !listBefore)
                p.role = ParagraphRole::Heading;
        }
        inBody = inBody || p.role == ParagraphRole::Body || (title >= 0 && i > title);
        previous = i;
    }
}

} // namespace

ParagraphRole classifyParagraph(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return ParagraphRole::Boilerplate;
    const qsizetype credit = creditStart(t);
    if (t.size() <= MaxBoilerplateLength) {
        if (isRelatedHeading(t) || isRelatedLeadIn(t) || isCredit(t) || isFurniturePhrase(t) || credit == 0)
            return ParagraphRole::Boilerplate;
        if (isCaption(t) || credit > 0 || isDatedPhotoCaption(t))
            return ParagraphRole::Caption;
        if (isByline(t) || isCityDateline(t) || isMostlyDate(t) || isPublicationLabel(t) || isStampLine(t) || isSeparatedStamp(t))
            return ParagraphRole::Dateline;
    } else if (credit > 0) {
        return ParagraphRole::Caption;
    }
    return ParagraphRole::Body;
}

QList<Paragraph> assignParagraphRoles(const QList<Block> &input)
{
    QList<Block> blocks = splitHeadStamps(input);
    QList<Paragraph> out;
    out.reserve(blocks.size());
    for (const Block &block : blocks) {
        ParagraphRole role = classifyParagraph(block.text);
        if (block.kind == BlockKind::Caption && role != ParagraphRole::Boilerplate)
            role = ParagraphRole::Caption;
        if (block.kind == BlockKind::Boilerplate)
            role = ParagraphRole::Boilerplate;
        out.append({block.text, role});
    }
    markRelatedLists(blocks, out);
    markPromoBlocks(out);

    const qsizetype title = chooseTitle(blocks, out);
    if (title >= 0) {
        out[title].role = ParagraphRole::Title;
        splitRepeatedHeadline(blocks, out, title);
    }
    markCaptionsAfterCredits(out);
    markHead(out, title);
    markHeadings(blocks, out, title);
    return out;
}

} // namespace parallax
