#include "windowoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace parallax {

WindowOptions::WindowOptions()
    : screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("cli", "Window only: once the FILEs are loaded, save a PNG of the window to PNG and exit."),
        QStringLiteral("PNG"))
    , layout(QStringLiteral("layout"),
             QCoreApplication::translate("cli", "Window only: start in aligned rows or in original order."),
             QStringLiteral("aligned|original"))
    , dark(QStringLiteral("dark"),
           QCoreApplication::translate("cli", "Window only: use a dark Fusion palette (for screenshots)."))
    , size(QStringLiteral("size"),
           QCoreApplication::translate("cli", "Window only: window size for --screenshot (default 1400x800)."),
           QStringLiteral("WxH"))
{ }

void WindowOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(all());
}

QList<QCommandLineOption> WindowOptions::all() const
{
    return {screenshot, layout, dark, size};
}

} // namespace parallax
