// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace fg::gis {

/// Fill colour of a Third National Land Survey (三调) class code (DLBM, GB/T 21010-2017 as
/// extended by TD/T 1055-2019), e.g. "0101" 水田. Exact codes first, then the class's first
/// level ("03" forest, "11" water ...); the code is read as core::normalizedLandClass() reads it
/// and suffixed codes such as "0201K" use their base class (core::baseLandClass()). Colours only:
/// whether a class is cultivated land is core::isCultivatedLandClass()'s to say. Unknown codes
/// get a neutral grey. Thread-safe.
QColor landUseColor(const QString &dlbm);

} // namespace fg::gis
