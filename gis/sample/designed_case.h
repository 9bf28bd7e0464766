// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace fg::gis {

/// What a designed incident of the sample county tests (see data/sample/README.md).
enum class DesignKind {
    BasicFarmlandThreshold, ///< basic farmland just below, at and just above 5 亩
    CultivatedThreshold, ///< cultivated land just below, at and just above 10 亩, no basic farmland
    LiteralVersusJudicial, ///< 10 亩 cultivated of which 3 亩 basic farmland: the two rule readings differ
    PartyAccumulation, ///< one party, two separate incidents that cross 5 亩 only together
    TwoTownships, ///< one incident across a township boundary
    OverlappingFarmland, ///< over two overlapping basic-farmland parcels: counted once
    SplitPlot, ///< 化整为零: one party's three small occupations close together (sample_split_plots)
};

/// The intended areas of one designed incident, in 亩 (ellipsoidal). The generator solves the
/// geometry to hit them; tests measure them back independently.
struct DesignedCase
{
    DesignKind kind = DesignKind::BasicFarmlandThreshold;
    QString id; ///< BH of the incident
    QString party; ///< DSR
    double basicFarmlandMu = 0; ///< occupied basic farmland, overlaps counted once
    double cultivatedMu = 0; ///< occupied cultivated land, basic farmland included
    /// Sum of the incident's intersections with each basic-farmland parcel (overlaps counted
    /// twice): what a naive overlay reports. Equals basicFarmlandMu except for OverlappingFarmland.
    double naiveBasicFarmlandMu = 0;
    QStringList townships; ///< townships the incident lies in (two for TwoTownships)
};

} // namespace fg::gis
