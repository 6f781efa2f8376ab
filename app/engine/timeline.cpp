#include "timeline.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace parallax {

namespace {

// Two exact publication times closer than this are "the same time": outlets updating a toll
// within minutes of each other are racing, not correcting one another.
constexpr qint64 sameTimeSeconds = 30 * 60;

bool isFigure(FactKind kind)
{
    return kind == FactKind::Number || kind == FactKind::Percent || kind == FactKind::Money || kind == FactKind::Duration;
}

QString timeText(const PublicationWindow &w)
{
    const QLocale c = QLocale::c();
    if (w.precision == PublicationWindow::Precision::Day)
        return c.toString(w.start.date(), u"d MMMM yyyy");
    return c.toString(w.start, w.zoneKnown ? u"HH:mm 'UTC' 'on' d MMMM yyyy" : u"HH:mm 'on' d MMMM yyyy");
}

// "between 08:45 and 18:05 on 3 March 2024": one date when both times fall on it.
QString spanText(const PublicationWindow &a, const PublicationWindow &b)
{
    const QLocale c = QLocale::c();
    if (a.precision == PublicationWindow::Precision::Minute && b.precision == PublicationWindow::Precision::Minute
        && a.start.date() == b.start.date() && a.zoneKnown == b.zoneKnown) {
        const QString zone = a.zoneKnown ? QStringLiteral(" UTC") : QString();
        return QStringLiteral("between %1 and %2%3 on %4")
            .arg(c.toString(a.start, u"HH:mm"), c.toString(b.start, u"HH:mm"), zone, c.toString(a.start.date(), u"d MMMM yyyy"));
    }
    return QStringLiteral("between %1 and %2").arg(timeText(a), timeText(b));
}

QString outletOf(const Comparison &c, int document)
{
    const Document &d = c.documents.at(document);
    return d.outlet.isEmpty() ? d.id : d.outlet;
}

// What a reading's time is known from: its exact claims when it has any, else its dated ones.
struct ReadingTimes
{
    int reading = 0;
    int firstClaim = -1; ///< the claim whose window ends first: the value was out by then
    PublicationWindow first;
};

QList<ReadingTimes> readingTimes(const Conflict &conflict, const QList<PublicationWindow> &windows)
{
    std::map<int, ReadingTimes> byReading;
    std::map<int, bool> exact;
    for (const Claim &cl : conflict.claims)
        exact[cl.reading] = exact[cl.reading] || windows.at(cl.document).precision == PublicationWindow::Precision::Minute;
    for (int k = 0; k < conflict.claims.size(); ++k) {
        const Claim &cl = conflict.claims.at(k);
        const PublicationWindow &w = windows.at(cl.document);
        if (!w.isKnown() || (exact[cl.reading] && w.precision != PublicationWindow::Precision::Minute))
            continue;
        ReadingTimes &t = byReading[cl.reading];
        t.reading = cl.reading;
        if (t.firstClaim < 0 || std::tie(w.end, w.start) < std::tie(t.first.end, t.first.start)) {
            t.firstClaim = k;
            t.first = w;
        }
    }
    QList<ReadingTimes> out;
    for (const auto &[reading, t] : byReading)
        out.append(t);
    std::stable_sort(out.begin(), out.end(), [](const ReadingTimes &a, const ReadingTimes &b) {
        return std::tie(a.first.end, a.first.start, a.reading) < std::tie(b.first.end, b.first.start, b.reading);
    });
    return out;
}

// The latest claim of an older value published after a newer value was out ("one outlet still
// had 9 after another reported 12"), as (stale claim, first claim of the newer value).
std::pair<int, int> staleClaim(const Conflict &conflict, const QList<PublicationWindow> &windows,
                               const QList<ReadingTimes> &order)
{
    std::pair<int, int> found {-1, -1};
    QDateTime latest;
    for (int i = 0; i + 1 < order.size(); ++i) {
        for (int k = 0; k < conflict.claims.size(); ++k) {
            const Claim &cl = conflict.claims.at(k);
            const PublicationWindow &w = windows.at(cl.document);
            if (cl.reading != order[i].reading || !w.isKnown())
                continue;
            for (int j = i + 1; j < order.size(); ++j) {
                if (order[j].first.end <= w.start && (!latest.isValid() || w.start > latest)) {
                    latest = w.start;
                    found = {k, order[j].firstClaim};
                }
            }
        }
    }
    return found;
}

QString valueOf(const Conflict &conflict, int claim)
{
    const Claim &cl = conflict.claims.at(claim);
    if (!isFigure(conflict.kind))
        return cl.text;
    return figureText(cl.number, cl.low, cl.high, cl.qualifier, conflict.unit);
}

ConflictTimeline conflictTimeline(const Comparison &c, int index, const QList<PublicationWindow> &windows)
{
    const Conflict &conflict = c.conflicts.at(index);
    ConflictTimeline t;
    t.conflict = index;
    const bool figure = isFigure(conflict.kind);
    if (figure) {
        QSet<std::pair<int, int>> shown; // one point per outlet and value: the same figure twice is one claim
        for (int k = 0; k < conflict.claims.size(); ++k) {
            const Claim &cl = conflict.claims.at(k);
            if (shown.contains({cl.document, cl.reading}))
                continue;
            shown.insert({cl.document, cl.reading});
            TimelinePoint p;
            p.claim = k;
            p.document = cl.document;
            p.published = windows.at(cl.document);
            p.number = cl.number;
            p.low = cl.low;
            p.high = cl.high;
            p.openAbove = cl.qualifier == u"at least" || cl.qualifier == u"more than";
            p.openBelow = cl.qualifier == u"up to" || cl.qualifier == u"fewer than";
            t.series.append(p);
        }
        std::stable_sort(t.series.begin(), t.series.end(), [](const TimelinePoint &a, const TimelinePoint &b) {
            if (a.published.isKnown() != b.published.isKnown())
                return a.published.isKnown();
            return std::tie(a.published.start, a.published.end) < std::tie(b.published.start, b.published.end);
        });
    } else {
        t.verdict = ConflictVerdict::Contradicted;
        t.summary = QStringLiteral("the outlets disagree on a detail that does not change over time");
        return t;
    }
    const QList<ReadingTimes> order = readingTimes(conflict, windows);
    if (order.size() < 2) {
        t.summary = QStringLiteral("publication times are missing: the order of the values is unknown");
        return t;
    }
    for (int i = 0; i + 1 < order.size(); ++i) {
        const PublicationWindow &a = order[i].first;
        const PublicationWindow &b = order[i + 1].first;
        const bool exact
            = a.precision == PublicationWindow::Precision::Minute && b.precision == PublicationWindow::Precision::Minute;
        if (exact && a.start.secsTo(b.start) < sameTimeSeconds) {
            t.verdict = ConflictVerdict::Contradicted;
            t.summary = QStringLiteral("%1 and %2 at the same time, %3")
                            .arg(valueOf(conflict, order[i].firstClaim), valueOf(conflict, order[i + 1].firstClaim), timeText(a));
            return t;
        }
        if (!a.before(b)) {
            t.summary = QStringLiteral("%1 and %2 on the same day: the times do not tell which came first")
                            .arg(valueOf(conflict, order[i].firstClaim), valueOf(conflict, order[i + 1].firstClaim));
            return t;
        }
    }
    QStringList values;
    bool rising = true;
    bool falling = true;
    for (int i = 0; i < order.size(); ++i) {
        values.append(valueOf(conflict, order[i].firstClaim));
        if (i > 0) {
            const double before = conflict.claims.at(order[i - 1].firstClaim).number;
            const double now = conflict.claims.at(order[i].firstClaim).number;
            rising = rising && now > before;
            falling = falling && now < before;
        }
    }
    // The same figure read two ways (how a count breaks down into groups) is no change over time.
    if (std::any_of(order.cbegin() + 1, order.cend(), [&](const ReadingTimes &r) {
            return conflict.claims.at(r.firstClaim).number == conflict.claims.at(order.first().firstClaim).number;
        })) {
        t.verdict = ConflictVerdict::Contradicted;
        t.summary = QStringLiteral("the same figure with a different breakdown: %1").arg(values.join(QStringLiteral(" / ")));
        return t;
    }
    if (!rising && !falling) {
        t.verdict = ConflictVerdict::Contradicted;
        t.summary = QStringLiteral("went from %1 %2: not a steady update")
                        .arg(values.join(QStringLiteral(" to ")), spanText(order.first().first, order.last().first));
        return t;
    }
    t.verdict = ConflictVerdict::Updated;
    t.fromClaim = order.first().firstClaim;
    t.toClaim = order.last().firstClaim;
    t.summary = QStringLiteral("%1 from %2 %3")
                    .arg(rising ? QStringLiteral("rose") : QStringLiteral("fell"), values.join(QStringLiteral(" to ")),
                         spanText(order.first().first, order.last().first));
    const auto [stale, after] = staleClaim(conflict, windows, order);
    if (stale >= 0) {
        t.staleClaim = stale;
        t.staleAfterClaim = after;
        t.summary += QStringLiteral("; %1 still had %2 after %3 reported %4")
                         .arg(outletOf(c, conflict.claims.at(stale).document), valueOf(conflict, stale),
                              outletOf(c, conflict.claims.at(after).document), valueOf(conflict, after));
    }
    return t;
}

// Quote texts compared as an outlet would reuse them: case, spacing and quote styles aside.
QString wording(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar ch : text) {
        if (ch.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        if (ch == u'\u2019' || ch == u'\u2018')
            ch = u'\'';
        else if (ch == u'\u2013' || ch == u'\u2014')
            ch = u'-';
        out += ch.toCaseFolded();
    }
    return out;
}

OriginOrder originOf(OriginOrder::Item item, int index, const QList<TextOccurrence> &occurrences,
                     const QList<PublicationWindow> &windows)
{
    OriginOrder o;
    o.item = item;
    o.index = index;
    QList<int> textOf(windows.size(), -1); // document -> its first occurrence
    for (int k = 0; k < occurrences.size(); ++k) {
        const int d = occurrences.at(k).document;
        if (d >= 0 && d < windows.size() && textOf[d] < 0) {
            textOf[d] = k;
            o.documents.append(d);
        }
    }
    std::stable_sort(o.documents.begin(), o.documents.end(), [&](int a, int b) {
        const PublicationWindow &x = windows.at(a);
        const PublicationWindow &y = windows.at(b);
        if (x.isKnown() != y.isKnown())
            return x.isKnown();
        return std::tie(x.end, x.start, a) < std::tie(y.end, y.start, b);
    });
    if (o.documents.isEmpty() || !windows.at(o.documents.first()).isKnown())
        return o;
    o.origin = o.documents.first();
    const PublicationWindow &first = windows.at(o.origin);
    o.originCertain = std::all_of(o.documents.cbegin() + 1, o.documents.cend(),
                                  [&](int d) { return windows.at(d).isKnown() && first.before(windows.at(d)); });
    const QString words = wording(occurrences.at(textOf[o.origin]).text);
    for (int d : std::as_const(o.documents)) {
        if (d != o.origin && (item == OriginOrder::Item::Passage || wording(occurrences.at(textOf[d]).text) == words))
            o.sameWording.append(d);
    }
    return o;
}

} // namespace

PublicationWindow publicationWindow(const PublicationDate &published)
{
    PublicationWindow w;
    if (!published.date.isValid())
        return w;
    if (published.time.isValid()) {
        w.precision = PublicationWindow::Precision::Minute;
        w.start = QDateTime(published.date, published.time, Qt::UTC);
        if (published.utcOffsetSeconds) {
            w.start = w.start.addSecs(-*published.utcOffsetSeconds);
            w.zoneKnown = true;
        }
        w.end = w.start;
        return w;
    }
    w.precision = PublicationWindow::Precision::Day;
    w.start = QDateTime(published.date, QTime(0, 0), Qt::UTC);
    w.end = w.start.addDays(1);
    return w;
}

QString verdictName(ConflictVerdict verdict)
{
    switch (verdict) {
    case ConflictVerdict::Updated:
        return QStringLiteral("updated");
    case ConflictVerdict::Contradicted:
        return QStringLiteral("contradicted");
    case ConflictVerdict::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString figureText(double number, double low, double high, const QString &qualifier, const QString &unit)
{
    double scale = 1.0;
    QString symbol = unit;
    // Base units back into the ones people write: tonnes, kilometres, hours, days.
    if (unit == u"kg" && number >= 1000) {
        scale = 1000;
        symbol = QStringLiteral("t");
    } else if (unit == u"m" && number >= 1000) {
        scale = 1000;
        symbol = QStringLiteral("km");
    } else if (unit == u"s" && number >= 86400) {
        scale = 86400;
        symbol = QStringLiteral("days");
    } else if (unit == u"s" && number >= 3600) {
        scale = 3600;
        symbol = QStringLiteral("hours");
    }
    // English digits with thousands separators ("70,000"); millions and billions in words, as
    // outlets write sums ("EUR 2.4 million").
    QLocale english(QLocale::English, QLocale::UnitedStates);
    english.setNumberOptions(QLocale::DefaultNumberOptions);
    auto text = [&](double v) {
        double shown = v / scale;
        QString word;
        if (std::abs(shown) >= 1e9) {
            shown /= 1e9;
            word = QStringLiteral(" billion");
        } else if (std::abs(shown) >= 1e6) {
            shown /= 1e6;
            word = QStringLiteral(" million");
        }
        const bool whole = std::abs(shown - std::round(shown)) < 1e-9;
        QString out = whole ? english.toString(qint64(std::llround(shown))) : english.toString(shown, 'g', 6);
        out += word;
        return out;
    };
    QString value = qualifier == u"between" ? QStringLiteral("%1-%2").arg(text(low), text(high)) : text(number);
    if (unit == u"%")
        value += u'%';
    else if (unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; }))
        value = unit + u' ' + value; // a currency code: "EUR 2,400,000"
    else if (!symbol.isEmpty())
        value += u' ' + symbol;
    return qualifier.isEmpty() || qualifier == u"between" ? value : qualifier + u' ' + value;
}

Timeline buildTimeline(const Comparison &comparison)
{
    Timeline t;
    for (const Document &d : comparison.documents)
        t.publications.append(publicationWindow(d.published));
    for (int i = 0; i < comparison.conflicts.size(); ++i)
        t.conflicts.append(conflictTimeline(comparison, i, t.publications));
    for (int i = 0; i < comparison.quotes.size(); ++i) {
        if (comparison.quotes.at(i).isShared())
            t.origins.append(originOf(OriginOrder::Item::Quote, i, comparison.quotes.at(i).occurrences, t.publications));
    }
    for (int i = 0; i < comparison.passages.size(); ++i)
        t.origins.append(originOf(OriginOrder::Item::Passage, i, comparison.passages.at(i).occurrences, t.publications));
    std::map<std::pair<int, int>, int> edges;
    for (const OriginOrder &o : std::as_const(t.origins)) {
        for (int d : o.sameWording)
            ++edges[{o.origin, d}];
    }
    for (const auto &[key, count] : edges)
        t.reuse.append({key.first, key.second, count});
    return t;
}

} // namespace parallax
