// SPDX-License-Identifier: MIT
#include "gis/usecases/approval_importer.h"

#include "core/input_rejected.h"
#include "gis/io/working_crs.h"
#include "gis/patrol/cell_probes.h"
#include "gis/store/project_store.h"
#include "gis/usecases/incident_measurer.h"
#include "gis/usecases/layer_files.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace fg::gis {

namespace {

struct Columns
{
    int number = -1, kind = -1, approvedOn = -1, validFrom = -1, validTo = -1, use = -1, township = -1;
};

int column(const VectorLayer &layer, const QString &mapped, const char *usual)
{
    if (!mapped.isEmpty()) {
        const int index = layer.fieldIndex(mapped);
        if (index < 0)
            throw core::InputError(
                layer.sourcePath, ApprovalImporter::tr("the layer has no field '%1'").arg(mapped));
        return index;
    }
    for (const QString &name : QString::fromLatin1(usual).split(QLatin1Char(',')))
        if (const int index = layer.fieldIndex(name); index >= 0)
            return index;
    return -1;
}

Columns resolve(const VectorLayer &layer, const ApprovalFieldMap &map)
{
    Columns c;
    c.number = column(layer, map.documentNumber, "WH,PZWH,PZWJH,DOCUMENT_NO,DOC_NO");
    c.kind = column(layer, map.kind, "PZLX,LX,KIND");
    c.approvedOn = column(layer, map.approvedOn, "PZRQ,APPROVED_ON");
    c.validFrom = column(layer, map.validFrom, "QSRQ,YXQQ,VALID_FROM");
    c.validTo = column(layer, map.validTo, "ZZRQ,YXQZ,DQRQ,VALID_TO");
    c.use = column(layer, map.approvedUse, "PZYT,YT,APPROVED_USE");
    c.township = column(layer, map.township, "XZMC,TOWNSHIP");
    if (c.number < 0)
        throw core::InputError(layer.sourcePath,
            ApprovalImporter::tr(
                "the layer has no document number (文号) field: name it with --number-field"));
    return c;
}

QString text(const VectorLayer &layer, int row, int field)
{
    return field < 0 ? QString() : layer.value(row, field).toString().trimmed();
}

/// A date field: a Date value or ISO / slashed / compact text. @p bad is set for text that is
/// not a date (empty is no date, not bad).
QDate dateValue(const VectorLayer &layer, int row, int field, bool *bad)
{
    if (field < 0)
        return {};
    const QVariant value = layer.value(row, field);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString t = value.toString().trimmed();
    if (t.isEmpty())
        return {};
    for (const char *format :
        { "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日" })
        if (const QDate date = QDate::fromString(t, QString::fromUtf8(format)); date.isValid())
            return date;
    *bad = true;
    return {};
}

/// The approval of @p row, with its problems appended to @p found.
ApprovalRecord recordOf(const VectorLayer &layer, int row, const Columns &c,
    const ApprovalImportOptions &options, std::vector<core::InputError> *found)
{
    ApprovalRecord record;
    core::Approval &a = record.approval;
    a.documentNumber = text(layer, row, c.number);
    const QString feature
        = a.documentNumber.isEmpty() ? QStringLiteral("#%1").arg(layer.fid(row)) : a.documentNumber;
    const auto problem = [&](const QString &what) { found->emplace_back(layer.sourcePath, what, feature); };
    const QString kindText = text(layer, row, c.kind);
    if (!kindText.isEmpty()) {
        try {
            a.kind = core::approvalKindFromText(kindText);
        } catch (const core::InputError &error) {
            problem(error.problem());
        }
    } else if (options.kind) {
        a.kind = *options.kind;
    } else {
        problem(ApprovalImporter::tr("no kind (give the layer a kind field or --kind)"));
    }
    bool bad = false;
    a.approvedOn = dateValue(layer, row, c.approvedOn, &bad);
    a.validFrom = dateValue(layer, row, c.validFrom, &bad);
    a.validTo = dateValue(layer, row, c.validTo, &bad);
    if (bad)
        problem(ApprovalImporter::tr("a date field holds something that is not a date"));
    a.approvedUse = text(layer, row, c.use);
    a.township = text(layer, row, c.township);
    for (const QString &p : a.problems())
        problem(p);
    record.source = QFileInfo(layer.sourcePath).fileName();
    record.geometry = cloneGeometry(layer.geometry(row));
    return record;
}

void refuseIfAny(const QString &path, std::vector<core::InputError> found)
{
    if (found.empty())
        return;
    const QString summary = ApprovalImporter::tr(
        "%1 problem(s) found before anything was written: no approval was imported (all or nothing per file)")
                                .arg(found.size());
    throw core::InputRejected(path, summary, std::move(found));
}

} // namespace

ApprovalImportResult ApprovalImporter::run(
    ProjectStore &store, const QString &path, const ApprovalImportOptions &options)
{
    VectorLayer layer = readPolygonFile(path, { options.encoding, options.crs });
    const Columns columns = resolve(layer, options.fields);
    refuseIfAny(path, ImportGuard::checkRead(layer, columns.number));
    transformToWorkingCrs(layer, store.info().workingEpsg);
    std::vector<core::InputError> found
        = ImportGuard(store, options.limits).checkPlace(layer, columns.number);
    QSet<QString> stored;
    for (const ApprovalRecord &existing : store.approvals())
        stored.insert(existing.approval.documentNumber);
    std::vector<ApprovalRecord> records;
    std::vector<QRectF> boxes;
    for (int row = 0; row < layer.featureCount(); ++row) {
        records.push_back(recordOf(layer, row, columns, options, &found));
        const QString number = records.back().approval.documentNumber;
        if (stored.contains(number))
            found.emplace_back(
                path, tr("the project already has an approval with this document number"), number);
        boxes.push_back(envelopeOf(layer.geometry(row)));
    }
    refuseIfAny(path, std::move(found));
    ApprovalImportResult result;
    result.warnings = layer.warnings;
    store.addApprovals(records);
    for (const ApprovalRecord &record : records)
        result.imported << record.approval.documentNumber;
    result.remeasured = remeasure(store, boxes,
        tr("approvals imported from %1 (%2)").arg(path, result.imported.join(QStringLiteral(", "))),
        &result.rejudged);
    return result;
}

QStringList ApprovalImporter::remeasure(
    ProjectStore &store, const std::vector<QRectF> &boxes, const QString &why, RejudgeResult *rejudged)
{
    if (boxes.empty())
        return {};
    FeatureQuery near;
    near.boxes = boxes;
    QStringList changed;
    for (const IncidentRecord &incident : store.incidents(true, near)) {
        const IncidentMeasurement measured = IncidentMeasurer::measure(
            store, incident.geometry.get(), incident.id, { incident.violationType, incident.discoveryDate });
        const IncidentMeasures &before = incident.measures;
        const IncidentMeasures &after = measured.measures;
        // Unchanged to the printed 0.01 m² (a measure repeated alone may differ in the last bits).
        const auto same = [](double a, double b) { return std::fabs(a - b) < 0.005; };
        if (before.measured && same(before.basicFarmlandM2, after.basicFarmlandM2)
            && same(before.cultivatedM2, after.cultivatedM2) && before.accountability == after.accountability)
            continue;
        IncidentRecord remeasured;
        remeasured.fid = incident.fid;
        remeasured.id = incident.id;
        remeasured.township = incident.township;
        remeasured.village = incident.village;
        remeasured.measures = after;
        // A non-occupation matter is measured for the record, never judged (as on import).
        remeasured.measures.accountability
            = core::isOccupation(incident.violationType) && after.accountability;
        remeasured.geometry = cloneGeometry(incident.geometry.get());
        store.updateIncidentGeometry(remeasured, kAnyRevision);
        changed << incident.id;
    }
    if (!changed.isEmpty() && rejudged)
        *rejudged = CaseFlags::rejudge(store, CaseFlags::affectedBy(store, changed), why);
    return changed;
}

} // namespace fg::gis
