// SPDX-License-Identifier: MIT
#include "gis/store/store_types.h"

namespace fg::gis {

CaseFacts CaseFacts::of(const core::CaseFile &file)
{
    CaseFacts facts;
    facts.thresholdFlag = file.thresholdFlag();
    facts.declaredMajor = file.declaredMajor();
    facts.crimeSuspectedAt = file.crimeSuspectedAt();
    facts.misconductSuspectedAt = file.misconductSuspectedAt();
    facts.declaredMajorAt = file.declaredMajorAt();
    return facts;
}

} // namespace fg::gis
