// SPDX-License-Identifier: MIT
#pragma once

#include "core/approvals/approval.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/import_guard.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace fg::gis {

class ProjectStore;

/// Which source fields hold which approval attributes. Empty = the usual names
/// (case-insensitive): 文号 WH/PZWH/PZWJH/DOCUMENT_NO/DOC_NO, kind PZLX/LX/KIND, approval date
/// PZRQ/APPROVED_ON, valid from QSRQ/YXQQ/VALID_FROM, valid to (a 临时用地's end date)
/// ZZRQ/YXQZ/DQRQ/VALID_TO, approved use PZYT/YT/APPROVED_USE, township XZMC/TOWNSHIP.
struct ApprovalFieldMap
{
    QString documentNumber;
    QString kind;
    QString approvedOn;
    QString validFrom;
    QString validTo;
    QString approvedUse;
    QString township;
};

struct ApprovalImportOptions
{
    ApprovalFieldMap fields;
    QString encoding; ///< attribute encoding override; empty = detect
    QString crs; ///< CRS for a layer without one (or whose declared one does not fit)
    /// The kind of every row whose layer has no kind field or leaves it empty (--kind); a row's
    /// own kind wins.
    std::optional<core::ApprovalKind> kind;
    ImportLimits limits; ///< as for incidents: how far outside the townships, how large
};

struct ApprovalImportResult
{
    QStringList imported; ///< 文号, in the layer's order
    QStringList warnings; ///< repairs, each named
    /// Stored incidents meeting the new approvals whose figures changed (measured again with the
    /// approved part taken out), each logged as a re-measure.
    QStringList remeasured;
    RejudgeResult rejudged; ///< their cases (and their parties') judged again
};

/// Importing an approvals layer (issue 16 item 1): the one use case behind `farmguard-cli project
/// import-approvals` and the GUI's import action. Reads the file (shapefile, GeoPackage, GeoJSON;
/// GBK text detected as for incidents), reprojects it to the working CRS and, before anything
/// is written, checks the whole file: what ImportGuard refuses for incidents (a CRS that does
/// not fit, NaN or infinite coordinates, no polygon, outside the townships, absurd size), a row
/// without 文号, a 文号 twice in the file or already in the project, an unknown kind, missing or
/// impossible dates. Any problem refuses the file (core::InputRejected listing each, naming the
/// file and the 文号): all or nothing. Then stores every approval in one edit and measures again
/// each stored incident they meet, so the incidents' figures, the judged verdicts and the
/// store's flag floor take the approved part out alike (CaseFlags::rejudge, logged).
class ApprovalImporter
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ApprovalImporter)

public:
    static ApprovalImportResult run(
        ProjectStore &store, const QString &path, const ApprovalImportOptions &options);

    /// Measures again the stored incidents whose boxes meet @p boxes (working CRS) with the
    /// project's approvals, stores those whose figures changed (updateIncidentGeometry: same
    /// shape, new figures, logged) and re-judges their cases with @p why. Returns the ids changed.
    static QStringList remeasure(
        ProjectStore &store, const std::vector<QRectF> &boxes, const QString &why, RejudgeResult *rejudged);
};

} // namespace fg::gis
