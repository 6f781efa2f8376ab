#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax {

/// \brief Who a quotation is attributed to, as found next to it.
struct Speaker
{
    QString name; ///< "Jon Hale"; empty when only a role or a pronoun was found
    QString role; ///< "deputy minister" (case folded), when written before the name
    bool pronoun = false; ///< "he said": refers to the last named speaker

    bool isEmpty() const { return name.isEmpty() && role.isEmpty() && !pronoun; }
};

/// \brief A role followed by a name in running text: "Deputy Minister Jon Hale".
struct RoleName
{
    QString role; ///< case folded: "deputy minister"
    QString name; ///< as written: "Jon Hale"
    int start = 0; ///< the name: [start, end)
    int end = 0;
    int roleStart = 0;
};

/// \brief Reported speech without quotation marks: "Hale said the dam would be repaired".
struct IndirectSpeech
{
    Speaker speaker;
    int start = 0; ///< the reported clause: [start, end)
    int end = 0;
};

/// \brief The attribution right after a closing mark in [from, to): "..., said Hale", "..., he said".
Speaker speakerAfter(QStringView text, int from, int to);

/// \brief The attribution right before an opening mark in [from, to): "Hale said:", "according to X,".
Speaker speakerBefore(QStringView text, int from, int to);

/// \brief Every "Role Name" phrase of `text`, in text order.
QList<RoleName> findRoleNames(QStringView text);

/// \brief What one scan of a paragraph finds for the quote scanner and the fact extractor, computed
/// once per comparison (both need it; lexing each paragraph per finder cost a tenth of compare()).
struct SpeakerCues
{
    QList<RoleName> roleNames; ///< findRoleNames()
    bool speechWord = false; ///< a word that may open reported speech ("said", "according to"): else
                             ///< findIndirectSpeech() finds nothing
};

/// \brief Role names and the reported-speech check of `text`, in one pass over its words.
SpeakerCues findSpeakerCues(QStringView text);

/// \brief findSpeakerCues() of every paragraph of one document.
using DocumentSpeakerCues = QList<SpeakerCues>;

/// \brief Reported-speech clauses of `text` outside the quoted ranges `[quoted[i].first, quoted[i].second)`.
QList<IndirectSpeech> findIndirectSpeech(QStringView text, const QList<std::pair<int, int>> &quoted);

/// \brief True when two speaker names may be the same person: equal surnames (or inflections of it).
bool sameSpeaker(const QString &a, const QString &b);

} // namespace parallax
