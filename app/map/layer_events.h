// SPDX-License-Identifier: MIT
#pragma once

#include "app/map/message_bar.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace fg::gis {
class VectorLayer;
}

namespace fg::app {

struct SourceFacts;

/// One thing worth telling about a layer just opened.
struct LayerNotice
{
    enum class Kind { Opened, Geometry, Gcj02, CrsMismatch };
    Kind kind = Kind::Opened;
    MessageBar::Level level = MessageBar::Level::Info;
    QString text;
};

/// What the message bar says about a layer just opened: its features, encoding and CRS and how
/// they were decided; repaired and skipped geometries; suspected GCJ-02 coordinates; a declared
/// CRS that does not fit the coordinates. Pure; UI language.
class LayerEvents
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::LayerEvents)

public:
    static std::vector<LayerNotice> notices(
        const gis::VectorLayer &layer, const SourceFacts &facts, const QString &title);
};

} // namespace fg::app
