// SPDX-License-Identifier: MIT
#include "app/cli/info_command.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"

#include <QCommandLineParser>

namespace fg::app {

namespace {

QString fieldTypeName(gis::FieldType type)
{
    switch (type) {
    case gis::FieldType::Integer: return QStringLiteral("Integer");
    case gis::FieldType::Real: return QStringLiteral("Real");
    case gis::FieldType::Text: return QStringLiteral("String");
    case gis::FieldType::Date: return QStringLiteral("Date");
    case gis::FieldType::DateTime: return QStringLiteral("DateTime");
    case gis::FieldType::Other: break;
    }
    return QStringLiteral("Other");
}

} // namespace

QString InfoCommand::summary() const
{
    return tr("describe layers: driver, features, geometry, CRS, extent, encoding, fields");
}

int InfoCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Describe each vector layer as FarmGuard reads it."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("encoding"), tr("Attribute text encoding (overrides detection)."), tr("NAME")});
    parser.addOption({QStringLiteral("crs"), tr("Source CRS (overrides detection), e.g. EPSG:4547."), tr("CRS")});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Layer files to describe."), tr("PATH..."));
    if (!parser.parse(QStringList{QStringLiteral("farmguard-cli info")} + args)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << tr("farmguard-cli info: give at least one PATH (see --help)") << '\n';
        return ExitUsage;
    }
    gis::ReadOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.crs = parser.value(QStringLiteral("crs"));
    int code = ExitOk;
    for (const QString &path : paths) {
        try {
            const gis::VectorLayer layer = gis::readLayer(path, options);
            out << tr("Layer: %1 (%2)").arg(layer.name, path) << '\n';
            out << "  " << tr("Driver: %1").arg(layer.driver) << '\n';
            out << "  " << tr("Features: %1").arg(layer.featureCount()) << '\n';
            out << "  " << tr("Geometry: %1").arg(layer.geometryTypeName) << '\n';
            out << "  " << tr("CRS: %1").arg(layer.crs.epsg ? QStringLiteral("EPSG:%1 %2").arg(layer.crs.epsg).arg(layer.crs.name) : layer.crs.name) << '\n';
            const QRectF e = layer.extent();
            out << "  " << tr("Extent: %1, %2 - %3, %4").arg(e.left(), 0, 'f', 3).arg(e.top(), 0, 'f', 3).arg(e.right(), 0, 'f', 3).arg(e.bottom(), 0, 'f', 3) << '\n';
            out << "  " << tr("Encoding: %1").arg(layer.encoding.encoding) << '\n';
            out << "  " << tr("Fields:") << '\n';
            for (const auto &f : layer.fields)
                out << "    " << f.name << " (" << fieldTypeName(f.type) << ")\n";
            if (layer.featureCount() > 0) {
                out << "  " << tr("First feature (FID %1):").arg(layer.fid(0)) << '\n';
                for (size_t i = 0; i < layer.fields.size(); ++i)
                    out << "    " << layer.fields[i].name << " = " << layer.value(0, int(i)).toString() << '\n';
            }
        } catch (const core::InputError &e) {
            err << tr("error: %1").arg(e.message()) << '\n';
            code = ExitBadInput;
        }
    }
    return code;
}

} // namespace fg::app
