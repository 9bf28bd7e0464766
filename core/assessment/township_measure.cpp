// SPDX-License-Identifier: MIT
#include "core/assessment/township_measure.h"

#include "core/cases/enum_table.h"
#include "core/input_error.h"

namespace fg::core {

namespace {

struct MeasureEntry
{
    MeasureKind value;
    const char *code;
    const char *name;
    const char *term;
};

const MeasureEntry kMeasures[] = {
    { MeasureKind::Interview, "interview", QT_TRANSLATE_NOOP("fg::core::MeasureKind", "Interview (约谈)"),
        "约谈" },
    { MeasureKind::Supervision, "supervision",
        QT_TRANSLATE_NOOP("fg::core::MeasureKind", "Listed supervision (挂牌督办)"), "挂牌督办" },
    { MeasureKind::SuspendApprovals, "suspend_approvals",
        QT_TRANSLATE_NOOP("fg::core::MeasureKind", "Land approvals suspended (暂停用地审批)"),
        "暂停用地审批" },
    { MeasureKind::Criticism, "criticism",
        QT_TRANSLATE_NOOP("fg::core::MeasureKind", "Public criticism (通报批评)"), "通报批评" },
    { MeasureKind::Commendation, "commendation",
        QT_TRANSLATE_NOOP("fg::core::MeasureKind", "Public commendation (通报表扬)"), "通报表扬" },
};

} // namespace

QList<MeasureKind> allMeasureKinds()
{
    return detail::enumValues(kMeasures);
}

QString measureKindCode(MeasureKind kind)
{
    return QLatin1String(detail::enumEntry(kMeasures, kind).code);
}

QString measureKindTerm(MeasureKind kind)
{
    return QString::fromUtf8(detail::enumEntry(kMeasures, kind).term);
}

QString measureKindName(MeasureKind kind)
{
    return QCoreApplication::translate("fg::core::MeasureKind", detail::enumEntry(kMeasures, kind).name);
}

bool parseMeasureKind(const QString &text, MeasureKind *kind)
{
    const QString t = text.trimmed();
    for (const MeasureEntry &entry : kMeasures) {
        if (t == QLatin1String(entry.code) || t == QString::fromUtf8(entry.term)
            || t.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0
            || t == measureKindName(entry.value)) {
            *kind = entry.value;
            return true;
        }
    }
    return false;
}

void TownshipMeasure::validate(const QString &source) const
{
    if (township.trimmed().isEmpty())
        throw InputError(source, tr("a measure needs the township it was taken against"));
    if (!date.isValid())
        throw InputError(source, tr("a measure needs its date (YYYY-MM-DD)"), township);
    if (issuedBy.trimmed().isEmpty())
        throw InputError(source, tr("a measure needs the body that issued it"), township);
}

} // namespace fg::core
