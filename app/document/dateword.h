#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace parallax::dates {

/// \brief What a word means to the date grammar.
enum class DateWordKind : quint8 { Month, Weekday, RelativeDay, Keyword };

/// \brief Languages a name belongs to (bit flags: "April" is English and German).
enum DateLang : quint8 { LangEn = 1, LangDe = 2, LangFr = 4, LangRu = 8 };

/// \brief Roles a small word plays around dates (bit flags).
enum DateKeyword : quint8 {
    KwOn = 1, ///< "on Tuesday", "am Dienstag", "в пятницу"; also "18:05 on 3 March"
    KwLast = 2, ///< "last Friday", "letzten Freitag"
    KwAt = 4, ///< "3 March at 18:05", "um", "à", "в"
    KwOf = 8, ///< "3rd of March"
    KwThe = 16, ///< "Sunday the 3rd of March"
    KwYear = 32, ///< Russian "2024 года", "2024 г."
};

/// \brief One entry of the name tables.
struct DateWord
{
    DateWordKind kind = DateWordKind::Keyword;
    qint8 value = 0; ///< month 1-12, weekday 1-7 (Monday = 1), or a day offset for RelativeDay
    quint8 langs = 0;
    quint8 keywords = 0;
    bool abbrev = false; ///< "Mar", "Sept", "Tue": may carry a period
    bool needsCapital = false; ///< English names: "March 3" is a date, "march 3 miles" is not
    bool monthFirst = false; ///< may open a "March 3, 2024" date (English only)
};

/// \brief The date word `word` stands for, or nullptr. `word` is matched case-insensitively,
/// then rejected when the entry needs a capital and the word starts with a lower-case letter.
const DateWord *lookupDateWord(QStringView word);

/// \brief Whether `word` equals the ASCII `lower` ignoring case.
bool equalsIgnoringCase(QStringView word, QLatin1StringView lower);

} // namespace parallax::dates
