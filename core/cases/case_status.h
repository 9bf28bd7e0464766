// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// Where a case stands on its track (DOMAIN.md §6): 线索 → 核实 (or 不属实) → 制止 →
/// 重大案件报告 (major cases) → 立案 → 处罚决定 → 执行 → 复耕验收 → 结案.
enum class CaseStatus {
    Clue, ///< 线索: recorded, not yet checked on site
    Verified, ///< 核实: confirmed on site
    Dismissed, ///< 不属实: not a violation (terminal)
    Stopped, ///< 制止: stop order issued
    Reported, ///< 重大案件报告: major case reported to the county
    Filed, ///< 立案
    Decided, ///< 处罚决定 made (拆除 / 没收 / 罚款)
    Executed, ///< 执行 done (by the party or forced through the court)
    Reclaimed, ///< 复耕验收: reclamation done and accepted
    Closed, ///< 结案 (terminal)
};

/// Every status in track order (Dismissed right after Verified).
QList<CaseStatus> allCaseStatuses();
/// Stable storage code, e.g. "stopped". Never translated.
QString caseStatusCode(CaseStatus status);
/// Inverse of caseStatusCode(); throws InputError on an unknown code.
CaseStatus caseStatusFromCode(const QString &code);
/// Display name through tr() (context fg::core::CaseStatus).
QString caseStatusName(CaseStatus status);
/// True for Dismissed and Closed: no action leads out of them.
bool isTerminal(CaseStatus status);

} // namespace fg::core
