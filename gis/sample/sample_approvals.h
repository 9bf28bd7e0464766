// SPDX-License-Identifier: MIT
#pragma once

#include "gis/sample/sample_layer.h"

namespace fg::gis {
class AreaCalculator;
}

namespace fg::gis::sample {

/// The sample county's approvals layer (issue 16 item 1; data/sample/README.md lists them):
///  - 平政转批〔2023〕18号, 农用地转用, over the west of PS2024-003 (5.01 亩 basic farmland,
///    rural housing): its strip is solved so the incident's part inside it is 1.00 亩, leaving
///    4.01 亩 unlawful — below 5 亩 though the gross is above;
///  - 平临用〔2022〕6号, 临时用地, over the west of PS2024-005 (10.00 亩 cultivated, mining), ended
///    2023-12-31, before the incident was found: it covers nothing, the incident stays at 10.00;
///  - 平政转批〔2024〕3号, 农用地转用, a 160 m × 100 m site in 西沟乡 with no incident (a site to
///    check against, issue 16 item 2).
/// Fields: WH (文号), PZLX (kind, Chinese), PZRQ, QSRQ, ZZRQ (dates), PZYT (approved use), XZMC.
SampleLayer approvalLayer(
    const SampleLayer &incidents, const SampleLayer &townships, const AreaCalculator &calculator);

} // namespace fg::gis::sample
