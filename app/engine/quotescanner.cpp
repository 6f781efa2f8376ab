#include "quotescanner.h"

#include "lexicon.h"
#include "quotemarks.h"
#include "speakerfinder.h"

#include <QHash>

#include <algorithm>

namespace parallax {

namespace {

int countWords(QStringView text)
{
    int words = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (text[k].isLetterOrNumber() && (k == 0 || !text[k - 1].isLetterOrNumber()))
            ++words;
    }
    return words;
}

// Resolves pronouns, roles and surnames against what the document said before.
class SpeakerResolver final
{
public:
    void learnRole(const RoleName &r)
    {
        if (!m_byRole.contains(r.role))
            m_byRole.insert(r.role, r.name);
        learnName(r.name);
    }

    void learnName(const QString &name)
    {
        if (name.contains(u' ')) {
            const QString surname = name.section(u' ', -1).toCaseFolded();
            if (!m_fullBySurname.contains(surname))
                m_fullBySurname.insert(surname, name);
        }
    }

    QString fullName(const QString &name) const
    {
        return name.contains(u' ') ? name : m_fullBySurname.value(name.toCaseFolded(), name);
    }

    // Returns {speaker text, is a name}; remembers named speakers for later pronouns.
    std::pair<QString, bool> resolve(const Speaker &s)
    {
        if (s.pronoun)
            return {m_last, !m_last.isEmpty()};
        if (!s.name.isEmpty()) {
            learnName(s.name);
            const QString name = fullName(s.name);
            m_last = name;
            return {name, true};
        }
        if (!s.role.isEmpty()) {
            const QString name = m_byRole.value(s.role);
            if (!name.isEmpty()) {
                m_last = name;
                return {name, true};
            }
            return {s.role, false};
        }
        return {};
    }

    // A person mentioned with a role ("Governor Helena Voss") is who a later "she said" means.
    void mention(const QString &name) { m_last = fullName(name); }

private:
    QHash<QString, QString> m_byRole;
    QHash<QString, QString> m_fullBySurname;
    QString m_last;
};

bool scanned(ParagraphRole role)
{
    return role != ParagraphRole::Boilerplate && role != ParagraphRole::Dateline;
}

// Sentences of a turn: split after . ! ? followed by a blank and an upper-case letter or a mark.
QList<std::pair<int, int>> sentences(QStringView text, int start, int end)
{
    QList<std::pair<int, int>> out;
    int s = start;
    for (int i = start; i < end; ++i) {
        const QChar c = text[i];
        if ((c == u'.' || c == u'!' || c == u'?') && i + 2 < end && text[i + 1].isSpace()
            && (lexicon::isUpperStart(text[i + 2]) || text[i + 2] == u'"' || text[i + 2] == u'\u201C')) {
            out.append({s, i + 1});
            s = i + 2;
        }
    }
    if (s < end)
        out.append({s, end});
    return out;
}

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

// "... “not veer into conflict.” Hale responded by saying, “For two ...”": after a quotation that
// closed its sentence, words that run into the next quotation without a sentence end introduce that
// one, not the quotation before them.
bool introducesNext(QStringView text, const QList<MarkedSpan> &spans, int i)
{
    const MarkedSpan &m = spans.at(i);
    if (i + 1 >= spans.size() || m.end <= m.start || !endsSentence(text[m.end - 1]))
        return false;
    const int next = spans.at(i + 1).open;
    for (int k = m.close + 1; k < next; ++k) {
        if (endsSentence(text[k]))
            return false;
    }
    return true;
}

// Something said or named in a paragraph, processed in text order so pronouns find the right person.
struct Event
{
    int pos = 0;
    int kind = 0; // 0 mention, 1 marked quote, 2 reported speech
    int index = 0;
};

// Marks the quotation the copy cut off (never closed, `lastCapped` = its paragraph and start) and
// gives every part of a multi-paragraph quotation one speaker.
void finishDocument(const Document &document, std::pair<int, int> lastCapped, QList<DocumentQuote> *out)
{
    QList<DocumentQuote> &quotes = *out;
    // Copies of web pages end where the copy stopped, often inside a quotation.
    int lastScanned = int(document.paragraphs.size()) - 1;
    while (lastScanned >= 0 && !scanned(document.paragraphs.at(lastScanned).role))
        --lastScanned;
    for (int i = int(quotes.size()) - 1; i >= 0 && quotes[i].paragraph == lastScanned; --i) {
        if (quotes[i].form == QuoteForm::Marked && lastCapped == std::pair(quotes[i].paragraph, quotes[i].start))
            quotes[i].truncated = true;
    }
    // One speaker for every part of a multi-paragraph quotation: the first one named in it.
    QHash<int, std::pair<QString, bool>> chainSpeaker;
    for (int i = 0; i < quotes.size(); ++i) {
        const int root = quotes[i].chain >= 0 ? quotes[i].chain : i;
        if (quotes[i].speakerIsName && !chainSpeaker.contains(root))
            chainSpeaker.insert(root, {quotes[i].speaker, true});
    }
    for (int i = 0; i < quotes.size(); ++i) {
        const int root = quotes[i].chain >= 0 ? quotes[i].chain : i;
        const auto it = chainSpeaker.constFind(root);
        if (it != chainSpeaker.constEnd()) {
            quotes[i].speaker = it->first;
            quotes[i].speakerIsName = true;
        }
    }
}

// Quotes with no attribution in a paragraph that names a speaker belong to the nearest one
// (two passes, so a paragraph of thousands of quotes stays linear).
void fillFromNeighbours(QList<std::pair<QString, bool>> *speakers)
{
    QList<std::pair<QString, bool>> &resolved = *speakers;
    const int m = int(resolved.size());
    QList<int> left(m, -1);
    QList<int> right(m, -1);
    for (int i = 0, last = -1; i < m; ++i) {
        left[i] = last;
        if (resolved[i].second)
            last = i;
    }
    for (int i = m - 1, last = -1; i >= 0; --i) {
        right[i] = last;
        if (resolved[i].second)
            last = i;
    }
    for (int i = 0; i < m; ++i) {
        if (!resolved[i].first.isEmpty())
            continue;
        const int l = left[i];
        const int r = right[i];
        const int pick = l < 0 ? r : (r < 0 ? l : (i - l <= r - i ? l : r));
        if (pick >= 0)
            resolved[i] = resolved[pick];
    }
}

} // namespace

QList<DocumentQuote> scanDocumentQuotes(const Document &document, const QuoteScanOptions &options)
{
    QList<DocumentQuote> out;
    SpeakerResolver resolver;
    int openChain = -1; // index in `out` of the first part of a quotation still open at a paragraph end
    std::pair<int, int> lastCapped {-1, -1}; // paragraph and start of the last quotation never closed
    for (int p = 0; p < document.paragraphs.size(); ++p) {
        const Paragraph &para = document.paragraphs.at(p);
        if (!scanned(para.role))
            continue;
        const QStringView text = para.text;
        const SpeakerCues *cues = options.speakerCues && p < options.speakerCues->size() ? &options.speakerCues->at(p) : nullptr;
        const QList<RoleName> roleNames = cues ? cues->roleNames : findRoleNames(text);
        for (const RoleName &r : roleNames)
            resolver.learnRole(r);

        TranscriptTurn turn;
        if (para.role == ParagraphRole::Body && findTranscriptTurn(text, &turn)) {
            Speaker s;
            s.name = turn.speaker;
            const auto [name, isName] = resolver.resolve(s);
            int index = 0;
            for (const auto &[a, b] : sentences(text, turn.start, turn.end)) {
                DocumentQuote q {p, a, b, name, isName, QuoteForm::Turn, -1, index++};
                out.append(q);
            }
            openChain = -1;
            continue;
        }

        const QList<MarkedSpan> spans = findMarkedSpans(text);
        QList<std::pair<int, int>> quoted;
        QList<Speaker> found;
        QList<int> foundAt;
        for (int i = 0; i < spans.size(); ++i) {
            const MarkedSpan &m = spans.at(i);
            quoted.append({m.open, m.capped() ? int(text.size()) : m.close + 1});
            Speaker s;
            int at = m.open;
            if (!m.capped() && !introducesNext(text, spans, i)) {
                const int afterEnd = i + 1 < spans.size() ? spans.at(i + 1).open : int(text.size());
                s = speakerAfter(text, m.close + 1, afterEnd);
                at = m.close;
            }
            if (s.isEmpty()) {
                const int beforeStart = i > 0 ? (spans.at(i - 1).capped() ? m.open : spans.at(i - 1).close + 1) : 0;
                s = speakerBefore(text, beforeStart, m.open);
                at = m.open;
            }
            found.append(s);
            foundAt.append(at);
        }
        const QList<IndirectSpeech> indirect
            = cues && !cues->speechWord ? QList<IndirectSpeech>() : findIndirectSpeech(text, quoted);

        QList<Event> events;
        for (int i = 0; i < roleNames.size(); ++i)
            events.append({roleNames[i].start, 0, i});
        for (int i = 0; i < found.size(); ++i)
            events.append({foundAt[i], 1, i});
        for (int i = 0; i < indirect.size(); ++i)
            events.append({indirect[i].start, 2, i});
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.pos < b.pos; });
        QList<std::pair<QString, bool>> resolved(found.size());
        QList<std::pair<QString, bool>> resolvedIndirect(indirect.size());
        for (const Event &e : events) {
            if (e.kind == 0)
                resolver.mention(roleNames[e.index].name);
            else if (e.kind == 1)
                resolved[e.index] = resolver.resolve(found[e.index]);
            else
                resolvedIndirect[e.index] = resolver.resolve(indirect[e.index].speaker);
        }

        fillFromNeighbours(&resolved);
        int firstVisible = 0;
        while (firstVisible < text.size() && text[firstVisible].isSpace())
            ++firstVisible;
        const bool continues = openChain >= 0 && !spans.isEmpty() && spans.first().open == firstVisible;
        QList<DocumentQuote> local;
        int cappedStart = -1;
        for (int i = 0; i < spans.size(); ++i) {
            const MarkedSpan &m = spans.at(i);
            if (countWords(text.mid(m.start, m.end - m.start)) < options.minWords && !(i == 0 && continues))
                continue;
            DocumentQuote q {p, m.start, m.end, resolved[i].first, resolved[i].second, QuoteForm::Marked, -1, -1};
            if (i == 0 && continues)
                q.chain = openChain;
            if (m.capped()) {
                cappedStart = m.start;
                lastCapped = {p, m.start};
            }
            local.append(q);
        }
        for (int i = 0; i < indirect.size(); ++i) {
            if (resolvedIndirect[i].second)
                local.append(
                    {p, indirect[i].start, indirect[i].end, resolvedIndirect[i].first, true, QuoteForm::Indirect, -1, -1});
        }
        std::stable_sort(local.begin(), local.end(),
                         [](const DocumentQuote &a, const DocumentQuote &b) { return a.start < b.start; });
        int cappedIndex = -1;
        for (const DocumentQuote &q : local) {
            if (q.form == QuoteForm::Marked && q.start == cappedStart)
                cappedIndex = int(out.size());
            out.append(q);
        }
        // A quotation left open continues only if the next scanned paragraph opens with a mark.
        int next = p + 1;
        while (next < document.paragraphs.size() && !scanned(document.paragraphs.at(next).role))
            ++next;
        if (cappedIndex >= 0 && next < document.paragraphs.size() && startsWithOpeningMark(document.paragraphs.at(next).text))
            openChain = out[cappedIndex].chain >= 0 ? out[cappedIndex].chain : cappedIndex;
        else
            openChain = -1;
    }
    finishDocument(document, lastCapped, &out);
    return out;
}

} // namespace parallax
