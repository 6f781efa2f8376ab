#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace parallax {

/// \brief Reads named parts of a zip archive held in memory (DOCX, ODT), refusing zip bombs:
/// a part may inflate to at most `maxPartBytes` and at most `maxRatio` times its compressed
/// size, checked against both the declared and the actually inflated size.
class ZipReader final
{
public:
    ZipReader(const QByteArray &bytes, qint64 maxPartBytes, int maxRatio);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /// False when the bytes are not a readable zip archive; see error().
    bool isOpen() const;
    bool contains(const QString &name) const;
    /// The inflated part, or a null QByteArray with error() set (missing, damaged, too large).
    QByteArray read(const QString &name);
    QString error() const { return m_error; }

private:
    struct Archive;
    std::unique_ptr<Archive> m_archive;
    qint64 m_maxPartBytes;
    int m_maxRatio;
    QString m_error;
};

} // namespace parallax
