// SPDX-License-Identifier: MIT
#pragma once

#include "core/cases/department.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fg::core {

class CaseFile;

/// "既处理事、又处理人": what a case must have before it may be closed (结案).
///  - an area verdict (ThresholdFlag not NotAssessed);
///  - over a threshold: at least one complete accountability record (问责记录);
///  - the transfers its facts require: a suspected crime → 公安局, officials' misconduct →
///    县纪委监委, execution forced through the court → 县法院. A transfer counts once sent;
///    a reply is not awaited (an investigation may outlast the administrative case).
/// Pure and thread-safe.
class ClosingRule
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::ClosingRule)

public:
    /// The transfers @p file needs before closing, whether made or not.
    static QList<Department> requiredTransfers(const CaseFile &file);
    /// Every unmet condition as a translated sentence; empty when the case may be closed.
    static QStringList unmetConditions(const CaseFile &file);
};

} // namespace fg::core
