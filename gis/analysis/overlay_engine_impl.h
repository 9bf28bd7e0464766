// SPDX-License-Identifier: MIT
// Private to the overlay engine (overlay_engine.cpp, overlay_measure.cpp): its implementation.
#pragma once

#include "gis/analysis/convex_clip.h"
#include "gis/analysis/overlay_engine.h"
#include "gis/io/vector_layer.h"

#include <QSet>

#include <mutex>
#include <vector>

namespace fg::gis {

namespace overlay_detail {

struct LandClass
{
    QString code;
    QString name;
    bool cultivated = false;
};

struct Piece
{
    GeosGeometryPtr geometry;
    int landClass = -1;
    int row = -1;
};

/// 田坎 deducted from the cultivated pieces, and from their parts outside basic farmland.
struct Deductions
{
    Areas all;
    Areas outside;
};

} // namespace overlay_detail

struct OverlayEngine::Impl
{
    using LandClass = overlay_detail::LandClass;
    using Piece = overlay_detail::Piece;
    using Deductions = overlay_detail::Deductions;

    const VectorLayer *basic = nullptr;
    const VectorLayer *cultivated = nullptr;
    int epsg = 0;
    OverlayOptions options;
    std::vector<LandClass> classes;
    std::vector<int> rowClass; // cultivated-layer row -> index into classes
    bool hasDeduction = false; // the layer gives 田坎 coefficients
    std::vector<double> rowDeduction; // cultivated-layer row -> KCXS (0 for other classes)

    mutable std::mutex mutex;
    mutable QStringList warnings;
    mutable QSet<QString> warned;

    void readClasses();
    void readDeductions();
    double deductionOf(int row, int kField, int netField, int grossField) const;
    Deductions deductions(const std::vector<Piece> &pieces, const GEOSGeometry *basicUnion,
        const AreaCalculator &calculator, bool *snapped) const;
    void warnOnce(const QString &key, const QString &text) const;
    QByteArray signature() const;
    QByteArray memoKey(const GEOSGeometry *target) const;
    void renameClasses(std::vector<ClassArea> &areas) const;
    Occupation measure(const GEOSGeometry *target, const AreaCalculator &calculator) const;
    /// The figures as sums of the pieces' areas (PieceSums); false, touching nothing, when the
    /// pieces cannot be proven to share no interior.
    bool measureBySums(const std::vector<Piece> &basicPieces, const std::vector<Piece> &landPieces,
        const AreaCalculator &calculator, Occupation &result, Deductions &deducted) const;
    /// The figures from the unions of the pieces and the cultivated-minus-basic difference.
    void measureByOverlay(std::vector<Piece> basicPieces, std::vector<Piece> landPieces,
        const AreaCalculator &calculator, bool *snapped, Occupation &result, Deductions &deducted) const;
    GeosGeometryPtr privateCopy(const VectorLayer &layer, int row) const;
    GeosGeometryPtr repairedIfInvalid(const VectorLayer &layer, int row, GeosGeometryPtr parcel) const;
    /// The pieces of the layer's parcels that meet the target; `convex` clips those it can prove
    /// (ConvexClip), GEOS the rest.
    std::vector<Piece> clip(const VectorLayer *layer, const GEOSGeometry *target,
        const GEOSPreparedGeometry *prepared, const ConvexClip &convex, bool *snapped) const;
};

} // namespace fg::gis
