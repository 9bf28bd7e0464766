// SPDX-License-Identifier: MIT
#include "memory_project.h"

#include "core/cases/canonical_json.h"
#include "core/cases/hash_chain.h"
#include "core/store_errors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fg::test {

namespace {

const QString kHeadSeq = QStringLiteral("log_head_seq");
const QString kHeadHash = QStringLiteral("log_head_hash");

/// What the stored canonical text of @p value reads back as (a value such as -0.0 does not
/// survive unchanged; hashing the read-back form keeps the stored log verifiable).
QJsonValue storedForm(const QJsonValue &value)
{
    const QByteArray text = "[" + core::CanonicalJson::serialize(value) + "]";
    return QJsonDocument::fromJson(text).array().at(0);
}

} // namespace

MemoryProject::MemoryProject(QString name, int workingEpsg, std::vector<MemoryReference> reference)
    : m_name(std::move(name))
    , m_epsg(workingEpsg)
    , m_reference(std::move(reference))
{
}

QString MemoryProject::location() const
{
    return QStringLiteral("memory:") + m_name;
}

void MemoryProject::tamper(const std::function<void(MemoryState &)> &change)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    change(m_state);
}

core::AuditEvent appendEvent(MemoryState &state, const gis::OperatorIdentity &who, const QDateTime &when,
    const QString &entity, const QString &entityId, const QString &action, const QJsonValue &oldValue,
    const QJsonValue &newValue)
{
    core::AuditEvent draft;
    draft.when = core::AuditEvent::timestamp(when);
    draft.who = who.name;
    draft.role = who.role;
    draft.entity = entity;
    draft.entityId = entityId;
    draft.action = action;
    draft.oldValue = storedForm(oldValue);
    draft.newValue = storedForm(newValue);
    const core::AuditEvent event
        = core::HashChain::seal(draft, state.events.isEmpty() ? nullptr : &state.events.last());
    state.events.append(event);
    state.settings[kHeadSeq] = QString::number(event.seq);
    state.settings[kHeadHash] = event.hash;
    return event;
}

std::optional<core::ChainAnchor> recordedHead(const MemoryState &state)
{
    const auto seq = state.settings.find(kHeadSeq);
    const auto hash = state.settings.find(kHeadHash);
    if (seq == state.settings.end() || hash == state.settings.end())
        return std::nullopt;
    return core::ChainAnchor { seq->second.toLongLong(), hash->second };
}

qint64 officerRowId(MemoryState &state, const QString &name, const QString &role, const QDateTime &when)
{
    for (const OfficerRow &row : state.officers)
        if (row.name == name && row.role == role)
            return row.id;
    const qint64 id = state.officers.empty() ? 1 : state.officers.back().id + 1;
    state.officers.push_back({ id, name, role, core::AuditEvent::timestamp(when) });
    return id;
}

bool isStoreSetting(const QString &key)
{
    return key == kHeadSeq || key == kHeadHash;
}

void checkRevision(const QString &location, const QString &record, qint64 expected, qint64 actual,
    const QString &by, const QDateTime &at)
{
    if (expected != gis::kAnyRevision && expected != actual)
        throw core::ConflictError(location, record, by, at);
}

} // namespace fg::test
