#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace parallax {

/// \brief The options only the window understands. The command line declares them too, so that
/// `--help` documents them in one list; the window parses them (ui/mainwindowlauncher.cpp).
struct WindowOptions
{
    WindowOptions();

    /// \brief Adds all four to `parser`.
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption screenshot; ///< PNG: save a picture of the loaded window and exit
    QCommandLineOption layout; ///< aligned|original
    QCommandLineOption dark; ///< a dark Fusion palette
    QCommandLineOption size; ///< WxH of the window for --screenshot
};

} // namespace parallax
