#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace parallax {

QString installTranslations(const QLocale &locale)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    // Tries every language of locale.uiLanguages() in order (LANGUAGE=fr:de falls back to German).
    if (!own->load(locale, QStringLiteral("parallax"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's texts in the language Parallax speaks, not in whatever else the locale lists first:
    // one language in every dialog.
    const QString language = own->language();
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace parallax
