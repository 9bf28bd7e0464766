// SPDX-License-Identifier: MIT
#include "core/cases/case_status.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<CaseStatus>;
constexpr std::array<Entry, 10> kStatuses = { {
    { CaseStatus::Clue, "clue", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Clue") },
    { CaseStatus::Verified, "verified", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Verified on site") },
    { CaseStatus::Dismissed, "dismissed",
        QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Dismissed (not a violation)") },
    { CaseStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Stopped") },
    { CaseStatus::Reported, "reported",
        QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Reported as a major case") },
    { CaseStatus::Filed, "filed", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Filed") },
    { CaseStatus::Decided, "decided", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Penalty decided") },
    { CaseStatus::Executed, "executed", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Decision executed") },
    { CaseStatus::Reclaimed, "reclaimed", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Reclamation accepted") },
    { CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("fg::core::CaseStatus", "Closed") },
} };
} // namespace

QList<CaseStatus> allCaseStatuses()
{
    return detail::enumValues(kStatuses);
}

QString caseStatusCode(CaseStatus status)
{
    return QLatin1String(detail::enumEntry(kStatuses, status).code);
}

CaseStatus caseStatusFromCode(const QString &code)
{
    return detail::enumFromCode(kStatuses, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "case status"));
}

QString caseStatusName(CaseStatus status)
{
    return QCoreApplication::translate("fg::core::CaseStatus", detail::enumEntry(kStatuses, status).name);
}

bool isTerminal(CaseStatus status)
{
    return status == CaseStatus::Dismissed || status == CaseStatus::Closed;
}

} // namespace fg::core
