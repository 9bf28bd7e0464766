// SPDX-License-Identifier: MIT
// Private to gis/store: the event handlers behind LogReplay::derive().
#pragma once

#include "gis/store/log_replay.h"

#include <QJsonObject>
#include <QMap>

namespace fg::gis::log_replay {

/// A JSON value as DataRows text: strings as they are, numbers by LogReplay::number(), booleans
/// "1"/"0", null "", arrays comma-joined.
QString text(const QJsonValue &value);

/// Applies events one by one to the rows they describe.
class Replayer
{
public:
    void apply(const core::AuditEvent &event);
    DataRows rows;

private:
    void incidentCreate(const core::AuditEvent &event);
    void incidentGeometry(const core::AuditEvent &event);
    void setMeasures(DataRows::Fields &row, const QJsonObject &value);
    /// An approval stored (schema 9, log_replay_approvals.cpp).
    void approvalAdd(const core::AuditEvent &event);
    void caseEvent(const core::AuditEvent &event);
    void caseOpen(const core::AuditEvent &event);
    void caseStep(const core::AuditEvent &event, const QJsonObject &step);
    void caseFacts(const QString &caseId, const QJsonObject &facts);
    void transferEvent(const core::AuditEvent &event);
    void projectEvent(const core::AuditEvent &event);
    /// Township targets and measures (schema 10; log_replay_assessment.cpp).
    void targetEvent(const core::AuditEvent &event);
    void measureEvent(const core::AuditEvent &event);
    /// A change of the case: its revision and last changer (transfers only from schema 5 on,
    /// when cases gained revisions).
    void touchCase(const QString &caseId, const QString &who, bool byCaseEvent);
    void touchIncident(DataRows::Fields &row, const QString &who);

    QMap<QString, qint64> m_fids; ///< incident id → fid
    QMap<qint64, QString> m_townships; ///< fid → township now
    QMap<QString, int> m_steps; ///< case id → steps so far
    QMap<QString, int> m_records; ///< case id → accountability records so far
    QMap<QString, QString> m_caseEventWho; ///< case id → operator of its last "case" event
    bool m_revisions = false; ///< schema 5 or later: every change bumps a revision
};

} // namespace fg::gis::log_replay
