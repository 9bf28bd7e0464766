// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/case_file.h"
#include "core/rules.h"
#include "gis/usecases/case_flags.h"
#include "gis/geometry/area_calculator.h"
#include "gis/store/incident_record.h"
#include "gis/usecases/import_guard.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace fg::gis {

class ProjectStore;
class IncidentMeasurer;

/// Which source fields hold which incident attributes. Empty = look for the usual names
/// (case-insensitive): id BH/ID/INCIDENT_ID, party DSR/PARTY, source LY/SOURCE, date
/// FXRQ/DISCOVERY_DATE, township XZMC/TOWNSHIP, village CUNMC/VILLAGE, violation type
/// WFLX/VIOLATION_TYPE, description MS/BZ/DESCRIPTION, the party's ID number (身份证号 /
/// 统一社会信用代码) SFZH/ZJHM/TYSHXYDM/SHXYDM/ID_NUMBER/CREDIT_CODE.
struct IncidentFieldMap
{
    QString id;
    QString party;
    QString partyIdNumber;
    QString source;
    QString date;
    QString township;
    QString village;
    QString violationType;
    QString description;
};

struct IncidentImportOptions
{
    IncidentFieldMap fields;
    QString encoding; ///< attribute encoding override; empty = detect
    QString crs; ///< CRS for a layer without one
    IncidentSource defaultSource = IncidentSource::Other; ///< when the layer has no source field
    std::optional<core::Rules> rules; ///< nullopt: the project's own (ProjectRules)
    AreaMethod method = AreaMethod::Ellipsoidal;
    bool openCases = true; ///< open a case (its clue step) for every incident, in the same edit
    ImportLimits limits; ///< how far outside the townships and how large an incident may be
    /// Called after each incident has been written, not yet committed (done of total), on the
    /// calling thread; returning false cancels the import: nothing of the file is stored and run()
    /// throws gis::ReadCancelled.
    std::function<bool(int done, int total)> progress;
    /// Called for each stored incident's id, in order, once the file's one commit is done.
    std::function<void(const QString &)> committed;
};

struct IncidentImportResult
{
    QStringList imported; ///< ids, in commit order
    QStringList warnings; ///< skipped ids, unknown violation types, repairs: each named
    /// The cases the new incidents concern (theirs and their parties' others) judged again with
    /// the project's rules: accumulation changed (CaseFlags). Empty when imported with other rules.
    RejudgeResult rejudged;
    /// Overlay measurements the re-judging took from the import's own instead of measuring again
    /// (OverlayMemo: the same polygon against the same parcels), e.g. 2,000 of 2,000 new incidents.
    int reusedMeasurements = 0;
};

/// Imports an incident layer into a project: reads it (encoding and CRS detection, repair),
/// reprojects it to the project's working CRS, measures every incident with IncidentMeasurer
/// (the project's parcels near the layer, its rules), fills township and village from the
/// project's boundaries when the layer lacks them, and stores the incidents, their cases and the cases judged
/// again as one edit (ProjectStore::inOneEdit, one commit per file): a crash or a cancel before the commit
/// leaves the project as it was. Ids already in the project are skipped with a warning.
/// Before anything is written the whole file passes ImportGuard (a CRS that does not fit, NaN or infinite
/// coordinates, features without a polygon, duplicate ids, incidents outside the townships or of an absurd
/// size): any problem refuses the file as a whole with core::InputRejected listing each (all or nothing per
/// file). Non-occupation matters (非粮化, 撂荒) open their case with no threshold flag
/// (ThresholdFlag::NotApplicable) and never add to a party's total; an ID number whose check
/// character is wrong is stored as given, with a warning. Within the layer, one party's
/// occupations accumulate (parties matched by name and ID number, core::PartyMatcher).
/// Throws core::InputError for unreadable input or a mapped field the layer lacks.
class IncidentImporter
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::IncidentImporter)

public:
    /// The violation type named by a code ("rural_housing") or the Chinese words county layers
    /// use ("农村乱占耕地建房", "大棚房", "采矿占地", "非粮化", …); nullopt when nothing matches.
    static std::optional<core::ViolationType> violationTypeFromText(const QString &text);

    static IncidentImportResult run(ProjectStore &store, const QString &layerPath, const IncidentImportOptions &options);

private:
    /// The writes of run(), inside its one edit.
    static void storeAll(ProjectStore &store, const QString &layerPath,
        const std::vector<std::pair<IncidentRecord, std::optional<core::CaseFile>>> &incidents,
        const IncidentImportOptions &options, const IncidentMeasurer &measurer, OverlayMemo *memo,
        IncidentImportResult &result);
};

} // namespace fg::gis
