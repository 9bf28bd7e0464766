// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_layer.h"

#include <QString>

namespace fg::gis::sample {

/// The sample townships' responsibility-letter targets (责任状, issue 16 item 3), written as
/// `targets.csv` (UTF-8: township,cultivated_mu,basic_farmland_mu): whole 亩 a little below each
/// township's 三调 land (98%, floor), so the unlawful occupation found leaves them met; one
/// township, kShortTownship, gets a basic-farmland target above its whole basic farmland, so
/// its gap and its one-vote veto show. The 三调 land is measured as the assessment measures
/// it (gis::landInside, ellipsoidal). Returns the file's path.
QString writeTargets(const SampleLayer &townships, const SampleLayer &landUse, const SampleLayer &farmland,
    int workingEpsg, const QString &dir);

/// The township whose basic farmland falls short of its target.
inline const char *const kShortTownship = "西沟乡";
/// The file name writeTargets() writes.
inline const char *const kTargetsFile = "targets.csv";

} // namespace fg::gis::sample
