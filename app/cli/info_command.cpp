// SPDX-License-Identifier: MIT
#include "app/cli/info_command.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/io/working_crs.h"

#include <QCommandLineParser>

#include <memory>

namespace fg::app {

namespace {

QString fieldTypeName(gis::FieldType type)
{
    switch (type) {
    case gis::FieldType::Integer:
        return QStringLiteral("Integer");
    case gis::FieldType::Real:
        return QStringLiteral("Real");
    case gis::FieldType::Text:
        return QStringLiteral("String");
    case gis::FieldType::Date:
        return QStringLiteral("Date");
    case gis::FieldType::DateTime:
        return QStringLiteral("DateTime");
    case gis::FieldType::Other:
        break;
    }
    return QStringLiteral("Other");
}

const QString kIndent = QStringLiteral("  ");
const QString kDetail = QStringLiteral("      ");

} // namespace

QString InfoCommand::summary() const
{
    return tr("describe layers: driver, features, geometry, CRS, extent, encoding, fields");
}

bool InfoCommand::parseKind(const QString &text, gis::GeometryKind &kind)
{
    const QString k = text.trimmed().toLower();
    if (k.isEmpty())
        kind = gis::GeometryKind::Unknown;
    else if (k == QLatin1String("polygon"))
        kind = gis::GeometryKind::Polygon;
    else if (k == QLatin1String("line"))
        kind = gis::GeometryKind::Line;
    else if (k == QLatin1String("point"))
        kind = gis::GeometryKind::Point;
    else
        return false;
    return true;
}

void InfoCommand::printCrs(const gis::VectorLayer &layer, QTextStream &out)
{
    const gis::CrsDecision &crs = layer.crs;
    QString text;
    if (crs.epsg)
        text = QStringLiteral("EPSG:%1 %2").arg(crs.epsg).arg(crs.name);
    else if (crs.known())
        text = tr("%1 (no EPSG code)").arg(crs.name);
    else
        text = tr("unknown");
    out << kIndent << tr("CRS: %1").arg(text) << '\n';
    out << kDetail << tr("decided: %1").arg(crs.how) << '\n';
    const QRectF e = layer.extent();
    if (layer.featureCount() == 0 || (e.isNull() && !layer.geometry(0)))
        out << kIndent << tr("Extent: none (no geometries)") << '\n';
    else
        out << kIndent
            << tr("Extent: %1, %2 - %3, %4")
                   .arg(e.left(), 0, 'f', 6)
                   .arg(e.top(), 0, 'f', 6)
                   .arg(e.right(), 0, 'f', 6)
                   .arg(e.bottom(), 0, 'f', 6)
            << '\n';
    try {
        const gis::WorkingCrsChoice working = gis::chooseWorkingCrs({ &layer }, m_workingCrs);
        out << kIndent << tr("Working CRS: %1").arg(working.how) << '\n';
    } catch (const core::InputError &e) {
        out << kIndent << tr("Working CRS: cannot choose: %1").arg(e.problem()) << '\n';
    }
}

void InfoCommand::printGeometryCheck(const gis::VectorLayer &layer, QTextStream &out)
{
    const gis::GeometryCheckReport &r = layer.geometryCheck;
    out << kIndent
        << tr("Geometry check: %1 invalid (%2 repaired, %3 collapsed and skipped), %4 null or empty "
              "skipped, %5 of another kind skipped")
               .arg(r.invalidCount())
               .arg(r.repairedFids.size())
               .arg(r.collapsedFids.size())
               .arg(r.emptyFids.size())
               .arg(r.wrongKindFids.size())
        << '\n';
}

void InfoCommand::printFields(const gis::VectorLayer &layer, QTextStream &out)
{
    out << kIndent << tr("Fields:") << '\n';
    for (const auto &f : layer.fields)
        out << kIndent << kIndent << f.name << " (" << fieldTypeName(f.type) << ")\n";
    if (layer.featureCount() == 0)
        return;
    out << kIndent << tr("First feature (FID %1):").arg(layer.fid(0)) << '\n';
    for (size_t i = 0; i < layer.fields.size(); ++i)
        out << kIndent << kIndent << layer.fields[i].name << " = " << layer.value(0, int(i)).toString()
            << '\n';
}

void InfoCommand::printLayer(const QString &path, const gis::VectorLayer &layer, QTextStream &out)
{
    out << tr("Layer: %1 (%2)").arg(layer.name, path) << '\n';
    out << kIndent << tr("Driver: %1").arg(layer.driver) << '\n';
    out << kIndent << tr("Features: %1").arg(layer.featureCount()) << '\n';
    out << kIndent << tr("Geometry: %1").arg(layer.geometryTypeName) << '\n';
    printCrs(layer, out);
    out << kIndent << tr("Encoding: %1").arg(layer.encoding.encoding)
        << (layer.encoding.overridden ? tr(" (given with --encoding)") : QString()) << '\n';
    out << kDetail << tr("evidence: %1").arg(layer.encoding.evidence) << '\n';
    printGeometryCheck(layer, out);
    printFields(layer, out);
    if (!layer.warnings.isEmpty()) {
        out << kIndent << tr("Warnings:") << '\n';
        for (const QString &w : layer.warnings)
            out << kIndent << "- " << w << '\n';
    }
}

int InfoCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Describe each vector layer as FarmGuard reads it."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("encoding"),
        tr("Attribute text encoding (overrides detection), e.g. GBK, UTF-8."), tr("NAME") });
    parser.addOption(
        { QStringLiteral("crs"), tr("Source CRS (overrides detection), e.g. EPSG:4547."), tr("CRS") });
    parser.addOption({ QStringLiteral("working-crs"),
        tr("Working CRS for analysis (a CGCS2000 3-degree zone, EPSG:4513-4554); default: the zone of the "
           "data."),
        tr("CRS") });
    parser.addOption({ QStringLiteral("layer"),
        tr("Layer inside a multi-layer source (GeoPackage, FileGDB, GPX)."), tr("NAME") });
    parser.addOption(
        { QStringLiteral("expect"), tr("Required geometry kind: polygon, line or point."), tr("KIND") });
    parser.addOption({ QStringLiteral("restore-shx"),
        tr("Rebuild a missing .shx in a temporary copy (your folder is not changed).") });
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Layer files to describe."), tr("PATH..."));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(err, tr("farmguard-cli info: give at least one PATH (see --help)"));
    gis::ReadOptions options;
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.crs = parser.value(QStringLiteral("crs"));
    options.layerName = parser.value(QStringLiteral("layer"));
    options.restoreMissingShx = parser.isSet(QStringLiteral("restore-shx"));
    m_workingCrs = parser.value(QStringLiteral("working-crs"));
    if (!parseKind(parser.value(QStringLiteral("expect")), options.expectedKind))
        return usageError(err,
            tr("farmguard-cli info: --expect takes polygon, line or point, not '%1'")
                .arg(parser.value(QStringLiteral("expect"))));
    if (!m_workingCrs.isEmpty() && !gis::isCgcs2000GaussKrugerZone(gis::parseEpsgCode(m_workingCrs)))
        return usageError(
            err, tr("farmguard-cli info: --working-crs must be a CGCS2000 3-degree zone, EPSG:4513-4554"));
    int code = ExitOk;
    std::vector<std::unique_ptr<gis::VectorLayer>> layers;
    for (const QString &path : paths) {
        try {
            layers.push_back(std::make_unique<gis::VectorLayer>(gis::readLayer(path, options)));
            printLayer(path, *layers.back(), out);
        } catch (const core::InputError &e) {
            err << tr("error: %1").arg(e.message()) << '\n';
            code = ExitBadInput;
        }
    }
    if (layers.size() > 1) {
        std::vector<const gis::VectorLayer *> all;
        for (const auto &layer : layers)
            all.push_back(layer.get());
        try {
            out << tr("Working CRS for all layers: %1").arg(gis::chooseWorkingCrs(all, m_workingCrs).how)
                << '\n';
        } catch (const core::InputError &e) {
            out << tr("Working CRS for all layers: cannot choose: %1").arg(e.message()) << '\n';
        }
    }
    return code;
}

} // namespace fg::app
