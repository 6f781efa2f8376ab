#include "jsonwriter.h"

#include <algorithm>
#include <cmath>

namespace parallax {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendString(name);
    m_out += ':';
    m_needComma = false;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendString(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    const double rounded = std::round(number * 1000.0) / 1000.0;
    m_out += QByteArray::number(rounded == 0.0 ? 0.0 : rounded, 'g', 12);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

QByteArray JsonWriter::take()
{
    m_needComma = false;
    return std::exchange(m_out, {});
}

void JsonWriter::appendString(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    // Keys, ids and most English prose are plain ASCII: copied straight from UTF-16.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (plain) {
        const qsizetype at = m_out.size();
        m_out.resize(at + text.size());
        char *out = m_out.data() + at;
        for (const QChar c : text)
            *out++ = char(c.unicode());
        m_out += '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    const char *const bytes = utf8.constData();
    const qsizetype n = utf8.size();
    // Escapes are rare: plain runs are copied whole (a byte-by-byte append was a quarter of a
    // large report's run time).
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto u = static_cast<unsigned char>(bytes[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        m_out.append(bytes + run, i - run);
        run = i + 1;
        switch (u) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        }
    }
    m_out.append(bytes + run, n - run);
    m_out += '"';
}

} // namespace parallax
