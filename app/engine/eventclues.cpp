#include "eventclues.h"

#include "document/dateparser.h"
#include "document/dateword.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace parallax {

namespace {

// The lead: news says when and where in its first sentences. Reading only this much keeps
// background ("the last cut, in March 2020", "the 2021 flood in ...") out of the clues.
constexpr int leadBodyWords = 150;
constexpr int leadMaxUnits = 12;
// A paragraph this long is running text; shorter ones (bylines, captions' credits) are read but
// do not use up the lead.
constexpr int runningTextWords = 12;
// Days between two documents' dates: this close is the same event, this far apart another one.
constexpr qint64 sameEventDays = 7;
constexpr qint64 otherEventDays = 14;

QStringView tokenText(const QString &text, const Token &t)
{
    return QStringView(text).mid(t.start, t.end - t.start);
}

bool isPlacePreposition(QStringView word)
{
    // Every word of the lead passes here: length and first letter before any comparison.
    if (word.size() < 2 || word.size() > 7)
        return false;
    const char16_t first = word[0].unicode() | 0x20;
    if (first != u'i' && first != u'a' && first != u'n' && first != u'o')
        return false;
    return word.compare(u"in", Qt::CaseInsensitive) == 0 || word.compare(u"at", Qt::CaseInsensitive) == 0
        || word.compare(u"near", Qt::CaseInsensitive) == 0 || word.compare(u"outside", Qt::CaseInsensitive) == 0;
}

// Only spaces between two tokens: a comma or a full stop ends a name.
bool spacedOnly(const QString &text, int from, int to)
{
    if (to <= from)
        return to == from;
    for (int i = from; i < to; ++i) {
        if (!text[i].isSpace() || text[i] == u'\n' || text[i] == u'\r')
            return false;
    }
    return to - from <= 2;
}

bool isDateWord(QStringView word)
{
    const dates::DateWord *w = dates::lookupDateWord(word);
    return w && (w->kind == dates::DateWordKind::Month || w->kind == dates::DateWordKind::Weekday);
}

bool isCapitalisedName(const QString &text, const Token &t)
{
    return t.kind == TokenKind::Word && t.start < text.size() && text[t.start].isUpper() && !isDateWord(tokenText(text, t));
}

// A number token holding four digits that read as a year 1900-2099 ("2024", "2024-03-03", "03.03.2024").
bool hasYear(const QString &text, const Token &t)
{
    if (t.kind != TokenKind::Number)
        return false;
    int run = 0;
    for (int i = t.start; i < t.end; ++i) {
        const char16_t c = text[i].unicode();
        run = c >= u'0' && c <= u'9' ? run + 1 : 0;
        if (run == 4) {
            const char16_t a = text[i - 3].unicode();
            const char16_t b = text[i - 2].unicode();
            if ((a == u'1' && b == u'9') || (a == u'2' && b == u'0'))
                return true;
        }
    }
    return false;
}

bool isAllCaps(QStringView word)
{
    int letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 3;
}

// A run of capitalised tokens from `i` (names of several words: "San Antonio"), up to `end`.
int nameRunEnd(const QString &text, const QList<Token> &tokens, int i, bool allCaps)
{
    int j = i;
    while (j < tokens.size() && isCapitalisedName(text, tokens[j]) && (!allCaps || isAllCaps(tokenText(text, tokens[j])))
           && (j == i || spacedOnly(text, tokens[j - 1].end, tokens[j].start)))
        ++j;
    return j;
}

void addPlace(std::vector<PlaceClue> &places, const QString &text, const QList<Token> &tokens, int from, int to)
{
    if (to <= from)
        return;
    PlaceClue place;
    place.name = text.mid(tokens[from].start, tokens[to - 1].end - tokens[from].start);
    // A dateline's capitals are typography: the reason says "Lindeborg", not "LINDEBORG".
    if (isAllCaps(place.name)) {
        for (qsizetype i = 0; i < place.name.size(); ++i) {
            if (i > 0 && place.name[i - 1].isLetter())
                place.name[i] = place.name[i].toLower();
        }
    }
    for (int k = from; k < to; ++k)
        place.stems.push_back(tokens[k].stem);
    std::sort(place.stems.begin(), place.stems.end());
    place.stems.erase(std::unique(place.stems.begin(), place.stems.end()), place.stems.end());
    for (const PlaceClue &p : places) {
        if (p.stems == place.stems)
            return;
    }
    places.push_back(std::move(place));
}

// "in Kerrville, Texas": the name and, after a comma, the region it belongs to.
int addPlaceAt(std::vector<PlaceClue> &places, const QString &text, const QList<Token> &tokens, int from, bool allCaps)
{
    const int end = nameRunEnd(text, tokens, from, allCaps);
    addPlace(places, text, tokens, from, end);
    if (end > from && end < tokens.size()) {
        const QStringView gap = QStringView(text).mid(tokens[end - 1].end, tokens[end].start - tokens[end - 1].end).trimmed();
        if (gap == u",") {
            const int regionEnd = nameRunEnd(text, tokens, end, false);
            addPlace(places, text, tokens, end, regionEnd);
            return regionEnd;
        }
    }
    return end;
}

// "LINDEBORG, Vellmark province (NPA) - ..." or "WASHINGTON — ...": an upper-case place that
// opens the first paragraph and is closed by a dash, a bracket or a colon soon after.
void addDateline(std::vector<PlaceClue> &places, const QString &text, const QList<Token> &tokens)
{
    if (tokens.isEmpty() || tokens.first().start > 2 || !isAllCaps(tokenText(text, tokens.first())))
        return;
    const int runEnd = nameRunEnd(text, tokens, 0, true);
    if (runEnd == 0)
        return;
    const QStringView after = QStringView(text).mid(tokens[runEnd - 1].end, 60);
    static const QStringView closers[] = {u" \u2014", u" \u2013", u" -", u"(", u":", u"\u2014", u"\u2013"};
    if (std::none_of(std::begin(closers), std::end(closers), [after](QStringView c) { return after.contains(c); }))
        return;
    std::vector<PlaceClue> found;
    addPlaceAt(found, text, tokens, 0, true);
    places.insert(places.begin(), found.begin(), found.end());
}

void readLeadParagraph(EventClues &clues, const QString &text, const QList<Token> &tokens, bool first, QDate &firstDate)
{
    DateContext context;
    context.reference = clues.published;
    // Without a reference only dates that carry their year are read: "today" is no anchor.
    context.today = QDate(1900, 1, 1);
    // Without a reference every date that counts carries its year: no year, no date to look for.
    const bool year = std::any_of(tokens.begin(), tokens.end(), [&text](const Token &t) { return hasYear(text, t); });
    for (const DateMatch &m : year || clues.published.isValid() ? findDates(text, context) : QList<DateMatch>()) {
        if (m.value.date.isValid() && (!m.relative || clues.published.isValid())) {
            clues.dates.push_back(m.value.date);
            if (!firstDate.isValid())
                firstDate = m.value.date;
        }
    }
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.kind != TokenKind::Word)
            continue;
        const QStringView word = tokenText(text, t);
        if (word.size() >= 5) {
            const dates::DateWord *w = dates::lookupDateWord(word);
            if (w && w->kind == dates::DateWordKind::Weekday && !w->abbrev && w->value >= 1 && w->value <= 7) {
                clues.weekdays |= 1 << (w->value - 1);
                if (clues.firstWeekday == 0)
                    clues.firstWeekday = w->value;
            }
        }
        if (i + 1 < tokens.size() && isPlacePreposition(word)) {
            int j = i + 1;
            if (tokenText(text, tokens[j]) == u"the" && j + 1 < tokens.size())
                ++j;
            if (spacedOnly(text, tokens[j - 1].end, tokens[j].start) && isCapitalisedName(text, tokens[j]))
                i = addPlaceAt(clues.places, text, tokens, j, false) - 1;
        }
    }
    if (first)
        addDateline(clues.places, text, tokens);
}

} // namespace

QList<EventClues> findEventClues(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                                 const ParagraphSpace &space)
{
    QList<EventClues> result(space.documentCount());
    for (int d = 0; d < space.documentCount() && d < documents.size() && d < tokens.size(); ++d) {
        EventClues &clues = result[d];
        const Document &document = documents[d];
        if (document.published.isValid())
            clues.published = document.published.date;
        QDate firstDate = clues.published;
        int bodyWords = 0;
        int units = 0;
        bool firstText = true;
        for (int u : space.documentUnits(d)) {
            if (bodyWords >= leadBodyWords || units >= leadMaxUnits)
                break;
            const int p = space.unit(u).paragraph;
            if (space.isEmpty(u) || p >= tokens[d].paragraphs.size())
                continue;
            const QList<Token> &list = tokens[d].paragraphs[p];
            const bool running = space.unit(u).roleClass == RoleClass::Text && list.size() >= runningTextWords;
            readLeadParagraph(clues, document.paragraphs[p].text, list, running && firstText, firstDate);
            if (running) {
                bodyWords += int(list.size());
                firstText = false;
            }
            ++units;
        }
        std::sort(clues.dates.begin(), clues.dates.end());
        if (clues.published.isValid())
            clues.dates.insert(std::lower_bound(clues.dates.begin(), clues.dates.end(), clues.published), clues.published);
        clues.dates.erase(std::unique(clues.dates.begin(), clues.dates.end()), clues.dates.end());
        clues.firstDate = firstDate;
    }
    // Which documents name the places' words anywhere: one pass over the terms, looking only at
    // the few stems that places are written with.
    std::vector<char> placeStem(size_t(space.termCount()), 0);
    for (const EventClues &clues : result) {
        for (const PlaceClue &place : clues.places) {
            for (int stem : place.stems) {
                if (stem >= 0 && size_t(stem) < placeStem.size())
                    placeStem[size_t(stem)] = 1;
            }
        }
    }
    for (int d = 0; d < space.documentCount(); ++d) {
        std::vector<int> &mentioned = result[d].mentioned;
        for (int u : space.documentUnits(d)) {
            for (int t : space.terms(u)) {
                if (placeStem[size_t(t)])
                    mentioned.push_back(t);
            }
        }
        std::sort(mentioned.begin(), mentioned.end());
        mentioned.erase(std::unique(mentioned.begin(), mentioned.end()), mentioned.end());
    }
    return result;
}

namespace {

qint64 closestDays(const std::vector<QDate> &a, const std::vector<QDate> &b)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        best = std::min(best, std::abs(a[i].daysTo(b[j])));
        if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    return best;
}

bool names(const EventClues &clues, const PlaceClue &place)
{
    return std::all_of(place.stems.begin(), place.stems.end(),
                       [&clues](int s) { return std::binary_search(clues.mentioned.begin(), clues.mentioned.end(), s); });
}

bool placesMeet(const EventClues &a, const EventClues &b)
{
    return std::any_of(a.places.begin(), a.places.end(), [&b](const PlaceClue &p) { return names(b, p); })
        || std::any_of(b.places.begin(), b.places.end(), [&a](const PlaceClue &p) { return names(a, p); });
}

struct Tally
{
    int agree = 0;
    int disagree = 0;
    void add(bool same) { (same ? agree : disagree) += 1; }
    // A clear majority of the documents that say anything: at least two, three in four.
    ClueAgreement verdict() const
    {
        if (disagree >= 2 && 4 * disagree >= 3 * (agree + disagree))
            return ClueAgreement::Disagree;
        return agree > disagree ? ClueAgreement::Agree : ClueAgreement::Unknown;
    }
};

// Only what tells the document apart is said: a weekday, date or place the others agree on is left out.
EventWhenWhere describe(QDate date, int weekday, const QString &place, const EventVerdict &v)
{
    EventWhenWhere w;
    if (v.weekdays == ClueAgreement::Disagree && weekday > 0)
        w.weekday = weekday;
    if (v.dates == ClueAgreement::Disagree && date.isValid())
        w.date = date;
    if (v.places == ClueAgreement::Disagree && !place.isEmpty())
        w.place = place;
    return w;
}

// What the documents say most often, counted once over all of them: what "the others" say is
// that minus one document's own clues.
class Consensus
{
public:
    explicit Consensus(const QList<EventClues> &clues)
    {
        for (const EventClues &c : clues) {
            if (c.firstDate.isValid())
                ++m_dates[c.firstDate];
            for (int w = 1; w <= 7; ++w)
                m_weekdays[size_t(w)] += (c.weekdays >> (w - 1)) & 1;
            for (const PlaceClue &p : c.places) {
                auto &slot = m_places[p.stems];
                if (slot.first++ == 0)
                    slot.second = p.name;
            }
        }
    }

    EventWhenWhere others(const EventClues &self, const EventVerdict &v) const
    {
        QDate date;
        int best = 0;
        for (const auto &[d, count] : m_dates) {
            const int others = count - (d == self.firstDate ? 1 : 0);
            if (others > best) {
                best = others;
                date = d;
            }
        }
        int weekday = 0;
        best = 0;
        for (int w = 1; w <= 7; ++w) {
            const int others = m_weekdays[size_t(w)] - ((self.weekdays >> (w - 1)) & 1);
            if (others > best) {
                best = others;
                weekday = w;
            }
        }
        QString place;
        best = 0;
        for (const auto &[stems, slot] : m_places) {
            const bool own = std::any_of(self.places.begin(), self.places.end(),
                                         [&stems = stems](const PlaceClue &p) { return p.stems == stems; });
            const int others = slot.first - (own ? 1 : 0);
            if (others > best) {
                best = others;
                place = slot.second;
            }
        }
        return describe(date, weekday, place, v);
    }

private:
    std::map<QDate, int> m_dates;
    std::array<int, 8> m_weekdays {};
    std::map<std::vector<int>, std::pair<int, QString>> m_places;
};

} // namespace

QList<EventVerdict> compareEventClues(const QList<EventClues> &clues, const ParagraphSpace &space)
{
    const int n = int(clues.size());
    QList<EventVerdict> verdicts(n);
    const Consensus consensus(clues);
    for (int d = 0; d < n; ++d) {
        Tally dates;
        Tally weekdays;
        Tally places;
        const EventClues &a = clues[d];
        for (int e = 0; e < n; ++e) {
            if (e == d)
                continue;
            const EventClues &b = clues[e];
            if (!a.dates.empty() && !b.dates.empty()) {
                const qint64 days = closestDays(a.dates, b.dates);
                if (days <= sameEventDays || days > otherEventDays)
                    dates.add(days <= sameEventDays);
            }
            if (a.weekdays && b.weekdays)
                weekdays.add((a.weekdays & b.weekdays) != 0);
            // Names in another script cannot be matched word for word.
            if (!a.places.empty() && !b.places.empty() && space.documentScript(d) == space.documentScript(e))
                places.add(placesMeet(a, b));
        }
        EventVerdict &v = verdicts[d];
        v.dates = dates.verdict();
        v.weekdays = weekdays.verdict();
        v.places = places.verdict();
        // Said only where it may explain a flag: two clues, or the dates, disagree.
        const int disagreeing = int(v.dates == ClueAgreement::Disagree) + int(v.weekdays == ClueAgreement::Disagree)
            + int(v.places == ClueAgreement::Disagree);
        if (disagreeing >= 2 || v.dates == ClueAgreement::Disagree) {
            v.reports = describe(a.firstDate, a.firstWeekday, a.places.empty() ? QString() : a.places.front().name, v);
            v.others = consensus.others(a, v);
        }
    }
    return verdicts;
}

} // namespace parallax
