// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fg::gis {

class VectorLayer;

/// The data notes an official report prints (数据说明): per layer, what was repaired or left out
/// in words, the layer named by its role (永久基本农田图层), never by a file path or a library's
/// name; then the analysis's own notes with any layer path replaced by its role. Pure.
class ReportNotes
{
    Q_DECLARE_TR_FUNCTIONS(fg::gis::ReportNotes)

public:
    struct Layer
    {
        const VectorLayer *layer = nullptr; ///< null: not given
        QString role; ///< e.g. tr("basic farmland layer")
    };

    static QStringList of(const std::vector<Layer> &layers, const QStringList &analysisNotes);
};

} // namespace fg::gis
