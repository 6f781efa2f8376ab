#include "conflictfinder.h"

#include "conflictrules.h"
#include "factextractor.h"
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

bool isCategory(const QString &subject)
{
    return subject == u"deaths" || subject == u"injured" || subject == u"evacuated" || subject == u"missing";
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
        if (a.subject.isEmpty() || a.subject != b.subject)
            return false;
        return sameGroup || isCategory(a.subject) || shared >= 2;
    case FactKind::Money:
    case FactKind::Percent:
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
        if (!a.role.isEmpty() && !b.role.isEmpty() && a.role != b.role)
            return false;
        return nameVariants(a.name, b.name) || (a.name.compare(b.name, Qt::CaseInsensitive) == 0);
    }
    return false;
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
    const int n = int(facts.size());

    // Alignment group of each paragraph; a paragraph in no group is alone.
    QHash<std::pair<int, int>, int> groupOf;
    for (int g = 0; g < groups.size(); ++g) {
        for (const GroupMember &m : groups.at(g).members) {
            for (int p : m.paragraphs)
                groupOf.insert({m.document, p}, g);
        }
    }
    // Documents that share no aligned paragraph at all (an article about another event) are
    // never compared across groups.
    // A dense matrix: with 200 documents a QSet of pairs cost more than the facts themselves.
    const qsizetype nd = documents.size();
    std::vector<char> related(size_t(nd * nd), 0);
    auto isRelated
        = [&](int a, int b) { return a >= 0 && b >= 0 && a < nd && b < nd && related[size_t(qsizetype(a) * nd + b)] != 0; };
    for (const AlignmentGroup &g : groups) {
        for (const GroupMember &x : g.members) {
            for (const GroupMember &y : g.members) {
                if (x.document != y.document && x.document >= 0 && y.document >= 0 && x.document < nd && y.document < nd)
                    related[size_t(qsizetype(x.document) * nd + y.document)] = 1;
            }
        }
    }
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
        if (f.kind == FactKind::Name) {
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
        // A conflict needs two documents that disagree, not one article correcting itself.
        bool disagree = false;
        for (int x = 0; x < members.size() && !disagree; ++x) {
            for (int y = x + 1; y < members.size() && !disagree; ++y)
                disagree = members[x].document != members[y].document && !compatible(members[x], members[y]);
        }
        if (!disagree)
            continue;
        Conflict c;
        c.kind = factKindName(members.first().kind);
        c.unit = members.first().unit;
        QHash<QString, int> labelCount;
        QString label;
        for (const Fact &f : std::as_const(members)) {
            const QString l = f.kind == FactKind::Name ? f.subjectLabel : f.subjectLabel;
            if (l.isEmpty())
                continue;
            const int count = ++labelCount[l];
            if (count > labelCount.value(label) || label.isEmpty())
                label = l;
        }
        c.subject = label.isEmpty() ? members.first().subject : label;
        if (c.subject.isEmpty()) {
            // Words around the values that two or more documents use: "agreement signed".
            QHash<int, QSet<int>> docsOf;
            QHash<int, QString> wordOf;
            for (const Fact &f : std::as_const(members)) {
                for (int k = 0; k < f.context.size(); ++k) {
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
            c.subject = words.join(u' ');
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
            c.claims.append(cl);
        }
        found.append({c, {members.first().document, members.first().paragraph, members.first().start}});
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
