// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <stdexcept>

namespace fg::core {

/// The one error funnel for bad input: names the file, the feature (if any) and the problem.
/// Thrown by gis/ boundary functions after C error handlers have returned; never through C frames.
/// The CLI maps it to exit code 3, the GUI to a message box.
class InputError : public std::runtime_error
{
public:
    InputError(QString file, QString problem, QString feature = {});

    const QString &file() const { return m_file; }
    const QString &feature() const { return m_feature; }
    const QString &problem() const { return m_problem; }

    /// "FILE: feature F: PROBLEM" — one line for stderr or a dialog.
    QString message() const;

private:
    QString m_file;
    QString m_feature;
    QString m_problem;
};

} // namespace fg::core
