// SPDX-License-Identifier: MIT
#pragma once

#include "core/input_error.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fg::core {

/// Input refused as a whole for several reasons found before anything was written (an incident
/// layer with features outside the county, NaN coordinates, duplicate ids …). Its own message is
/// the summary ("FILE: N problems: nothing was imported"); lines() gives one line per reason
/// (each "FILE: feature F: PROBLEM") followed by the summary, for stderr or a dialog. The CLI maps
/// it to exit code 3 like any InputError.
class InputRejected : public InputError
{
    Q_DECLARE_TR_FUNCTIONS(fg::core::InputRejected)

public:
    InputRejected(QString file, QString summary, std::vector<InputError> reasons);

    const std::vector<InputError> &reasons() const { return m_reasons; }
    /// Each reason's message, at most @p limit of them (then "… and N more"), then the summary.
    QStringList lines(int limit = 50) const;

private:
    std::vector<InputError> m_reasons;
};

} // namespace fg::core
