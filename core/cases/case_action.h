// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace fg::core {

/// What an officer does to move a case along its track. Each action is one row (or two) of
/// CaseTransitionTable; RecordClue only opens a case and never appears in the table.
enum class CaseAction {
    RecordClue, ///< opens the case (线索登记)
    Verify, ///< 核实: confirmed on site
    Dismiss, ///< 不属实
    Stop, ///< 制止: stop order
    ReportMajor, ///< 重大案件报告
    File, ///< 立案
    Decide, ///< 处罚决定
    Execute, ///< 执行
    AcceptReclamation, ///< 复耕验收
    Close, ///< 结案
};

/// Every action in track order.
QList<CaseAction> allCaseActions();
/// Stable storage code, e.g. "accept_reclamation".
QString caseActionCode(CaseAction action);
/// Inverse of caseActionCode(); throws InputError on an unknown code.
CaseAction caseActionFromCode(const QString &code);
/// Display name through tr() (context fg::core::CaseAction).
QString caseActionName(CaseAction action);
/// What a person types for an action: its code, or its display name in the UI's language or in
/// English (case-insensitive), so `project advance` takes 立案 as well as `file`. Throws
/// InputError on anything else.
CaseAction caseActionFromText(const QString &text);

} // namespace fg::core
