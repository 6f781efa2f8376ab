#include "outliers.h"

#include <algorithm>

namespace parallax {

namespace {

// Below half of typical and 0.15 below it; the further below in proportion, the smaller the gap
// needed, down to 0.10 at a quarter of typical: a document sharing next to nothing is another
// story even among articles that share little.
constexpr double relativeGap = 0.5;
constexpr double absoluteGap = 0.15;
constexpr double farRelativeGap = 0.25;
constexpr double farAbsoluteGap = 0.10;
// Other dates may come with a wire story's shared paragraphs, but not with a copy of one.
constexpr double datedSimilarityCeiling = 1.25;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// The absolute gap a document at `ratio` of typical (below relativeGap) must also keep.
double neededGap(double ratio)
{
    const double t = std::clamp((ratio - farRelativeGap) / (relativeGap - farRelativeGap), 0.0, 1.0);
    return farAbsoluteGap + t * (absoluteGap - farAbsoluteGap);
}

// Whether the clues of when and where tell another event, given the similarity. One clue alone
// is not enough (a date in the lead may be background, a place may be a detail): two must
// disagree with a clear majority, and neither the date nor the weekday may agree. The place may
// agree when both the date and the weekday disagree: the same institution decides again at home.
bool anotherEvent(const EventVerdict &v, double mean, double typical)
{
    const bool otherDates = v.dates == ClueAgreement::Disagree;
    if (otherDates && mean < relativeGap * typical)
        return true;
    int disagreeing = 0;
    for (ClueAgreement a : {v.dates, v.weekdays, v.places})
        disagreeing += a == ClueAgreement::Disagree;
    if (disagreeing < 2 || v.dates == ClueAgreement::Agree || v.weekdays == ClueAgreement::Agree)
        return false;
    return mean <= (otherDates ? datedSimilarityCeiling : 1.0) * typical;
}

} // namespace

QList<Outlier> findOutliers(const QList<QList<double>> &similarity, const QList<int> &sharedParagraphs,
                            const QList<int> &paragraphCounts, const QList<EventVerdict> &verdicts)
{
    QList<Outlier> outliers;
    const int n = int(similarity.size());
    if (n < 3)
        return outliers;
    std::vector<double> mean(size_t(n), 0.0);
    std::vector<char> comparable(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        comparable[size_t(i)] = i < paragraphCounts.size() && paragraphCounts[i] > 0;
        double total = 0.0;
        for (int j = 0; j < n; ++j) {
            if (j != i && j < similarity[i].size())
                total += similarity[i][j];
        }
        mean[size_t(i)] = total / double(n - 1);
    }
    for (int i = 0; i < n; ++i) {
        if (!comparable[size_t(i)])
            continue;
        std::vector<double> others;
        for (int j = 0; j < n; ++j) {
            if (j != i && comparable[size_t(j)])
                others.push_back(mean[size_t(j)]);
        }
        if (others.size() < 2)
            continue;
        const double typical = median(others);
        const double m = mean[size_t(i)];
        const bool apart = m < relativeGap * typical && typical > 0.0 && typical - m >= neededGap(m / typical);
        const bool clues = i < verdicts.size() && anotherEvent(verdicts[i], m, typical);
        if (!apart && !clues)
            continue;
        const int shared = i < sharedParagraphs.size() ? sharedParagraphs[i] : 0;
        QString reason = QStringLiteral("shares %1 of %2 paragraphs with the others").arg(shared).arg(paragraphCounts[i]);
        Outlier outlier {i, reason, shared, paragraphCounts[i], {}, {}};
        if (clues && !verdicts[i].reports.isEmpty() && !verdicts[i].others.isEmpty()) {
            outlier.reports = verdicts[i].reports;
            outlier.others = verdicts[i].others;
            outlier.reason = QStringLiteral("reports %1; the others %2; %3")
                                 .arg(outlier.reports.toEnglish(), outlier.others.toEnglish(), reason);
        }
        outliers.append(outlier);
    }
    return outliers;
}

} // namespace parallax
