#include "documentsimilarity.h"

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

constexpr double shareWeight = 0.6;

// Sorted unique entity stems (numbers, names, places, dates) of each document, and its numbers.
void documentEntities(const ParagraphSpace &space, std::vector<std::vector<int>> &entities,
                      std::vector<std::vector<int>> &numbers)
{
    entities.assign(size_t(space.documentCount()), {});
    numbers.assign(size_t(space.documentCount()), {});
    std::vector<int> terms;
    std::vector<int> counts;
    for (int d = 0; d < space.documentCount(); ++d) {
        space.documentTerms(d, terms, counts);
        for (int t : terms) {
            if (space.isEntityStem(t))
                entities[size_t(d)].push_back(t);
            if (space.isNumberStem(t))
                numbers[size_t(d)].push_back(t);
        }
    }
}

double ochiai(const std::vector<int> &a, const std::vector<int> &b);

int intersectionSize(const std::vector<int> &a, const std::vector<int> &b)
{
    int shared = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (a[i] > b[j]) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

double ochiai(const std::vector<int> &a, const std::vector<int> &b)
{
    return a.empty() || b.empty() ? 0.0 : intersectionSize(a, b) / std::sqrt(double(a.size()) * double(b.size()));
}

} // namespace

std::vector<double> meanDocumentCosine(const ParagraphSpace &space)
{
    const int n = space.documentCount();
    std::vector<double> mean(size_t(n), 0.0);
    if (n < 2)
        return mean;
    auto terms = std::vector<std::vector<int>>(size_t(n));
    auto weights = std::vector<std::vector<double>>(size_t(n));
    std::vector<double> centroid;
    std::vector<int> counts;
    for (int d = 0; d < n; ++d) {
        space.documentTerms(d, terms[size_t(d)], counts);
        double norm = 0.0;
        auto &w = weights[size_t(d)];
        for (size_t i = 0; i < counts.size(); ++i) {
            w.push_back((1.0 + std::log(double(counts[i]))) * space.termFactor(terms[size_t(d)][i]));
            norm += w.back() * w.back();
        }
        norm = std::sqrt(norm);
        for (double &x : w)
            x = norm > 0.0 ? x / norm : 0.0;
        if (!terms[size_t(d)].empty() && size_t(terms[size_t(d)].back()) >= centroid.size())
            centroid.resize(size_t(terms[size_t(d)].back()) + 1, 0.0);
        for (size_t i = 0; i < w.size(); ++i)
            centroid[size_t(terms[size_t(d)][i])] += w[i];
    }
    for (int d = 0; d < n; ++d) {
        double dot = 0.0;
        double self = 0.0;
        const auto &w = weights[size_t(d)];
        for (size_t i = 0; i < w.size(); ++i) {
            dot += w[i] * centroid[size_t(terms[size_t(d)][i])];
            self += w[i] * w[i];
        }
        mean[size_t(d)] = std::max(0.0, (dot - self) / double(n - 1));
    }
    return mean;
}

int choosePivot(const ParagraphSpace &space)
{
    const std::vector<double> mean = meanDocumentCosine(space);
    int best = 0;
    for (size_t d = 1; d < mean.size(); ++d) {
        // A margin keeps the choice stable against rounding: the earlier document wins near-ties.
        if (mean[d] > mean[size_t(best)] + 1e-9)
            best = int(d);
    }
    return best;
}

QList<QList<double>> documentSimilarity(const ParagraphSpace &space, const QList<AlignmentGroup> &groups)
{
    const int n = space.documentCount();
    std::vector<int> size(size_t(n), 0);
    for (int u = 0; u < space.unitCount(); ++u) {
        if (!space.isEmpty(u))
            ++size[size_t(space.unit(u).document)];
    }
    // shared[i * n + j]: paragraphs of i in groups that also hold j.
    std::vector<int> shared(size_t(n) * size_t(n), 0);
    for (const AlignmentGroup &g : groups) {
        for (const GroupMember &x : g.members) {
            for (const GroupMember &y : g.members) {
                if (x.document != y.document)
                    shared[size_t(x.document) * size_t(n) + size_t(y.document)] += int(x.paragraphs.size());
            }
        }
    }
    std::vector<std::vector<int>> entities;
    std::vector<std::vector<int>> numbers;
    documentEntities(space, entities, numbers);
    QList<QList<double>> matrix(n, QList<double>(n, 0.0));
    for (int i = 0; i < n; ++i) {
        matrix[i][i] = 1.0;
        for (int j = i + 1; j < n; ++j) {
            const int total = size[size_t(i)] + size[size_t(j)];
            const int common = shared[size_t(i) * size_t(n) + size_t(j)] + shared[size_t(j) * size_t(n) + size_t(i)];
            const double share = total > 0 ? std::min(1.0, double(common) / total) : 0.0;
            const auto &ei = entities[size_t(i)];
            const auto &ej = entities[size_t(j)];
            double value = share;
            if (space.documentScript(i) != space.documentScript(j)) {
                // Another language: no paragraph can match word for word; the figures (dates,
                // times, counts) still tell whether both report the same event.
                value = ochiai(numbers[size_t(i)], numbers[size_t(j)]);
            } else if (!ei.empty() && !ej.empty()) {
                value = shareWeight * share + (1.0 - shareWeight) * ochiai(ei, ej);
            }
            // Rounded so the report does not carry platform-dependent last digits.
            value = std::round(std::clamp(value, 0.0, 1.0) * 1e6) / 1e6;
            matrix[i][j] = value;
            matrix[j][i] = value;
        }
    }
    return matrix;
}

} // namespace parallax
