// SPDX-License-Identifier: MIT
#include "gis/usecases/party_identities.h"

#include "core/cases/audit_event.h"
#include "core/input_error.h"
#include "gis/store/project_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fg::gis {

namespace {

QString settingName()
{
    return QString::fromLatin1(PartyIdentities::kSetting);
}

QJsonObject refJson(const core::PartyRef &ref)
{
    QJsonObject object { { QStringLiteral("name"), ref.name.trimmed() } };
    const QString id = core::PartyMatcher::normalizedIdNumber(ref.idNumber);
    if (!id.isEmpty())
        object.insert(QStringLiteral("id_number"), id);
    return object;
}

core::PartyRef refFrom(const QJsonObject &object)
{
    return { object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("id_number")).toString() };
}

QJsonArray linksJson(const ProjectStore &store)
{
    const QString text = store.setting(settingName());
    if (text.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        throw core::InputError(store.info().location,
            PartyIdentities::tr("project setting '%1' is not a list of party decisions").arg(settingName()));
    return doc.array();
}

} // namespace

QList<core::PartyLink> PartyIdentities::links(const ProjectStore &store)
{
    QList<core::PartyLink> links;
    for (const QJsonValue &value : linksJson(store)) {
        const QJsonObject o = value.toObject();
        links.append({ refFrom(o.value(QStringLiteral("a")).toObject()), refFrom(o.value(QStringLiteral("b")).toObject()),
            o.value(QStringLiteral("same")).toBool(), o.value(QStringLiteral("by")).toString(),
            QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs),
            o.value(QStringLiteral("note")).toString() });
    }
    return links;
}

core::PartyMatching PartyIdentities::match(const ProjectStore &store)
{
    return core::PartyMatcher::match(store.partyIncidents(), links(store));
}

void PartyIdentities::decide(
    ProjectStore &store, const core::PartyRef &a, const core::PartyRef &b, bool same, const QString &note)
{
    const QString project = store.info().location;
    if (a == b)
        throw core::InputError(project, tr("a party cannot be paired with itself"), a.name);
    const core::PartyMatching matching = match(store);
    for (const core::PartyRef &ref : { a, b }) {
        bool known = false;
        for (const core::MatchedParty &party : matching.parties)
            known = known || party.refs.contains(ref);
        if (!known)
            throw core::InputError(project,
                tr("no incident records the party '%1'%2")
                    .arg(ref.name, ref.idNumber.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ref.idNumber)));
    }
    QJsonArray all = linksJson(store);
    all.append(QJsonObject { { QStringLiteral("a"), refJson(a) }, { QStringLiteral("b"), refJson(b) },
        { QStringLiteral("same"), same }, { QStringLiteral("by"), store.operatorIdentity().name },
        { QStringLiteral("at"), core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("note"), note } });
    store.setSetting(settingName(), QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

} // namespace fg::gis
