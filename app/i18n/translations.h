#pragma once

#include <QLocale>

namespace parallax {

/// \brief Installs the translation of Parallax's texts for `locale` (parallax_<lang>.qm, compiled
/// in under :/i18n) and, in the same language, Qt's own (qtbase_<lang>.qm from the Qt
/// installation, for standard buttons and dialogs) when that is installed. Every tr() after the
/// call speaks that language. Needs a QCoreApplication, which owns the translators.
/// \return the language found (e.g. "de_DE"), or "" when the source text (English) stays.
QString installTranslations(const QLocale &locale = QLocale());

} // namespace parallax
