#pragma once

#include <QStringView>

namespace parallax {

/// \brief Page furniture recognised by its own wording, in plain text as in markup: prompts
/// (subscribe, cookies, share, "please enable JavaScript", paywall notices), player and embed
/// widgets, language and edition pickers, map links, embedded social posts, taxonomy labels
/// ("Topics:"), bracketed labels ("[LEAD]"), separators ("***"), CMS identifiers ("xyz_progress")
/// and copyright lines. Only trusted on short text: a long paragraph that mentions "subscribe"
/// is an article about it.
bool isFurniturePhrase(QStringView text);

/// \brief A user-interface control's label alone on its line: "Share", "Text Size", "Close",
/// "Print", "Summary", "Skip to content" (also in a few other languages).
bool isUiLabel(QStringView text);

/// \brief A heading or lead-in that starts a block of links to other articles ("Read more",
/// "Related", "Most viewed", "Читайте также").
bool isRelatedHeading(QStringView text);

/// \brief "Read more: <headline>", "RELATED: <headline>", "Watch: <video title>" on one line:
/// a link to another article or video.
bool isRelatedLeadIn(QStringView text);

/// \brief A line that is only a photo or agency credit: "Photo: Tom Reed/Valley Press",
/// "Reuters/Anna Berg", "Getty Images", "Nordwire Images", "Picture: PA", "Ana Lind / Coast Radio".
bool isCredit(QStringView text);

/// \brief Where a photo credit closing `text` starts ("... on Sunday. (AP Photo/Ann Lee)",
/// "... (Ann Lee/For The Daily Post)", "... Image: ANN LEE / AFP", "... / Photo by Nordwire",
/// "(AFP)(AFP)"), or -1: such a paragraph is a photo caption, not body.
qsizetype creditStart(QStringView text);

/// \brief A wire-photo caption without a credit: a description in the present tense that ends
/// with the place and full date of the picture ("..., Vellmark, March 3, 2024.").
bool isDatedPhotoCaption(QStringView text);

/// \brief A newsletter or subscription sign-up: "Sign up for the Morning Brief", "... straight
/// to your inbox", "Subscribe to our newsletter".
bool isSignUpPlug(QStringView text);

/// \brief A label that heads a list of summary points ("Summary", "Key points", "Highlights").
bool isSummaryLabel(QStringView text);

/// \brief Text of a newsletter or subscription plug around a sign-up line: addresses the
/// reader ("your inbox", "Get the facts"), or offers an email or a briefing.
bool isPromoText(QStringView text);

} // namespace parallax
