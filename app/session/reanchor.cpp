#include "reanchor.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <vector>

namespace parallax {

namespace {

// Paragraphs within this distance of the stored one count as "nearby" (an inserted or split
// paragraph shifts the rest by one or two).
constexpr int nearbyParagraphs = 3;
// Approximate matching is quadratic; longer quotes or paragraphs only get exact matching.
constexpr qsizetype maxFuzzyQuote = 2000;
constexpr qsizetype maxFuzzyText = 200000;

struct Candidate
{
    int paragraph = -1;
    int start = -1;
    int end = -1;
    int distance = std::numeric_limits<int>::max();
    int contextScore = -1;
    int offsetDistance = std::numeric_limits<int>::max();
};

int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

int contextScore(const Annotation &a, const QString &text, int start, int end)
{
    const int beforeStart = qMax(0, start - annotationContextLength);
    const QStringView before = QStringView(text).mid(beforeStart, start - beforeStart);
    const QStringView after = QStringView(text).mid(end, annotationContextLength);
    return commonSuffix(a.contextBefore, before) + commonPrefix(a.contextAfter, after);
}

// Lower is better: fewer edits, then more matching context, then nearer the old place.
bool better(const Candidate &a, const Candidate &b)
{
    if (a.distance != b.distance)
        return a.distance < b.distance;
    if (a.contextScore != b.contextScore)
        return a.contextScore > b.contextScore;
    if (a.offsetDistance != b.offsetDistance)
        return a.offsetDistance < b.offsetDistance;
    if (a.paragraph != b.paragraph)
        return a.paragraph < b.paragraph;
    return a.start < b.start;
}

int offsetDistance(const Annotation &a, int paragraph, int start)
{
    return qAbs(paragraph - a.paragraph) * 1000000 + qAbs(start - a.start);
}

void exactInParagraph(const Annotation &a, const QString &text, int paragraph, Candidate &best)
{
    if (a.quote.isEmpty())
        return;
    for (qsizetype at = text.indexOf(a.quote); at >= 0; at = text.indexOf(a.quote, at + 1)) {
        Candidate c;
        c.paragraph = paragraph;
        c.start = int(at);
        c.end = int(at + a.quote.size());
        c.distance = 0;
        c.contextScore = contextScore(a, text, c.start, c.end);
        c.offsetDistance = offsetDistance(a, paragraph, c.start);
        if (better(c, best))
            best = c;
    }
}

// Sellers' approximate substring matching: the substring of `text` with the fewest edits from
// `pattern`, tracking where each alignment started.
void fuzzyInParagraph(const Annotation &a, const QString &text, int paragraph, int threshold, Candidate &best)
{
    const QString &p = a.quote;
    const qsizetype m = p.size();
    if (m == 0 || m > maxFuzzyQuote || text.size() > maxFuzzyText || text.size() < m - threshold)
        return;
    std::vector<int> cost(m + 1);
    std::vector<int> origin(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        cost[i] = int(i);
        origin[i] = 0;
    }
    for (qsizetype j = 1; j <= text.size(); ++j) {
        int diagCost = cost[0];
        int diagOrigin = origin[0];
        cost[0] = 0;
        origin[0] = int(j);
        const QChar t = text.at(j - 1);
        for (qsizetype i = 1; i <= m; ++i) {
            const int upCost = cost[i];
            const int upOrigin = origin[i];
            int bestCost = diagCost + (p.at(i - 1) == t ? 0 : 1);
            int bestOrigin = diagOrigin;
            if (cost[i - 1] + 1 < bestCost) {
                bestCost = cost[i - 1] + 1;
                bestOrigin = origin[i - 1];
            }
            if (upCost + 1 < bestCost) {
                bestCost = upCost + 1;
                bestOrigin = upOrigin;
            }
            diagCost = upCost;
            diagOrigin = upOrigin;
            cost[i] = bestCost;
            origin[i] = bestOrigin;
        }
        if (cost[m] <= threshold && cost[m] <= best.distance) {
            Candidate c;
            c.paragraph = paragraph;
            c.start = origin[m];
            c.end = int(j);
            c.distance = cost[m];
            c.contextScore = contextScore(a, text, c.start, c.end);
            c.offsetDistance = offsetDistance(a, paragraph, c.start);
            if (better(c, best))
                best = c;
        }
    }
}

// Same paragraph first, then nearby ones (closest first), then the rest of the document.
std::vector<std::vector<int>> searchRings(const Annotation &a, int count)
{
    std::vector<std::vector<int>> rings(3);
    if (a.paragraph >= 0 && a.paragraph < count)
        rings[0].push_back(a.paragraph);
    for (int d = 1; d <= nearbyParagraphs; ++d) {
        for (int p : {a.paragraph - d, a.paragraph + d}) {
            if (p >= 0 && p < count)
                rings[1].push_back(p);
        }
    }
    for (int p = 0; p < count; ++p) {
        if (qAbs(p - a.paragraph) > nearbyParagraphs)
            rings[2].push_back(p);
    }
    return rings;
}

QString shortQuote(const QString &quote)
{
    return quote.size() <= 60 ? quote : quote.left(57) + QStringLiteral("...");
}

} // namespace

ReanchorResult reanchor(const Annotation &annotation, const Document &document)
{
    ReanchorResult result;
    const int count = int(document.paragraphs.size());
    if (annotation.quote.isEmpty()) {
        result.reason = QCoreApplication::translate("session", "the annotation has no quoted text to look for");
        return result;
    }
    if (annotation.paragraph >= 0 && annotation.paragraph < count) {
        const QString &text = document.paragraphs.at(annotation.paragraph).text;
        if (annotation.start >= 0 && annotation.end <= text.size() && annotation.start <= annotation.end
            && QStringView(text).mid(annotation.start, annotation.end - annotation.start) == annotation.quote) {
            result.status = ReanchorResult::Status::Exact;
            result.paragraph = annotation.paragraph;
            result.start = annotation.start;
            result.end = annotation.end;
            return result;
        }
    }

    const auto rings = searchRings(annotation, count);
    for (const auto &ring : rings) {
        Candidate best;
        for (int p : ring)
            exactInParagraph(annotation, document.paragraphs.at(p).text, p, best);
        if (best.paragraph >= 0) {
            result.status = ReanchorResult::Status::Moved;
            result.paragraph = best.paragraph;
            result.start = best.start;
            result.end = best.end;
            return result;
        }
    }

    const int threshold = qMax(1, int(annotation.quote.size() / 4));
    if (annotation.quote.size() >= 4) {
        for (const auto &ring : rings) {
            Candidate best;
            best.distance = threshold;
            for (int p : ring)
                fuzzyInParagraph(annotation, document.paragraphs.at(p).text, p, threshold, best);
            if (best.paragraph >= 0) {
                result.status = ReanchorResult::Status::Fuzzy;
                result.paragraph = best.paragraph;
                result.start = best.start;
                result.end = best.end;
                result.editDistance = best.distance;
                return result;
            }
        }
    }

    if (count == 0)
        result.reason = QCoreApplication::translate("session", "the document has no paragraphs");
    else if (annotation.paragraph >= count)
        result.reason
            = QCoreApplication::translate("session", "paragraph %1 no longer exists and “%2” is nowhere in the document")
                  .arg(annotation.paragraph + 1)
                  .arg(shortQuote(annotation.quote));
    else
        result.reason = QCoreApplication::translate(
                            "session", "“%1” is no longer in the document (not even with up to %2 edited characters)")
                            .arg(shortQuote(annotation.quote))
                            .arg(threshold);
    return result;
}

void applyReanchor(Annotation &annotation, const ReanchorResult &result, const Document &document)
{
    if (!result.isAnchored()) {
        annotation.orphanedReason = result.reason;
        return;
    }
    annotation.paragraph = result.paragraph;
    annotation.start = result.start;
    annotation.end = result.end;
    annotation.orphanedReason.clear();
    captureAnchor(annotation, document);
}

int reanchorAnnotations(QList<Annotation> &annotations, const QString &documentKey, const Document &document)
{
    int orphaned = 0;
    for (Annotation &a : annotations) {
        if (a.documentKey != documentKey)
            continue;
        const ReanchorResult r = reanchor(a, document);
        applyReanchor(a, r, document);
        if (!r.isAnchored())
            ++orphaned;
    }
    return orphaned;
}

} // namespace parallax
