#pragma once

#include "speakerfinder.h"

#include <QList>
#include <QStringView>

namespace parallax {

/// \brief People named before their role, set off by a comma: "Kim Dae-ho, CEO of Solvik Air",
/// "Ana Ruiz, the mayor of Holvik". Two or three capitalised words, then ", ", an optional article
/// and role words (lexicon::isRoleWord). `roleStart` points at the role, after the name; `role` is
/// case folded. findRoleNames() finds the other order ("Mayor Ana Ruiz").
QList<RoleName> findAppositiveRoleNames(QStringView text);

} // namespace parallax
