// SPDX-License-Identifier: MIT
// ProjectController's approvals (issue 16 item 1): importing an approvals layer and showing it.
#include "app/project/project_controller.h"

#include "app/project/project_session.h"
#include "core/approvals/approval.h"
#include "core/input_rejected.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/approval_importer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QSettings>

namespace fg::app {

namespace {

const char *const kLastApprovalsKey = "project/lastApprovalsDir";
const QString kApprovals = QStringLiteral("approvals");

/// @p layers with the approvals and incidents read again from @p store (approvals below the
/// incidents; none when the project has none).
std::vector<ProjectMapLayer> withApprovals(
    std::vector<ProjectMapLayer> layers, const gis::ProjectStore &store)
{
    const QString incidents = QString::fromLatin1(gis::ProjectTables::kIncidents);
    std::vector<ProjectMapLayer> result;
    for (ProjectMapLayer &layer : layers) {
        if (layer.table == kApprovals)
            continue;
        if (layer.table == incidents) {
            if (auto approvals = readApprovalMapLayer(store); approvals->featureCount() > 0)
                result.push_back({ kApprovals, std::move(approvals) });
            layer.layer = readIncidentMapLayer(store);
        }
        result.push_back(std::move(layer));
    }
    return result;
}

} // namespace

void ProjectController::askImportApprovals()
{
    if (!m_session)
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import approvals"),
        settings.value(QLatin1String(kLastApprovalsKey), QDir::homePath()).toString(),
        tr("Approval layers (*.shp *.gpkg *.geojson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastApprovalsKey), QFileInfo(path).absolutePath());
    QStringList kinds { tr("As each row says (its kind field)") };
    for (core::ApprovalKind kind : core::allApprovalKinds())
        kinds << core::approvalKindName(kind);
    bool chosen = false;
    const QString kind = QInputDialog::getItem(
        m_window, tr("Import approvals"), tr("Kind of the rows that name none:"), kinds, 0, false, &chosen);
    if (!chosen)
        return;
    std::optional<core::ApprovalKind> rowsKind;
    if (const int index = int(kinds.indexOf(kind)); index > 0)
        rowsKind = core::allApprovalKinds().at(index - 1);
    importApprovals(path, rowsKind);
}

bool ProjectController::importApprovals(const QString &path, std::optional<core::ApprovalKind> kind)
{
    if (!m_session)
        return false;
    gis::ApprovalImportOptions options;
    options.kind = kind;
    try {
        const gis::ApprovalImportResult result
            = gis::ApprovalImporter::run(m_session->store(), path, options);
        m_session->reload();
        m_session->setMapLayers(withApprovals(m_session->mapLayers(), m_session->store()));
        showProjectLayers();
        incidentsChanged();
        emit message(
            tr("%1 approval(s) imported from %2; %3 incident(s) measured again with the approved part taken "
               "out; %4 case(s) judged again")
                .arg(result.imported.size())
                .arg(QFileInfo(path).fileName())
                .arg(result.remeasured.size())
                .arg(result.rejudged.changed.size()));
        return true;
    } catch (const core::InputRejected &error) {
        failed(tr("Import approvals"), error.lines().join(QLatin1Char('\n')));
    } catch (const core::InputError &error) {
        failed(tr("Import approvals"), error.message());
    }
    return false;
}

} // namespace fg::app
