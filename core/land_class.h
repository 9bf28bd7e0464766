// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fg::core {

/// The GB/T 21010-2017 (三调 工作分类) name of a land-use class code, e.g. "0103" → "旱地";
/// empty for a code not in the table. Used where a layer carries codes (DLBM) but no names.
QString landClassName(const QString &code);

} // namespace fg::core
