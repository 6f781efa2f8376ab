#include "normalizedformatching.h"

namespace parallax {

QString normalizedForMatching(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00AD: // soft hyphen: invisible unless the line breaks there
            break;
        case 0x00A0:
        case 0x2007:
        case 0x2009:
        case 0x200A:
        case 0x202F:
            out.append(u' ');
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace parallax
