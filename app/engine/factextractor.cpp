#include "factextractor.h"

#include "document/dateparser.h"
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

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

// What a count of people is about, recognised from the words around it.
QString category(const QString &word)
{
    static const QSet<QString> death = makeSet({u"killed", u"dead", u"died", u"die", u"death", u"deaths", u"toll", u"fatalities",
                                                u"погибли", u"погибших", u"погиб", u"погибло", u"жертв", u"убиты", u"умерли"});
    static const QSet<QString> injured
        = makeSet({u"injured", u"wounded", u"hurt", u"injuries", u"injury", u"ранены", u"раненых"});
    static const QSet<QString> evacuated = makeSet({u"evacuated", u"evacuation", u"displaced", u"homeless", u"fled", u"forced",
                                                    u"driven", u"эвакуированы", u"эвакуировано", u"эвакуированных"});
    static const QSet<QString> missing = makeSet({u"missing", u"unaccounted", u"пропавшими", u"пропали", u"пропавших"});
    if (death.contains(word))
        return QStringLiteral("deaths");
    if (injured.contains(word))
        return QStringLiteral("injured");
    if (evacuated.contains(word))
        return QStringLiteral("evacuated");
    if (missing.contains(word))
        return QStringLiteral("missing");
    return {};
}

bool isPeopleWord(const QString &word)
{
    static const QSet<QString> people = makeSet({u"people", u"persons", u"residents", u"inhabitants", u"men", u"women",
                                                 u"children", u"человек", u"жителей", u"людей", u"others"});
    return people.contains(word);
}

bool sentenceEnd(QStringView text, int i)
{
    const QChar c = text[i];
    return (c == u'.' || c == u'!' || c == u'?' || c == u';') && (i + 1 >= text.size() || text[i + 1].isSpace());
}

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

struct ParagraphTokens
{
    const QList<Token> *tokens;
    Vocabulary *vocabulary;
    QStringView text;
    std::vector<signed char> *contentByForm; ///< per form id: 1 content word, 0 not, -1 not asked yet

    const QString &form(int i) const { return vocabulary->text((*tokens)[i].form); }
    const QString &stem(int i) const { return vocabulary->text((*tokens)[i].stem); }
    bool content(int i) const
    {
        const Token &t = (*tokens)[i];
        if (t.kind != TokenKind::Word)
            return false;
        // Asked for every word around every figure: decided once per form.
        if (size_t(t.form) >= contentByForm->size())
            contentByForm->resize(size_t(vocabulary->size()), -1);
        signed char &known = (*contentByForm)[size_t(t.form)];
        if (known < 0)
            known = !lexicon::isStopWord(form(i)) && form(i).size() > 1 ? 1 : 0;
        return known == 1;
    }
};

// Subject and context of a value at [start, end): the counted noun after it, or what the sentence
// says happened to the people counted.
bool sentenceEndBetween(QStringView text, int from, int to)
{
    for (int i = std::max(0, from); i < to && i < text.size(); ++i) {
        if (sentenceEnd(text, i))
            return true;
    }
    return false;
}

// `tokenValue[t]`: the fact whose value covers token t, or -1. Windows walk at most 12 tokens after
// and 8 before the value, never past a sentence end or into another value, so a paragraph with
// thousands of figures stays linear.
void describeSubject(const ParagraphTokens &pt, Fact *f, int self, int unitEnd, const QList<int> &tokenValue)
{
    const QList<Token> &tokens = *pt.tokens;
    const auto firstAfter
        = std::lower_bound(tokens.cbegin(), tokens.cend(), unitEnd, [](const Token &t, int pos) { return t.start < pos; });
    const int a0 = int(firstAfter - tokens.cbegin());
    const auto firstAt
        = std::lower_bound(tokens.cbegin(), tokens.cend(), f->start, [](const Token &t, int pos) { return t.end <= pos; });
    const int b0 = int(firstAt - tokens.cbegin()) - 1;
    QVarLengthArray<int, 12> after;
    int prevEnd = f->end;
    for (int t = a0; t < tokens.size() && after.size() < 12; ++t) {
        if (sentenceEndBetween(pt.text, prevEnd, tokens[t].start) || (tokenValue[t] >= 0 && tokenValue[t] != self))
            break;
        after.append(t);
        prevEnd = tokens[t].end;
    }
    QVarLengthArray<int, 8> before; // collected nearest first, then put in reading order
    int nextStart = f->start;
    for (int t = b0; t >= 0 && before.size() < 8; --t) {
        if (sentenceEndBetween(pt.text, tokens[t].end, nextStart) || (tokenValue[t] >= 0 && tokenValue[t] != self))
            break;
        before.append(t);
        nextStart = tokens[t].start;
    }
    std::reverse(before.begin(), before.end());

    // Stem -> first form seen, ordered by stem (at most 20 entries: a sorted vector, not a QMap).
    std::vector<std::pair<int, QString>> ctx;
    ctx.reserve(size_t(before.size() + after.size()));
    auto addContext = [&](int i) {
        if (!pt.content(i) || tokens[i].kind != TokenKind::Word)
            return;
        const int stem = tokens[i].stem;
        if (std::none_of(ctx.cbegin(), ctx.cend(), [stem](const auto &e) { return e.first == stem; }))
            ctx.emplace_back(stem, pt.form(i));
    };
    for (int i : before)
        addContext(i);
    for (int i : after)
        addContext(i);
    std::sort(ctx.begin(), ctx.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    f->context.clear();
    f->contextWords.clear();
    f->context.reserve(qsizetype(ctx.size()));
    f->contextWords.reserve(qsizetype(ctx.size()));
    for (auto &[stem, form] : ctx) {
        f->context.append(stem);
        f->contextWords.append(std::move(form));
    }

    if (f->kind == FactKind::Date || f->kind == FactKind::Time || f->kind == FactKind::Money || f->kind == FactKind::Percent)
        return;
    // The counted noun: first content word after the value ("of" skipped: "tonnes of wheat").
    int noun = -1;
    for (int i : after) {
        if (pt.form(i) == u"of")
            continue;
        if (pt.content(i) && tokens[i].kind == TokenKind::Word)
            noun = i;
        break;
    }
    const bool people = noun < 0 || isPeopleWord(pt.form(noun)) || !category(pt.form(noun)).isEmpty();
    if (f->unit.isEmpty() && people) {
        QString cat;
        bool lost = false;
        for (int i : after) {
            const QString &w = pt.form(i);
            lost = lost || w == u"lost";
            cat = category(w);
            if (cat.isEmpty() && lost && w == u"lives")
                cat = QStringLiteral("deaths");
            if (!cat.isEmpty())
                break;
        }
        for (int k = int(before.size()) - 1; k >= 0 && cat.isEmpty(); --k)
            cat = category(pt.form(before[k]));
        if (!cat.isEmpty()) {
            f->subject = cat;
            f->subjectLabel = cat;
        }
        return;
    }
    if (noun >= 0) {
        f->subject = (f->unit.isEmpty() ? QString() : f->unit + u':') + pt.stem(noun);
        f->subjectLabel = (f->writtenUnit.isEmpty() ? QString() : f->writtenUnit + u' ') + pt.form(noun);
    }
}

} // namespace

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Number:
        return QStringLiteral("number");
    case FactKind::Percent:
        return QStringLiteral("percent");
    case FactKind::Money:
        return QStringLiteral("money");
    case FactKind::Duration:
        return QStringLiteral("duration");
    case FactKind::Date:
        return QStringLiteral("date");
    case FactKind::Time:
        return QStringLiteral("time");
    case FactKind::Name:
        return QStringLiteral("name");
    }
    return QStringLiteral("number");
}

QList<Fact> extractFacts(const Document &document, int documentIndex, const TokenizedDocument &tokens, Vocabulary &vocabulary,
                         const DocumentSpeakerCues *speakerCues)
{
    QList<Fact> out;
    Tokenizer fallback(vocabulary);
    std::vector<signed char> contentByForm;
    for (int p = 0; p < document.paragraphs.size(); ++p) {
        const Paragraph &para = document.paragraphs.at(p);
        if (para.role == ParagraphRole::Boilerplate || para.role == ParagraphRole::Dateline)
            continue;
        const QString &text = para.text;
        const QList<Token> paraTokens = p < tokens.paragraphs.size() && !tokens.paragraphs.at(p).isEmpty()
            ? tokens.paragraphs.at(p)
            : fallback.tokenize(text);
        const ParagraphTokens pt {&paraTokens, &vocabulary, text, &contentByForm};
        QList<Fact> facts;
        QList<int> unitEnds; // per fact: where the counted noun may start
        auto base = [&](FactKind kind, int s, int e) {
            Fact f;
            f.kind = kind;
            f.document = documentIndex;
            f.paragraph = p;
            f.start = s;
            f.end = e;
            f.text = text.mid(s, e - s);
            return f;
        };

        // Dates first: their digits are not counts.
        QList<std::pair<int, int>> taken = findUrlRanges(text);
        DateContext dc;
        dc.reference = document.published.date;
        dc.today = document.published.date;
        QDate sentenceDate = document.published.date;
        for (const DateMatch &d : findDates(text, dc)) {
            taken.append({d.start, d.end});
            // A publication stamp left inside a paragraph ("08:45, 3 March 2024" under the headline)
            // says when the article was written, not when something happened.
            const bool stamp = d.value.date == document.published.date
                && (d.value.time.isValid() ? d.value.time == document.published.time : para.role == ParagraphRole::Title);
            if (stamp && !d.relative)
                continue;
            Fact f = base(FactKind::Date, d.start, d.end);
            f.date = d.value.date;
            f.relative = d.relative;
            f.value = d.value.date.toString(Qt::ISODate);
            facts.append(f);
            unitEnds.append(f.end);
            sentenceDate = d.value.date;
            // "14:00 GMT on Monday" is a date and a time: the time is a fact of its own.
            if (d.value.time.isValid()) {
                ClockTime t;
                t.start = d.start;
                t.end = d.end;
                t.minutes = d.value.time.hour() * 60 + d.value.time.minute();
                if (d.value.utcOffsetSeconds)
                    t.utcOffsetMinutes = *d.value.utcOffsetSeconds / 60;
                Fact tf = base(FactKind::Time, d.start, d.end);
                tf.time = t;
                tf.value = t.normalized();
                facts.append(tf);
                unitEnds.append(tf.end);
            }
        }
        for (const ClockTime &t : findClockTimes(text, sentenceDate, taken)) {
            taken.append({t.start, t.end});
            Fact f = base(FactKind::Time, t.start, t.end);
            f.time = t;
            f.value = t.normalized();
            facts.append(f);
            unitEnds.append(f.end);
        }
        for (const Quantity &q : findQuantities(text, taken, true)) {
            Fact f = base(kindOf(q.kind), q.start, q.end);
            f.number = q.value;
            f.low = q.low;
            f.high = q.high;
            f.rounding = q.rounding;
            f.unit = q.unit;
            f.writtenUnit = q.writtenUnit;
            f.qualifier = q.qualifier;
            // Shown in the unit as written ("70000 t"), compared in base units.
            const double factor = q.written != 0.0 ? q.value / q.written : 1.0;
            const QString v = q.qualifier.isEmpty()
                ? formatNumber(q.value / factor)
                : u'[' + formatNumber(q.low / factor) + u',' + formatNumber(q.high / factor) + u']';
            f.value = f.kind == FactKind::Money ? q.unit + u' ' + v : (q.symbol.isEmpty() ? v : v + u' ' + q.symbol);
            facts.append(f);
            unitEnds.append(q.unitEnd);
        }
        QList<int> tokenValue(paraTokens.size(), -1);
        for (int i = 0; i < facts.size(); ++i) {
            const auto from = std::lower_bound(paraTokens.cbegin(), paraTokens.cend(), facts[i].start,
                                               [](const Token &t, int pos) { return t.end <= pos; });
            for (auto it = from; it != paraTokens.cend() && it->start < facts[i].end; ++it)
                tokenValue[int(it - paraTokens.cbegin())] = i;
        }
        for (int i = 0; i < facts.size(); ++i)
            describeSubject(pt, &facts[i], i, unitEnds[i], tokenValue);

        // People named with a role, and transcript speakers.
        const QList<RoleName> roles = speakerCues && p < speakerCues->size() ? speakerCues->at(p).roleNames : findRoleNames(text);
        for (const RoleName &r : roles) {
            if (!r.name.contains(u' '))
                continue;
            Fact f = base(FactKind::Name, r.start, r.end);
            f.role = r.role;
            f.name = r.name;
            f.value = r.name;
            f.subject = r.role;
            f.subjectLabel = text.mid(r.roleStart, r.start - r.roleStart).trimmed();
            facts.append(f);
        }
        TranscriptTurn turn;
        if (para.role == ParagraphRole::Body && findTranscriptTurn(text, &turn) && turn.speaker.contains(u' ')) {
            Fact f = base(FactKind::Name, turn.nameStart, turn.nameEnd);
            f.name = turn.speaker;
            f.value = turn.speaker;
            facts.append(f);
        }
        std::stable_sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.start < b.start; });
        out += facts;
    }
    return out;
}

} // namespace parallax
