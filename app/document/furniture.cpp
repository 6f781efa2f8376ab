#include "furniture.h"

#include "dateparser.h"

#include <QList>
#include <QRegularExpression>

namespace parallax {

namespace {

constexpr qsizetype MaxCreditLength = 90;
constexpr qsizetype MaxPromoLength = 200;
constexpr qsizetype MaxCaptionLength = 400;

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool matchesAny(const QList<QRegularExpression> &patterns, QStringView text)
{
    for (const QRegularExpression &re : patterns) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

const QString &agencies()
{
    static const QString names
        = QStringLiteral("Reuters|AP|AFP|EPA|Getty Images|Getty|Associated Press|Bloomberg|Shutterstock|Alamy|PA|DPA|ANP|Xinhua|"
                         "TASS|ТАСС|РИА Новости|Интерфакс|Коммерсантъ|Sputnik|Unsplash|AAP|Kyodo|Yonhap|ANSA|EFE|IANS|PTI");
    return names;
}

bool hasLetterOrDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool hasQuotationMark(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return QStringView(u"\"“”«»„").contains(c); });
}

// Prompts, notices and copyright lines, in the languages the loaders meet most.
const QList<QRegularExpression> &promptPatterns()
{
    static const QList<QRegularExpression> patterns = {
        rx(QStringLiteral(R"(^(advertisement|advert|sponsored( content)?|ad|реклама|партнерский материал|на правах рекламы)$)")),
        rx(QStringLiteral(R"(^(subscribe|sign up|get our|join our|don't miss|подписывайтесь|подпишитесь|подписаться)\b)")),
        rx(QStringLiteral(
            R"(\b(sign up|subscribe|get|join|receive)\b.{0,40}\bnewsletters?\b|\bnewsletters?\b.{0,80}\b(inbox|sign up|subscribe)\b)")),
        rx(QStringLiteral(R"(\b(delivered|sent|straight|directly) (straight |directly )?to your inbox\b)")),
        rx(QStringLiteral(R"(\bsubscribe to (our|my)\b|\b(подписывайтесь|подпишитесь) на\b|наш телеграм|telegram-канал)")),
        rx(QStringLiteral(R"(\b(we use cookies|uses cookies|cookie policy|cookie settings|accept (all )?cookies)\b)")),
        // Membership and donation appeals: "Support independent journalism: become a member..."
        rx(QStringLiteral(R"(^support (our|independent|local|quality)\b.{0,40}\bjournalism\b|)"
                          R"(\bbecome an? (member|subscriber|supporter|patron)\b|^(donate|make a donation)\b|)"
                          R"(^поддержите (нашу |независимую )?(редакцию|журналистику))")),
        rx(QStringLiteral(R"(\b(используем|использует) (файлы )?cookie)")),
        rx(QStringLiteral(R"(^(share( this( article| story| page| post)?)?|share on \w+|follow us|tweet|email|print|)"
                          R"(поделиться|поделитесь|следите за (нами|новостями)|мы в соцсетях)\b[^.]{0,60}$)")),
        rx(QStringLiteral(R"(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|все права защищены|)"
                          R"(при (перепечатке|использовании|цитировании) материалов)")),
        rx(QStringLiteral(R"(^(source|outlet|источник|издание)\s*:\s*\S.{0,80}$)")),
        rx(QStringLiteral(
            R"(^(story|article|text) continues (below|after)\b|^continue reading\b|^(key points|key facts|at a glance)$)")),
        // Contributor lines: "Ann Lee in Kessel contributed to this report.", "(Reporting by ...)"
        rx(QStringLiteral(R"(\bcontributed (reporting )?to this (report|story|article)\b|)"
                          R"(^\(?(reporting|additional reporting|writing|editing) by\b[^()]{0,120}\)?\.?$)")),
        rx(QStringLiteral(R"(\bby signing up\b|\bbecome a (member|subscriber|supporter)\b|)"
                          R"(\b(support (our|independent)|needs your support)\b.{0,30}\bjournalism\b|)"
                          R"(\bjournalism\b.{0,30}\bneeds your support\b|\bdisable your ad ?blocker\b)")),
        // The page's own notices: scripts off, a paywall checking the reader.
        rx(QStringLiteral(R"(\b(enable|ensure|turn on|activate)\b.{0,40}\bjavascript\b|)"
                          R"(\bjavascript\b.{0,40}\b(enabled|disabled|required|turned off)\b|\bchecking your access\b|)"
                          R"(\bpreview (view )?of this article\b|^to continue reading\b|\balready a subscriber\b)")),
    };
    return patterns;
}

// Widgets, pickers and embeds: text a page shows around the article, never the outlet's report.
const QList<QRegularExpression> &widgetPatterns()
{
    static const QList<QRegularExpression> patterns = {
        // Audio and video players.
        rx(QStringLiteral(R"(\bplayer ready\b|^listen to (this|the) (article|story)\b|\bmore videos\b|^embed\b|)"
                          R"(\byour browser does not support\b|^(now playing|up next)\b|^(watch|play) (the )?(video|audio)$)")),
        // Language and edition pickers, site translation.
        rx(QStringLiteral(R"(\btranslate (this |the )?(website|page|article)\b|\b(read|available) in \d+ languages\b|)"
                          R"(^(choose|select|change|switch) (your )?(language|edition|region|country)\b|)"
                          R"(^(edition|language)\s*:[^.]{0,40}$)")),
        // Taxonomy labels, possibly left empty by the copy ("Region: ,").
        rx(QStringLiteral(
            R"(^(regions?|topics?|tags?|sections?|categor(y|ies)|filed under|keywords|subjects|themes?)\s*:[^.!?]{0,60}$)")),
        // Map links.
        rx(QStringLiteral(R"(^(view|show|open|see|get)\b.{0,25}\b(map|maps|directions)\b[^.]{0,30}$|^map data\b|)"
                          R"(^[^.]{0,40}\b(google|apple|bing) maps\b[^.]{0,30}$)")),
        // Embedded social posts: a picture link, a "— Name (@handle) July 5, 2025" signature.
        rx(QStringLiteral(R"(pic\.twitter\.com/|\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}|^a post shared by\b|)"
                          R"(^view this post on\b|^@\w{2,30}$)")),
        // Gallery counters, reading times, loaders and scroll prompts.
        rx(QStringLiteral(R"(^(image|photo|picture|slide)\s+\d+\s+(of|/)\s+\d+$|^\d+\s*min(ute)?s?\s+read$|^loading\.{0,3}$|)"
                          R"(^scroll (down )?to continue\b|^listen\s*\(\d+\s*min(utes?)?\)$|^comments?\s*\(\d+\)$)")),
        // Breadcrumbs: "Home » World » Asia", "News > Business > Markets".
        rx(QStringLiteral(R"(^[^.!?]{0,30}(\s[»›>]\s[^.!?]{1,30}){2,}$|^home\s*[»›>/|])")),
        // "[LEAD]", "[REPORT]": a broadcast script's labels.
        rx(QStringLiteral(R"(^\[[^\[\]]{1,30}\]$)")),
        // A template or tracking identifier leaked into the copy ("site_progress").
        QRegularExpression(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$)")),
    };
    return patterns;
}

} // namespace

bool isUiLabel(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(share|share this|print|email|e-mail|close|menu|search|text size|font size|listen|play|pause|comments?|save|)"
        R"(bookmark|copy link|link copied|summary|companies|topics|tags|more|show more|back to top|next|previous|)"
        R"(toggle navigation|log ?in|sign ?in|register|zoom|download|reply|gift (this )?article|a\s?a\s?a|)"
        R"(reuse this content|save article|add to (my )?list|follow|copy|)"
        R"(live|live updates|key events|as it happened|breaking|breaking news|developing story|just in|)"
        R"(skip to (main )?content|jump to (main )?content|skip navigation|본문 바로가기|перейти к (основному )?содержанию|)"
        R"(zum inhalt springen|aller au contenu|ir al contenido)\s*[:.]?$)"));
    return text.size() <= 40 && re.match(text.trimmed()).hasMatch();
}

bool isFurniturePhrase(QStringView text)
{
    const QStringView t = text.trimmed();
    if (!hasLetterOrDigit(t))
        return !t.isEmpty();
    return isUiLabel(t) || matchesAny(promptPatterns(), t) || matchesAny(widgetPatterns(), t);
}

bool isRelatedHeading(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(see also|read more|read also|also read|related|related (stories|articles|news|coverage|content|posts|reading|links)|)"
        R"(more from [^.]{1,40}|more on (this|the) (story|topic)|more stories|you (may|might) also (like|be interested in)|)"
        R"(recommended( for you| reading)?|most read|most viewed|most watched|most popular|popular now|trending|top stories|)"
        R"(latest news|related topics|more on this story|editor'?s picks|what to read next|in other news|)"
        R"(explore more on (these|this) topics?|more on (these|this) topics?|)"
        R"(читайте также|читать также|смотрите также|см\. также|по теме|ещё по теме|еще по теме|другие новости|)"
        R"(новости по теме|популярное|самое читаемое|рекомендуем|материалы по теме|последние новости)\s*[:.!…]*$)"));
    return text.size() <= 80 && re.match(text.trimmed()).hasMatch();
}

bool isRelatedLeadIn(QStringView text)
{
    static const QRegularExpression re
        = rx(QStringLiteral(R"(^(see also|read more|read also|also read|related|more from [^:]{1,40}|watch|listen|)"
                            R"(читайте также|читать также|смотрите также|см\. также|по теме|ещё по теме|еще по теме)\s*:)"));
    return re.match(text).hasMatch();
}

bool isCredit(QStringView text)
{
    static const QRegularExpression credit
        = rx(QStringLiteral(R"(^\(?((photo|photograph|image|picture|video|illustration|фото|фотография|видео|иллюстрация)\s*)"
                            R"((:|by|credit:?|©)\s*)?[\p{L}.'\- ]{1,40}\s*/\s*[\p{L}.'\- ]{1,40}\)?\.?$)"));
    static const QRegularExpression agency
        = rx(QStringLiteral(R"(^\(?((photo|picture|image|фото):\s*|фото:\s*)?(%1)(\s*/\s*[\p{L}.'\- ]{1,40})?\)?\.?$)")
                 .arg(agencies()));
    static const QRegularExpression photoBy
        = rx(QStringLiteral(R"(^(photo|photograph|image|фото)\s*(by|credit|:)\s*[\p{L}.'\- ]{1,40}$)"));
    // "Ana Lind / Coast Radio": a name and the outlet it works for, nothing else on the line.
    static const QRegularExpression nameSlashOutlet(
        QStringLiteral(R"(^\p{Lu}[\p{L}\p{M}.'’\-]*(\s+\p{L}[\p{L}\p{M}.'’\-]*){0,3}\s+/\s+\p{Lu}[\p{L}\p{M}.&'’\- ]{0,40}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // "Nordwire Images", "Coast Photos": a picture agency's name alone.
    static const QRegularExpression pictureAgency(QStringLiteral(R"(^(\p{Lu}[\p{L}.&'’\-]*\s+){1,3}(Images|Photos?|Pictures)$)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    if (text.size() > MaxCreditLength)
        return false;
    return pictureAgency.match(text).hasMatch() || credit.match(text).hasMatch() || agency.match(text).hasMatch()
        || (photoBy.match(text).hasMatch() && text.count(u' ') <= 4) || nameSlashOutlet.match(text).hasMatch();
}

qsizetype creditStart(QStringView text)
{
    if (text.size() > MaxCaptionLength + MaxCreditLength)
        return -1;
    // "(AP Photo/Ann Lee)", "(AFP)(AFP)", "(Nordwire/Ann Lee)"
    static const QRegularExpression agencyParen
        = rx(QStringLiteral(R"(\((photo:\s*)?(%1)(\s+(photo|images?|pictures?))?(\s*/\s*[^()]{1,50})?\)(\s*\((%1)\))?\s*\.?\s*$)")
                 .arg(agencies()));
    // "(Ann Lee/AP)", "(Ann Lee/For The Daily Post)"
    static const QRegularExpression nameParen(QStringLiteral(R"(\(\s*\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}\s*/\s*([Ff]or\s+)?)"
                                                             R"(\p{Lu}[\p{L}\p{M}.&'’\- ]{1,50}\)\s*\.?\s*$)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    // "Image: ANN LEE / AFP", "Picture: PA", "/ Photo by Nordwire", "Photo © Ann Lee"
    static const QRegularExpression labelled
        = rx(QStringLiteral(R"((?<=^|[\s.])((image|photo|picture|photograph|foto|фото|photo credit)\s*:\s*[^.:;()!?]{1,60}|)"
                            R"(([/|—–-]\s*)?(photo|image|picture)s?\s+(by|credit:?)\s+\p{Lu}[\p{L}\p{M}.'’& ]{1,40}|)"
                            R"((photo|image)s?\s*©\s*[^.]{1,40})$)"));
    if (const auto m = agencyParen.match(text); m.hasMatch())
        return m.capturedStart();
    if (const auto m = labelled.match(text); m.hasMatch())
        return m.capturedStart();
    // A name in brackets after a quotation is more likely a source than a photographer.
    if (const auto m = nameParen.match(text); m.hasMatch() && !hasQuotationMark(text))
        return m.capturedStart();
    return -1;
}

bool isDatedPhotoCaption(QStringView text)
{
    if (text.size() > MaxCaptionLength || !text.endsWith(u'.') || hasQuotationMark(text))
        return false;
    static const QRegularExpression tail(
        QStringLiteral(R"(,\s+(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\s+\d{4})\.$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    // A caption describes the picture in the present tense; a report of what happened or will
    // happen ("was signed in Lima, Peru, May 4, 2031.") is body.
    static const QRegularExpression reported
        = rx(QStringLiteral(R"(\b(said|says|told|according|announced|will|would|was|were|had|has|have|is expected)\b)"));
    const auto m = tail.match(text);
    if (!m.hasMatch() || reported.match(text).hasMatch())
        return false;
    const QList<DateMatch> dates = findDates(text.sliced(m.capturedStart(1)));
    return !dates.isEmpty() && !dates.constFirst().relative && dates.constFirst().start == 0;
}

bool isSignUpPlug(QStringView text)
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(subscribe|sign up|get our|join our)\b|\bnewsletters?\b|\bto your inbox\b|\bsubscribe to\b|^подпишитесь|^подписывайтесь)"));
    return text.size() <= MaxPromoLength && re.match(text).hasMatch();
}

bool isSummaryLabel(QStringView text)
{
    static const QRegularExpression re
        = rx(QStringLiteral(R"(^(summary|key points|key facts|highlights|at a glance|in brief|кратко|главное)\s*:?$)"));
    return text.size() <= 30 && re.match(text.trimmed()).hasMatch();
}

bool isPromoText(QStringView text)
{
    // The reader addressed, an offer, or sales copy's imperatives ("Get the facts", "Stay ahead").
    static const QRegularExpression re = rx(QStringLiteral(
        R"(\b(you|your|yours)\b|\b(newsletters?|inbox|e-?mails?|briefings?|sign up|subscribe|subscription|free)\b|)"
        R"((^|[.!]\s+)(get|escape|join|discover|stay|never miss|try|enjoy|unlock)\b)"));
    return text.size() <= MaxPromoLength && !hasQuotationMark(text) && re.match(text).hasMatch();
}

} // namespace parallax
