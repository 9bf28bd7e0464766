// SPDX-License-Identifier: MIT
#include "gis/store/project_store.h"

#include "core/cases/hash_chain.h"
#include "core/input_error.h"
#include "gis/store/receipt_p.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fg::gis {

core::LogReceipt receiptFor(const ProjectStore &store, const core::ChainAnchor &head, qint64 events,
    const QString &chainKeyId, const std::optional<core::LogKey> &signingKey)
{
    core::LogReceipt receipt;
    receipt.project = store.info().name;
    receipt.location = store.info().location;
    receipt.headSeq = head.seq;
    receipt.headHash = head.hash;
    receipt.events = events;
    receipt.chainKeyId = chainKeyId;
    receipt.sealedAt = core::AuditEvent::timestamp(QDateTime::currentDateTimeUtc());
    receipt.sealedBy = store.operatorIdentity().name;
    receipt.version = QStringLiteral(FARMGUARD_VERSION);
    if (signingKey)
        receipt.sign(*signingKey);
    return receipt;
}

LogCheck ProjectStore::checkLog(const LogCheckOptions &options) const
{
    LogCheck check;
    const QList<core::AuditEvent> log = events();
    check.events = log.size();
    const core::LogKey *key = options.key ? &*options.key : nullptr;
    check.report = core::HashChain::verify(log, logHead(), { key, options.requireKeyed });
    if (!log.isEmpty())
        check.head = core::ChainAnchor { log.last().seq, log.last().hash };
    check.integrity = QStringLiteral("ok");
    check.notes << QCoreApplication::translate("fg::gis::ProjectStores", "this store checks its chain only");
    return check;
}

core::LogReceipt ProjectStore::seal(const std::optional<core::LogKey> &signingKey)
{
    const std::optional<core::ChainAnchor> head = logHead();
    if (!head)
        throw core::InputError(info().location,
            QCoreApplication::translate("fg::gis::ProjectStores", "the audit log is empty: there is nothing to seal"));
    return receiptFor(*this, *head, head->seq, QString(), signingKey);
}

void ProjectStore::keyLog(const core::LogKey &key)
{
    Q_UNUSED(key);
    throw core::InputError(info().location,
        QCoreApplication::translate("fg::gis::ProjectStores", "this project cannot keep a keyed audit log"));
}

} // namespace fg::gis
