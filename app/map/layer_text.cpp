// SPDX-License-Identifier: MIT
#include "app/map/layer_text.h"

#include "core/cases/violation_type.h"
#include "core/input_error.h"
#include "gis/io/vector_layer.h"
#include "gis/store/incident_record.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace fg::app {

namespace {

struct Name
{
    const char *key;
    const char *text;
};

// Standard table names (三调 DLTB, 永久基本农田 JBNTBHTB, 行政区 XZQ …, a FarmGuard project's tables
// and the sample's files): keys compared in lower case.
constexpr Name kTables[] = {
    { "dltb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Land-use parcels (3rd survey)") },
    { "landuse", QT_TRANSLATE_NOOP("fg::app::LayerText", "Land-use parcels (3rd survey)") },
    { "cultivated", QT_TRANSLATE_NOOP("fg::app::LayerText", "Cultivated land") },
    { "jbnttb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Permanent basic farmland") },
    { "jbntbhtb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Permanent basic farmland") },
    { "yjjbntbhtb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Permanent basic farmland") },
    { "basic_farmland", QT_TRANSLATE_NOOP("fg::app::LayerText", "Permanent basic farmland") },
    { "incidents", QT_TRANSLATE_NOOP("fg::app::LayerText", "Monitored parcels (incidents)") },
    { "jctb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Monitored parcels (incidents)") },
    { "townships", QT_TRANSLATE_NOOP("fg::app::LayerText", "Township boundaries") },
    { "xzq", QT_TRANSLATE_NOOP("fg::app::LayerText", "Administrative areas") },
    { "villages", QT_TRANSLATE_NOOP("fg::app::LayerText", "Village boundaries") },
    { "cjdcq", QT_TRANSLATE_NOOP("fg::app::LayerText", "Village survey areas") },
    { "county", QT_TRANSLATE_NOOP("fg::app::LayerText", "County boundary") },
    { "grid_cells", QT_TRANSLATE_NOOP("fg::app::LayerText", "Patrol grid") },
    { "approvals", QT_TRANSLATE_NOOP("fg::app::LayerText", "Approved land (approvals)") },
};

// The 三调 (TD/T 1055-2019 database standard), 监测图斑 and FarmGuard project fields.
constexpr Name kFields[] = {
    { "bsm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Feature id") },
    { "ysdm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Feature code") },
    { "tbybh", QT_TRANSLATE_NOOP("fg::app::LayerText", "Parcel pre-number") },
    { "tbbh", QT_TRANSLATE_NOOP("fg::app::LayerText", "Parcel number") },
    { "dlbm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Land class code") },
    { "dlmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Land class name") },
    { "qsxz", QT_TRANSLATE_NOOP("fg::app::LayerText", "Ownership type") },
    { "qsdwdm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Owner code") },
    { "qsdwmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Owner") },
    { "zldwdm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Location code") },
    { "zldwmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Located in") },
    { "tbmj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Parcel area (m²)") },
    { "kcdlbm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Deducted class code") },
    { "kcxs", QT_TRANSLATE_NOOP("fg::app::LayerText", "Deduction coefficient") },
    { "kcmj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Deducted area (m²)") },
    { "tbdlmj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Net class area (m²)") },
    { "gdlx", QT_TRANSLATE_NOOP("fg::app::LayerText", "Cultivated land type") },
    { "gdpdjb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Slope grade") },
    { "gddb", QT_TRANSLATE_NOOP("fg::app::LayerText", "Cultivated land grade") },
    { "xzdwkd", QT_TRANSLATE_NOOP("fg::app::LayerText", "Linear feature width (m)") },
    { "tbxhdm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Refinement code") },
    { "tbxhmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Refinement") },
    { "zzsxdm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Planting code") },
    { "zzsxmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Planting") },
    { "czcsxm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Urban/village code") },
    { "sjnf", QT_TRANSLATE_NOOP("fg::app::LayerText", "Data year") },
    { "mssm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Description") },
    { "bz", QT_TRANSLATE_NOOP("fg::app::LayerText", "Remarks") },
    { "xzqdm", QT_TRANSLATE_NOOP("fg::app::LayerText", "Division code") },
    { "xzqmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Division name") },
    { "xzmc", QT_TRANSLATE_NOOP("fg::app::LayerText", "Township") },
    { "dcmj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Surveyed area (m²)") },
    { "jsmj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Computed area (m²)") },
    { "jcbh", QT_TRANSLATE_NOOP("fg::app::LayerText", "Monitoring number") },
    { "tblx", QT_TRANSLATE_NOOP("fg::app::LayerText", "Parcel type") },
    { "jcmj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Monitored area (m²)") },
    { "qsx", QT_TRANSLATE_NOOP("fg::app::LayerText", "Earlier image date") },
    { "hsx", QT_TRANSLATE_NOOP("fg::app::LayerText", "Later image date") },
    { "bgqdl", QT_TRANSLATE_NOOP("fg::app::LayerText", "Class before change") },
    { "bghdl", QT_TRANSLATE_NOOP("fg::app::LayerText", "Class after change") },
    { "wflx", QT_TRANSLATE_NOOP("fg::app::LayerText", "Violation type") },
    { "dsr", QT_TRANSLATE_NOOP("fg::app::LayerText", "Party") },
    { "fxrq", QT_TRANSLATE_NOOP("fg::app::LayerText", "Found on") },
    { "jcsj", QT_TRANSLATE_NOOP("fg::app::LayerText", "Monitored on") },
    { "bh", QT_TRANSLATE_NOOP("fg::app::LayerText", "Number") },
    { "wh", QT_TRANSLATE_NOOP("fg::app::LayerText", "Document number") },
    { "pzlx", QT_TRANSLATE_NOOP("fg::app::LayerText", "Approval kind") },
    { "pzrq", QT_TRANSLATE_NOOP("fg::app::LayerText", "Approved on") },
    { "qsrq", QT_TRANSLATE_NOOP("fg::app::LayerText", "Valid from") },
    { "zzrq", QT_TRANSLATE_NOOP("fg::app::LayerText", "Valid to (temporary use: end date)") },
    { "pzyt", QT_TRANSLATE_NOOP("fg::app::LayerText", "Approved use") },
    { "incident_id", QT_TRANSLATE_NOOP("fg::app::LayerText", "Number") },
    { "source", QT_TRANSLATE_NOOP("fg::app::LayerText", "Source") },
    { "discovery_date", QT_TRANSLATE_NOOP("fg::app::LayerText", "Found on") },
    { "township", QT_TRANSLATE_NOOP("fg::app::LayerText", "Township") },
    { "village", QT_TRANSLATE_NOOP("fg::app::LayerText", "Village") },
    { "party", QT_TRANSLATE_NOOP("fg::app::LayerText", "Party") },
    { "violation_type", QT_TRANSLATE_NOOP("fg::app::LayerText", "Violation type") },
    { "description", QT_TRANSLATE_NOOP("fg::app::LayerText", "Description") },
    { "area_m2", QT_TRANSLATE_NOOP("fg::app::LayerText", "Area (m²)") },
    { "basic_farmland_m2", QT_TRANSLATE_NOOP("fg::app::LayerText", "Basic farmland occupied (m²)") },
    { "cultivated_m2", QT_TRANSLATE_NOOP("fg::app::LayerText", "Cultivated land occupied (m²)") },
    { "cultivated_outside_m2",
        QT_TRANSLATE_NOOP("fg::app::LayerText", "Cultivated land outside basic farmland occupied (m²)") },
    { "basic_farmland_mu", QT_TRANSLATE_NOOP("fg::app::LayerText", "Basic farmland occupied (mu)") },
    { "cultivated_mu", QT_TRANSLATE_NOOP("fg::app::LayerText", "Cultivated land occupied (mu)") },
    { "verdict", QT_TRANSLATE_NOOP("fg::app::LayerText", "Verdict") },
    { "area_method", QT_TRANSLATE_NOOP("fg::app::LayerText", "Area method") },
    { "shape_area", QT_TRANSLATE_NOOP("fg::app::LayerText", "Source's computed area (m²)") },
    { "shape_leng", QT_TRANSLATE_NOOP("fg::app::LayerText", "Source's computed perimeter (m)") },
};

QHash<QString, const char *> table(const Name *begin, const Name *end)
{
    QHash<QString, const char *> out;
    for (const Name *n = begin; n != end; ++n)
        out.insert(QString::fromLatin1(n->key), n->text);
    return out;
}

/// Area and length fields print two decimals; other reals up to six, trailing zeros dropped.
bool measureField(const QString &name)
{
    const QString n = name.toLower();
    for (const char *needle : { "mj", "area", "_m2", "_mu", "leng", "perimeter" })
        if (n.contains(QLatin1String(needle)))
            return true;
    return n.contains(QStringLiteral("面积")) || n.contains(QStringLiteral("周长"));
}

/// A FarmGuard project's stored codes in words; empty when the field holds no such code.
QString codedValue(const QString &code, const QString &fieldName)
{
    const QString field = fieldName.toLower();
    try {
        if (field == QLatin1String("violation_type"))
            return core::violationTypeName(core::violationTypeFromCode(code));
        if (field == QLatin1String("source"))
            return gis::incidentSourceName(gis::incidentSourceFromText(code));
    } catch (const core::InputError &) {
        return {};
    }
    static const std::pair<const char *, const char *> words[]
        = { { "accountability",
                QT_TRANSLATE_NOOP("fg::app::LayerText", "reaches the accountability thresholds") },
              { "below", QT_TRANSLATE_NOOP("fg::app::LayerText", "below the thresholds") },
              { "ellipsoidal", QT_TRANSLATE_NOOP("fg::app::LayerText", "Ellipsoidal area") },
              { "geodesic", QT_TRANSLATE_NOOP("fg::app::LayerText", "Geodesic area") },
              { "planar", QT_TRANSLATE_NOOP("fg::app::LayerText", "Planar area") } };
    if (field == QLatin1String("verdict") || field == QLatin1String("area_method"))
        for (const auto &[key, text] : words)
            if (code == QLatin1String(key))
                return LayerText::tr(text);
    return {};
}

} // namespace

QString LayerText::title(const gis::VectorLayer &layer)
{
    static const QHash<QString, const char *> tables = table(std::begin(kTables), std::end(kTables));
    const QString base = QFileInfo(layer.sourcePath).completeBaseName();
    for (const QString &key : { layer.name.toLower(), base.toLower() })
        if (const auto it = tables.constFind(key); it != tables.constEnd())
            return tr(*it);
    // A single-layer file is known by its file name; a GeoPackage's table by its own name.
    const bool singleLayerFile = !base.isEmpty()
        && !layer.sourcePath.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)
        && !layer.driver.contains(QLatin1String("project"), Qt::CaseInsensitive);
    return singleLayerFile ? base : layer.name;
}

QString LayerText::alias(const QString &fieldName)
{
    static const QHash<QString, const char *> fields = table(std::begin(kFields), std::end(kFields));
    const auto it = fields.constFind(fieldName.toLower());
    return it == fields.constEnd() ? QString() : tr(*it);
}

QString LayerText::fieldLabel(const QString &fieldName)
{
    const QString words = alias(fieldName);
    return words.isEmpty() ? fieldName : tr("%1 %2").arg(words, fieldName);
}

QString LayerText::value(const QVariant &value, const QString &fieldName)
{
    const QLocale c = QLocale::c();
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return value.toString();
        if (measureField(fieldName))
            return c.toString(v, 'f', 2);
        QString text = c.toString(v, 'f', 6);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text == QLatin1String("-0") ? QStringLiteral("0") : text;
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        break;
    }
    const QString text = value.toString();
    const QString words = codedValue(text, fieldName);
    return words.isEmpty() ? text : words;
}

} // namespace fg::app
