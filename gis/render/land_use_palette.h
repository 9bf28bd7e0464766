// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace fg::gis {

/// Fill colour of a Third National Land Survey (三调) class code (DLBM, GB/T 21010-2017 as
/// extended by TD/T 1055-2019), e.g. "0101" 水田. Exact codes first, then the class's first
/// level ("03" forest, "11" water ...); suffixed codes such as "0201K" use their base class.
/// Unknown codes get a neutral grey. Thread-safe.
QColor landUseColor(const QString &dlbm);

/// True for cultivated land (耕地): 0101 水田, 0102 水浇地, 0103 旱地.
bool isCultivatedClass(const QString &dlbm);

} // namespace fg::gis
