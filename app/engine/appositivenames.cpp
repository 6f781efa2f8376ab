#include "appositivenames.h"

#include "lexicon.h"

#include <QStringList>

namespace parallax {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// The word ending at `end` (letters, with hyphens and apostrophes inside: "Dae-ho", "O'Neil"):
// its start, or -1.
int wordStartBefore(QStringView text, int end)
{
    int i = end;
    while (i > 0
           && (isNameChar(text[i - 1])
               || ((text[i - 1] == u'-' || text[i - 1] == u'\'' || text[i - 1] == u'\u2019') && i - 1 > 0 && i < end
                   && isNameChar(text[i - 2]))))
        --i;
    return i < end ? i : -1;
}

int wordEndAfter(QStringView text, int start)
{
    int i = start;
    while (i < text.size() && isNameChar(text[i]))
        ++i;
    return i;
}

bool isNamePart(QStringView word)
{
    return !word.isEmpty() && lexicon::isUpperStart(word.front()) && !lexicon::isNonNameCapital(lexicon::foldCase(word))
        && !lexicon::isRoleWord(lexicon::foldCase(word));
}

} // namespace

QList<RoleName> findAppositiveRoleNames(QStringView text)
{
    QList<RoleName> out;
    const qsizetype n = text.size();
    // indexOf(QChar) is a vectorised scan: this runs over every paragraph.
    for (qsizetype comma = text.indexOf(QChar(u',')); comma > 0 && comma + 2 < n; comma = text.indexOf(QChar(u','), comma + 1)) {
        if (text[comma + 1] != u' ')
            continue;
        // The role first: most commas are followed by none, and that test is cheap (a word
        // no role word has the shape of is not even folded).
        int at = int(comma) + 2;
        int end = wordEndAfter(text, at);
        if (end == at)
            continue;
        const QChar first = text[at].toCaseFolded();
        if (first != u't' && first != u'a' && !lexicon::maybeRoleOrSpeechVerb(first, end - at))
            continue;
        QString word = lexicon::foldCase(text.mid(at, end - at));
        if (word == u"the" || word == u"a" || word == u"an") {
            at = end + 1;
            end = at < text.size() ? wordEndAfter(text, at) : at;
            word = lexicon::foldCase(text.mid(at, end - at));
        }
        const int roleStart = at;
        QStringList role;
        while (end > at && lexicon::isRoleWord(word)) {
            role.append(word);
            if (end >= text.size() || text[end] != u' ')
                break;
            at = end + 1;
            end = wordEndAfter(text, at);
            word = lexicon::foldCase(text.mid(at, end - at));
        }
        if (role.isEmpty())
            continue;
        // Then two or three capitalised words right before the comma, one blank apart.
        QStringList parts;
        int nameStart = int(comma);
        for (int wordEnd = int(comma); parts.size() < 3;) {
            const int s = wordStartBefore(text, wordEnd);
            if (s < 0 || !isNamePart(text.mid(s, wordEnd - s)))
                break;
            parts.prepend(text.mid(s, wordEnd - s).toString());
            nameStart = s;
            if (s < 2 || text[s - 1] != u' ' || !isNameChar(text[s - 2]))
                break;
            wordEnd = s - 1;
        }
        // "Yesterday Jon Hale, the mayor": a capitalised word opening the sentence is no name part.
        const bool opensSentence = nameStart == 0 || (nameStart >= 2 && text[nameStart - 2] == u'.');
        if (parts.size() == 3 && opensSentence) {
            parts.removeFirst();
            nameStart = int(comma) - int(parts.join(u' ').size());
        }
        if (parts.size() < 2)
            continue;
        RoleName r;
        r.role = role.join(u' ');
        r.name = parts.join(u' ');
        r.start = nameStart;
        r.end = int(comma);
        r.roleStart = roleStart;
        out.append(r);
    }
    return out;
}

} // namespace parallax
