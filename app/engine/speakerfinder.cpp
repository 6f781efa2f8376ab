#include "speakerfinder.h"

#include "lexicon.h"

#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace parallax {

namespace {

struct Word
{
    int start = 0;
    int end = 0;
    QStringView folded; ///< into the Words' buffer
    bool capital = false;
};

// The words of a stretch of text; their folded forms are views into one buffer, so lexing costs
// one allocation per paragraph instead of one per word.
struct Words
{
    std::vector<char16_t> buffer;
    QList<Word> list;
};

bool isWordChar(QChar c)
{
    // ASCII first: QChar::isMark() is an out-of-line table lookup, and nearly every character is ASCII.
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// The next word of [i, to): apostrophes and hyphens inside words kept ("O'Neil", "Jean-Paul"),
// a possessive's "'s" left out ("Hale's" names Hale). False when there is none. One definition
// of a word for lexWords() and anyWord(), which must cut text alike.
struct WordCut
{
    int start = 0;
    int end = 0; ///< of the word proper (without "'s")
    int next = 0; ///< where the scan goes on
    bool ascii = true;
};

bool nextWord(QStringView text, int i, int to, WordCut *cut)
{
    while (i < to && !isWordChar(text[i]))
        ++i;
    if (i >= to)
        return false;
    const int s = i;
    bool ascii = true;
    while (i < to) {
        if (isWordChar(text[i])) {
            ascii = ascii && text[i].unicode() < 0x80;
            ++i;
        } else if ((text[i] == u'\'' || text[i] == u'\u2019' || text[i] == u'-') && i + 1 < to && isWordChar(text[i + 1])
                   && i > s) {
            ascii = ascii && text[i].unicode() < 0x80;
            ++i;
        } else {
            break;
        }
    }
    cut->start = s;
    cut->next = i;
    cut->end = i - s > 2 && text[i - 1] == u's' && (text[i - 2] == u'\'' || text[i - 2] == u'\u2019') ? i - 2 : i;
    cut->ascii = ascii;
    return true;
}

char16_t foldAscii(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
}

// Words of [from, to), cut by nextWord().
Words lexWords(QStringView text, int from, int to)
{
    Words out;
    QList<Word> &words = out.list;
    words.reserve((to - from) / 6 + 1);
    std::vector<char16_t> &buffer = out.buffer;
    buffer.reserve(size_t(std::max(0, to - from)));
    std::vector<std::pair<qsizetype, qsizetype>> folded; // (offset, length) in the buffer
    folded.reserve(size_t(words.capacity()));
    WordCut cut;
    for (int i = from; nextWord(text, i, to, &cut); i = cut.next) {
        const int s = cut.start;
        Word w;
        w.start = s;
        w.end = cut.end;
        const qsizetype at = qsizetype(buffer.size());
        if (cut.ascii) {
            for (int k = s; k < w.end; ++k)
                buffer.push_back(foldAscii(text[k].unicode()));
        } else {
            const QString f = text.mid(s, w.end - s).toString().toCaseFolded();
            buffer.insert(buffer.end(), f.utf16(), f.utf16() + f.size());
        }
        folded.push_back({at, qsizetype(buffer.size()) - at});
        w.capital = lexicon::isUpperStart(text[s]);
        words.append(w);
    }
    // Views only once the buffer stops growing (a vector keeps its storage when the Words move).
    for (qsizetype k = 0; k < words.size(); ++k)
        words[k].folded = QStringView(buffer.data() + folded[size_t(k)].first, folded[size_t(k)].second);
    return out;
}

// Whether some word of `text`, cut and folded exactly as lexWords() does, satisfies `wanted`.
// Role names and reported speech start at a trigger word that most paragraphs lack: this scan
// writes nothing, so checking first is far cheaper than lexing every paragraph.
// `maybe(firstFolded, length)` may reject an ASCII word before it is folded; it must accept every
// word that `wanted` would.
template<typename Wanted, typename Maybe> bool anyWord(QStringView text, Wanted wanted, Maybe maybe)
{
    QVarLengthArray<char16_t, 64> fold;
    WordCut cut;
    for (int i = 0; nextWord(text, i, int(text.size()), &cut); i = cut.next) {
        const int s = cut.start;
        const int end = cut.end;
        if (cut.ascii) {
            if (!maybe(QChar(foldAscii(text[s].unicode())), end - s))
                continue;
            fold.resize(end - s);
            for (int k = s; k < end; ++k)
                fold[k - s] = foldAscii(text[k].unicode());
            if (wanted(QStringView(fold.constData(), fold.size())))
                return true;
        } else if (wanted(QStringView(text.mid(s, end - s).toString().toCaseFolded()))) {
            return true;
        }
    }
    return false;
}

template<typename Wanted> bool anyWord(QStringView text, Wanted wanted)
{
    return anyWord(text, wanted, [](QChar, qsizetype) { return true; });
}

bool onlyBlanksBetween(QStringView text, int a, int b)
{
    for (int i = a; i < b; ++i) {
        if (!text[i].isSpace() && text[i] != QChar(0x00A0))
            return false;
    }
    return true;
}

// Whether words j - 1 and j belong to one phrase: only blanks between them, or the full stop of
// an initial or a title ("Jerome H. Powell", "Mr. Hale").
bool joinedInPhrase(QStringView text, const QList<Word> &words, int j)
{
    const Word &prev = words[j - 1];
    const int gap = words[j].start;
    if (onlyBlanksBetween(text, prev.end, gap))
        return true;
    if (prev.end >= gap || text[prev.end] != u'.' || !onlyBlanksBetween(text, prev.end + 1, gap) || prev.end + 1 == gap)
        return false;
    return (prev.folded.size() == 1 && prev.capital) || lexicon::isAbbreviatedTitle(prev.folded);
}

bool isNameWord(const Word &w)
{
    return w.capital && !lexicon::isNonNameCapital(w.folded) && !w.folded.at(0).isDigit();
}

bool isPhraseWord(const Word &w)
{
    return isNameWord(w) || lexicon::isRoleWord(w.folded);
}

QString titleCaseIfShouting(QStringView word)
{
    bool allCaps = word.size() > 1;
    for (QChar c : word) {
        if (c.isLower())
            allCaps = false;
    }
    return allCaps ? word.left(1).toString() + word.mid(1).toString().toLower() : word.toString();
}

// Role words first, then the name: "Deputy Minister Jon Hale" -> role "deputy minister", name "Jon Hale".
Speaker phraseToSpeaker(QStringView text, const QList<Word> &words, int a, int b)
{
    Speaker s;
    if (a < b && words[a].folded == u"the")
        ++a;
    int k = a;
    // "Kerrville Mayor Joe Tamm", "U.S. president": words before the role qualify it. Only when a
    // name follows the role or the qualifier is an abbreviation: "Jon Head" is a name.
    int r = a;
    while (r < b && !lexicon::isRoleWord(words[r].folded))
        ++r;
    if (r > a && r < b) {
        int e = r;
        while (e < b && lexicon::isRoleWord(words[e].folded))
            ++e;
        bool abbreviations = true;
        for (int j = a; j < r; ++j)
            abbreviations = abbreviations && words[j].folded.size() <= 2;
        if (e < b || abbreviations)
            k = r;
    }
    QStringList role;
    while (k < b && lexicon::isRoleWord(words[k].folded)) {
        role.append(words[k].folded.toString());
        ++k;
    }
    QStringList name;
    // "Joe Tamm Jr.": the suffix is no part of the surname that tells speakers apart.
    while (b > k + 1 && lexicon::isNameSuffix(words[b - 1].folded))
        --b;
    // "Water Management Mattias Brenner": a department before the name; people have one or two names here.
    if (b - k > 3)
        k = b - 2;
    // "Officials said": a capitalised plural of a role is a group, not a person.
    if (b - k == 1 && words[k].folded.size() > 3 && words[k].folded.endsWith(u's')
        && lexicon::isRoleWord(words[k].folded.chopped(1))) {
        role.append(words[k].folded.toString());
        s.role = role.join(u' ');
        return s;
    }
    for (int j = k; j < b; ++j) {
        if (!isNameWord(words[j]))
            return {};
        name.append(titleCaseIfShouting(text.mid(words[j].start, words[j].end - words[j].start)));
    }
    s.role = role.join(u' ');
    s.name = name.join(u' ');
    return s;
}

// The phrase starting at word `a` (skipping "the"), up to 6 words joined by blanks only.
int phraseEnd(QStringView text, const QList<Word> &words, int a)
{
    int k = a;
    if (k < words.size() && words[k].folded == u"the")
        ++k;
    int count = 0;
    while (k < words.size() && count < 6 && isPhraseWord(words[k])) {
        if (k > a && !joinedInPhrase(text, words, k))
            break;
        ++k;
        ++count;
    }
    return count == 0 ? a : k;
}

// The phrase ending right before word `b`: walks back over name and role words.
int phraseStart(QStringView text, const QList<Word> &words, int b)
{
    int k = b;
    int count = 0;
    while (k > 0 && count < 6 && isPhraseWord(words[k - 1])) {
        if (k < b && !joinedInPhrase(text, words, k))
            break;
        --k;
        ++count;
    }
    if (count == 0)
        return b;
    if (k > 0 && words[k - 1].folded == u"the" && onlyBlanksBetween(text, words[k - 1].end, words[k].start))
        --k;
    return k;
}

bool isPreposition(QStringView w)
{
    static const QStringList preps
        = {QStringLiteral("in"),   QStringLiteral("at"),   QStringLiteral("from"), QStringLiteral("of"),
           QStringLiteral("to"),   QStringLiteral("for"),  QStringLiteral("with"), QStringLiteral("by"),
           QStringLiteral("near"), QStringLiteral("into"), QStringLiteral("в"),    QStringLiteral("из")};
    return preps.contains(w);
}

Speaker speakerBeforeVerb(QStringView text, const QList<Word> &words, int verb)
{
    if (verb > 0 && lexicon::isPronoun(words[verb - 1].folded)) {
        Speaker s;
        s.pronoun = true;
        return s;
    }
    int end = verb;
    // "Hale also said", "Hale later told"
    if (end > 0 && (words[end - 1].folded == u"also" || words[end - 1].folded == u"later" || words[end - 1].folded == u"then"))
        --end;
    // "Ivo Marek, who heads the rescue service, said": skip a short aside between commas.
    if (end > 0 && text.mid(words[end - 1].end, words[end].start - words[end - 1].end).trimmed() == u",") {
        for (int k = end - 1; k > 0 && k >= end - 14; --k) {
            const QStringView gap = text.mid(words[k - 1].end, words[k].start - words[k - 1].end).trimmed();
            if (gap == u",") {
                const int start = phraseStart(text, words, k);
                if (start < k) {
                    const Speaker s = phraseToSpeaker(text, words, start, k);
                    if (!s.name.isEmpty())
                        return s;
                }
                // "Sarn Hydro's chief engineer, Karel Dunst, said": the name is the aside itself.
                const int inner = phraseStart(text, words, end);
                if (inner == k) {
                    const Speaker t = phraseToSpeaker(text, words, k, end);
                    if (!t.name.isEmpty())
                        return t;
                }
                break;
            }
            if (!gap.isEmpty())
                break;
        }
    }
    const int start = phraseStart(text, words, end);
    if (start == end)
        return {};
    if (start > 0 && isPreposition(words[start - 1].folded) && onlyBlanksBetween(text, words[start - 1].end, words[start].start))
        return {};
    return phraseToSpeaker(text, words, start, end);
}

Speaker speakerAfterVerb(QStringView text, const QList<Word> &words, int first)
{
    if (first < words.size() && lexicon::isPronoun(words[first].folded)) {
        Speaker s;
        s.pronoun = true;
        return s;
    }
    const int end = phraseEnd(text, words, first);
    if (end == first)
        return {};
    return phraseToSpeaker(text, words, first, end);
}

int findAccordingTo(const QList<Word> &words, int from)
{
    for (int k = from; k + 1 < words.size(); ++k) {
        if ((words[k].folded == u"according" && words[k + 1].folded == u"to")
            || (words[k].folded == u"по" && words[k + 1].folded == u"словам"))
            return k + 2;
    }
    return -1;
}

// Whether a sentence ends between words j - 1 and j (the full stop of "Mr." or an initial does not).
bool sentenceBreakBefore(QStringView text, const QList<Word> &words, int j)
{
    for (int i = words[j - 1].end; i < words[j].start; ++i) {
        const QChar c = text[i];
        if (c == u'!' || c == u'?' || c == u';' || (c == u'.' && !joinedInPhrase(text, words, j)))
            return true;
    }
    return false;
}

// Words that report speech without being a finite verb: "by saying that ...", "calling it ...".
bool isSpeechGerund(QStringView w)
{
    static const QStringList gerunds
        = {QStringLiteral("saying"),    QStringLiteral("telling"),    QStringLiteral("adding"),    QStringLiteral("calling"),
           QStringLiteral("noting"),    QStringLiteral("describing"), QStringLiteral("warning"),   QStringLiteral("insisting"),
           QStringLiteral("stressing"), QStringLiteral("arguing"),    QStringLiteral("declaring"), QStringLiteral("explaining")};
    return gerunds.contains(w);
}

// The speaker of a quotation set inside a sentence that reports speech, from the words of that
// sentence before the opening mark at `to` (`words`, not empty, end before it): the first "X said" of the sentence ("She
// said the agency, which ..., issued “...”"), else the subject the sentence opens with when it
// reports speech in other words ("Hale opened by saying that the dam should “...”").
Speaker speakerOfSentence(QStringView text, const QList<Word> &words, int to)
{
    const int n = int(words.size());
    for (int i = words[n - 1].end; i < to; ++i) {
        if (text[i] == u'.' || text[i] == u'!' || text[i] == u'?' || text[i] == u';')
            return {}; // the quotation opens a sentence of its own
    }
    // A long way back the sentence is about something else; 40 words bound the work too.
    constexpr int maxWords = 40;
    int s = n - 1;
    while (s > 0 && n - s < maxWords && !sentenceBreakBefore(text, words, s))
        --s;
    if (s > 0 && !sentenceBreakBefore(text, words, s))
        return {};
    bool reports = false;
    for (int k = s; k < n; ++k) {
        if (lexicon::isSpeechVerb(words[k].folded)) {
            const Speaker found = speakerBeforeVerb(text, words, k);
            if (!found.isEmpty())
                return found;
            reports = true;
        } else if (isSpeechGerund(words[k].folded)) {
            reports = true;
        }
    }
    if (!reports)
        return {};
    if (lexicon::isPronoun(words[s].folded) && s + 1 < n && !isPhraseWord(words[s + 1])) {
        Speaker p;
        p.pronoun = true;
        return p;
    }
    const int end = phraseEnd(text, words, s);
    if (end == s || end >= n)
        return {};
    // A role alone is resolved to the person it names; a group ("Officials in ...") names nobody.
    const Speaker subject = phraseToSpeaker(text, words, s, end);
    return subject.name.isEmpty() && !lexicon::isRoleWord(QStringView(subject.role).split(u' ').last()) ? Speaker() : subject;
}

bool sentenceEndAt(QStringView text, int i)
{
    const QChar c = text[i];
    if (c != u'.' && c != u'!' && c != u'?' && c != u';')
        return false;
    return i + 1 >= text.size() || text[i + 1].isSpace();
}

} // namespace

Speaker speakerAfter(QStringView text, int from, int to)
{
    const Words lexed = lexWords(text, from, to);
    const QList<Word> &words = lexed.list;
    if (words.isEmpty())
        return {};
    // Only punctuation may stand between the closing mark and the attribution.
    for (int i = from; i < words[0].start; ++i) {
        const QChar c = text[i];
        if (c.isLetterOrNumber() || (i - from) > 6)
            return {};
    }
    if (lexicon::isSpeechVerb(words[0].folded))
        return speakerAfterVerb(text, words, 1);
    const int acc = findAccordingTo(words, 0);
    if (acc == 2)
        return speakerAfterVerb(text, words, acc);
    const int k = lexicon::isPronoun(words[0].folded) ? 1 : phraseEnd(text, words, 0);
    if (k > 0) {
        int verb = k;
        if (verb < words.size() && (words[verb].folded == u"also" || words[verb].folded == u"later"))
            ++verb;
        if (verb < words.size() && lexicon::isSpeechVerb(words[verb].folded))
            return speakerBeforeVerb(text, words, k);
    }
    // "..., aviation consultant Ivo Marek told the agency", "..., Press Secretary, Ana Ruiz told
    // reporters": a description or an aside before the name, the verb a few words on in the same
    // sentence. A pronoun there would be someone else's report ("..., the study he said").
    constexpr int maxWords = 9;
    for (int v = 1; v < std::min(int(words.size()), maxWords); ++v) {
        if (sentenceBreakBefore(text, words, v))
            break;
        if (lexicon::isSpeechVerb(words[v].folded)) {
            const Speaker s = speakerBeforeVerb(text, words, v);
            return s.pronoun ? Speaker() : s;
        }
    }
    return {};
}

Speaker speakerBefore(QStringView text, int from, int to)
{
    const Words lexed = lexWords(text, from, to);
    const QList<Word> &words = lexed.list;
    if (words.isEmpty())
        return {};
    const int n = int(words.size());
    // "according to Hale, ..." right before the quote
    for (int k = std::max(0, n - 8); k < n; ++k) {
        if (k + 1 < n
            && ((words[k].folded == u"according" && words[k + 1].folded == u"to")
                || (words[k].folded == u"по" && words[k + 1].folded == u"словам"))) {
            const int end = phraseEnd(text, words, k + 2);
            if (end == n)
                return speakerAfterVerb(text, words, k + 2);
        }
    }
    // "Hale said:", "Hale told reporters that", "Hale said on Tuesday"
    for (int k = n - 1; k >= std::max(0, n - 6); --k) {
        if (lexicon::isSpeechVerb(words[k].folded)) {
            bool clean = true;
            for (int i = words[k].end; i < to; ++i) {
                if (text[i] == u'.' || text[i] == u'!' || text[i] == u'?')
                    clean = false;
            }
            if (!clean)
                break;
            const Speaker s = speakerBeforeVerb(text, words, k);
            if (!s.isEmpty())
                return s;
            // "said Hale: ..." is rare before a quote but costs nothing ("told Hale:" names the listener)
            const Speaker t = speakerAfterVerb(text, words, k + 1);
            if (!t.name.isEmpty() && phraseEnd(text, words, k + 1) == n && words[k].folded != u"told"
                && words[k].folded != u"tells" && words[k].folded != u"asked")
                return t;
            break;
        }
    }
    // "Hale: “We will...”" (headlines, captions)
    int i = to - 1;
    while (i >= from && text[i].isSpace())
        --i;
    if (i >= from && text[i] == u':') {
        const int start = phraseStart(text, words, n);
        if (start < n && (start == 0 || !onlyBlanksBetween(text, words[start - 1].end, words[start].start)))
            return phraseToSpeaker(text, words, start, n);
    }
    return speakerOfSentence(text, words, to);
}

namespace {

bool opensReportedSpeech(QStringView foldedWord)
{
    // constexpr views: comparing with a bare u"..." array measures the literal's length at run time.
    static constexpr QStringView according = u"according";
    static constexpr QStringView po = u"по";
    return foldedWord == according || foldedWord == po || lexicon::isSpeechVerb(foldedWord);
}

// findRoleNames() once a role word is known to be there.
QList<RoleName> roleNamesOf(QStringView text)
{
    QList<RoleName> out;
    const Words lexed = lexWords(text, 0, int(text.size()));
    const QList<Word> &words = lexed.list;
    int k = 0;
    const int n = int(words.size());
    auto joined = [&](int j) { return onlyBlanksBetween(text, words[j - 1].end, words[j].start); };
    while (k < n) {
        if (!lexicon::isRoleWord(words[k].folded)) {
            ++k;
            continue;
        }
        const int roleStart = k;
        QStringList role;
        while (k < n && lexicon::isRoleWord(words[k].folded) && (k == roleStart || joined(k))) {
            role.append(words[k].folded.toString());
            ++k;
        }
        // "Deputy Minister for Water Management Matthias Brenner": the department belongs to the role,
        // the last two capitalised words are the name.
        if (k + 1 < n && (words[k].folded == u"for" || words[k].folded == u"of") && joined(k)) {
            int j = k + 1;
            if (j < n && words[j].folded == u"the" && joined(j))
                ++j;
            const int runStart = j;
            while (j < n && isNameWord(words[j]) && joined(j))
                ++j;
            if (j - runStart >= 3) {
                for (int r = k; r < j - 2; ++r)
                    role.append(words[r].folded.toString());
                k = j - 2;
            }
        }
        const int nameStart = k;
        while (k < n && k - nameStart < 3 && isNameWord(words[k]) && !lexicon::isRoleWord(words[k].folded) && joined(k))
            ++k;
        // "Mayor Joe Tamm Jr.": the name is Joe Tamm (a suffix is no surname).
        int nameEnd = k;
        while (nameEnd > nameStart + 1 && lexicon::isNameSuffix(words[nameEnd - 1].folded))
            --nameEnd;
        if (k > nameStart) {
            RoleName r;
            r.role = role.join(u' ');
            r.start = words[nameStart].start;
            r.end = words[nameEnd - 1].end;
            r.roleStart = words[roleStart].start;
            QStringList parts;
            for (int j = nameStart; j < nameEnd; ++j)
                parts.append(titleCaseIfShouting(text.mid(words[j].start, words[j].end - words[j].start)));
            r.name = parts.join(u' ');
            out.append(r);
        }
        if (k == roleStart)
            ++k;
    }
    return out;
}

} // namespace

QList<RoleName> findRoleNames(QStringView text)
{
    return anyWord(text, lexicon::isRoleWord) ? roleNamesOf(text) : QList<RoleName>();
}

SpeakerCues findSpeakerCues(QStringView text)
{
    SpeakerCues cues;
    bool role = false;
    // "according" opens reported speech too: the shape filter lets it through ("по" is not ASCII).
    static constexpr QStringView according = u"according";
    anyWord(
        text,
        [&](QStringView w) {
            role = role || lexicon::isRoleWord(w);
            cues.speechWord = cues.speechWord || opensReportedSpeech(w);
            return role && cues.speechWord; // both known: the rest of the paragraph cannot change them
        },
        [](QChar first, qsizetype length) {
            return (first == according.front() && length == according.size()) || lexicon::maybeRoleOrSpeechVerb(first, length);
        });
    if (role)
        cues.roleNames = roleNamesOf(text);
    return cues;
}

QList<IndirectSpeech> findIndirectSpeech(QStringView text, const QList<std::pair<int, int>> &quoted)
{
    QList<IndirectSpeech> out;
    const int n = int(text.size());
    if (!anyWord(text, opensReportedSpeech))
        return out;
    // Prefix counts of quoted characters keep the checks below O(1) however many quotes there are.
    std::vector<int> quotedBefore(size_t(n) + 2, 0);
    {
        std::vector<int> delta(size_t(n) + 2, 0);
        for (const auto &q : quoted) {
            const int a = std::clamp(q.first, 0, n);
            const int b = std::clamp(q.second, a, n);
            delta[size_t(a)] += 1;
            delta[size_t(b)] -= 1;
        }
        int depth = 0;
        for (int i = 0; i <= n; ++i) {
            depth += delta[size_t(i)];
            quotedBefore[size_t(i) + 1] = quotedBefore[size_t(i)] + (depth > 0 ? 1 : 0);
        }
    }
    auto quotedIn = [&](int a, int b) { return quotedBefore[size_t(b)] - quotedBefore[size_t(a)] > 0; };
    auto quotedAt = [&](int pos) { return quotedIn(std::max(0, pos - 1), std::min(n, pos + 1)); };
    const Words lexed = lexWords(text, 0, n);
    const QList<Word> &words = lexed.list;
    for (int k = 0; k < words.size(); ++k) {
        const bool according = k + 1 < words.size()
            && ((words[k].folded == u"according" && words[k + 1].folded == u"to")
                || (words[k].folded == u"по" && words[k + 1].folded == u"словам"));
        if (!lexicon::isSpeechVerb(words[k].folded) && !according)
            continue;
        if (quotedAt(words[k].start))
            continue;
        Speaker speaker;
        int clause = k + 1;
        if (according) {
            const int end = phraseEnd(text, words, k + 2);
            if (end == k + 2 || end >= words.size()
                || !text.mid(words[end - 1].end, words[end].start - words[end - 1].end).contains(u','))
                continue;
            speaker = phraseToSpeaker(text, words, k + 2, end);
            clause = end;
        } else {
            speaker = speakerBeforeVerb(text, words, k);
            if (speaker.isEmpty())
                continue;
            // "Hale told reporters (that) ..."
            if (words[k].folded == u"told" && clause < words.size())
                ++clause;
            if (clause < words.size() && (words[clause].folded == u"that" || words[clause].folded == u"что"))
                ++clause;
        }
        if (clause >= words.size())
            continue;
        const int start = words[clause].start;
        // The clause must follow the verb with blanks only (a colon or a quote mark means direct speech).
        const int gapFrom = according ? words[clause - 1].end : words[clause - 1].end;
        bool direct = false;
        for (int i = gapFrom; i < start; ++i) {
            if (!text[i].isSpace() && !(according && text[i] == u','))
                direct = true;
        }
        if (direct)
            continue;
        // A reported clause ends with its sentence; capped so that text without full stops stays linear.
        int end = start;
        const int limit = std::min(n, start + 600);
        while (end < limit && !sentenceEndAt(text, end))
            ++end;
        if (quotedIn(start, end))
            continue;
        int wordsInClause = 0;
        for (int j = clause; j < words.size() && words[j].start < end; ++j)
            ++wordsInClause;
        if (wordsInClause < 4)
            continue;
        IndirectSpeech s;
        s.speaker = speaker;
        s.start = start;
        s.end = end;
        out.append(s);
    }
    return out;
}

bool sameSpeaker(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString sa = a.section(u' ', -1).toCaseFolded();
    const QString sb = b.section(u' ', -1).toCaseFolded();
    if (sa == sb)
        return true;
    // Russian case endings: "Петров" / "Петрова" / "Петрову".
    const qsizetype common = std::min(sa.size(), sb.size());
    if (common >= 4 && qAbs(sa.size() - sb.size()) <= 2 && sa.left(common) == sb.left(common))
        return true;
    // One name transliterated two ways: the same given name, the rest one letter apart ("Kim
    // Ho-sun" / "Kim Ho-sen").
    if (!a.contains(u' ') || !b.contains(u' ') || common < 4)
        return false;
    return a.section(u' ', 0, 0).toCaseFolded() == b.section(u' ', 0, 0).toCaseFolded() && lexicon::editDistance(sa, sb, 1) <= 1;
}

} // namespace parallax
