// SPDX-License-Identifier: MIT
#include "gis/usecases/incident_importer.h"

#include "core/input_error.h"
#include "core/input_rejected.h"
#include "gis/io/crs_check_aside.h"
#include "gis/io/crs_detection.h"
#include "gis/io/layer_reader.h"
#include "gis/analysis/overlay_memo.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_store.h"
#include "gis/usecases/incident_measurer.h"
#include "gis/usecases/prepared_ahead.h"
#include "gis/usecases/layer_files.h"
#include "core/cases/party_matcher.h"

#include <QSet>

#include <future>
#include <system_error>

namespace fg::gis {

namespace {

/// Resolved column indexes of the incident layer (-1: absent).
struct Columns
{
    int id = -1, party = -1, source = -1, date = -1, township = -1, village = -1, type = -1, description = -1,
        idNumber = -1;
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
    c.date = column(layer, map.date, list("FXRQ,JCSJ,DISCOVERY_DATE"));
    c.township = column(layer, map.township, list("XZMC,TOWNSHIP"));
    c.village = column(layer, map.village, list("CUNMC,VILLAGE"));
    c.type = column(layer, map.violationType, list("WFLX,VIOLATION_TYPE"));
    c.description = column(layer, map.description, list("MS,BZ,DESCRIPTION"));
    c.idNumber = column(layer, map.partyIdNumber, list("SFZH,ZJHM,TYSHXYDM,SHXYDM,ID_NUMBER,CREDIT_CODE"));
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

/// Refuses the file, listing @p found, when anything was found.
void refuseIfAny(const QString &path, std::vector<core::InputError> found)
{
    if (found.empty())
        return;
    const QString summary = IncidentImporter::tr(
        "%1 problem(s) found before anything was written: nothing was imported (all or nothing per file)")
                                .arg(found.size());
    throw core::InputRejected(path, summary, std::move(found));
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
    // Most specific words first: "政府投资项目未批先建" must not read as a transport project, and
    // "采矿企业" is mining, not an enterprise matter. Mining is its own type (自然资源局 leads;
    // 生态环境局 only inside a nature reserve); 非粮化 and 撂荒 are not occupations at all.
    static const std::pair<const char *, ViolationType> kWordsUtf8[] = {
        { "政府投资", ViolationType::GovernmentProject }, { "采矿", ViolationType::Mining },
        { "采石", ViolationType::Mining }, { "采砂", ViolationType::Mining }, { "挖砂", ViolationType::Mining },
        { "取土", ViolationType::Mining }, { "企业", ViolationType::EnterpriseViolation },
        { "建房", ViolationType::RuralHousing }, { "宅基地", ViolationType::RuralHousing },
        { "非粮化", ViolationType::NonGrainUse }, { "撂荒", ViolationType::NonGrainUse },
        { "抛荒", ViolationType::NonGrainUse }, { "大棚房", ViolationType::FacilityAgriculture },
        { "设施农", ViolationType::FacilityAgriculture }, { "挖田", ViolationType::LakeDigging },
        { "挖湖", ViolationType::LakeDigging }, { "造湖", ViolationType::LakeDigging },
        { "造林", ViolationType::Afforestation }, { "绿化", ViolationType::Afforestation },
        { "殡葬", ViolationType::Graves }, { "坟", ViolationType::Graves },
        { "保护区", ViolationType::ReserveConstruction }, { "交通", ViolationType::TransportWithoutApproval },
        { "市政", ViolationType::MunicipalWorks }, { "住建", ViolationType::MunicipalWorks },
        { "其他", ViolationType::Other },
    };
    // Converted once: 26 words made anew for every incident were ≈ 0.5 % of an import.
    static const std::vector<std::pair<QString, ViolationType>> kWords = [] {
        std::vector<std::pair<QString, ViolationType>> words;
        for (const auto &[word, type] : kWordsUtf8)
            words.emplace_back(QString::fromUtf8(word), type);
        return words;
    }();
    for (const auto &[word, type] : kWords) {
        if (t.contains(word))
            return type;
    }
    return std::nullopt;
}

namespace {

const QString kMeasuredId = QStringLiteral("incident_id");
const QString kAccumulating = QStringLiteral("accumulating_party");

/// One row of the layer as the importer reads it.
struct RowFacts
{
    QString id;
    QString party;
    QString idNumber;
    std::optional<core::ViolationType> type;
    QString typeText;
    QDate date; ///< the discovery date (null when absent or unreadable)
};

RowFacts factsOf(const VectorLayer &layer, int row, const Columns &columns)
{
    RowFacts f;
    f.date = columns.date < 0 ? QDate() : dateValue(layer.value(row, columns.date));
    f.id = text(layer, row, columns.id);
    if (f.id.isEmpty())
        f.id = QString::number(layer.fid(row));
    f.party = text(layer, row, columns.party);
    f.idNumber = core::PartyMatcher::normalizedIdNumber(text(layer, row, columns.idNumber));
    f.typeText = text(layer, row, columns.type);
    f.type = IncidentImporter::violationTypeFromText(f.typeText);
    return f;
}

/// The incidents to measure: ids, and the party each occupation accumulates for within the
/// layer (matched by name and ID number); non-occupation matters accumulate for nobody.
VectorLayer measuredLayer(const VectorLayer &layer, const std::vector<RowFacts> &facts)
{
    QList<core::PartyIncident> parties;
    for (const RowFacts &f : facts)
        parties.append({ f.id, f.party, std::nullopt, f.idNumber, {},
            core::isOccupation(f.type.value_or(core::ViolationType::Other)) });
    const core::PartyMatching matching = core::PartyMatcher::match(parties);
    VectorLayer measured;
    measured.name = layer.name;
    measured.sourcePath = layer.sourcePath;
    measured.geometryKind = layer.geometryKind;
    measured.crs = layer.crs;
    measured.fields = { { kMeasuredId, FieldType::Text }, { kAccumulating, FieldType::Text } };
    for (int row = 0; row < layer.featureCount(); ++row) {
        const bool occupation = parties.at(row).occupation;
        measured.addFeature(layer.fid(row),
            { facts[size_t(row)].id, occupation ? matching.labelOfIncident.value(facts[size_t(row)].id) : QString() },
            // As the store will hold it (a Polygon promoted to MultiPolygon): the stored figures
            // are those of the stored polygon, and the re-judging finds them in the memo.
            toMultiPolygon(layer.geometry(row)));
    }
    return measured;
}

IncidentRecord recordOf(const VectorLayer &layer, int row, const Columns &columns, const RowFacts &facts,
    const IncidentImportOptions &options)
{
    IncidentRecord incident;
    incident.id = facts.id;
    incident.party = facts.party;
    incident.partyIdNumber = facts.idNumber;
    incident.source = columns.source < 0 || text(layer, row, columns.source).isEmpty()
        ? options.defaultSource
        : incidentSourceFromText(text(layer, row, columns.source));
    incident.discoveryDate = facts.date;
    incident.township = text(layer, row, columns.township);
    incident.village = text(layer, row, columns.village);
    incident.violationType = facts.type.value_or(core::ViolationType::Other);
    incident.description = text(layer, row, columns.description);
    incident.geometry = cloneGeometry(layer.geometry(row));
    return incident;
}

/// What every clue of one file shares, and the local 9:00 of each discovery day made once: the
/// local time's conversion asks the C library's time zone (a stat of /etc/localtime) each time.
struct ClueParts
{
    core::Actor actor;
    QString note;
    QHash<QDate, QDateTime> mornings;

    ClueParts(const ProjectStore &store, const QString &path)
        : actor { store.operatorIdentity().name, store.operatorIdentity().role }
        , note(QCoreApplication::translate("fg::gis::IncidentImporter", "imported from %1").arg(path))
    {
    }
    QDateTime openedAt(const QDate &discovered)
    {
        if (!discovered.isValid())
            return QDateTime::currentDateTime();
        auto known = mornings.constFind(discovered);
        if (known == mornings.constEnd())
            known = mornings.insert(discovered, QDateTime(discovered, QTime(9, 0)));
        return *known;
    }
};

core::CaseFile clueOf(ClueParts &parts, const IncidentRecord &incident, bool reached)
{
    core::CaseStep step;
    step.when = parts.openedAt(incident.discoveryDate);
    step.actor = parts.actor;
    step.note = parts.note;
    core::CaseFile clue(incident.id, step);
    clue.setIncidentIds({ incident.id });
    clue.setPartyId(incident.party);
    clue.setViolationType(incident.violationType);
    if (!core::isOccupation(incident.violationType))
        clue.setThresholdFlag(core::ThresholdFlag::NotApplicable);
    else
        clue.setThresholdFlag(reached ? core::ThresholdFlag::Reached : core::ThresholdFlag::Below);
    return clue;
}

QStringList factWarnings(const QString &path, const RowFacts &f)
{
    QStringList warnings;
    if (!f.type && !f.typeText.isEmpty())
        warnings << IncidentImporter::tr("%1: incident %2: unknown violation type '%3', recorded as other")
                        .arg(path, f.id, f.typeText);
    if (!f.idNumber.isEmpty() && !core::PartyMatcher::validIdNumber(f.idNumber))
        warnings << IncidentImporter::tr("%1: incident %2: the ID number '%3' has a wrong check character; "
                                         "recorded as given")
                        .arg(path, f.id, f.idNumber);
    return warnings;
}

/// What run() holds until its edit is written, to be freed aside. Members go in reverse order:
/// the measurer before the memo it points to.
struct ImportHeld
{
    VectorLayer layer;
    VectorLayer measuring;
    std::vector<std::pair<IncidentRecord, std::optional<core::CaseFile>>> toStore;
    std::unique_ptr<OverlayMemo> memo;
    std::unique_ptr<const IncidentMeasurer> measurer;
};

/// Frees @p held on a thread of its own; here when no thread can be had (the import goes on).
std::future<void> freedAside(std::unique_ptr<ImportHeld> held)
{
    try {
        return std::async(std::launch::async, [owned = std::move(held)]() mutable { owned.reset(); });
    } catch (const std::system_error &) {
        return {}; // the callable, and with it what it held, was destroyed here
    }
}

} // namespace

namespace {

/// What run() measures the file with, made before the overlay: the rows' facts, the layer as
/// measured, and the measurer (the parcels near the incidents) with its memo.
struct Measuring
{
    std::vector<RowFacts> facts;
    VectorLayer layer;
    std::unique_ptr<OverlayMemo> memo;
    std::unique_ptr<const IncidentMeasurer> measurer;
};

/// The checks of the file's rows and places, then the reads the overlay needs (@p layer
/// transformed into the project's working CRS). Throws InputRejected for a refused file.
Measuring prepareMeasuring(const ProjectStore &store, const QString &layerPath, VectorLayer &layer,
    const Columns &columns, const IncidentImportOptions &options)
{
    refuseIfAny(layerPath, ImportGuard::checkRead(layer, columns.id));
    transformToWorkingCrs(layer, store.info().workingEpsg);
    refuseIfAny(layerPath, ImportGuard(store, options.limits).checkPlace(layer, columns.id));
    Measuring m;
    for (int row = 0; row < layer.featureCount(); ++row)
        m.facts.push_back(factsOf(layer, row, columns));
    m.layer = measuredLayer(layer, m.facts);
    // Only the project's parcels and boundaries near the incidents matter: the measurer reads those alone.
    // What it measures is kept for the re-judging, which measures the same polygons against the
    // same parcels again (OverlayMemo reuses only those, provably the same).
    m.memo = std::make_unique<OverlayMemo>();
    m.measurer = std::make_unique<const IncidentMeasurer>(
        store, IncidentMeasurer::near(layer), IncidentMeasureOptions { options.rules, options.method, m.memo.get() });
    return m;
}

/// prepareMeasuring() beside the declared CRS's check against the coordinates, which waits for
/// PROJ's operation search: a CRS that does not fit refuses the file alone, as checkRead() did
/// when the read had checked it — before any other refusal or failure of the steps here, all of
/// which only read.
Measuring prepareBesideCrsCheck(const ProjectStore &store, const QString &layerPath, VectorLayer &layer,
    const std::optional<QRectF> &extentToCheck, const Columns &columns, const IncidentImportOptions &options)
{
    const QString source = layer.sourcePath;
    CrsCheckAside crsCheck(layer.crs, extentToCheck);
    const auto refuseCrs = [&] { refuseIfAny(layerPath, ImportGuard::checkCrs(source, crsCheck.mismatch())); };
    Measuring m;
    try {
        m = prepareMeasuring(store, layerPath, layer, columns, options);
    } catch (...) {
        refuseCrs();
        throw;
    }
    refuseCrs();
    return m;
}

} // namespace

IncidentImportResult IncidentImporter::run(ProjectStore &store, const QString &layerPath, const IncidentImportOptions &options)
{
    // The PROJ search of the file's CRS check (≈ 2 % of an import, on the critical path) runs on
    // the idle core while the file is opened and read; no answer depends on it (prepareCrsChecks).
    const auto crsChecks = std::async(std::launch::async, [&layerPath] { prepareCrsChecks({ layerPath }); });
    // The reads near the incidents need not wait for that search: the CRS is checked beside them.
    std::optional<QRectF> extentToCheck;
    VectorLayer layer = readPolygonFileCrsAside(layerPath, { options.encoding, options.crs }, extentToCheck);
    const Columns columns = resolve(layer, options.fields);
    Measuring measuring = prepareBesideCrsCheck(store, layerPath, layer, extentToCheck, columns, options);
    const std::vector<RowFacts> &facts = measuring.facts;
    std::unique_ptr<OverlayMemo> memo = std::move(measuring.memo);
    std::unique_ptr<const IncidentMeasurer> measurer = std::move(measuring.measurer);
    std::vector<IncidentUse> uses;
    for (int row = 0; row < layer.featureCount(); ++row)
        uses.push_back({ facts[size_t(row)].type.value_or(core::ViolationType::Other), facts[size_t(row)].date });
    const LayerMeasurement measured = measurer->measureLayer(measuring.layer, kMeasuredId, kAccumulating, uses);

    IncidentImportResult result;
    result.warnings = layer.warnings + measured.report.warnings;
    QSet<QString> known;
    for (const IncidentRecord &existing : store.incidents())
        known.insert(existing.id);
    std::vector<std::pair<IncidentRecord, std::optional<core::CaseFile>>> toStore;
    ClueParts clueParts(store, layerPath);
    for (size_t i = 0; i < measured.incidents.size(); ++i) {
        const int row = measured.report.incidents[i].row;
        const RowFacts &f = facts[size_t(row)];
        if (known.contains(f.id)) {
            result.warnings << tr("%1: incident %2 is already in the project: skipped").arg(layerPath, f.id);
            continue;
        }
        result.warnings << factWarnings(layerPath, f);
        IncidentRecord incident = recordOf(layer, row, columns, f, options);
        const IncidentMeasurement &place = measured.incidents[i];
        incident.township = incident.township.isEmpty() ? place.township : incident.township;
        incident.village = incident.village.isEmpty() ? place.village : incident.village;
        incident.measures = place.measures;
        const bool occupation = core::isOccupation(incident.violationType);
        incident.measures.accountability = occupation && incident.measures.accountability;
        const QString accumulating = measuring.layer.value(row, 1).toString();
        const bool reached = incident.measures.accountability || measured.partiesOver.contains(accumulating);
        std::optional<core::CaseFile> clue;
        if (options.openCases)
            clue = clueOf(clueParts, incident, reached);
        toStore.emplace_back(std::move(incident), std::move(clue));
    }
    std::future<void> freed;
    store.inOneEdit([&] {
        storeAll(store, layerPath, toStore, options, *measurer, memo.get(), result);
        // What the import read and measured (the parcels near it, both layers, the memo, the
        // records) is freed on the other core while the commit runs: it was ≈ 3 % of a p150k
        // import, on the main thread after the commit.
        freed = freedAside(std::make_unique<ImportHeld>(ImportHeld { std::move(layer), std::move(measuring.layer),
            std::move(toStore), std::move(memo), std::move(measurer) }));
    });
    // Only now is anything on disk: a caller never hears of an incident a crash could still take back.
    if (options.committed) {
        for (const QString &id : std::as_const(result.imported))
            options.committed(id);
    }
    return result;
}

void IncidentImporter::storeAll(ProjectStore &store, const QString &layerPath,
    const std::vector<std::pair<IncidentRecord, std::optional<core::CaseFile>>> &incidents,
    const IncidentImportOptions &options, const IncidentMeasurer &measurer, OverlayMemo *memo,
    IncidentImportResult &result)
{
    const int total = int(incidents.size());
    // The rows' and the cases' JSON are made on the other core while this one writes: only the
    // fid and the chain's previous hash need the writes' order.
    PreparedAhead prepared(incidents);
    for (size_t i = 0; i < incidents.size(); ++i) {
        const auto &[incident, clue] = incidents[i];
        store.addIncident(incident, clue, prepared.at(i));
        result.imported << incident.id;
        if (options.progress && !options.progress(int(result.imported.size()), total))
            throw ReadCancelled(); // the edit rolls back: nothing of the file stays
    }
    // New incidents enter their parties' totals: the cases they concern are judged again, in the same edit.
    // The re-judging measures the new incidents again against the same parcels: the memo gives
    // those back; party totals, groups and incidents already stored are measured. It reads the
    // parcels near its incidents: the measurer's, when they are the same rows (NearParcels).
    if (!options.rules && !result.imported.isEmpty()) {
        const int before = memo->hits();
        // The cases and the party matching are read once for affectedBy, the re-judging and its
        // judgement (nothing is written between them: StoreReads gives them back).
        StoreReads reads;
        result.rejudged = CaseFlags::rejudge(store, CaseFlags::affectedBy(store, result.imported, &reads),
            tr("incidents imported from %1 (%2)").arg(layerPath, result.imported.join(QStringLiteral(", "))), memo,
            measurer.parcels().get(), &reads);
        result.reusedMeasurements = memo->hits() - before;
    }
}

} // namespace fg::gis
