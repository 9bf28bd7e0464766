// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/command.h"
#include "gis/io/vector_layer.h"

namespace fg::app {

/// `farmguard-cli info PATH...`: what a layer is, as the reader understood it: driver, features,
/// geometry, CRS and how it was decided, extent, encoding and its evidence, geometry check counts,
/// fields, the first feature, warnings, and the working CRS analysis would use.
/// Exit 3 with one stderr line per unreadable file, 2 on usage errors.
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    static bool parseKind(const QString &text, gis::GeometryKind &kind);
    void printLayer(const QString &path, const gis::VectorLayer &layer, QTextStream &out);
    void printCrs(const gis::VectorLayer &layer, QTextStream &out);
    static void printGeometryCheck(const gis::VectorLayer &layer, QTextStream &out);
    static void printFields(const gis::VectorLayer &layer, QTextStream &out);

    QString m_workingCrs;
};

} // namespace fg::app
