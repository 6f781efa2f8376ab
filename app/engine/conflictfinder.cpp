#include "conflictfinder.h"

#include "conflictrules.h"
#include "factextractor.h"
#include "factsubject.h"
#include "spellingvariants.h"
#include "unionfind.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace parallax {

namespace {

int overlap(const QList<int> &a, const QList<int> &b)
{
    int n = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

// A count of people by what happened to them ("deaths", "missing:girl", "deaths@harlow county"):
// explicit enough to compare across alignment groups.
bool isCategory(const QString &subject)
{
    return !subjectCategory(subject).isEmpty();
}

// "first cut in two years": a record dated by a span, compared when one more word agrees.
bool isSuperlativeSince(const QString &subject)
{
    static constexpr QStringView in = u"-in";
    const qsizetype dash = subject.indexOf(in);
    return dash > 0 && (dash + 3 == subject.size() || subject[dash + 3] == u':');
}

// A breakdown by group ("one passenger and one crew member have been rescued") meets another
// breakdown or a count of one of its groups ("two crew members were rescued") in the same category.
bool sameBreakdown(const Fact &a, const Fact &b)
{
    if (subjectCategory(a.subject) != subjectCategory(b.subject) || b.subject.contains(u'@') || a.subject.contains(u'@'))
        return false;
    const Fact &whole = isBreakdownSubject(a.subject) ? a : b;
    const Fact &other = &whole == &a ? b : a;
    for (const auto &[group, count] : whole.parts) {
        if (isBreakdownSubject(other.subject)) {
            for (const auto &[g, c] : other.parts) {
                if (g == group)
                    return true;
            }
        } else if (subjectGroup(other.subject) == group) {
            return true;
        }
    }
    return false;
}

bool isSpelling(const Fact &f)
{
    return f.subject.startsWith(kSpellingSubject);
}

bool isFigure(FactKind k)
{
    return k == FactKind::Number || k == FactKind::Percent || k == FactKind::Money || k == FactKind::Duration;
}

// Whether two facts of different documents speak about the same thing.
bool sameSubject(const Fact &a, const Fact &b, bool sameGroup, int onlyOfKindA, int onlyOfKindB)
{
    if (a.kind != b.kind || a.unit != b.unit || a.document == b.document)
        return false;
    const int shared = overlap(a.context, b.context);
    switch (a.kind) {
    case FactKind::Number:
    case FactKind::Duration:
        if (isBreakdownSubject(a.subject) || isBreakdownSubject(b.subject))
            return sameBreakdown(a, b);
        if (a.subject.isEmpty() || a.subject != b.subject)
            return false;
        return sameGroup || isCategory(a.subject) || shared >= 2 || (shared >= 1 && isSuperlativeSince(a.subject));
    case FactKind::Money:
    case FactKind::Percent:
        // "a 60% probability" is not "the rate ... 3.8%": a noun right after the value names what
        // is measured, and a value with one is only compared with one with the same noun.
        if (a.subject != b.subject)
            return false;
        if (sameGroup)
            return shared >= 1 || (onlyOfKindA == 1 && onlyOfKindB == 1);
        return shared >= 3;
    case FactKind::Time:
        // Times need words in common even in aligned paragraphs: "released at 07:30" and "as of two
        // o'clock" are different moments of the same story.
        return sameGroup ? shared >= 1 : shared >= 2;
    case FactKind::Date:
        if (a.relative || b.relative)
            return false;
        return sameGroup ? shared >= 1 : shared >= 2;
    case FactKind::Name:
        if (isSpelling(a) || isSpelling(b))
            return a.subject == b.subject;
        if (!a.role.isEmpty() && !b.role.isEmpty() && a.role != b.role)
            return false;
        return nameVariants(a.name, b.name, !a.role.isEmpty() && a.role == b.role)
            || (a.name.compare(b.name, Qt::CaseInsensitive) == 0);
    }
    return false;
}

// Words around the values that two or more documents use ("agreement signed"), at most three;
// an event noun or occurrence verb shared as such ("crash" / "accident") only when no word is.
QString sharedWords(const QList<Fact> &members)
{
    for (const bool pseudo : {false, true}) {
        QHash<int, QSet<int>> docsOf;
        QHash<int, QString> wordOf;
        for (const Fact &f : members) {
            for (int k = 0; k < f.context.size(); ++k) {
                if ((f.context[k] < 0) != pseudo)
                    continue;
                docsOf[f.context[k]].insert(f.document);
                wordOf.insert(f.context[k], f.contextWords.value(k));
            }
        }
        QList<std::pair<int, QString>> ranked;
        for (auto it = docsOf.cbegin(); it != docsOf.cend(); ++it) {
            if (it->size() >= 2)
                ranked.append({-int(it->size()), wordOf.value(it.key())});
        }
        std::sort(ranked.begin(), ranked.end());
        QStringList words;
        for (int k = 0; k < ranked.size() && k < 3; ++k)
            words.append(ranked[k].second);
        if (!words.isEmpty())
            return words.join(u' ');
    }
    return {};
}

// related[a * n + b]: documents a and b are linked through shared aligned paragraphs, directly or
// through other documents (one article may share paragraphs with a second that shares others with
// a third). Documents that share no aligned paragraph at all (an article about another event) are
// never compared across groups, nor linked through an ignored one. A dense matrix: with 200
// documents a QSet of pairs cost more than the facts themselves.
std::vector<char> relatedDocuments(const QList<AlignmentGroup> &groups, qsizetype nd, const QList<bool> &ignored)
{
    UnionFind linked {int(nd)};
    for (const AlignmentGroup &g : groups) {
        int first = -1;
        for (const GroupMember &x : g.members) {
            if (x.document < 0 || x.document >= nd || ignored.value(x.document))
                continue;
            if (first < 0)
                first = x.document;
            linked.unite(first, x.document);
        }
    }
    QList<int> root(nd, 0);
    for (int d = 0; d < nd; ++d)
        root[d] = linked.find(d);
    std::vector<char> related(size_t(nd * nd), 0);
    for (int a = 0; a < nd; ++a) {
        for (int b = 0; b < nd; ++b)
            related[size_t(qsizetype(a) * nd + b)] = a != b && root[a] == root[b] ? 1 : 0;
    }
    return related;
}

// The conflict of facts that disagree (in reading order): kind, unit, a subject to show, and one
// claim per fact with its reading and its document's publication moment.
Conflict conflictOf(const QList<Fact> &members, const QList<Document> &documents)
{
    Conflict c;
    c.kind = members.first().kind;
    c.unit = members.first().unit;
    QHash<QString, int> labelCount;
    QString label;
    for (const Fact &f : std::as_const(members)) {
        const QString &l = f.subjectLabel;
        if (l.isEmpty())
            continue;
        const int count = ++labelCount[l];
        if (count > labelCount.value(label) || label.isEmpty())
            label = l;
    }
    // A label that only a few claims carry ("range" on one of five rates) names less than the
    // words they share.
    const bool most = !label.isEmpty() && labelCount.value(label) * 2 >= members.size();
    c.subject = most ? label : (label.isEmpty() ? members.first().subject : QString());
    if (c.subject.isEmpty()) {
        c.subject = sharedWords(members);
        if (c.subject.isEmpty())
            c.subject = label;
    }
    if (c.subject.isEmpty() && members.first().kind == FactKind::Name)
        c.subject = members.first().name.section(u' ', -1);
    const QList<int> reading = readings(members);
    for (int k = 0; k < members.size(); ++k) {
        const Fact &f = members[k];
        Claim cl;
        cl.reading = reading[k];
        cl.document = f.document;
        cl.paragraph = f.paragraph;
        cl.start = f.start;
        cl.end = f.end;
        cl.text = f.text;
        cl.value = f.value;
        cl.published = documents.at(f.document).published.toIso();
        cl.number = f.number;
        cl.low = f.low;
        cl.high = f.high;
        cl.qualifier = f.qualifier;
        c.claims.append(cl);
    }
    return c;
}

} // namespace

QList<Conflict> findConflicts(const QList<Document> &documents, const QList<TokenizedDocument> &tokens,
                              const QList<AlignmentGroup> &groups, Vocabulary &vocabulary, const ConflictFinderOptions &options)
{
    QList<Fact> facts;
    if (options.facts) {
        qsizetype total = 0;
        for (const QList<Fact> &perDocument : std::as_const(*options.facts))
            total += perDocument.size();
        facts.reserve(total);
    }
    for (int d = 0; d < documents.size(); ++d) {
        if (options.ignoreDocuments.contains(d))
            continue;
        if (options.facts && d < options.facts->size()) {
            // Moved one by one and the emptied list released at once: the facts of a 100,000-word
            // article are megabytes, never to be held twice.
            QList<Fact> taken = std::exchange((*options.facts)[d], {});
            for (Fact &f : taken)
                facts.append(std::move(f));
            continue;
        }
        const DocumentSpeakerCues *cues
            = options.speakerCues && d < options.speakerCues->size() ? &options.speakerCues->at(d) : nullptr;
        facts += extractFacts(documents.at(d), d, d < tokens.size() ? tokens.at(d) : TokenizedDocument {}, vocabulary, cues);
    }

    // Alignment group of each paragraph; a paragraph in no group is alone.
    QHash<std::pair<int, int>, int> groupOf;
    for (int g = 0; g < groups.size(); ++g) {
        for (const GroupMember &m : groups.at(g).members) {
            for (int p : m.paragraphs)
                groupOf.insert({m.document, p}, g);
        }
    }
    const qsizetype nd = documents.size();
    QList<bool> ignored(nd, false);
    for (int d : options.ignoreDocuments) {
        if (d >= 0 && d < nd)
            ignored[d] = true;
    }
    const std::vector<char> related = relatedDocuments(groups, nd, ignored);
    auto isRelated
        = [&](int a, int b) { return a >= 0 && b >= 0 && a < nd && b < nd && related[size_t(qsizetype(a) * nd + b)] != 0; };
    // Place names spelt two ways ("Castelli"/"Casteli"): facts of their own, found over all documents.
    facts += findSpellingVariants(documents, tokens, ignored, isRelated, facts);
    const int n = int(facts.size());
    auto group = [&](const Fact &f) { return groupOf.value({f.document, f.paragraph}, -1 - f.document * 100000 - f.paragraph); };
    // How many facts of a kind each paragraph has: one time in each of two aligned paragraphs is the same time.
    QHash<std::pair<qint64, int>, int> perParagraph;
    for (const Fact &f : std::as_const(facts))
        ++perParagraph[{(qint64(f.document) << 32) | f.paragraph, int(f.kind)}];
    auto only = [&](const Fact &f) { return perParagraph.value({(qint64(f.document) << 32) | f.paragraph, int(f.kind)}); };
    // Looked up once per fact, not once per compared pair.
    std::vector<int> groupOfFact(static_cast<size_t>(n));
    std::vector<int> onlyOfFact(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        groupOfFact[size_t(i)] = group(facts[i]);
        onlyOfFact[size_t(i)] = only(facts[i]);
    }

    // Buckets keep the pairwise comparison small: same kind and unit (names: same surname or role).
    QHash<QString, QList<int>> buckets;
    for (int i = 0; i < n; ++i) {
        const Fact &f = facts[i];
        if (isSpelling(f)) {
            buckets[f.subject].append(i);
        } else if (f.kind == FactKind::Name) {
            buckets[QStringLiteral("name:s:") + f.name.section(u' ', -1).toCaseFolded()].append(i);
            buckets[QStringLiteral("name:g:") + f.name.section(u' ', 0, 0).toCaseFolded() + u':' + f.role].append(i);
        } else {
            buckets[factKindName(f.kind) + u':' + f.unit].append(i);
        }
    }
    QStringList keys = buckets.keys();
    std::sort(keys.begin(), keys.end());
    UnionFind sets(n);
    QList<std::pair<int, int>> edges;
    for (const QString &key : keys) {
        const QList<int> &members = buckets.value(key);
        if (members.size() > options.maxPairsPerBucket) {
            // Too many to compare pairwise: only identical explicit subjects within a group meet.
            QHash<std::pair<int, QString>, int> first;
            for (int i : members) {
                const Fact &f = facts[i];
                if (f.subject.isEmpty() || !isFigure(f.kind))
                    continue;
                const auto k = std::pair(group(f), f.subject);
                const auto it = first.constFind(k);
                if (it == first.constEnd())
                    first.insert(k, i);
                else if (facts[*it].document != f.document)
                    sets.unite(*it, i);
            }
            continue;
        }
        for (int x = 0; x < members.size(); ++x) {
            for (int y = x + 1; y < members.size(); ++y) {
                const Fact &a = facts[members[x]];
                const Fact &b = facts[members[y]];
                const bool sameGroup = groupOfFact[size_t(members[x])] == groupOfFact[size_t(members[y])];
                if (!sameGroup && a.kind != FactKind::Name && !isRelated(a.document, b.document))
                    continue;
                if (sameSubject(a, b, sameGroup, onlyOfFact[size_t(members[x])], onlyOfFact[size_t(members[y])]))
                    sets.unite(members[x], members[y]);
            }
        }
    }

    QHash<int, QList<int>> components;
    QList<int> roots;
    for (int i = 0; i < n; ++i) {
        const int r = sets.find(i);
        if (!components.contains(r))
            roots.append(r);
        components[r].append(i);
    }
    struct Found
    {
        Conflict conflict;
        std::tuple<int, int, int> first;
    };
    QList<Found> found;
    for (int r : roots) {
        QList<int> idx = components.value(r);
        if (idx.size() < 2)
            continue;
        std::sort(idx.begin(), idx.end(), [&](int a, int b) {
            return std::tuple(facts[a].document, facts[a].paragraph, facts[a].start)
                < std::tuple(facts[b].document, facts[b].paragraph, facts[b].start);
        });
        QList<Fact> members;
        for (int i : idx)
            members.append(facts[i]);
        if (!disagree(members))
            continue;
        found.append(
            {conflictOf(members, documents), {members.first().document, members.first().paragraph, members.first().start}});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.first < b.first; });
    QList<Conflict> out;
    for (int i = 0; i < found.size(); ++i) {
        Conflict c = found[i].conflict;
        c.id = u'c' + QString::number(i + 1);
        out.append(c);
    }
    return out;
}

} // namespace parallax
