// SPDX-License-Identifier: MIT
#include "core/input_error.h"

#include <QCoreApplication>

namespace fg::core {

namespace {
QString compose(const QString &file, const QString &feature, const QString &problem)
{
    QString text = file.isEmpty() ? QString() : file + QStringLiteral(": ");
    if (!feature.isEmpty())
        text += QCoreApplication::translate("fg::core::InputError", "feature %1: ").arg(feature);
    return text + problem;
}
} // namespace

InputError::InputError(QString file, QString problem, QString feature)
    : std::runtime_error(compose(file, feature, problem).toStdString())
    , m_file(std::move(file))
    , m_feature(std::move(feature))
    , m_problem(std::move(problem))
{
}

QString InputError::message() const
{
    return compose(m_file, m_feature, m_problem);
}

} // namespace fg::core
