#include "zipreader.h"

#include <zip.h>

#include <QCoreApplication>

namespace parallax {

struct ZipReader::Archive
{
    QByteArray bytes; // libzip reads from this buffer; it must outlive the archive
    zip_t *zip = nullptr;
};

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ZipReader::ZipReader(const QByteArray &bytes, qint64 maxPartBytes, int maxRatio)
    : m_archive(std::make_unique<Archive>())
    , m_maxPartBytes(maxPartBytes)
    , m_maxRatio(maxRatio)
{
    m_archive->bytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(m_archive->bytes.constData(), zip_uint64_t(m_archive->bytes.size()), 0, &error);
    if (source) {
        // No ZIP_CHECKCONS: Word and LibreOffice files written by other tools often carry small
        // header inconsistencies that Word itself ignores; damage shows up as CRC errors on reading.
        m_archive->zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_archive->zip)
            zip_source_free(source);
    }
    if (!m_archive->zip)
        m_error = QCoreApplication::translate("load", "not a valid zip archive (%1)")
                      .arg(QString::fromUtf8(zip_error_strerror(&error)));
    zip_error_fini(&error);
}

ZipReader::~ZipReader()
{
    if (m_archive->zip)
        zip_discard(m_archive->zip);
}

bool ZipReader::isOpen() const
{
    return m_archive->zip != nullptr;
}

bool ZipReader::contains(const QString &name) const
{
    return isOpen() && zip_name_locate(m_archive->zip, name.toUtf8().constData(), 0) >= 0;
}

QByteArray ZipReader::read(const QString &name)
{
    if (!isOpen())
        return {};
    const QByteArray utf8Name = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive->zip, utf8Name.constData(), 0, &stat) != 0) {
        m_error = QCoreApplication::translate("load", "%1 is missing from the archive").arg(name);
        return {};
    }
    const QString bomb = QCoreApplication::translate("load", "%1 inflates to more than %2 (a zip bomb or a damaged file)");
    const qint64 compressed = std::max<qint64>(qint64(stat.comp_size), 1);
    // The declared sizes can lie; they only let us refuse early. The read below enforces the limits.
    const qint64 limit = std::min(m_maxPartBytes, compressed * m_maxRatio + 64 * 1024);
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(limit)) {
        m_error = bomb.arg(name, megabytes(limit));
        return {};
    }
    zip_file_t *file = zip_fopen(m_archive->zip, utf8Name.constData(), 0);
    if (!file) {
        m_error = QCoreApplication::translate("load", "%1 cannot be read (%2)")
                      .arg(name, QString::fromUtf8(zip_strerror(m_archive->zip)));
        return {};
    }
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            m_error
                = QCoreApplication::translate("load", "%1 is damaged (%2)").arg(name, QString::fromUtf8(zip_file_strerror(file)));
            zip_fclose(file);
            return {};
        }
        if (n == 0)
            break;
        if (out.size() + n > limit) {
            m_error = bomb.arg(name, megabytes(limit));
            zip_fclose(file);
            return {};
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    if (out.isNull())
        out = QByteArray("");
    return out;
}

} // namespace parallax
