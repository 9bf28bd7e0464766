// SPDX-License-Identifier: MIT
#pragma once

#include "core/land_class.h"
#include "gis/analysis/occupation.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace fg::gis {

class OverlayMemo;
class VectorLayer;

/// How the engine reads the cultivated (land-use) layer.
struct OverlayOptions
{
    QString classField = QStringLiteral("DLBM"); ///< land-class code field
    QString classNameField = QStringLiteral("DLMC"); ///< land-class name field; optional
    /// Codes that count as cultivated land, matched by core::landClassMatches() (default: the
    /// GB/T 21010-2017 耕地 classes, core::cultivatedLandClasses(); callers pass the project's
    /// Rules::cultivatedClasses()).
    QStringList cultivatedClasses = core::cultivatedLandClasses();
    /// 田坎 deduction coefficient field (三调 KCXS, a fraction 0 ≤ k < 1); optional. Without it,
    /// TBDLMJ / TBMJ give k = 1 − TBDLMJ / TBMJ; without those, no net figures (netKnown false).
    QString deductionField = QStringLiteral("KCXS");
    QString netAreaField = QStringLiteral("TBDLMJ"); ///< net class area (m²), for the fallback
    QString parcelAreaField = QStringLiteral("TBMJ"); ///< parcel area (m²), for the fallback
    int threads = 0; ///< worker threads for measureAll; 0 = one per core
    /// Measurements to reuse and to add to (OverlayMemo: only where provably the same); null:
    /// measure everything. Not owned; must outlive the engine.
    OverlayMemo *memo = nullptr;
};

/// Thrown by measureAll when the progress callback asked to stop.
struct OverlayCancelled
{
};

/// Measures what polygons occupy of a basic-farmland layer and a cultivated (or full land-use)
/// layer, all in one CGCS2000 Gauss-Krüger working CRS.
///
/// Per target: candidates from each layer's STRtree, a prepared-geometry test, then the pieces
/// target ∩ parcel; each figure is the area of the union of its pieces, so overlapping parcels
/// never count twice, and the parcel layer is never dissolved (GEOS 3.11 can lose a whole
/// incident that way, PERF.md note 7). A parcel that intersects is checked for validity and
/// repaired (MakeValid) if needed, with a warning naming it. When the land-use layer carries
/// 田坎 coefficients (KCXS), the cultivated figures are also given net of 田坎, piece by piece.
///
/// Thread affinity: construct on one thread; afterwards measure() and measureAll() may run from
/// any thread. The layers must outlive the engine and must not change while it runs; the engine
/// builds their spatial indexes in its constructor and only reads them afterwards (workers copy
/// each candidate parcel before any GEOS operation touches it).
class OverlayEngine
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::OverlayEngine)

public:
    /// Either layer may be null (left out of the analysis: its figures are zero).
    /// Throws core::InputError (naming the cultivated layer's file) when the class field is absent.
    OverlayEngine(const VectorLayer *basicFarmland, const VectorLayer *cultivated, int workingEpsg,
        OverlayOptions options = {});
    ~OverlayEngine();
    OverlayEngine(const OverlayEngine &) = delete;
    OverlayEngine &operator=(const OverlayEngine &) = delete;

    int workingEpsg() const;
    /// OverlayOptions::memo (null without one): the job's memo, for the tolerance's buffers too.
    OverlayMemo *memo() const;

    /// What one polygonal target occupies. `calculator` must be for workingEpsg() and belong to
    /// the calling thread. Throws OverlayFailure when GEOS cannot overlay the target. With an
    /// OverlayOptions::memo, a target measured before against the same candidate parcels is
    /// taken from it (with the repair warnings it raised then).
    Occupation measure(const GEOSGeometry *target, const AreaCalculator &calculator) const;

    /// measure() for every target, in parallel; results in target order. progress(done, total)
    /// is called on the calling thread now and then; returning false cancels (OverlayCancelled).
    /// The first worker exception is rethrown here.
    std::vector<Occupation> measureAll(const std::vector<const GEOSGeometry *> &targets,
        const std::function<bool(int, int)> &progress = {}) const;

    /// Repairs and precision fallbacks made so far, each naming the layer file and feature.
    QStringList warnings() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fg::gis
