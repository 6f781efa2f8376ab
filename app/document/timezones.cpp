#include "timezones.h"

#include <QString>

namespace parallax {

namespace {

struct Zone
{
    const char *name; ///< lower case
    int minutes;
};

// Only abbreviations that mean one thing in news text. "IST" (India/Ireland/Israel) is left out on
// purpose: a wrong offset is worse than none. "ET"/"PT" need the date (which half of the year?).
constexpr Zone kZones[] = {
    {"gmt", 0},    {"utc", 0},     {"ut", 0},      {"z", 0},      {"wet", 0},    {"bst", 60},   {"cet", 60},
    {"west", 60},  {"mez", 60},    {"cest", 120},  {"mesz", 120}, {"eet", 120},  {"eest", 180}, {"msk", 180},
    {"est", -300}, {"edt", -240},  {"cst", -360},  {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480},
    {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600}, {"jst", 540},  {"kst", 540},  {"hkt", 480},
    {"sgt", 480},  {"aest", 600},  {"aedt", 660},  {"acst", 570}, {"awst", 480}, {"nzst", 720}, {"nzdt", 780},
};

// Daylight saving time: US from the second Sunday of March to the first Sunday of November; the EU
// (and so London, Kyiv) from the last Sunday of March to the last Sunday of October.
QDate nthSunday(int year, int month, int n)
{
    QDate d(year, month, 1);
    while (d.dayOfWeek() != Qt::Sunday)
        d = d.addDays(1);
    return d.addDays(7 * (n - 1));
}

QDate lastSunday(int year, int month)
{
    QDate d = QDate(year, month, 1).addMonths(1).addDays(-1);
    while (d.dayOfWeek() != Qt::Sunday)
        d = d.addDays(-1);
    return d;
}

bool usSummer(QDate d)
{
    return d >= nthSunday(d.year(), 3, 2) && d < nthSunday(d.year(), 11, 1);
}

bool euSummer(QDate d)
{
    return d >= lastSunday(d.year(), 3) && d < lastSunday(d.year(), 10);
}

bool isOneOf(const QString &z, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        if (z == QStringView(name))
            return true;
    }
    return false;
}

} // namespace

std::optional<int> zoneOffsetMinutes(QStringView zone, QDate date)
{
    const QString z = zone.toString().toCaseFolded().simplified();
    if (z.size() <= 4) {
        for (const Zone &entry : kZones) {
            if (z == QLatin1StringView(entry.name))
                return entry.minutes;
        }
    }
    if (isOneOf(z, {u"мск", u"moscow", u"moscow time", u"по московскому времени"}))
        return 180;
    if (!date.isValid())
        return std::nullopt;
    if (isOneOf(z, {u"et", u"eastern", u"new york", u"washington"}))
        return usSummer(date) ? -240 : -300;
    if (isOneOf(z, {u"pt", u"pacific", u"los angeles", u"san francisco"}))
        return usSummer(date) ? -420 : -480;
    if (isOneOf(z, {u"london", u"uk", u"dublin", u"lisbon"}))
        return euSummer(date) ? 60 : 0;
    if (isOneOf(z, {u"cet/cest", u"paris", u"berlin", u"brussels", u"rome", u"madrid", u"vienna", u"amsterdam", u"warsaw"}))
        return euSummer(date) ? 120 : 60;
    if (isOneOf(z, {u"kyiv", u"kiev", u"helsinki", u"athens", u"bucharest"}))
        return euSummer(date) ? 180 : 120;
    return std::nullopt;
}

} // namespace parallax
