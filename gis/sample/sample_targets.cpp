// SPDX-License-Identifier: MIT
#include "gis/sample/sample_targets.h"

#include "core/input_error.h"
#include "core/land_class.h"
#include "core/units.h"
#include "gis/analysis/land_inside.h"
#include "gis/geometry/area_calculator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cmath>

namespace fg::gis::sample {

namespace {

int fieldIndex(const SampleLayer &layer, const QString &name)
{
    for (size_t k = 0; k < layer.fields.size(); ++k)
        if (layer.fields[k].name == name)
            return int(k);
    return -1;
}

/// The ellipsoidal mu of @p parcels inside @p area.
double muInside(const std::vector<const GEOSGeometry *> &parcels, const GEOSGeometry *area,
    const AreaCalculator &calculator)
{
    const GeosGeometryPtr land = landInside(parcels, area);
    return land ? core::squareMetresToMu(calculator.area(land.get(), AreaMethod::Ellipsoidal)) : 0.0;
}

} // namespace

QString writeTargets(const SampleLayer &townships, const SampleLayer &landUse, const SampleLayer &farmland,
    int workingEpsg, const QString &dir)
{
    const AreaCalculator calculator(workingEpsg);
    const int classField = fieldIndex(landUse, QStringLiteral("DLBM"));
    const int nameField = fieldIndex(townships, QStringLiteral("XZQMC"));
    std::vector<const GEOSGeometry *> cultivated, basic;
    for (int row = 0; row < landUse.size(); ++row)
        if (core::landClassMatches(
                landUse.rows[size_t(row)][size_t(classField)].toString(), core::cultivatedLandClasses()))
            cultivated.push_back(landUse.geometries[size_t(row)].get());
    for (const GeosGeometryPtr &parcel : farmland.geometries)
        basic.push_back(parcel.get());
    QString csv = QStringLiteral("township,cultivated_mu,basic_farmland_mu\n");
    for (int row = 0; row < townships.size(); ++row) {
        const QString name = townships.rows[size_t(row)][size_t(nameField)].toString();
        const GEOSGeometry *area = townships.geometries[size_t(row)].get();
        const double cultivatedMu = std::floor(muInside(cultivated, area, calculator) * 0.98);
        const double basicMu = muInside(basic, area, calculator);
        const double basicTarget = name == QString::fromUtf8(kShortTownship) ? std::ceil(basicMu) + 30
                                                                             : std::floor(basicMu * 0.98);
        csv += QStringLiteral("%1,%2,%3\n").arg(name).arg(qint64(cultivatedMu)).arg(qint64(basicTarget));
    }
    const QString path = QDir(dir).absoluteFilePath(QString::fromLatin1(kTargetsFile));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv.toUtf8()) < 0)
        throw core::InputError(
            path, QCoreApplication::translate("fg::gis::SampleGenerator", "cannot write the file"));
    return path;
}

} // namespace fg::gis::sample
