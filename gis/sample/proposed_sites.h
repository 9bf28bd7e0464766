// SPDX-License-Identifier: MIT
#pragma once

#include "gis/geos_context.h"
#include "gis/sample/sample_layer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fg::gis {
class AreaCalculator;
}

namespace fg::gis::sample {

/// One designed proposed site of the sample county (选址核查, issue 16 item 2): a square whose
/// ellipsoidal area is `targetMu` (solved by bisection with AreaCalculator), placed wholly inside
/// land (or the approval) of the intended kind.
struct ProposedSite
{
    QString file; ///< e.g. "site_basic_farmland.geojson"
    QString name; ///< the site's name (a property of the feature)
    QString kind; ///< core::siteKindCode() of the site
    QString purpose; ///< what the design tests
    double targetMu = 0;
    GeosGeometryPtr polygon; ///< EPSG:4547
};

/// Places the sample's designed sites deterministically from the generated layers: one wholly on
/// a basic-farmland parcel (8.00 亩), one wholly inside the approval with no incident
/// (平政转批〔2024〕3号, sample_approvals.h; 6.00 亩 centred on it), one on non-cultivated land
/// clear of everything (3.00 亩). The first and the last keep 100 m from every incident and
/// approval. Throws std::runtime_error when no parcel fits (a generator bug).
std::vector<ProposedSite> designProposedSites(const SampleLayer &landUse, const SampleLayer &basicFarmland,
    const SampleLayer &incidents, const SampleLayer &approvals, const AreaCalculator &calculator);

/// Writes each site as a one-feature GeoJSON file (EPSG:4547 named in its "crs" member,
/// coordinates to 0.1 mm) into `dir`, created when needed; returns the paths. Byte-for-byte
/// reproducible. Throws core::InputError naming a file that cannot be written.
QStringList writeProposedSites(const std::vector<ProposedSite> &sites, const QString &dir);

/// The folder of the sites inside the sample directory ("sites").
QString proposedSitesFolder();

} // namespace fg::gis::sample
