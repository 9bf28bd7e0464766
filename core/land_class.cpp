// SPDX-License-Identifier: MIT
#include "core/land_class.h"

#include <QHash>

namespace fg::core {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0);
}

} // namespace

const QStringList &cultivatedLandClasses()
{
    static const QStringList classes { QStringLiteral("0101"), QStringLiteral("0102"),
        QStringLiteral("0103") };
    return classes;
}

QString normalizedLandClass(const QString &code)
{
    qsizetype begin = 0;
    qsizetype end = code.size();
    while (begin < end && isBlank(code.at(begin)))
        ++begin;
    while (end > begin && isBlank(code.at(end - 1)))
        --end;
    QString result;
    result.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        QChar c = code.at(i);
        // Full-width forms of ASCII ("０１０３", "Ｋ") are what a Chinese input method types.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
        result.append(c.toUpper());
    }
    return result;
}

bool isCultivatedLandClass(const QString &code)
{
    return cultivatedLandClasses().contains(normalizedLandClass(code));
}

bool landClassMatches(const QString &code, const QStringList &classes)
{
    const QString normalized = normalizedLandClass(code);
    if (normalized.isEmpty())
        return false;
    for (const QString &entry : classes) {
        const QString wanted = normalizedLandClass(entry);
        if (wanted.isEmpty())
            continue;
        const bool firstLevel = wanted.size() == 2 && wanted.at(0).isDigit() && wanted.at(1).isDigit();
        if (firstLevel ? normalized.startsWith(wanted) : normalized == wanted)
            return true;
    }
    return false;
}

QString baseLandClass(const QString &code)
{
    return normalizedLandClass(code).left(4);
}

QString landClassName(const QString &code)
{
    // 三调 工作分类 (TD/T 1055-2019, after GB/T 21010-2017): the names are the standard's own and
    // are printed as they are, in Chinese, whatever the UI language.
    static const QHash<QString, QString> names {
        { QStringLiteral("0101"), QStringLiteral("水田") },
        { QStringLiteral("0102"), QStringLiteral("水浇地") },
        { QStringLiteral("0103"), QStringLiteral("旱地") },
        { QStringLiteral("0201"), QStringLiteral("果园") },
        { QStringLiteral("0202"), QStringLiteral("茶园") },
        { QStringLiteral("0203"), QStringLiteral("橡胶园") },
        { QStringLiteral("0204"), QStringLiteral("其他园地") },
        { QStringLiteral("0301"), QStringLiteral("乔木林地") },
        { QStringLiteral("0302"), QStringLiteral("竹林地") },
        { QStringLiteral("0303"), QStringLiteral("红树林地") },
        { QStringLiteral("0304"), QStringLiteral("森林沼泽") },
        { QStringLiteral("0305"), QStringLiteral("灌木林地") },
        { QStringLiteral("0306"), QStringLiteral("灌丛沼泽") },
        { QStringLiteral("0307"), QStringLiteral("其他林地") },
        { QStringLiteral("0401"), QStringLiteral("天然牧草地") },
        { QStringLiteral("0402"), QStringLiteral("沼泽草地") },
        { QStringLiteral("0403"), QStringLiteral("人工牧草地") },
        { QStringLiteral("0404"), QStringLiteral("其他草地") },
        { QStringLiteral("05H1"), QStringLiteral("商业服务业设施用地") },
        { QStringLiteral("0508"), QStringLiteral("物流仓储用地") },
        { QStringLiteral("0601"), QStringLiteral("工业用地") },
        { QStringLiteral("0602"), QStringLiteral("采矿用地") },
        { QStringLiteral("0603"), QStringLiteral("盐田") },
        { QStringLiteral("0701"), QStringLiteral("城镇住宅用地") },
        { QStringLiteral("0702"), QStringLiteral("农村宅基地") },
        { QStringLiteral("08H1"), QStringLiteral("机关团体新闻出版用地") },
        { QStringLiteral("08H2"), QStringLiteral("科教文卫用地") },
        { QStringLiteral("0809"), QStringLiteral("公用设施用地") },
        { QStringLiteral("0810"), QStringLiteral("公园与绿地") },
        { QStringLiteral("1001"), QStringLiteral("铁路用地") },
        { QStringLiteral("1002"), QStringLiteral("轨道交通用地") },
        { QStringLiteral("1003"), QStringLiteral("公路用地") },
        { QStringLiteral("1004"), QStringLiteral("城镇村道路用地") },
        { QStringLiteral("1005"), QStringLiteral("交通服务场站用地") },
        { QStringLiteral("1006"), QStringLiteral("农村道路") },
        { QStringLiteral("1007"), QStringLiteral("机场用地") },
        { QStringLiteral("1008"), QStringLiteral("港口码头用地") },
        { QStringLiteral("1009"), QStringLiteral("管道运输用地") },
        { QStringLiteral("1101"), QStringLiteral("河流水面") },
        { QStringLiteral("1102"), QStringLiteral("湖泊水面") },
        { QStringLiteral("1103"), QStringLiteral("水库水面") },
        { QStringLiteral("1104"), QStringLiteral("坑塘水面") },
        { QStringLiteral("1105"), QStringLiteral("沿海滩涂") },
        { QStringLiteral("1106"), QStringLiteral("内陆滩涂") },
        { QStringLiteral("1107"), QStringLiteral("沟渠") },
        { QStringLiteral("1108"), QStringLiteral("沼泽地") },
        { QStringLiteral("1109"), QStringLiteral("水工建筑用地") },
        { QStringLiteral("1110"), QStringLiteral("冰川及常年积雪") },
        { QStringLiteral("1201"), QStringLiteral("空闲地") },
        { QStringLiteral("1202"), QStringLiteral("设施农用地") },
        { QStringLiteral("1203"), QStringLiteral("田坎") },
        { QStringLiteral("1204"), QStringLiteral("盐碱地") },
        { QStringLiteral("1205"), QStringLiteral("沙地") },
        { QStringLiteral("1206"), QStringLiteral("裸土地") },
        { QStringLiteral("1207"), QStringLiteral("裸岩石砾地") },
    };
    return names.value(normalizedLandClass(code));
}

} // namespace fg::core
