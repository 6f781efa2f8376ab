#include "outliers.h"

#include <algorithm>

namespace parallax {

namespace {

constexpr double relativeGap = 0.5;
constexpr double absoluteGap = 0.15;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

} // namespace

QList<Outlier> findOutliers(const QList<QList<double>> &similarity, const QList<int> &sharedParagraphs,
                            const QList<int> &paragraphCounts)
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
        if (mean[size_t(i)] < relativeGap * typical && typical - mean[size_t(i)] >= absoluteGap) {
            const int shared = i < sharedParagraphs.size() ? sharedParagraphs[i] : 0;
            outliers.append({i, QStringLiteral("shares %1 of %2 paragraphs with the others").arg(shared).arg(paragraphCounts[i]),
                             shared, paragraphCounts[i]});
        }
    }
    return outliers;
}

} // namespace parallax
