// SPDX-License-Identifier: MIT
#include "core/cases/step_note.h"

namespace fg::core {

namespace {

/// The stored marker is the county's own word for a document number, not a UI string: the
/// note is printed as recorded.
QString marker()
{
    return QStringLiteral("文号：");
}

} // namespace

StepNote StepNote::parse(const QString &stored)
{
    if (!stored.startsWith(marker()))
        return { {}, stored };
    const qsizetype end = stored.indexOf(QLatin1Char('\n'));
    const QString number = stored.mid(marker().size(), end < 0 ? -1 : end - marker().size()).trimmed();
    return { number, end < 0 ? QString() : stored.mid(end + 1) };
}

QString StepNote::stored() const
{
    const QString number = documentNumber.trimmed();
    if (number.isEmpty())
        return text;
    return text.isEmpty() ? marker() + number : marker() + number + QLatin1Char('\n') + text;
}

} // namespace fg::core
