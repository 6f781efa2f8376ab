#include "quotescanner.h"

#include "lexicon.h"
#include "quotemarks.h"
#include "speakerfinder.h"

#include <QHash>

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
    void learnRoles(QStringView text)
    {
        for (const RoleName &r : findRoleNames(text)) {
            if (!m_byRole.contains(r.role))
                m_byRole.insert(r.role, r.name);
            learnName(r.name);
        }
    }

    void learnName(const QString &name)
    {
        if (name.contains(u' ')) {
            const QString surname = name.section(u' ', -1).toCaseFolded();
            if (!m_fullBySurname.contains(surname))
                m_fullBySurname.insert(surname, name);
        }
    }

    // Returns {speaker text, is a name}; remembers named speakers for later pronouns.
    std::pair<QString, bool> resolve(const Speaker &s)
    {
        if (s.pronoun)
            return {m_last, !m_last.isEmpty()};
        if (!s.name.isEmpty()) {
            QString name = s.name;
            if (!name.contains(u' '))
                name = m_fullBySurname.value(name.toCaseFolded(), name);
            else
                learnName(name);
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

    void setLast(const QString &name) { m_last = name; }

private:
    QHash<QString, QString> m_byRole;
    QHash<QString, QString> m_fullBySurname;
    QString m_last;
};

bool scanned(ParagraphRole role)
{
    return role != ParagraphRole::Boilerplate && role != ParagraphRole::Dateline;
}

} // namespace

QList<DocumentQuote> scanDocumentQuotes(const Document &document, const QuoteScanOptions &options)
{
    QList<DocumentQuote> out;
    SpeakerResolver resolver;
    int openChain = -1; // index in `out` of the first part of a quotation still open at a paragraph end
    for (int p = 0; p < document.paragraphs.size(); ++p) {
        const Paragraph &para = document.paragraphs.at(p);
        if (!scanned(para.role))
            continue;
        const QStringView text = para.text;
        resolver.learnRoles(text);

        TranscriptTurn turn;
        if (para.role == ParagraphRole::Body && findTranscriptTurn(text, &turn)) {
            Speaker s;
            s.name = turn.speaker;
            const auto [name, isName] = resolver.resolve(s);
            out.append({p, turn.start, turn.end, name, isName, QuoteForm::Turn, -1});
            openChain = -1;
            continue;
        }

        const QList<MarkedSpan> spans = findMarkedSpans(text);
        QList<std::pair<int, int>> quoted;
        QList<Speaker> found;
        for (int i = 0; i < spans.size(); ++i) {
            const MarkedSpan &m = spans.at(i);
            quoted.append({m.open, m.capped() ? int(text.size()) : m.close + 1});
            Speaker s;
            if (!m.capped()) {
                const int afterEnd = i + 1 < spans.size() ? spans.at(i + 1).open : int(text.size());
                s = speakerAfter(text, m.close + 1, afterEnd);
            }
            if (s.isEmpty()) {
                const int beforeStart = i > 0 ? (spans.at(i - 1).capped() ? m.open : spans.at(i - 1).close + 1) : 0;
                s = speakerBefore(text, beforeStart, m.open);
            }
            found.append(s);
        }
        // Resolve in text order so "he" refers to the speaker named last before it.
        QList<std::pair<QString, bool>> resolved;
        for (const Speaker &s : found)
            resolved.append(resolver.resolve(s));
        // Quotes with no attribution in a paragraph that names a speaker belong to the nearest one
        // (two passes, so a paragraph of thousands of quotes stays linear).
        {
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
            DocumentQuote q {p, m.start, m.end, resolved[i].first, resolved[i].second, QuoteForm::Marked, -1};
            if (i == 0 && continues)
                q.chain = openChain;
            if (m.capped())
                cappedStart = m.start;
            local.append(q);
        }
        for (const IndirectSpeech &ind : findIndirectSpeech(text, quoted)) {
            const auto [name, isName] = resolver.resolve(ind.speaker);
            if (isName)
                local.append({p, ind.start, ind.end, name, true, QuoteForm::Indirect, -1});
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
    // One speaker for every part of a multi-paragraph quotation: the first one named in it.
    QHash<int, std::pair<QString, bool>> chainSpeaker;
    for (int i = 0; i < out.size(); ++i) {
        const int root = out[i].chain >= 0 ? out[i].chain : i;
        if (out[i].speakerIsName && !chainSpeaker.contains(root))
            chainSpeaker.insert(root, {out[i].speaker, true});
    }
    for (int i = 0; i < out.size(); ++i) {
        const int root = out[i].chain >= 0 ? out[i].chain : i;
        const auto it = chainSpeaker.constFind(root);
        if (it != chainSpeaker.constEnd() && (out[i].chain >= 0 || root == i)) {
            out[i].speaker = it->first;
            out[i].speakerIsName = true;
        }
    }
    return out;
}

} // namespace parallax
