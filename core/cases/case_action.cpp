// SPDX-License-Identifier: MIT
#include "core/cases/case_action.h"

#include "core/cases/enum_table.h"

#include <array>

namespace fg::core {

namespace {
using Entry = detail::EnumEntry<CaseAction>;
constexpr std::array<Entry, 10> kActions = { {
    { CaseAction::RecordClue, "record_clue", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Record clue") },
    { CaseAction::Verify, "verify", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Verify on site") },
    { CaseAction::Dismiss, "dismiss",
        QT_TRANSLATE_NOOP("fg::core::CaseAction", "Dismiss as not a violation") },
    { CaseAction::Stop, "stop", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Issue stop order") },
    { CaseAction::ReportMajor, "report", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Report major case") },
    { CaseAction::File, "file", QT_TRANSLATE_NOOP("fg::core::CaseAction", "File case") },
    { CaseAction::Decide, "decide", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Decide penalty") },
    { CaseAction::Execute, "execute", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Execute decision") },
    { CaseAction::AcceptReclamation, "accept_reclamation",
        QT_TRANSLATE_NOOP("fg::core::CaseAction", "Accept reclamation") },
    { CaseAction::Close, "close", QT_TRANSLATE_NOOP("fg::core::CaseAction", "Close case") },
} };
} // namespace

QList<CaseAction> allCaseActions()
{
    return detail::enumValues(kActions);
}

QString caseActionCode(CaseAction action)
{
    return QLatin1String(detail::enumEntry(kActions, action).code);
}

CaseAction caseActionFromCode(const QString &code)
{
    return detail::enumFromCode(kActions, code, QT_TRANSLATE_NOOP("fg::core::EnumTable", "case action"));
}

QString caseActionName(CaseAction action)
{
    return QCoreApplication::translate("fg::core::CaseAction", detail::enumEntry(kActions, action).name);
}

CaseAction caseActionFromText(const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Entry &entry : kActions) {
        if (wanted == QLatin1String(entry.code)
            || wanted.compare(caseActionName(entry.value), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return caseActionFromCode(wanted); // its message names the unknown text
}

} // namespace fg::core
