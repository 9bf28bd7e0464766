// SPDX-License-Identifier: MIT
#include "gis/sample/sample_names.h"

#include "gis/sample/sample_random.h"

#include <stdexcept>
#include <vector>

namespace fg::gis::sample {

const std::vector<TownshipName> &townshipNames()
{
    static const std::vector<TownshipName> names {
        { QStringLiteral("青羊镇"), QStringLiteral("100") },
        { QStringLiteral("龙溪镇"), QStringLiteral("101") },
        { QStringLiteral("石城镇"), QStringLiteral("102") },
        { QStringLiteral("虹梯关乡"), QStringLiteral("200") },
        { QStringLiteral("阳高乡"), QStringLiteral("201") },
        { QStringLiteral("北耽车乡"), QStringLiteral("202") },
        { QStringLiteral("西沟乡"), QStringLiteral("203") },
        { QStringLiteral("东寺头乡"), QStringLiteral("204") },
    };
    return names;
}

NameMaker::NameMaker(SampleRandom &random)
    : m_random(random)
{
}

QString NameMaker::unique(
    const QStringList &first, const QStringList &second, const QString &prefix, const QString &suffix)
{
    // The name space is far larger than the sample needs; the bound only guards against a bug.
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const QString name = prefix + first[m_random.below(static_cast<int>(first.size()))]
            + second[m_random.below(static_cast<int>(second.size()))] + suffix;
        if (!m_used.contains(name)) {
            m_used.insert(name);
            return name;
        }
    }
    throw std::runtime_error("sample generator: ran out of names");
}

QString NameMaker::villageName()
{
    static const QStringList first = QStringLiteral("东 西 南 北 上 下 前 后 大 小 王 李 张 赵 杨 石 龙 虎 "
                                                    "马 牛 羊 杏 桃 柳 槐 河 沟 岭 峪 井 庙 城 窑 寺")
                                         .split(' ');
    static const QStringList second
        = QStringLiteral("庄 沟 峪 河 坪 岭 头 家庄 山 底 窑 寨 湾 掌 凹 井 池 社 峧 垴").split(' ');
    return unique(first, second, {}, QStringLiteral("村"));
}

QString NameMaker::personName()
{
    static const QStringList surnames
        = QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 马 郭 申 牛 秦 宋 段 郝 冯 韩 崔 常")
              .split(' ');
    static const QStringList given
        = QStringLiteral("建国 建军 红旗 海平 志刚 卫东 玉兰 秀英 小虎 文斌 爱民 国庆 "
                         "金锁 二牛 满仓 春生 桂芳 永强 晋生 保平 拴柱 丽萍 俊峰 三喜")
              .split(' ');
    return unique(surnames, given, {}, {});
}

QString NameMaker::companyName()
{
    static const QStringList first = QStringLiteral("宏 鑫 兴 泰 金 恒 晋 太 鸿 润").split(' ');
    static const QStringList second = QStringLiteral("达 源 隆 盛 丰 通 安 行 发 峰").split(' ');
    static const QStringList trades = QStringLiteral("建材有限公司 石料厂 养殖专业合作社 农业开发有限公司 "
                                                     "物流有限公司 旅游开发有限公司")
                                          .split(' ');
    const QString trade = trades[m_random.below(static_cast<int>(trades.size()))];
    return unique(first, second, QStringLiteral("平顺县"), trade);
}

const QStringList &violationTypes()
{
    static const QStringList types {
        QStringLiteral("农村乱占耕地建房"),
        QStringLiteral("大棚房"),
        QStringLiteral("设施农业用地违规"),
        QStringLiteral("挖田造湖造景"),
        QStringLiteral("违规造林绿化"),
        QStringLiteral("殡葬用地"),
        QStringLiteral("采矿占地"),
        QStringLiteral("交通项目未批先建"),
        QStringLiteral("市政建设未批先建"),
        QStringLiteral("政府投资项目未批先建"),
        QStringLiteral("企业违法占地"),
    };
    return types;
}

const QStringList &clueSources()
{
    static const QStringList sources { QStringLiteral("巡查"), QStringLiteral("举报"), QStringLiteral("卫片"),
        QStringLiteral("部门移送") };
    return sources;
}

} // namespace fg::gis::sample
