#include "paragraphroles.h"

#include "dateparser.h"

#include <QRegularExpression>

namespace parallax {

namespace {

// Boilerplate and caption phrases are only trusted on short paragraphs: a long paragraph that
// mentions "subscribe" or "cookies" is an article about them, not a prompt.
constexpr qsizetype MaxBoilerplateLength = 300;
constexpr qsizetype MaxDatelineLength = 120;
constexpr qsizetype MaxHeadlineLength = 160;

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const QString &agencies()
{
    static const QString names
        = QStringLiteral("Reuters|AP|AFP|EPA|Getty Images|Getty|Associated Press|Bloomberg|Shutterstock|Alamy|PA|DPA|ANP|Xinhua|"
                         "TASS|ТАСС|РИА Новости|Интерфакс|Коммерсантъ|Sputnik|Unsplash");
    return names;
}

bool isRelatedLeadIn(QStringView text)
{
    // "Read more: <headline>" on one line is a link to another article.
    static const QRegularExpression re
        = rx(QStringLiteral(R"(^(see also|read more|read also|also read|related|more from [^:]{1,40}|watch|listen|читайте также|)"
                            R"(читать также|смотрите также|см\. также|по теме|ещё по теме|еще по теме)\s*:)"));
    return re.match(text).hasMatch();
}

bool isCredit(QStringView text)
{
    static const QRegularExpression credit
        = rx(QStringLiteral(R"(^\(?((photo|photograph|image|picture|video|illustration|фото|фотография|видео|иллюстрация)\s*)"
                            R"((:|by|credit:?|©)\s*)?[\p{L}.'\- ]{1,40}\s*/\s*[\p{L}.'\- ]{1,40}\)?\.?$)"));
    static const QRegularExpression agency
        = rx(QStringLiteral(R"(^\(?(photo:\s*|фото:\s*)?(%1)(\s*/\s*[\p{L}.'\- ]{1,40})?\)?\.?$)").arg(agencies()));
    static const QRegularExpression photoBy
        = rx(QStringLiteral(R"(^(photo|photograph|image|фото)\s*(by|credit|:)\s*[\p{L}.'\- ]{1,40}$)"));
    if (text.size() > 90)
        return false;
    return credit.match(text).hasMatch() || agency.match(text).hasMatch()
        || (photoBy.match(text).hasMatch() && text.count(u' ') <= 4);
}

bool isBoilerplatePhrase(QStringView text)
{
    static const QList<QRegularExpression> patterns = {
        rx(QStringLiteral(R"(^(advertisement|advert|sponsored( content)?|ad|реклама|партнерский материал|на правах рекламы)$)")),
        rx(QStringLiteral(R"(^(subscribe|sign up|get our|join our|don't miss|подписывайтесь|подпишитесь|подписаться)\b)")),
        rx(QStringLiteral(
            R"(\b(sign up|subscribe|get|join|receive)\b.{0,40}\bnewsletters?\b|\bnewsletters?\b.{0,40}\b(inbox|sign up|subscribe)\b)")),
        rx(QStringLiteral(R"(\bsubscribe to (our|my)\b|\b(подписывайтесь|подпишитесь) на\b|наш телеграм|telegram-канал)")),
        rx(QStringLiteral(R"(\b(we use cookies|uses cookies|cookie policy|cookie settings|accept (all )?cookies)\b)")),
        rx(QStringLiteral(R"(\b(используем|использует) (файлы )?cookie)")),
        rx(QStringLiteral(R"(^(share( this( article| story| page| post)?)?|share on \w+|follow us|tweet|email|print|)"
                          R"(поделиться|поделитесь|следите за (нами|новостями)|мы в соцсетях)\b[^.]{0,60}$)")),
        rx(QStringLiteral(R"(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|все права защищены|)"
                          R"(при (перепечатке|использовании|цитировании) материалов)")),
        rx(QStringLiteral(R"(^(source|outlet|источник|издание)\s*:\s*\S.{0,80}$)")),
    };
    for (const QRegularExpression &re : patterns) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

bool isCaption(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(photo|pictured|picture|image|caption|above|top|file photo|фото|на фото|на снимке|фотография|иллюстрация)\s*:)"));
    return re.match(text).hasMatch();
}

bool isByline(QStringView text)
{
    static const QRegularExpression re
        = rx(QStringLiteral(R"(^(by|written by|reporting by|words by|автор|авторы|текст)\s*:?\s+\p{Lu}[^.!?]{0,100}$)"));
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
    // weekday, zone), so it also works where findDates finds nothing.
    static const QRegularExpression dateWords = rx(QStringLiteral(
        R"(\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|)"
        R"(dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|)"
        R"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|)"
        R"(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|)"
        R"(понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье|)"
        R"(updated|published|posted|last updated|modified|обновлено|опубликовано|изменено|)"
        R"(at|on|of|the|am|pm|a\.m|p\.m|gmt|utc|msk|cet|cest|est|edt|bst|et|pt|мск|г|года|год|в|st|nd|rd|th)\b)"));
    QString rest = text.toString();
    rest.remove(dateWords);
    qsizetype letters = 0;
    for (const QChar c : std::as_const(rest))
        letters += c.isLetter();
    return letters <= 2;
}

bool endsLikeSentence(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    const QChar last = t.back();
    return last == u'.' || last == u'!' || last == u'…' || last == u':' || last == u';' || last == u',';
}

bool looksLikeTitle(const Block &block)
{
    const QStringView t = QStringView(block.text).trimmed();
    return !t.isEmpty() && t.size() <= 200 && t.count(u' ') < 25 && !endsLikeSentence(t);
}

} // namespace

bool isRelatedHeading(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(see also|read more|read also|also read|related|related (stories|articles|news|coverage|content|posts|reading|links)|)"
        R"(more from [^.]{1,40}|more on (this|the) (story|topic)|more stories|you (may|might) also (like|be interested in)|)"
        R"(recommended( for you)?|most read|most popular|popular now|trending|top stories|latest news|)"
        R"(читайте также|читать также|смотрите также|см\. также|по теме|ещё по теме|еще по теме|другие новости|)"
        R"(новости по теме|популярное|самое читаемое|рекомендуем|материалы по теме|последние новости)\s*[:.!…]*$)"));
    return text.size() <= 80 && re.match(text.trimmed()).hasMatch();
}

ParagraphRole classifyParagraph(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return ParagraphRole::Boilerplate;
    if (t.size() <= MaxBoilerplateLength) {
        if (isRelatedHeading(t) || isRelatedLeadIn(t) || isCredit(t) || isBoilerplatePhrase(t))
            return ParagraphRole::Boilerplate;
        if (isCaption(t))
            return ParagraphRole::Caption;
        if (isByline(t) || isCityDateline(t) || isMostlyDate(t))
            return ParagraphRole::Dateline;
    }
    return ParagraphRole::Body;
}

QList<Paragraph> assignParagraphRoles(const QList<Block> &blocks)
{
    QList<Paragraph> out;
    out.reserve(blocks.size());
    bool inRelatedList = false;
    for (const Block &block : blocks) {
        ParagraphRole role = classifyParagraph(block.text);
        if (block.kind == BlockKind::Caption && role != ParagraphRole::Boilerplate)
            role = ParagraphRole::Caption;
        // The headlines listed after "Related" are links, short and without a final period.
        if (inRelatedList && role == ParagraphRole::Body) {
            const bool headline = block.kind == BlockKind::ListItem || block.kind == BlockKind::Heading
                || (block.text.size() <= MaxHeadlineLength && !endsLikeSentence(block.text));
            if (headline)
                role = ParagraphRole::Boilerplate;
        }
        if (isRelatedHeading(block.text))
            inRelatedList = true;
        else if (role != ParagraphRole::Boilerplate)
            inRelatedList = false;
        out.append({block.text, role});
    }

    // One title: the first heading near the top, else a short first line without final period.
    const qsizetype searchEnd = std::min<qsizetype>(blocks.size(), 4);
    qsizetype title = -1;
    for (qsizetype i = 0; i < searchEnd && title < 0; ++i) {
        if (blocks[i].kind == BlockKind::Heading && out[i].role == ParagraphRole::Body)
            title = i;
    }
    if (title < 0 && blocks.size() >= 2) {
        qsizetype first = 0;
        // Outlets put the date or a breadcrumb above the headline as often as below it.
        while (first < searchEnd && (out[first].role == ParagraphRole::Boilerplate || out[first].role == ParagraphRole::Dateline))
            ++first;
        if (first < searchEnd && out[first].role == ParagraphRole::Body && looksLikeTitle(blocks[first])
            && blocks[first].kind != BlockKind::ListItem)
            title = first;
    }
    if (title >= 0)
        out[title].role = ParagraphRole::Title;
    return out;
}

} // namespace parallax
