// SPDX-License-Identifier: MIT
#include "gis/render/land_use_palette.h"

#include "core/land_class.h"

#include <QHash>

namespace fg::gis {

namespace {

// The colours of the 三调 land-use symbology as county land-survey offices use them (the
// 三调 map template shipped with Chinese GIS platforms, e.g. MapGIS's "三调样式"): 0101
// 水田 (248,208,114), 0102 水浇地 (248,231,28), 0103 旱地 (255,251,177), and so on.
struct ClassColour
{
    const char *code;
    QRgb rgb;
};

constexpr ClassColour kExact[] = {
    {"0101", qRgb(248, 208, 114)}, {"0102", qRgb(248, 231, 28)},  {"0103", qRgb(255, 251, 177)},
    {"0201", qRgb(214, 167, 201)}, {"0202", qRgb(213, 167, 176)}, {"0203", qRgb(231, 204, 226)},
    {"0204", qRgb(231, 204, 226)}, {"0301", qRgb(49, 173, 105)},  {"0302", qRgb(49, 173, 105)},
    {"0303", qRgb(49, 173, 105)},  {"0304", qRgb(49, 173, 105)},  {"0305", qRgb(100, 185, 104)},
    {"0306", qRgb(100, 185, 104)}, {"0307", qRgb(151, 207, 178)}, {"0401", qRgb(131, 194, 56)},
    {"0402", qRgb(131, 194, 56)},  {"0403", qRgb(154, 206, 127)}, {"0404", qRgb(200, 227, 160)},
    {"0508", qRgb(197, 154, 140)}, {"0601", qRgb(197, 154, 140)}, {"0602", qRgb(197, 154, 140)},
    {"0701", qRgb(229, 103, 102)}, {"0702", qRgb(236, 137, 138)}, {"0809", qRgb(241, 165, 180)},
    {"0810", qRgb(129, 195, 93)},  {"1001", qRgb(209, 201, 211)}, {"1002", qRgb(209, 201, 211)},
    {"1003", qRgb(210, 216, 201)}, {"1004", qRgb(222, 222, 221)}, {"1005", qRgb(170, 169, 169)},
    {"1006", qRgb(194, 193, 193)}, {"1007", qRgb(235, 137, 126)}, {"1008", qRgb(235, 137, 126)},
    {"1009", qRgb(235, 137, 126)}, {"1101", qRgb(163, 214, 245)}, {"1102", qRgb(163, 214, 245)},
    {"1103", qRgb(163, 214, 245)}, {"1104", qRgb(144, 170, 207)}, {"1105", qRgb(179, 222, 248)},
    {"1106", qRgb(179, 222, 248)}, {"1107", qRgb(160, 205, 240)}, {"1108", qRgb(175, 200, 220)},
    {"1109", qRgb(230, 130, 100)}, {"1110", qRgb(215, 237, 251)}, {"1201", qRgb(225, 220, 225)},
    {"1202", qRgb(220, 180, 130)}, {"1203", qRgb(200, 204, 210)}, {"1204", qRgb(200, 190, 170)},
    {"1205", qRgb(200, 190, 170)}, {"1206", qRgb(215, 200, 185)}, {"1207", qRgb(222, 221, 214)},
};

// First-level categories for codes the table does not list.
constexpr ClassColour kCategory[] = {
    {"01", qRgb(255, 251, 177)}, {"02", qRgb(214, 167, 201)}, {"03", qRgb(49, 173, 105)},
    {"04", qRgb(154, 206, 127)}, {"05", qRgb(226, 161, 149)}, {"06", qRgb(197, 154, 140)},
    {"07", qRgb(236, 137, 138)}, {"08", qRgb(241, 165, 180)}, {"09", qRgb(193, 114, 97)},
    {"10", qRgb(194, 193, 193)}, {"11", qRgb(163, 214, 245)}, {"12", qRgb(222, 221, 214)},
};

QHash<QString, QRgb> buildTable()
{
    QHash<QString, QRgb> map;
    for (const ClassColour &c : kExact)
        map.insert(QString::fromLatin1(c.code), c.rgb);
    for (const ClassColour &c : kCategory)
        map.insert(QString::fromLatin1(c.code), c.rgb);
    return map;
}

} // namespace

QColor landUseColor(const QString &dlbm)
{
    static const QHash<QString, QRgb> colours = buildTable();
    const QString code = core::normalizedLandClass(dlbm);
    auto it = colours.constFind(core::baseLandClass(code));
    if (code.size() >= 4 && it != colours.constEnd())
        return QColor::fromRgb(*it);
    it = colours.constFind(code.left(2));
    if (code.size() >= 2 && it != colours.constEnd())
        return QColor::fromRgb(*it);
    return QColor(210, 210, 210);
}

} // namespace fg::gis
