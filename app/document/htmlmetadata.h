#pragma once

#include "parsedarticle.h"

#include <QString>

struct GumboInternalNode;

namespace parallax {

/// \brief Title, outlet and publication-date candidates from an HTML tree's meta tags,
/// `<title>`, first `<h1>`, `<time datetime>` and JSON-LD.
struct HtmlMetadata
{
    QString title;
    QString outlet;
    QString h1;
    QStringList dateCandidates;
};

/// \brief Reads the metadata of the document rooted at `root` (a GumboNode).
HtmlMetadata readHtmlMetadata(const GumboInternalNode *root);

/// \brief `title` without a trailing " | Site name" (or " - Site" when it names `siteName`).
QString stripTitleSuffix(const QString &title, const QString &siteName);

} // namespace parallax
