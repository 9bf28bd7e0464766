// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::gis {

/// GEOS's validity reason in the user's words: "Self-intersection[454774.96 4011865.45]"
/// becomes "self-intersection near 454774.96 4011865.45" (自相交，位于 … 附近), every GEOS reason
/// named through tr() (context fg::gis::ValidityReason); an unknown reason keeps GEOS's text.
/// Pure; any thread.
QString validityReasonText(const QString &geosReason);

} // namespace fg::gis
