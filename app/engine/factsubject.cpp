#include "factsubject.h"

#include "lexicon.h"

#include <QHash>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Compared with the words of every window: constexpr views, so that no comparison measures its
// literal at run time.
constexpr QStringView kOf = u"of";
constexpr QStringView kLost = u"lost";
constexpr QStringView kLives = u"lives";
constexpr QStringView kToll = u"toll";
constexpr QStringView kIn = u"in";
constexpr QStringView kSince = u"since";
constexpr QStringView kBut = u"but";
constexpr QStringView kAll = u"all";
constexpr QStringView kThe = u"the";
constexpr QStringView kAmong = u"among";
constexpr QStringView kWith = u"with";
constexpr QStringView kThem = u"them";
constexpr QStringView kWhom = u"whom";
constexpr QStringView kThose = u"those";
constexpr QStringView kWhich = u"which";
constexpr QStringView kWere = u"were";
constexpr QStringView kWas = u"was";
constexpr QStringView kAre = u"are";
constexpr QStringView kIs = u"is";
constexpr QStringView kBeing = u"being";
constexpr QStringView kMembers = u"members";
constexpr QStringView kMember = u"member";
constexpr QStringView kAnd = u"and";

// Every word list the subject rules read, as one table: a word's traits bits (WordTrait). One
// look-up per distinct word of a document instead of one per list.
const QHash<QString, quint16> &wordClasses()
{
    static const QHash<QString, quint16> table = [] {
        QHash<QString, quint16> h;
        auto add = [&h](quint16 bits, std::initializer_list<const char16_t *> words) {
            for (const char16_t *w : words)
                h[QString::fromUtf16(w)] |= bits;
        };
        auto category = [](int c) { return quint16(c << kCategoryShift); };
        // What a count of people is about (categoryName()). A participle ("killing") names the dead
        // only before the count: "killing 142", but not "150 passengers crashed ..., killing 40",
        // where it belongs to another clause.
        add(category(1),
            {u"killed", u"dead", u"died", u"die", u"dies", u"death", u"deaths", u"toll", u"fatalities", u"fatality", u"perished",
             u"murdered", u"погибли", u"погибших", u"погиб", u"погибло", u"жертв", u"убиты", u"умерли"});
        add(category(1) | kBeforeOnly, {u"killing", u"kills"});
        add(category(2), {u"injured", u"wounded", u"hurt", u"injuries", u"injury", u"ранены", u"раненых"});
        add(category(3),
            {u"evacuated", u"evacuation", u"displaced", u"homeless", u"fled", u"forced", u"driven", u"эвакуированы",
             u"эвакуировано", u"эвакуированных"});
        add(category(4), {u"missing", u"unaccounted", u"пропавшими", u"пропали", u"пропавших"});
        add(category(5), {u"rescued", u"rescues", u"спасены", u"спасли"});
        // People counted as a whole: "19 people died" counts the dead.
        add(kPeopleWord,
            {u"people", u"persons", u"individuals", u"residents", u"inhabitants", u"others", u"человек", u"жителей", u"людей"});
        // A group among the people ("nine children died"): its count is not the toll of everyone,
        // so the subject keeps the group ("deaths:child").
        add(kGroupWord, {u"children",    u"child",     u"kids",       u"girls",     u"girl",     u"boys",      u"boy",
                         u"women",       u"woman",     u"men",        u"man",       u"students", u"student",   u"pupils",
                         u"campers",     u"camper",    u"passengers", u"passenger", u"crew",     u"soldiers",  u"soldier",
                         u"troops",      u"civilians", u"civilian",   u"officers",  u"officer",  u"policemen", u"firefighters",
                         u"firefighter", u"workers",   u"worker",     u"tourists",  u"tourist",  u"miners",    u"miner",
                         u"migrants",    u"refugees",  u"teenagers",  u"adults",    u"adult",    u"babies",    u"baby",
                         u"infants",     u"staff",     u"employees",  u"employee",  u"patients", u"patient",   u"counselors",
                         u"counsellors", u"visitors",  u"pilgrims",   u"fishermen", u"climbers", u"hikers",    u"attendants",
                         u"attendant",   u"детей",     u"женщин",     u"мужчин"});
        // "one" to "twelve": counts in a breakdown ("one passenger and one crew member").
        add(kCountWord,
            {u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve"});
        // "including nine children", "among them": the count is part of another one.
        add(kPartMarker, {u"including", u"included", u"includes", u"include", u"incl", u"among"});
        // "first cut in two years", "highest level in four decades": a record since some time.
        add(kSuperlative,
            {u"first", u"highest", u"lowest", u"biggest", u"largest", u"worst", u"best", u"deadliest", u"strongest", u"weakest",
             u"longest", u"fastest", u"slowest", u"sharpest", u"steepest", u"smallest"});
        // The last word of a named area whose count is a part of the whole ("50 deaths in Harlow County").
        add(kPlaceType,
            {u"county", u"province", u"district", u"prefecture", u"region", u"state", u"municipality", u"governorate", u"oblast",
             u"parish", u"borough", u"township", u"canton"});
        add(kEventNoun,
            {u"crash", u"accident", u"disaster", u"incident", u"collision", u"explosion", u"blast", u"attack", u"earthquake",
             u"quake", u"tremor", u"shooting", u"breach", u"collapse", u"derailment", u"eruption", u"tragedy", u"landslide"});
        add(kOccurrenceVerb,
            {u"happened", u"occurred", u"happens", u"occurs", u"struck", u"crashed", u"exploded", u"erupted", u"collapsed",
             u"unfolded"});
        return h;
    }();
    return table;
}

// Whether `w` may be in wordClasses(): a bit per (first character, length) of its words, so that
// most words of a text are ruled out without hashing them.
bool mayHaveClass(const QString &w)
{
    static const std::array<quint32, 64> shapes = [] {
        std::array<quint32, 64> a {};
        for (auto it = wordClasses().cbegin(); it != wordClasses().cend(); ++it)
            a[it.key().front().unicode() & 63u] |= quint32(1) << std::min<qsizetype>(it.key().size(), 31);
        return a;
    }();
    return !w.isEmpty() && (shapes[w.front().unicode() & 63u] & (quint32(1) << std::min<qsizetype>(w.size(), 31)));
}

// The key a group is compared by: the stem, with the irregular plurals made singular
// ("one child" and "two children" count one group).
QString groupKey(const ParagraphTokens &pt, int i)
{
    const QString &w = pt.form(i);
    if (w == u"children")
        return QStringLiteral("child");
    if (w == u"women")
        return QStringLiteral("woman");
    if (w == u"men")
        return QStringLiteral("man");
    return pt.stem(i);
}

// The value of a count word (kCountWord): "one" 1 ... "twelve" 12.
int countWordValue(const QString &word)
{
    static const QStringList words = {u"one"_s,   u"two"_s,   u"three"_s, u"four"_s, u"five"_s,   u"six"_s,
                                      u"seven"_s, u"eight"_s, u"nine"_s,  u"ten"_s,  u"eleven"_s, u"twelve"_s};
    return int(words.indexOf(word)) + 1;
}

bool isPartPronoun(const QString &word)
{
    return word == kThem || word == kWhom || word == kThose || word == kWhich;
}

bool isCopula(const QString &word)
{
    return word == kWere || word == kWas || word == kAre || word == kIs || word == kBeing;
}

bool sentenceEnd(QStringView text, int i)
{
    const QChar c = text[i];
    return (c == u'.' || c == u'!' || c == u'?' || c == u';') && (i + 1 >= text.size() || text[i + 1].isSpace());
}

bool sentenceEndBetween(QStringView text, int from, int to)
{
    for (int i = std::max(0, from); i < to && i < text.size(); ++i) {
        if (sentenceEnd(text, i))
            return true;
    }
    return false;
}

// The words around a value: at most 12 tokens after and 8 before, never past a sentence end or
// into another value, so a paragraph with thousands of figures stays linear.
struct Windows
{
    QVarLengthArray<int, 12> after;
    QVarLengthArray<int, 8> before; ///< in reading order
    int previousValue = -1; ///< the fact the window before ran into, if any
    bool reachedLimit = false; ///< the window before stopped at its size, not at a boundary
    const QList<int> *tokenValue = nullptr;
};

Windows windowsOf(const ParagraphTokens &pt, const Fact &f, int self, int unitEnd, const QList<int> &tokenValue)
{
    const QList<Token> &tokens = *pt.tokens;
    Windows w;
    w.tokenValue = &tokenValue;
    const auto firstAfter
        = std::lower_bound(tokens.cbegin(), tokens.cend(), unitEnd, [](const Token &t, int pos) { return t.start < pos; });
    const auto firstAt
        = std::lower_bound(tokens.cbegin(), tokens.cend(), f.start, [](const Token &t, int pos) { return t.end <= pos; });
    int prevEnd = f.end;
    for (int t = int(firstAfter - tokens.cbegin()); t < tokens.size() && w.after.size() < 12; ++t) {
        if (sentenceEndBetween(pt.text, prevEnd, tokens[t].start) || (tokenValue[t] >= 0 && tokenValue[t] != self))
            break;
        w.after.append(t);
        prevEnd = tokens[t].end;
    }
    int nextStart = f.start;
    for (int t = int(firstAt - tokens.cbegin()) - 1; t >= 0; --t) {
        if (sentenceEndBetween(pt.text, tokens[t].end, nextStart))
            break;
        if (tokenValue[t] >= 0 && tokenValue[t] != self) {
            w.previousValue = tokenValue[t];
            break;
        }
        if (w.before.size() == 8) {
            w.reachedLimit = true;
            break;
        }
        w.before.append(t);
        nextStart = tokens[t].start;
    }
    std::reverse(w.before.begin(), w.before.end());
    return w;
}

void setContext(const ParagraphTokens &pt, Fact *f, const Windows &w)
{
    const QList<Token> &tokens = *pt.tokens;
    const bool moment = f->kind == FactKind::Date || f->kind == FactKind::Time;
    // Stem -> first form seen, ordered by stem (at most 22 entries: a sorted vector, not a QMap).
    std::vector<std::pair<int, QString>> ctx;
    ctx.reserve(size_t(w.before.size() + w.after.size()));
    auto add = [&ctx](int stem, const QString &form) {
        if (std::none_of(ctx.cbegin(), ctx.cend(), [stem](const auto &e) { return e.first == stem; }))
            ctx.emplace_back(stem, form);
    };
    auto addContext = [&](int i) {
        if (!pt.content(i) || tokens[i].kind != TokenKind::Word)
            return;
        add(tokens[i].stem, pt.form(i));
        if (!moment)
            return;
        // "the crash happened at 7:12" and "the accident occurred at 7:08" speak of one moment.
        if (pt.eventNoun(i))
            add(kEventNounContext, pt.form(i));
        else if (pt.occurrenceVerb(i))
            add(kOccurredContext, pt.form(i));
    };
    for (int i : w.before)
        addContext(i);
    for (int i : w.after)
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
}

// The counted noun: the first content word after the value, as an index into `after`, or -1.
// "of" is skipped ("tonnes of wheat"), and so are "of them" and a copula ("11 of them children",
// "20 of them were girls"), which make the count a part of another.
int countedNoun(const ParagraphTokens &pt, const Windows &w, bool *partOf)
{
    for (int k = 0; k < w.after.size(); ++k) {
        const QString &word = pt.form(w.after[k]);
        if (word == kOf) {
            if (k + 1 < w.after.size() && isPartPronoun(pt.form(w.after[k + 1]))) {
                *partOf = true;
                ++k;
                while (k + 1 < w.after.size() && isCopula(pt.form(w.after[k + 1])))
                    ++k;
            }
            continue;
        }
        return pt.content(w.after[k]) ? k : -1;
    }
    return -1;
}

QString peopleCategory(const ParagraphTokens &pt, const Windows &w)
{
    bool lost = false;
    bool lives = false;
    for (int i : w.after) {
        if (const int cat = pt.category(i, false))
            return categoryName(cat);
        const QString &word = pt.form(i);
        lost = lost || word == kLost;
        lives = lives || word == kLives;
        if (lost && lives) // "lost their lives", "lives lost"
            return categoryName(1);
    }
    for (int k = int(w.before.size()) - 1; k >= 0; --k) {
        if (const int cat = pt.category(w.before[k], true))
            return categoryName(cat);
    }
    // "The death toll from flash floods sweeping across the state has climbed to 61": the toll
    // may open a long sentence; looked for back to its start (or another value).
    const QList<Token> &tokens = *pt.tokens;
    int nextStart = w.before.isEmpty() ? 0 : tokens[w.before.front()].start;
    for (int t = w.before.isEmpty() ? -1 : w.before.front() - 1, n = 0; t >= 0 && n < 16 && w.reachedLimit; --t, ++n) {
        if (sentenceEndBetween(pt.text, tokens[t].end, nextStart) || w.tokenValue->at(t) >= 0)
            break;
        if (pt.form(t) == kToll)
            return categoryName(1);
        nextStart = tokens[t].start;
    }
    return {};
}

struct Place
{
    QString key; ///< "@harlow county"
    QString label; ///< "in Harlow County"
};

// A named area the count is limited to: "Harlow County suffering the highest losses at 50 deaths",
// "50 deaths in Harlow County". Not one that names an office ("Harlow County Sheriff Ana Pike
// said 19 people died" gives the whole toll).
Place placeOf(const ParagraphTokens &pt, const Windows &w)
{
    const QList<Token> &tokens = *pt.tokens;
    auto placeEndingAt = [&](int t) -> Place {
        if (!pt.capitalised(t) || !pt.has(t, kPlaceType) || t == 0 || !pt.capitalised(t - 1))
            return {};
        // "Harlow County Sheriff": a name run that goes on is an office, not the area.
        if (t + 1 < tokens.size() && pt.capitalised(t + 1)
            && pt.text.mid(tokens[t].end, tokens[t + 1].start - tokens[t].end).trimmed().isEmpty())
            return {};
        int first = t - 1;
        while (first > 0 && t - first < 4 && pt.capitalised(first - 1) && tokens[first - 1].kind == TokenKind::Word)
            --first;
        const QString written = pt.text.mid(tokens[first].start, tokens[t].end - tokens[first].start).toString();
        return {u'@' + written.toCaseFolded(), QStringLiteral("in ") + written};
    };
    for (int k = int(w.before.size()) - 1; k >= 0; --k) {
        const Place p = placeEndingAt(w.before[k]);
        if (!p.key.isEmpty())
            return p;
    }
    for (int k = 0; k + 2 < w.after.size(); ++k) {
        if (pt.form(w.after[k]) != kIn)
            continue;
        for (int j = k + 2; j < w.after.size() && j <= k + 4; ++j) {
            const Place p = placeEndingAt(w.after[j]);
            if (!p.key.isEmpty())
                return p;
        }
    }
    return {};
}

// "the bank's first cut in two years": the superlative the value dates, or an empty string.
QString superlativeSince(const ParagraphTokens &pt, const Windows &w)
{
    if (w.before.isEmpty())
        return {};
    const QString &last = pt.form(w.before.back());
    if (last != kIn && last != kSince)
        return {};
    for (int k = int(w.before.size()) - 2; k >= 0; --k) {
        if (pt.has(w.before[k], kSuperlative))
            return pt.form(w.before[k]);
    }
    return {};
}

void setPeopleSubject(const ParagraphTokens &pt, QList<Fact> *facts, int self, const Windows &w, int noun, bool partOf)
{
    Fact *f = &(*facts)[self];
    const bool group = noun >= 0 && pt.has(w.after[noun], kGroupWord);
    const QStringView before1 = w.before.isEmpty() ? QStringView() : QStringView(pt.form(w.before.back()));
    const QStringView before2 = w.before.size() < 2 ? QStringView() : QStringView(pt.form(w.before[w.before.size() - 2]));
    // "All but six were killed": the count is of those who were not.
    if (before1 == kBut && before2 == kAll)
        return;
    // "killed 142 of the 148 people on board": 148 is everyone on board, not the dead.
    const bool whole = w.previousValue >= 0 && !w.before.isEmpty()
        && std::all_of(w.before.cbegin(), w.before.cend(), [&](int i) { return pt.form(i) == kOf || pt.form(i) == kThe; });
    QString cat = whole ? QString() : peopleCategory(pt, w);
    Place place = cat.isEmpty() && !group ? Place() : placeOf(pt, w);
    // "including six children", "20 children among the victims" (but "22 people, including
    // nine children" is the whole the parts belong to).
    partOf = partOf || (!w.before.isEmpty() && pt.has(w.before.back(), kPartMarker))
        || (noun >= 0 && noun + 1 < w.after.size() && pt.form(w.after[noun + 1]) == kAmong);
    if (cat.isEmpty() && group && (partOf || before1 == kWith) && w.previousValue >= 0) {
        // "35 people, 11 of them children", "61, with 20 children among the victims": the part
        // takes the category (and the area) of the count it belongs to.
        const Fact &container = (*facts)[w.previousValue];
        cat = subjectCategory(container.subject).toString();
        const qsizetype at = container.subject.indexOf(u'@');
        const qsizetype labelAt = container.subjectLabel.indexOf(QStringLiteral(" in "));
        if (!cat.isEmpty() && place.key.isEmpty() && at >= 0) {
            place.key = container.subject.mid(at);
            place.label = labelAt >= 0 ? container.subjectLabel.mid(labelAt + 1) : QString();
        }
    }
    if (cat.isEmpty()) {
        if (group) {
            f->subject = pt.stem(w.after[noun]);
            f->subjectLabel = pt.form(w.after[noun]);
        }
        return;
    }
    // "including 60 by boat": a part whose group is not named says too little.
    if (partOf && !group)
        return;
    f->subject = cat;
    f->subjectLabel = cat;
    if (group) {
        f->subject += u':' + groupKey(pt, w.after[noun]);
        f->subjectLabel += u" (" + pt.form(w.after[noun]) + u')';
        // The claim shows who is counted: "two crew members", "11 of them children".
        int last = w.after[noun];
        if (noun + 1 < w.after.size() && (pt.form(w.after[noun + 1]) == kMembers || pt.form(w.after[noun + 1]) == kMember))
            last = w.after[noun + 1];
        f->end = std::max(f->end, (*pt.tokens)[last].end);
        f->text = pt.text.mid(f->start, f->end - f->start).toString();
    }
    if (!place.key.isEmpty()) {
        f->subject += place.key;
        if (!place.label.isEmpty())
            f->subjectLabel += u' ' + place.label;
    }
}

} // namespace

// Asked for every word around every figure: decided once per form.
quint16 ParagraphTokens::decide(int i) const
{
    const Token &t = (*tokens)[i];
    if (size_t(t.form) >= traitCache->byForm.size())
        traitCache->byForm.resize(size_t(vocabulary->size()), 0);
    const QString &w = form(i);
    quint16 traits = kAsked | (mayHaveClass(w) ? wordClasses().value(w, 0) : 0);
    if (!lexicon::isStopWord(w) && w.size() > 1)
        traits |= kContent;
    qsizetype index = traitCache->values.indexOf(traits);
    if (index < 0) {
        // Never more than a few dozen combinations; should a text reach 255, it is only asked again.
        if (traitCache->values.size() >= 255)
            return traits;
        index = traitCache->values.size();
        traitCache->values.append(traits);
    }
    traitCache->byForm[size_t(t.form)] = quint8(index + 1);
    return traits;
}

const QString &categoryName(int category)
{
    static const QString names[] = {QString(),
                                    QStringLiteral("deaths"),
                                    QStringLiteral("injured"),
                                    QStringLiteral("evacuated"),
                                    QStringLiteral("missing"),
                                    QStringLiteral("rescued")};
    return names[category >= 0 && category < 6 ? category : 0];
}

bool ParagraphTokens::capitalised(int i) const
{
    const Token &t = (*tokens)[i];
    return t.kind == TokenKind::Word && t.start < text.size() && text[t.start].isUpper();
}

QStringView subjectGroup(QStringView subject)
{
    const qsizetype colon = subject.indexOf(u':');
    if (colon < 0 || subjectCategory(subject).isEmpty())
        return {};
    qsizetype end = subject.indexOf(u'@', colon);
    if (end < 0)
        end = subject.size();
    return subject.mid(colon + 1, end - colon - 1);
}

// Where a breakdown may start: the value tokens of the paragraph's counts, and every "one" (no
// count of its own: "no one", "one of"). Found from the facts and the text, not by asking the
// word tables about every word.
QVarLengthArray<int, 16> breakdownStarts(const ParagraphTokens &pt, const QList<Fact> &facts)
{
    const QList<Token> &tokens = *pt.tokens;
    auto tokenAt = [&](int pos) {
        return int(std::lower_bound(tokens.cbegin(), tokens.cend(), pos, [](const Token &t, int p) { return t.end <= p; })
                   - tokens.cbegin());
    };
    QVarLengthArray<int, 16> starts;
    for (const Fact &f : facts) {
        if (f.kind != FactKind::Number || !f.unit.isEmpty())
            continue;
        for (int t = tokenAt(f.start); t < tokens.size() && tokens[t].start < f.end; ++t) {
            if (tokens[t].kind == TokenKind::Number || pt.countWord(t))
                starts.append(t);
        }
    }
    // "one" found in the text (just read by the quantity and date scanners, so still in the cache;
    // the tokens are not), by its 'n': a vectorised search.
    const QStringView text = pt.text;
    for (qsizetype at = text.indexOf(QChar(u'n'), 1); at > 0 && at + 1 < text.size(); at = text.indexOf(QChar(u'n'), at + 1)) {
        const qsizetype s = at - 1;
        if ((text[s].unicode() | 0x20) == u'o' && text[at + 1] == u'e' && (s == 0 || !text[s - 1].isLetter())
            && (at + 2 >= text.size() || !text[at + 2].isLetter()))
            starts.append(tokenAt(int(s)));
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

QList<Fact> findBreakdowns(const ParagraphTokens &pt, const QList<Fact> &facts, const std::function<Fact(int, int)> &make)
{
    const QList<Token> &tokens = *pt.tokens;
    const int n = int(tokens.size());
    auto countAt = [&](int k) -> double {
        if (k >= n)
            return -1;
        if (tokens[k].kind == TokenKind::Number) {
            bool ok = false;
            const double v = pt.form(k).toDouble(&ok);
            return ok && v > 0 && v < 1e6 ? v : -1;
        }
        return pt.countWord(k) ? countWordValue(pt.form(k)) : -1;
    };
    // Nothing between two tokens but blanks (or, where `comma`, one comma): one phrase.
    auto joined = [&](int a, int b, bool comma) {
        const QStringView gap = pt.text.mid(tokens[a].end, tokens[b].start - tokens[a].end).trimmed();
        return gap.isEmpty() || (comma && gap == u",");
    };
    QList<Fact> out;
    int done = -1; // the last token of the breakdown found last
    for (const int t : breakdownStarts(pt, facts)) {
        if (t <= done || t + 1 >= n || !(pt.groupWord(t + 1) || (t + 2 < n && pt.groupWord(t + 2))) || countAt(t) < 0)
            continue;
        struct Part
        {
            double count;
            int group;
            int last;
        };
        QVarLengthArray<Part, 4> parts;
        for (int k = t; k < n;) {
            const double count = countAt(k);
            // "one passenger", "one flight attendant", "two crew members"
            int g = k + 1;
            if (g + 1 < n && !pt.groupWord(g) && pt.content(g) && joined(g, g + 1, false))
                ++g;
            if (count < 0 || g >= n || !pt.groupWord(g) || !joined(k, k + 1, false))
                break;
            int last = g;
            if (last + 1 < n && (pt.form(last + 1) == kMembers || pt.form(last + 1) == kMember) && joined(last, last + 1, false))
                ++last;
            parts.append({count, g, last});
            // Joined by "and" or a comma.
            if (last + 2 < n && pt.form(last + 1) == kAnd && joined(last, last + 1, false) && joined(last + 1, last + 2, false))
                k = last + 2;
            else if (last + 1 < n && joined(last, last + 1, true) && !joined(last, last + 1, false))
                k = last + 1;
            else
                break;
        }
        if (parts.size() < 2)
            continue;
        // What happened to them: after the breakdown ("... have been rescued"), else before it.
        const int first = t;
        const int last = parts.back().last;
        int cat = 0;
        for (int k = last + 1; k < n && k <= last + 8 && !cat && !sentenceEndBetween(pt.text, tokens[k - 1].end, tokens[k].start);
             ++k)
            cat = pt.category(k, false);
        for (int k = first - 1;
             k >= 0 && k >= first - 8 && !cat && !sentenceEndBetween(pt.text, tokens[k].end, tokens[k + 1].start); --k)
            cat = pt.category(k, true);
        QStringList keys;
        QStringList shown;
        Fact f = make(tokens[first].start, tokens[last].end);
        for (const Part &p : parts) {
            const QString key = groupKey(pt, p.group);
            keys.append(key);
            f.parts.append({key, p.count});
            f.number += p.count;
            shown.append(QString::number(p.count) + u' ' + pt.form(p.group));
        }
        done = last;
        keys.removeDuplicates();
        if (!cat || keys.size() < parts.size())
            continue;
        f.low = f.high = f.number;
        f.value = shown.join(u" + ");
        f.subject = categoryName(cat) + u":*";
        f.subjectLabel = categoryName(cat) + u" by group";
        out.append(f);
    }
    return out;
}

QStringView subjectCategory(QStringView subject)
{
    static constexpr QStringView names[] = {u"deaths", u"injured", u"evacuated", u"missing", u"rescued"};
    qsizetype end = 0;
    while (end < subject.size() && subject[end] != u':' && subject[end] != u'@')
        ++end;
    const QStringView head = subject.left(end);
    for (const QStringView name : names) {
        if (head == name)
            return head;
    }
    return {};
}

void describeSubject(const ParagraphTokens &pt, QList<Fact> *facts, int self, int unitEnd, const QList<int> &tokenValue)
{
    Fact *f = &(*facts)[self];
    const Windows w = windowsOf(pt, *f, self, unitEnd, tokenValue);
    setContext(pt, f, w);
    if (f->kind == FactKind::Percent && !w.after.isEmpty() && pt.content(w.after[0])
        && pt.text.mid(unitEnd, (*pt.tokens)[w.after[0]].start - unitEnd).trimmed().isEmpty()) {
        // "a 55% probability", "the 3.75%-4% range": the noun right after says what is measured.
        f->subject = u"%:" + pt.stem(w.after[0]);
        f->subjectLabel = pt.form(w.after[0]);
    }
    if (f->kind == FactKind::Date || f->kind == FactKind::Time || f->kind == FactKind::Money || f->kind == FactKind::Percent)
        return;
    bool partOf = false;
    const int noun = countedNoun(pt, w, &partOf);
    const QString superlative = superlativeSince(pt, w);
    if (!superlative.isEmpty()) {
        f->subject = superlative + u"-in";
        f->subjectLabel = superlative + u" in";
        if (noun >= 0 && f->unit.isEmpty()) {
            f->subject += u':' + pt.stem(w.after[noun]);
            f->subjectLabel += u' ' + pt.form(w.after[noun]);
        }
        return;
    }
    // "63 lives lost" counts the dead.
    const bool livesLost
        = noun >= 0 && pt.form(w.after[noun]) == kLives && noun + 1 < w.after.size() && pt.form(w.after[noun + 1]) == kLost;
    bool people
        = noun < 0 || pt.has(w.after[noun], kPeopleWord | kGroupWord) || livesLost || pt.category(w.after[noun], false) != 0;
    // "78 flood-related deaths": the category noun comes after a modifier or two.
    for (int k = noun + 1; !people && noun >= 0 && k < w.after.size() && k <= noun + 2 && pt.content(w.after[k]); ++k)
        people = pt.category(w.after[k], false) != 0;
    if (f->unit.isEmpty() && people) {
        setPeopleSubject(pt, facts, self, w, noun, partOf);
        return;
    }
    if (noun < 0)
        return;
    const int n = w.after[noun];
    f->subject = (f->unit.isEmpty() ? QString() : f->unit + u':') + pt.stem(n);
    f->subjectLabel = (f->writtenUnit.isEmpty() ? QString() : f->writtenUnit + u' ') + pt.form(n);
    // "a two-decade high", "23-year-high": the value is part of an adjective; what it describes
    // is the noun after it.
    const QList<Token> &tokens = *pt.tokens;
    if (noun == 0 && f->unit.isEmpty() && f->end < pt.text.size() && pt.text[f->end] == u'-' && tokens[n].start == f->end + 1
        && w.after.size() > 1 && pt.content(w.after[1]) && tokens[w.after[1]].start - tokens[n].end == 1) {
        f->subject += u':' + pt.stem(w.after[1]);
        f->subjectLabel += u' ' + pt.form(w.after[1]);
    }
}

} // namespace parallax
