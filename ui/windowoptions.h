#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace parallax {

/// \brief The options only the window understands; runMainWindow() parses them. The executable
/// hands them to the command line too (app/main.cpp), so that `parallax --help` lists every
/// option in one list. Needs a QCoreApplication (the descriptions are translated).
struct WindowOptions
{
    WindowOptions();

    /// \brief Adds all four to `parser`.
    void addTo(QCommandLineParser &parser) const;
    /// \brief All four, in the order `--help` lists them.
    QList<QCommandLineOption> all() const;

    QCommandLineOption screenshot; ///< PNG: save a picture of the loaded window and exit
    QCommandLineOption layout; ///< aligned|original
    QCommandLineOption dark; ///< a dark Fusion palette
    QCommandLineOption size; ///< WxH of the window for --screenshot
};

} // namespace parallax
