#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace parallax::test {

// What a finished run of an executable left behind. exitCode is -1 when the process crashed or
// did not finish in time.
struct HeadlessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs `binary` the way a script in a shell session does: with no display at all (headless modes
// must not need one) and with `locale` as the only source of the message language, so a test
// checks the texts of the locale it names whatever the developer's own settings are.
HeadlessRun runHeadless(const QString &binary, const QStringList &arguments, const QString &locale, int timeoutMs = 120000);

} // namespace parallax::test
