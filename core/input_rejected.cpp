// SPDX-License-Identifier: MIT
#include "core/input_rejected.h"

namespace fg::core {

InputRejected::InputRejected(QString file, QString summary, std::vector<InputError> reasons)
    : InputError(std::move(file), std::move(summary))
    , m_reasons(std::move(reasons))
{
}

QStringList InputRejected::lines(int limit) const
{
    QStringList result;
    const int count = static_cast<int>(m_reasons.size());
    for (int i = 0; i < count && i < limit; ++i)
        result << m_reasons[static_cast<size_t>(i)].message();
    if (count > limit)
        result << tr("... and %1 more").arg(count - limit);
    result << message();
    return result;
}

} // namespace fg::core
