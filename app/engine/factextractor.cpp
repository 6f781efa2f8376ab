#include "factextractor.h"

#include "appositivenames.h"
#include "document/dateparser.h"
#include "factsubject.h"
#include "lexicon.h"
#include "quantityparser.h"
#include "quotemarks.h"
#include "speakerfinder.h"

#include <QMap>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace parallax {

namespace {

QString formatNumber(double v)
{
    if (std::isinf(v))
        return QStringLiteral("inf");
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'g', 12);
}

FactKind kindOf(QuantityKind k)
{
    switch (k) {
    case QuantityKind::Percent:
        return FactKind::Percent;
    case QuantityKind::Money:
        return FactKind::Money;
    case QuantityKind::Duration:
        return FactKind::Duration;
    case QuantityKind::Count:
    case QuantityKind::Measure:
    case QuantityKind::Multiplier:
        break;
    }
    return FactKind::Number;
}

} // namespace

namespace {

// The facts of one paragraph as they are collected, with where each value's counted noun may start.
struct ParagraphFacts
{
    const Paragraph *paragraph = nullptr;
    int document = 0;
    int index = 0;
    QList<Fact> facts;
    QList<int> unitEnds;
    QList<std::pair<int, int>> taken; ///< ranges already read (URLs, dates, times)

    Fact make(FactKind kind, int s, int e) const
    {
        Fact f;
        f.kind = kind;
        f.document = document;
        f.paragraph = index;
        f.start = s;
        f.end = e;
        f.text = paragraph->text.mid(s, e - s);
        return f;
    }
    void add(const Fact &f, int unitEnd)
    {
        facts.append(f);
        unitEnds.append(unitEnd);
    }
};

// "date 2031-06-14", "Posted Jun 14, 2031", "Updated: March 3": a label says the date is the
// page's, not an event's.
bool followsStampLabel(QStringView text, int start)
{
    int i = start;
    while (i > 0 && (text[i - 1].isSpace() || text[i - 1] == u':'))
        --i;
    int s = i;
    while (s > 0 && text[s - 1].isLetter())
        --s;
    // Compared without folding into a new string: this runs for every date and time.
    auto is = [](QStringView w, QStringView label) { return w.compare(label, Qt::CaseInsensitive) == 0; };
    QStringView word = text.mid(s, i - s);
    if (is(word, u"on") || is(word, u"at")) {
        i = s;
        while (i > 0 && text[i - 1].isSpace())
            --i;
        s = i;
        while (s > 0 && text[s - 1].isLetter())
            --s;
        word = text.mid(s, i - s);
    }
    const bool label = !word.isEmpty()
        && (is(word, u"date") || is(word, u"dated") || is(word, u"posted") || is(word, u"published") || is(word, u"updated")
            || is(word, u"modified"));
    // "Updated 4:15 p.m." anywhere; a lower-case label only opening the paragraph ("the report,
    // published on 12 March, ..." dates the report, not the page).
    return label && (text[s].isUpper() || text.left(s).trimmed().isEmpty());
}

// "the Club of 12", "Class of 9": a number inside a name (a capitalised word, not opening the
// sentence, then "of") counts nothing.
bool insideName(QStringView text, int start)
{
    int i = start;
    while (i > 0 && text[i - 1].isSpace())
        --i;
    if (i < 3 || text.mid(i - 2, 2) != u"of" || !text[i - 3].isSpace())
        return false;
    int e = i - 3;
    while (e > 0 && text[e - 1].isSpace())
        --e;
    int s = e;
    while (s > 0 && text[s - 1].isLetter())
        --s;
    if (s == e || !text[s].isUpper())
        return false;
    int before = s;
    while (before > 0 && text[before - 1].isSpace())
        --before;
    return before > 0 && text[before - 1] != u'.' && text[before - 1] != u'!' && text[before - 1] != u'?'
        && text[before - 1] != u'"' && text[before - 1] != u'\u201C';
}

void addDatesAndTimes(ParagraphFacts *pf, const Document &document)
{
    const Paragraph &para = *pf->paragraph;
    const QString &text = para.text;
    DateContext dc;
    dc.reference = document.published.date;
    dc.today = document.published.date;
    QDate sentenceDate = document.published.date;
    QList<std::pair<int, int>> stamps;
    for (const DateMatch &d : findDates(text, dc)) {
        pf->taken.append({d.start, d.end});
        // A publication stamp left inside a paragraph ("08:45, 3 March 2024" under the headline)
        // says when the article was written, not when something happened.
        const bool stamp = d.value.date == document.published.date
            && (d.value.time.isValid() ? d.value.time == document.published.time : para.role == ParagraphRole::Title);
        if ((stamp && !d.relative) || followsStampLabel(text, d.start)) {
            stamps.append({d.start, d.end});
            continue;
        }
        Fact f = pf->make(FactKind::Date, d.start, d.end);
        f.date = d.value.date;
        f.relative = d.relative;
        f.value = d.value.date.toString(Qt::ISODate);
        pf->add(f, f.end);
        sentenceDate = d.value.date;
        // "14:00 GMT on Monday" is a date and a time: the time is a fact of its own.
        if (d.value.time.isValid()) {
            ClockTime t;
            t.start = d.start;
            t.end = d.end;
            t.minutes = d.value.time.hour() * 60 + d.value.time.minute();
            if (d.value.utcOffsetSeconds)
                t.utcOffsetMinutes = *d.value.utcOffsetSeconds / 60;
            Fact tf = pf->make(FactKind::Time, d.start, d.end);
            tf.time = t;
            tf.value = t.normalized();
            pf->add(tf, tf.end);
        }
    }
    for (const ClockTime &t : findClockTimes(text, sentenceDate, pf->taken)) {
        pf->taken.append({t.start, t.end});
        // "Updated 4:15 p.m. ET", "Posted Jun 14, 2031 10:00 PM": the page's time.
        const bool afterStamp = std::any_of(stamps.cbegin(), stamps.cend(), [&](const auto &r) {
            return r.second <= t.start && text.mid(r.second, t.start - r.second).trimmed().size() <= 1;
        });
        if (afterStamp || followsStampLabel(text, t.start))
            continue;
        Fact f = pf->make(FactKind::Time, t.start, t.end);
        f.time = t;
        f.value = t.normalized();
        pf->add(f, f.end);
    }
}

void addQuantities(ParagraphFacts *pf)
{
    const QString &text = pf->paragraph->text;
    for (const Quantity &q : findQuantities(text, pf->taken, true)) {
        if (q.kind == QuantityKind::Count && insideName(text, q.start))
            continue;
        Fact f = pf->make(kindOf(q.kind), q.start, q.end);
        f.number = q.value;
        f.low = q.low;
        f.high = q.high;
        f.rounding = q.rounding;
        f.unit = q.unit;
        f.writtenUnit = q.writtenUnit;
        f.symbol = q.symbol;
        f.qualifier = q.qualifier;
        f.halfOpen = q.halfOpen;
        // Shown in the unit as written ("70000 t"), compared in base units.
        const double factor = q.written != 0.0 ? q.value / q.written : 1.0;
        const QString v = q.qualifier.isEmpty()
            ? formatNumber(q.value / factor)
            : u'[' + formatNumber(q.low / factor) + u',' + formatNumber(q.high / factor) + u']';
        f.value = f.kind == FactKind::Money ? q.unit + u' ' + v : (q.symbol.isEmpty() ? v : v + u' ' + q.symbol);
        pf->add(f, q.unitEnd);
    }
}

// People named with a role (before or after the name), and transcript speakers.
void addNames(ParagraphFacts *pf, const DocumentSpeakerCues *speakerCues)
{
    const Paragraph &para = *pf->paragraph;
    const QString &text = para.text;
    const int p = pf->index;
    QList<RoleName> roles = speakerCues && p < speakerCues->size() ? speakerCues->at(p).roleNames : findRoleNames(text);
    const qsizetype before = roles.size();
    roles += findAppositiveRoleNames(text);
    for (qsizetype k = 0; k < roles.size(); ++k) {
        const RoleName &r = roles.at(k);
        if (!r.name.contains(u' '))
            continue;
        Fact f = pf->make(FactKind::Name, r.start, r.end);
        f.role = r.role;
        f.name = r.name;
        f.value = r.name;
        f.subject = r.role;
        // "Mayor Ana Ruiz": the role as written is before the name; "Ana Ruiz, the mayor": after it.
        f.subjectLabel = k < before ? text.mid(r.roleStart, r.start - r.roleStart).trimmed() : r.role;
        pf->facts.append(f);
    }
    TranscriptTurn turn;
    if (para.role == ParagraphRole::Body && findTranscriptTurn(text, &turn) && turn.speaker.contains(u' ')) {
        Fact f = pf->make(FactKind::Name, turn.nameStart, turn.nameEnd);
        f.name = turn.speaker;
        f.value = turn.speaker;
        pf->facts.append(f);
    }
}

} // namespace

QList<Fact> extractFacts(const Document &document, int documentIndex, const TokenizedDocument &tokens, Vocabulary &vocabulary,
                         const DocumentSpeakerCues *speakerCues)
{
    QList<Fact> out;
    Tokenizer fallback(vocabulary);
    WordTraitCache traitCache;
    for (int p = 0; p < document.paragraphs.size(); ++p) {
        const Paragraph &para = document.paragraphs.at(p);
        // Page furniture, datelines and photo captions are not the story's claims.
        if (para.role == ParagraphRole::Boilerplate || para.role == ParagraphRole::Dateline
            || para.role == ParagraphRole::Caption)
            continue;
        const QString &text = para.text;
        const QList<Token> paraTokens = p < tokens.paragraphs.size() && !tokens.paragraphs.at(p).isEmpty()
            ? tokens.paragraphs.at(p)
            : fallback.tokenize(text);
        const ParagraphTokens pt {&paraTokens, &vocabulary, text, &traitCache};
        ParagraphFacts pf;
        pf.paragraph = &para;
        pf.document = documentIndex;
        pf.index = p;
        // Dates first: their digits are not counts.
        pf.taken = findUrlRanges(text);
        addDatesAndTimes(&pf, document);
        addQuantities(&pf);
        QList<int> tokenValue(paraTokens.size(), -1);
        for (int i = 0; i < pf.facts.size(); ++i) {
            const auto from = std::lower_bound(paraTokens.cbegin(), paraTokens.cend(), pf.facts[i].start,
                                               [](const Token &t, int pos) { return t.end <= pos; });
            for (auto it = from; it != paraTokens.cend() && it->start < pf.facts[i].end; ++it)
                tokenValue[int(it - paraTokens.cbegin())] = i;
        }
        // In text order within each kind: a part ("11 of them children") reads the count before it.
        for (int i = 0; i < pf.facts.size(); ++i)
            describeSubject(pt, &pf.facts, i, pf.unitEnds[i], tokenValue);
        // A breakdown ("one passenger and one crew member") replaces the counts inside it.
        const QList<Fact> breakdowns
            = findBreakdowns(pt, pf.facts, [&](int s, int e) { return pf.make(FactKind::Number, s, e); });
        for (const Fact &b : breakdowns) {
            pf.facts.removeIf([&](const Fact &f) { return f.kind == FactKind::Number && f.start < b.end && f.end > b.start; });
            pf.facts.append(b);
        }
        addNames(&pf, speakerCues);
        std::stable_sort(pf.facts.begin(), pf.facts.end(), [](const Fact &a, const Fact &b) { return a.start < b.start; });
        out += pf.facts;
    }
    return out;
}

} // namespace parallax
