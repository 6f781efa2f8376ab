#include "comparison.h"

namespace parallax {

QString spanKindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Same:
        return QStringLiteral("same");
    case SpanKind::Changed:
        return QStringLiteral("changed");
    case SpanKind::Added:
        return QStringLiteral("added");
    }
    return QStringLiteral("same");
}

} // namespace parallax
