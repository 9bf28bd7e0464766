// SPDX-License-Identifier: MIT
#include "core/cases/party_matcher.h"

#include <QSet>

#include <numeric>
#include <vector>

namespace fg::core {

namespace {

/// @p text without the characters QRegularExpression("\\s") matches: PCRE2 without Unicode
/// properties (Qt's default) takes \s as the six ASCII white spaces, tab to carriage return and
/// the space. A loop instead of a pattern compiled on every call: an import normalises every
/// incident's ID number, and the party matching every name (tests compare all 65,536 code units).
QString withoutAsciiSpaces(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    });
    return text;
}

struct UnionFind
{
    explicit UnionFind(int n)
        : parent(size_t(n))
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int i)
    {
        while (parent[size_t(i)] != i)
            i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        return i;
    }
    // The smaller index stays the root, so a party is named after its first appearance.
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> parent;
};

QString pairKey(const PartyRef &a, const PartyRef &b)
{
    const QString ka = a.key(), kb = b.key();
    return ka < kb ? ka + QLatin1Char('\n') + kb : kb + QLatin1Char('\n') + ka;
}

/// The matching's working state: the distinct refs in order of first appearance.
struct Refs
{
    QList<PartyRef> refs;
    QHash<QString, int> index;
    int add(const PartyRef &ref)
    {
        auto it = index.find(ref.key());
        if (it == index.end()) {
            it = index.insert(ref.key(), int(refs.size()));
            refs.append(ref);
        }
        return *it;
    }
};

bool idsConflict(const PartyRef &a, const PartyRef &b)
{
    return !a.idNumber.isEmpty() && !b.idNumber.isEmpty() && a.idNumber != b.idNumber;
}

/// Unites refs of one ID number and refs of one name (unless their IDs differ); returns the
/// name-alone refs a name's several IDs leave undecided, as possible pairs.
QList<PossibleSameParty> uniteByIdAndName(const Refs &r, UnionFind &uf)
{
    QHash<QString, int> byId;
    QMap<QString, QList<int>> byName;
    for (int i = 0; i < r.refs.size(); ++i) {
        const PartyRef &ref = r.refs[i];
        if (!ref.idNumber.isEmpty()) {
            if (byId.contains(ref.idNumber))
                uf.unite(byId.value(ref.idNumber), i);
            else
                byId.insert(ref.idNumber, i);
        }
        if (!ref.name.isEmpty())
            byName[ref.name].append(i);
    }
    QList<PossibleSameParty> undecided;
    for (const QList<int> &same : byName) {
        QSet<QString> ids;
        for (int i : same)
            if (!r.refs[i].idNumber.isEmpty())
                ids.insert(r.refs[i].idNumber);
        for (int i : same) {
            if (ids.size() <= 1) {
                uf.unite(same.front(), i);
                continue;
            }
            if (!r.refs[i].idNumber.isEmpty())
                continue;
            for (int j : same)
                if (!r.refs[j].idNumber.isEmpty())
                    undecided.append({ r.refs[i], r.refs[j],
                        PartyMatcher::tr("the same name, recorded without an ID number beside several ID numbers") });
        }
    }
    return undecided;
}

QList<MatchedParty> groupsOf(const Refs &r, UnionFind &uf, QHash<int, int> *groupOfRoot)
{
    QList<MatchedParty> parties;
    for (int i = 0; i < r.refs.size(); ++i) {
        const int root = uf.find(i);
        if (!groupOfRoot->contains(root)) {
            groupOfRoot->insert(root, int(parties.size()));
            parties.append(MatchedParty { r.refs[i].name, {}, {} });
        }
        MatchedParty &party = parties[groupOfRoot->value(root)];
        party.refs.append(r.refs[i]);
        if (party.idNumber.isEmpty())
            party.idNumber = r.refs[i].idNumber;
        if (party.label.isEmpty())
            party.label = r.refs[i].name;
    }
    // Labels are keys of the accumulation: two parties of one name are told apart by the ID.
    QHash<QString, int> uses;
    for (const MatchedParty &p : parties)
        ++uses[p.label];
    QSet<QString> taken;
    for (MatchedParty &p : parties) {
        QString label = p.label.isEmpty() ? p.idNumber : p.label;
        if (uses.value(p.label) > 1 && !p.idNumber.isEmpty() && !p.label.isEmpty())
            label = QStringLiteral("%1（%2）").arg(p.label, p.idNumber);
        QString unique = label;
        for (int n = 2; taken.contains(unique); ++n)
            unique = QStringLiteral("%1 #%2").arg(label).arg(n);
        taken.insert(unique);
        p.label = unique;
    }
    return parties;
}

} // namespace

QString PartyRef::key() const
{
    return name.trimmed() + QChar(0x1f) + PartyMatcher::normalizedIdNumber(idNumber);
}

QString PartyMatcher::comparableName(const QString &name)
{
    QString text = withoutAsciiSpaces(name.normalized(QString::NormalizationForm_KC).toUpper());
    text.replace(QStringLiteral("有限责任公司"), QStringLiteral("有限公司"));
    return text;
}

QString PartyMatcher::normalizedIdNumber(const QString &idNumber)
{
    return withoutAsciiSpaces(idNumber.normalized(QString::NormalizationForm_KC).toUpper());
}

bool PartyMatcher::validIdNumber(const QString &idNumber)
{
    const QString id = normalizedIdNumber(idNumber);
    if (id.size() != 18)
        return false;
    static const int residentWeights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const int creditWeights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    static const QString creditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    bool digits = true;
    for (int i = 0; i < 17; ++i)
        digits = digits && id[i].isDigit();
    if (digits && (id[17].isDigit() || id[17] == QLatin1Char('X'))) {
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += id[i].digitValue() * residentWeights[i];
        if (QStringLiteral("10X98765432").at(sum % 11) == id[17])
            return true;
    }
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = int(creditAlphabet.indexOf(id[i]));
        if (value < 0)
            return false;
        sum += value * creditWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return creditAlphabet.at(check) == id[17];
}

PartyMatching PartyMatcher::match(const QList<PartyIncident> &incidents, const QList<PartyLink> &links)
{
    Refs r;
    std::vector<int> refOf;
    for (const PartyIncident &incident : incidents) {
        const PartyRef ref { incident.partyId.trimmed(), normalizedIdNumber(incident.partyIdNumber) };
        refOf.push_back(ref.name.isEmpty() && ref.idNumber.isEmpty() ? -1 : r.add(ref));
    }
    UnionFind uf(int(r.refs.size()));
    QList<PossibleSameParty> candidates = uniteByIdAndName(r, uf);
    // A person's decisions: the latest on a pair wins.
    QHash<QString, bool> decided;
    for (const PartyLink &link : links)
        decided.insert(pairKey(link.a, link.b), link.same);
    for (const PartyLink &link : links) {
        const int a = r.index.value(link.a.key(), -1), b = r.index.value(link.b.key(), -1);
        if (a >= 0 && b >= 0 && decided.value(pairKey(link.a, link.b)))
            uf.unite(a, b);
    }
    QMap<QString, QList<int>> alike;
    for (int i = 0; i < r.refs.size(); ++i)
        if (!r.refs[i].name.isEmpty())
            alike[comparableName(r.refs[i].name)].append(i);
    for (const QList<int> &group : alike)
        for (int x = 0; x < group.size(); ++x)
            for (int y = x + 1; y < group.size(); ++y) {
                const PartyRef &a = r.refs[group[x]], &b = r.refs[group[y]];
                if (a.name != b.name && !idsConflict(a, b))
                    candidates.append({ a, b, tr("names alike once full-/half-width forms, spaces and 有限责任公司 / 有限公司 are evened out") });
            }

    PartyMatching result;
    QHash<int, int> groupOfRoot;
    result.parties = groupsOf(r, uf, &groupOfRoot);
    QSet<QString> shown;
    for (const PossibleSameParty &p : candidates) {
        const QString key = pairKey(p.a, p.b);
        const int a = r.index.value(p.a.key()), b = r.index.value(p.b.key());
        if (decided.contains(key) || uf.find(a) == uf.find(b) || shown.contains(key))
            continue;
        shown.insert(key);
        result.possible.append(p);
    }
    for (int i = 0; i < incidents.size(); ++i) {
        PartyIncident incident = incidents[i];
        if (refOf[size_t(i)] >= 0) {
            incident.partyId = result.parties[groupOfRoot.value(uf.find(refOf[size_t(i)]))].label;
            result.labelOfIncident.insert(incident.incidentId, incident.partyId);
        } else {
            incident.partyId.clear();
        }
        result.incidents.append(incident);
    }
    return result;
}

} // namespace fg::core
