#include "conflictrules.h"

#include "factsubject.h"
#include "lexicon.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

// A breakdown and another breakdown or a group's count: the groups both give agree.
bool partsCompatible(const Fact &a, const Fact &b)
{
    const Fact &whole = a.parts.isEmpty() ? b : a;
    const Fact &other = &whole == &a ? b : a;
    for (const auto &[group, count] : whole.parts) {
        if (!other.parts.isEmpty()) {
            for (const auto &[g, c] : other.parts) {
                if (g == group && c != count)
                    return false;
            }
        } else if (subjectGroup(other.subject) == group && (count < other.low || count > other.high)) {
            return false;
        }
    }
    return true;
}

bool figuresCompatible(const Fact &a, const Fact &b)
{
    if (!a.parts.isEmpty() || !b.parts.isEmpty())
        return partsCompatible(a, b);
    if (a.unit != b.unit)
        return true;
    // A converted unit is only as exact as its last written digit ("8 km" is 7.5 to 8.5 km).
    // ("3.8%" and "3.8 percent" are one unit written two ways: no conversion.)
    const double r = a.symbol != b.symbol ? std::max(a.rounding, b.rounding) : 0.0;
    const double eps = 1e-9 * std::max({1.0, std::fabs(a.high), std::fabs(b.high)});
    // Two roundings that only touch ("roughly 3.8%" is 3.75..3.85, "about 3.9%" 3.85..3.95) name
    // different values.
    if (a.halfOpen && b.halfOpen && r == 0.0)
        return a.low < b.high - eps && b.low < a.high - eps;
    return a.low - r <= b.high + r + eps && b.low - r <= a.high + r + eps;
}

int circularDistance(int a, int b)
{
    const int d = std::abs(a - b) % 1440;
    return std::min(d, 1440 - d);
}

bool timesCompatible(const ClockTime &a, const ClockTime &b)
{
    int ma = 0;
    int mb = 0;
    if (a.utcOffsetMinutes && b.utcOffsetMinutes) {
        ma = *a.utcMinutes();
        mb = *b.utcMinutes();
    } else if (!a.utcOffsetMinutes && !b.utcOffsetMinutes) {
        ma = a.minutes;
        mb = b.minutes;
    } else {
        return true; // one zone unknown: nothing to compare
    }
    const int tolerance = a.tolerance + b.tolerance;
    if (circularDistance(ma, mb) <= tolerance)
        return true;
    if ((a.twelveHourAmbiguous || b.twelveHourAmbiguous) && circularDistance(ma, mb + 720) <= tolerance)
        return true;
    return false;
}

} // namespace

bool compatible(const Fact &a, const Fact &b)
{
    if (a.kind != b.kind)
        return true;
    switch (a.kind) {
    case FactKind::Number:
    case FactKind::Percent:
    case FactKind::Money:
    case FactKind::Duration:
        return figuresCompatible(a, b);
    case FactKind::Date:
        return a.relative || b.relative || !a.date.isValid() || !b.date.isValid() || a.date == b.date;
    case FactKind::Time:
        return !a.time || !b.time || timesCompatible(*a.time, *b.time);
    case FactKind::Name:
        return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
    }
    return true;
}

// From this many facts on, readings() and disagree() go through comparison keys.
constexpr qsizetype kKeyedFrom = 8;

QString comparisonKey(const Fact &f)
{
    QString key = factKindName(f.kind) + u'|' + f.unit + u'|' + f.value + u'|' + f.symbol + u'|' + QString::number(f.rounding)
        + (f.halfOpen ? u"|h" : u"|") + (f.relative ? u"|r" : u"|");
    if (f.time)
        key += u'|' + QString::number(f.time->tolerance) + (f.time->twelveHourAmbiguous ? u"|a" : u"|");
    for (const auto &[group, count] : f.parts)
        key += u'|' + group + u'=' + QString::number(count);
    return key;
}

QList<int> readings(const QList<Fact> &facts)
{
    QList<int> out(facts.size(), -1);
    QList<QList<int>> groups;
    // A fact like one already placed goes where that one went: it fits the same readings (a
    // reading's members are pairwise compatible, and readings only grow). Saves the pairwise
    // tests when one figure is repeated by many articles.
    // Small lists (most conflicts) are cheaper to test than to key.
    const bool keyed = facts.size() > kKeyedFrom;
    QHash<QString, int> placed;
    for (int i = 0; i < facts.size(); ++i) {
        const QString key = keyed ? comparisonKey(facts[i]) : QString();
        if (const auto it = placed.constFind(key); keyed && it != placed.constEnd()) {
            out[i] = *it;
            groups[*it].append(i);
            continue;
        }
        for (int g = 0; g < groups.size() && out[i] < 0; ++g) {
            const bool fits
                = std::all_of(groups[g].cbegin(), groups[g].cend(), [&](int j) { return compatible(facts[i], facts[j]); });
            if (fits) {
                groups[g].append(i);
                out[i] = g;
            }
        }
        if (out[i] < 0) {
            out[i] = int(groups.size());
            groups.append(QList<int> {i});
        }
        if (keyed)
            placed.insert(key, out[i]);
    }
    return out;
}

bool disagree(const QList<Fact> &facts)
{
    if (facts.size() <= kKeyedFrom) {
        for (int x = 0; x < facts.size(); ++x) {
            for (int y = x + 1; y < facts.size(); ++y) {
                if (facts[x].document != facts[y].document && !compatible(facts[x], facts[y]))
                    return true;
            }
        }
        return false;
    }
    // Facts with one comparison key agree with each other and with the same others: the pairwise
    // test runs over distinct keys, each with up to two of its documents.
    struct Distinct
    {
        int fact;
        int document;
        int otherDocument;
    };
    QHash<QString, int> index;
    QList<Distinct> distinct;
    for (int i = 0; i < facts.size(); ++i) {
        const QString key = comparisonKey(facts[i]);
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, int(distinct.size()));
            distinct.append({i, facts[i].document, -1});
        } else if (Distinct &d = distinct[*it]; d.otherDocument < 0 && d.document != facts[i].document) {
            d.otherDocument = facts[i].document;
        }
    }
    for (int x = 0; x < distinct.size(); ++x) {
        for (int y = x + 1; y < distinct.size(); ++y) {
            const Distinct &a = distinct[x];
            const Distinct &b = distinct[y];
            const bool twoDocuments = a.document != b.document || a.otherDocument >= 0 || b.otherDocument >= 0;
            if (twoDocuments && !compatible(facts[a.fact], facts[b.fact]))
                return true;
        }
    }
    return false;
}

bool nameVariants(const QString &a, const QString &b, bool sameRole)
{
    const QStringList pa = a.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    const QStringList pb = b.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (pa.size() < 2 || pb.size() < 2 || pa == pb)
        return false;
    const QString &ga = pa.first();
    const QString &gb = pb.first();
    const QString &sa = pa.last();
    const QString &sb = pb.last();
    // Initials ("J. Hale") say too little to call a spelling wrong.
    if (ga.size() < 3 || gb.size() < 3)
        return false;
    // Short names differ by one letter at most ("Jon"/"John"), long ones by two ("Matthias"/"Mathias").
    auto close = [](const QString &x, const QString &y) {
        const int allowed = std::min(x.size(), y.size()) >= 7 ? 2 : 1;
        return x != y && x.front() == y.front() && lexicon::editDistance(x, y, allowed) <= allowed;
    };
    if (sa == sb)
        return close(ga, gb);
    if (ga == gb) {
        if (sa.size() >= 4 && close(sa, sb))
            return true;
        // "Kim Dae-ho" and "Kim Tae-ho", both the company's CEO: one romanised name, one letter
        // apart even at its start. Only with the same role: otherwise "Ron" is not "Jon".
        return sameRole && sa.size() >= 4 && sa.size() == sb.size() && lexicon::editDistance(sa, sb, 1) <= 1;
    }
    return false;
}

} // namespace parallax
