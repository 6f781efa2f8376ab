#include "compare.h"

namespace parallax {

Comparison compare(const QList<Document> &documents, const CompareOptions &options, const std::atomic_bool *cancel)
{
    Comparison result;
    result.documents = documents;
    const auto n = documents.size();
    result.similarity.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        result.similarity[i].fill(0.0, n);
        result.similarity[i][i] = 1.0;
    }
    result.pivotDocument = options.pivotDocument >= 0 && options.pivotDocument < n ? options.pivotDocument : 0;
    result.cancelled = cancel && cancel->load();
    return result;
}

} // namespace parallax
