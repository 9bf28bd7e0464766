// SPDX-License-Identifier: MIT
#include "core/land_class.h"

#include <QHash>

namespace fg::core {

QString landClassName(const QString &code)
{
    // The classes a county's 三调 DLTB layer commonly holds (DOMAIN.md §4); the names are the
    // standard's own and are printed as they are, in Chinese, whatever the UI language.
    static const QHash<QString, QString> names {
        { QStringLiteral("0101"), QStringLiteral("水田") },
        { QStringLiteral("0102"), QStringLiteral("水浇地") },
        { QStringLiteral("0103"), QStringLiteral("旱地") },
        { QStringLiteral("0201"), QStringLiteral("果园") },
        { QStringLiteral("0202"), QStringLiteral("茶园") },
        { QStringLiteral("0204"), QStringLiteral("其他园地") },
        { QStringLiteral("0301"), QStringLiteral("乔木林地") },
        { QStringLiteral("0302"), QStringLiteral("竹林地") },
        { QStringLiteral("0305"), QStringLiteral("灌木林地") },
        { QStringLiteral("0307"), QStringLiteral("其他林地") },
        { QStringLiteral("0401"), QStringLiteral("天然牧草地") },
        { QStringLiteral("0403"), QStringLiteral("人工牧草地") },
        { QStringLiteral("0404"), QStringLiteral("其他草地") },
        { QStringLiteral("0601"), QStringLiteral("工业用地") },
        { QStringLiteral("0602"), QStringLiteral("采矿用地") },
        { QStringLiteral("0701"), QStringLiteral("城镇住宅用地") },
        { QStringLiteral("0702"), QStringLiteral("农村宅基地") },
        { QStringLiteral("1003"), QStringLiteral("公路用地") },
        { QStringLiteral("1006"), QStringLiteral("农村道路") },
        { QStringLiteral("1101"), QStringLiteral("河流水面") },
        { QStringLiteral("1104"), QStringLiteral("坑塘水面") },
        { QStringLiteral("1107"), QStringLiteral("沟渠") },
        { QStringLiteral("1202"), QStringLiteral("设施农用地") },
        { QStringLiteral("1203"), QStringLiteral("田坎") },
        { QStringLiteral("1204"), QStringLiteral("盐碱地") },
        { QStringLiteral("1206"), QStringLiteral("裸土地") },
        { QStringLiteral("1207"), QStringLiteral("裸岩石砾地") },
    };
    return names.value(code.trimmed());
}

} // namespace fg::core
