#include "loaderregistry.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace parallax {

namespace {

// Documents load on worker threads while main() may still be registering.
struct Registry
{
    QMutex mutex;
    QHash<QString, LoaderFunction> loaders;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void registerLoader(const QStringList &extensions, LoaderFunction loader)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const QString &extension : extensions)
        r.loaders.insert(extension.toLower(), loader);
}

LoaderFunction registeredLoader(const QString &extension)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.loaders.value(extension.toLower());
}

QStringList supportedExtensions()
{
    QStringList out {QStringLiteral("txt"),   QStringLiteral("text"), QStringLiteral("md"),   QStringLiteral("markdown"),
                     QStringLiteral("mdown"), QStringLiteral("mkd"),  QStringLiteral("html"), QStringLiteral("htm"),
                     QStringLiteral("xhtml"), QStringLiteral("docx"), QStringLiteral("odt")};
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (auto it = r.loaders.cbegin(); it != r.loaders.cend(); ++it) {
        if (!out.contains(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

} // namespace parallax
