// SPDX-License-Identifier: MIT
#include "app/project/case_table_model.h"

#include "app/project/judged_verdict.h"
#include "app/project/project_session.h"
#include "core/cases/deadline_countdown.h"
#include "core/cases/violation_type.h"
#include "core/units.h"
#include "gis/render/layer_style.h"

#include <QBrush>

namespace fg::app {

namespace {

/// The filter's key of a judged verdict (JudgedVerdict, as every list shows it).
QString verdictCode(gis::VerdictClass verdict)
{
    switch (verdict) {
    case gis::VerdictClass::Accountability:
        return QStringLiteral("reached");
    case gis::VerdictClass::BelowThreshold:
        return QStringLiteral("below");
    case gis::VerdictClass::NotAnalysed:
        break;
    }
    return QStringLiteral("not_measured");
}

} // namespace

CaseTableModel::CaseTableModel(ProjectSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::changed, this, &CaseTableModel::refresh);
    refresh();
}

void CaseTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    m_fixedNow = true;
    refresh();
}

void CaseTableModel::refresh()
{
    beginResetModel();
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTime();
    m_overdueCases.clear();
    for (const core::Obligation &late : m_session->lateObligations(m_now)) {
        if (late.stateAt(m_now) == core::Obligation::State::Overdue)
            m_overdueCases.insert(late.caseId);
    }
    // One verdict for every list: the session's judgement, made again after each change.
    m_verdicts.clear();
    for (const gis::IncidentRecord &incident : m_session->incidents())
        m_verdicts.insert(incident.id, JudgedVerdict::of(*m_session, incident.id));
    // Each case counts down to its first open deadline: "3 days left", "2 days overdue".
    m_countdowns.clear();
    for (const core::CaseFile &file : m_session->cases())
        if (const auto next = core::firstOpenObligation(m_session->workflow().tracker().obligations(file)))
            m_countdowns.insert(file.id(), core::DeadlineCountdown::of(*next, m_now).text());
    endResetModel();
}

int CaseTableModel::rowOf(const QString &incidentId) const
{
    const auto &incidents = m_session->incidents();
    for (size_t i = 0; i < incidents.size(); ++i) {
        if (incidents[i].id == incidentId)
            return int(i);
    }
    return -1;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->incidents().size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::display(int row, int column) const
{
    const gis::IncidentRecord &incident = m_session->incidents()[size_t(row)];
    const auto file = m_session->caseForIncident(incident.id);
    const gis::IncidentMeasures &m = incident.measures;
    switch (column) {
    case Incident: return incident.id;
    case Status: return file ? core::caseStatusName(file->status()) : tr("no case");
    case Verdict:
        return m_verdicts.value(incident.id).text;
    case Township: return incident.township;
    case Village: return incident.village;
    case Party: return incident.party;
    case Type: return core::violationTypeName(incident.violationType);
    case BasicFarmlandMu: return m.measured ? QVariant(core::formatJudgedMu(m.basicFarmlandMu)) : QVariant();
    case CultivatedMu: return m.measured ? QVariant(core::formatJudgedMu(m.cultivatedMu)) : QVariant();
    case Overdue: return file ? m_countdowns.value(file->id()) : QString();
    default: return {};
    }
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const gis::IncidentRecord &incident = m_session->incidents()[size_t(index.row())];
    const auto file = m_session->caseForIncident(incident.id);
    const bool overdue = file && m_overdueCases.contains(file->id());
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Overdue || index.column() == Incident))
            return QBrush(Qt::red);
        if (index.column() == Verdict
            && m_verdicts.value(incident.id).verdict != gis::VerdictClass::NotAnalysed)
            return QBrush(gis::verdictColor(m_verdicts.value(incident.id).verdict).darker(120));
        return {};
    case Qt::ToolTipRole:
        return index.column() == Verdict ? m_verdicts.value(incident.id).toolTip : QVariant();
    case IncidentIdRole: return incident.id;
    case CaseIdRole: return file ? file->id() : QString();
    case StatusCodeRole: return file ? core::caseStatusCode(file->status()) : QStringLiteral("none");
    case VerdictCodeRole:
        return verdictCode(m_verdicts.value(incident.id).verdict);
    case TownshipRole: return incident.township;
    case OverdueRole: return overdue;
    default: return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Incident: return tr("Incident");
    case Status: return tr("Case status");
    case Verdict: return tr("Verdict");
    case Township: return tr("Township");
    case Village: return tr("Village");
    case Party: return tr("Party");
    case Type: return tr("Violation type");
    case BasicFarmlandMu: return tr("Basic farmland (mu)");
    case CultivatedMu: return tr("Cultivated (mu)");
    case Overdue: return tr("Deadline");
    default: return {};
    }
}

} // namespace fg::app
