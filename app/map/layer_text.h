// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace fg::gis {
class VectorLayer;
struct FieldDefinition;
} // namespace fg::gis

namespace fg::app {

/// What a layer and its fields are called on screen, in the UI language: layer titles from the
/// file (the standard names of the 三调 and the project's tables in words), Chinese aliases of
/// the 三调 / 监测图斑 standard fields, and values in fixed notation. Pure; any thread.
class LayerText
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::LayerText)

public:
    /// The layer's title: a standard table name (DLTB, JBNTBHTB, incidents, townships …) in
    /// words; otherwise the file's own name (a single-layer file), else the source's layer name.
    static QString title(const gis::VectorLayer &layer);
    /// The words for a standard field (DLBM → 地类编码, TBMJ → 图斑面积（平方米）); empty when
    /// the field is not a standard one.
    static QString alias(const QString &fieldName);
    /// The alias with the field name after it ("地类编码 DLBM"), or the field name alone.
    static QString fieldLabel(const QString &fieldName);
    /// A value as the attribute table and identify show it: real numbers in fixed notation
    /// (never 2.90511e+09; two decimals for areas and lengths, else up to six), dates as ISO, and a
    /// project's stored codes (violation_type, source, verdict, area_method) in words.
    static QString value(const QVariant &value, const QString &fieldName);
};

} // namespace fg::app
