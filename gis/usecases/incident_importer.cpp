// SPDX-License-Identifier: MIT
#include "gis/usecases/incident_importer.h"

#include "core/input_error.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_store.h"
#include "gis/usecases/incident_measurer.h"
#include "gis/usecases/layer_files.h"

#include <QSet>

namespace fg::gis {

namespace {

/// Resolved column indexes of the incident layer (-1: absent).
struct Columns
{
    int id = -1, party = -1, source = -1, date = -1, township = -1, village = -1, type = -1, description = -1;
};

int column(const VectorLayer &layer, const QString &mapped, const QStringList &usual)
{
    if (!mapped.isEmpty()) {
        const int index = layer.fieldIndex(mapped);
        if (index < 0)
            throw core::InputError(layer.sourcePath, IncidentImporter::tr("the layer has no field '%1'").arg(mapped));
        return index;
    }
    for (const QString &name : usual) {
        const int index = layer.fieldIndex(name);
        if (index >= 0)
            return index;
    }
    return -1;
}

Columns resolve(const VectorLayer &layer, const IncidentFieldMap &map)
{
    const auto list = [](const char *names) { return QString::fromLatin1(names).split(QLatin1Char(',')); };
    Columns c;
    c.id = column(layer, map.id, list("BH,ID,INCIDENT_ID,CASE_ID"));
    c.party = column(layer, map.party, list("DSR,PARTY"));
    c.source = column(layer, map.source, list("LY,SOURCE"));
    c.date = column(layer, map.date, list("FXRQ,DISCOVERY_DATE"));
    c.township = column(layer, map.township, list("XZMC,TOWNSHIP"));
    c.village = column(layer, map.village, list("CUNMC,VILLAGE"));
    c.type = column(layer, map.violationType, list("WFLX,VIOLATION_TYPE"));
    c.description = column(layer, map.description, list("MS,BZ,DESCRIPTION"));
    return c;
}

QString text(const VectorLayer &layer, int row, int field)
{
    return field < 0 ? QString() : layer.value(row, field).toString().trimmed();
}

QDate dateValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QString text = value.toString().trimmed();
    for (const char *format : { "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy/M/d", "yyyy-M-d" }) {
        const QDate date = QDate::fromString(text, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

VectorLayer readIncidents(const QString &path, const IncidentImportOptions &options, int workingEpsg)
{
    VectorLayer layer = readPolygonFile(path, { options.encoding, options.crs });
    transformToWorkingCrs(layer, workingEpsg);
    return layer;
}

} // namespace

std::optional<core::ViolationType> IncidentImporter::violationTypeFromText(const QString &text)
{
    using core::ViolationType;
    const QString t = text.trimmed();
    for (ViolationType type : core::allViolationTypes()) {
        if (t.compare(core::violationTypeCode(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    // Most specific words first: "政府投资项目未批先建" must not read as a transport project.
    static const std::pair<const char *, ViolationType> kWords[] = {
        { "政府投资", ViolationType::GovernmentProject }, { "企业", ViolationType::EnterpriseViolation },
        { "建房", ViolationType::RuralHousing }, { "宅基地", ViolationType::RuralHousing },
        { "大棚房", ViolationType::FacilityAgriculture }, { "设施农", ViolationType::FacilityAgriculture },
        { "非粮化", ViolationType::FacilityAgriculture }, { "撂荒", ViolationType::FacilityAgriculture },
        { "挖田", ViolationType::LakeDigging }, { "挖湖", ViolationType::LakeDigging },
        { "造湖", ViolationType::LakeDigging }, { "造林", ViolationType::Afforestation },
        { "绿化", ViolationType::Afforestation }, { "殡葬", ViolationType::Graves }, { "坟", ViolationType::Graves },
        { "采矿", ViolationType::ReserveConstruction }, { "保护区", ViolationType::ReserveConstruction },
        { "交通", ViolationType::TransportWithoutApproval }, { "市政", ViolationType::MunicipalWorks },
        { "住建", ViolationType::MunicipalWorks }, { "其他", ViolationType::Other },
    };
    for (const auto &[word, type] : kWords) {
        if (t.contains(QString::fromUtf8(word)))
            return type;
    }
    return std::nullopt;
}

IncidentImportResult IncidentImporter::run(ProjectStore &store, const QString &layerPath, const IncidentImportOptions &options)
{
    const ProjectInfo project = store.info();
    VectorLayer layer = readIncidents(layerPath, options, project.workingEpsg);
    const Columns columns = resolve(layer, options.fields);
    // Only the project's parcels and boundaries near the incidents matter: the measurer reads those alone.
    const IncidentMeasurer measurer(store, IncidentMeasurer::near(layer), { options.rules, options.method });
    const LayerMeasurement measured = measurer.measureLayer(layer,
        columns.id < 0 ? QString() : layer.fields[size_t(columns.id)].name,
        columns.party < 0 ? QString() : layer.fields[size_t(columns.party)].name);

    IncidentImportResult result;
    result.warnings = layer.warnings + measured.report.warnings;
    QSet<QString> known;
    for (const IncidentRecord &existing : store.incidents())
        known.insert(existing.id);

    for (size_t i = 0; i < measured.incidents.size(); ++i) {
        const IncidentResult &figures = measured.report.incidents[i];
        const IncidentMeasurement &place = measured.incidents[i];
        const int row = figures.row;
        if (known.contains(figures.id)) {
            result.warnings << tr("%1: incident %2 is already in the project: skipped").arg(layerPath, figures.id);
            continue;
        }
        IncidentRecord incident;
        incident.id = figures.id;
        incident.party = figures.party;
        incident.source = columns.source < 0 || text(layer, row, columns.source).isEmpty()
            ? options.defaultSource
            : incidentSourceFromText(text(layer, row, columns.source));
        incident.discoveryDate = columns.date < 0 ? QDate() : dateValue(layer.value(row, columns.date));
        incident.township = text(layer, row, columns.township);
        if (incident.township.isEmpty())
            incident.township = place.township;
        incident.village = text(layer, row, columns.village);
        if (incident.village.isEmpty())
            incident.village = place.village;
        const QString typeText = text(layer, row, columns.type);
        const auto type = violationTypeFromText(typeText);
        if (!type && !typeText.isEmpty())
            result.warnings << tr("%1: incident %2: unknown violation type '%3', recorded as other").arg(layerPath, incident.id, typeText);
        incident.violationType = type.value_or(core::ViolationType::Other);
        incident.description = text(layer, row, columns.description);
        incident.measures = place.measures;
        incident.geometry = cloneGeometry(layer.geometry(row));

        std::optional<core::CaseFile> clue;
        if (options.openCases) {
            core::CaseStep step;
            step.when = incident.discoveryDate.isValid() ? QDateTime(incident.discoveryDate, QTime(9, 0))
                                                         : QDateTime::currentDateTime();
            step.actor = { store.operatorIdentity().name, store.operatorIdentity().role };
            step.note = tr("imported from %1").arg(layerPath);
            clue.emplace(incident.id, step);
            clue->setIncidentIds({ incident.id });
            clue->setPartyId(incident.party);
            clue->setViolationType(incident.violationType);
            const bool reached = incident.measures.accountability || measured.partiesOver.contains(incident.party);
            clue->setThresholdFlag(reached ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below);
        }
        store.addIncident(incident, clue);
        result.imported << incident.id;
        if (options.committed)
            options.committed(incident.id);
    }
    // New incidents enter their parties' totals: the cases they concern are judged again.
    if (!options.rules && !result.imported.isEmpty())
        result.rejudged = CaseFlags::rejudge(store, CaseFlags::affectedBy(store, result.imported),
            tr("incidents imported from %1 (%2)").arg(layerPath, result.imported.join(QStringLiteral(", "))));
    return result;
}

} // namespace fg::gis
