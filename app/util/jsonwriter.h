#pragma once

#include <QByteArray>
#include <QString>

namespace parallax {

/// \brief A small streaming JSON writer that keeps keys in the order they are written.
///
/// QJsonDocument sorts keys alphabetically; the report is read by people too, and "schema"
/// belongs first. Output is compact, deterministic and UTF-8.
class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void value(QStringView text);
    void value(const char *text) { value(QString::fromUtf8(text)); }
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(double number); ///< rounded to 3 decimals, trailing zeros dropped
    void value(bool flag);
    void null();

    QByteArray take();

private:
    void separate();
    void appendString(QStringView text);

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace parallax
