// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace fg::gis::sample {

class SampleRandom;

/// Pingshun County's administrative code (县级行政区划代码).
inline const QString kCountyCode = QStringLiteral("140425");

/// A township of the sample: name and the three-digit suffix of its 9-digit code.
struct TownshipName
{
    QString name;
    QString codeSuffix;
};

/// The townships used, in a fixed order (real Pingshun names; codes are illustrative).
const std::vector<TownshipName> &townshipNames();

/// Draws names that are not yet in `used`, and adds them to it. Deterministic for a given stream.
class NameMaker
{
public:
    explicit NameMaker(SampleRandom &random);
    QString villageName(); ///< e.g. "东庄村"
    QString personName(); ///< e.g. "王建国"
    QString companyName(); ///< e.g. "平顺县宏达建材有限公司"

private:
    QString unique(
        const QStringList &first, const QStringList &second, const QString &prefix, const QString &suffix);
    SampleRandom &m_random;
    QSet<QString> m_used;
};

/// Violation types (DOMAIN.md §5) and clue sources (DOMAIN.md §6) as the incident layer spells them.
const QStringList &violationTypes();
const QStringList &clueSources();

} // namespace fg::gis::sample
