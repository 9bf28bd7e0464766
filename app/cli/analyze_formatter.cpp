// SPDX-License-Identifier: MIT
#include "app/cli/analyze_formatter.h"

#include "core/cases/log_receipt.h"
#include "core/units.h"
#include "core/borderline.h"

#include <QJsonArray>

#include <algorithm>

namespace fg::app {

namespace {

double m2(double value)
{
    return core::roundToHundredths(value);
}

double mu(double squareMetres)
{
    return core::roundedMu(squareMetres);
}

/// A rounded figure as printed: core::formatJudgedMu's two decimals (also for m², rounded first).
QString fixed(double value)
{
    return core::formatJudgedMu(value);
}

QJsonArray flagsJson(const core::Verdict &verdict)
{
    QJsonArray flags;
    if (verdict.basicFarmland)
        flags.append(QStringLiteral("basic_farmland"));
    if (verdict.cultivated)
        flags.append(QStringLiteral("cultivated"));
    return flags;
}

/// Terminal columns a string takes: CJK ideographs and full-width forms take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

/// Rows of cells laid out in columns; numeric columns (all cells but the header parse as
/// numbers) are right-aligned.
QString layOut(const std::vector<QStringList> &rows)
{
    if (rows.empty())
        return {};
    const int columns = rows.front().size();
    std::vector<int> widths(static_cast<size_t>(columns), 0);
    std::vector<bool> numeric(static_cast<size_t>(columns), true);
    for (size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns; ++c) {
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(rows[r].value(c)));
            bool ok = true;
            if (r > 0)
                rows[r].value(c).toDouble(&ok);
            numeric[size_t(c)] = numeric[size_t(c)] && ok;
        }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString cell = row.value(c);
            const QString pad(widths[size_t(c)] - displayWidth(cell), QLatin1Char(' '));
            line += (numeric[size_t(c)] ? pad + cell : cell + pad) + QStringLiteral("  ");
        }
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

} // namespace

AnalyzeFormatter::AnalyzeFormatter(const gis::EncroachmentReport &report, AnalyzeContext context)
    : m_report(report)
    , m_context(std::move(context))
{
}

QString AnalyzeFormatter::csv() const
{
    const gis::AreaMethod method = m_context.method;
    QString text = QStringLiteral(
        "id,party,area_m2,area_mu,basic_farmland_m2,basic_farmland_mu,cultivated_m2,cultivated_mu,"
        "cultivated_outside_basic_farmland_m2,cultivated_outside_basic_farmland_mu,by_class,flags,"
        "accountability,area_method,cultivated_net_m2,cultivated_net_mu,borderline,occupation\n");
    for (const gis::IncidentResult &i : m_report.incidents) {
        const core::OccupiedAreas a = gis::occupiedAreas(i.occupation, method);
        QStringList classes;
        for (const gis::ClassArea &c : i.occupation.cultivatedByClass)
            classes << c.code + QLatin1Char('=') + fixed(m2(c.areas.of(method)));
        QStringList flags;
        for (const QJsonValue &f : flagsJson(i.verdict))
            flags << f.toString();
        const double area = i.occupation.area.of(method);
        const QStringList row { csvField(i.id), csvField(i.party), fixed(m2(area)), fixed(mu(area)),
            fixed(m2(a.basicFarmlandM2)), fixed(mu(a.basicFarmlandM2)), fixed(m2(a.cultivatedM2)),
            fixed(mu(a.cultivatedM2)), fixed(m2(a.cultivatedOutsideBasicFarmlandM2)),
            fixed(mu(a.cultivatedOutsideBasicFarmlandM2)), classes.join(QLatin1Char(';')),
            flags.join(QLatin1Char(';')),
            i.verdict.accountability() ? QStringLiteral("true") : QStringLiteral("false"),
            QString::fromLatin1(gis::areaMethodName(method)), a.netKnown ? fixed(m2(a.cultivatedNetM2)) : QString(),
            a.netKnown ? fixed(mu(a.cultivatedNetM2)) : QString(),
            i.verdict.borderline ? QStringLiteral("true") : QStringLiteral("false"),
            m_context.nonOccupation.contains(i.id) ? QStringLiteral("false") : QStringLiteral("true") };
        text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

QString AnalyzeFormatter::flagText(const core::Verdict &verdict) const
{
    QStringList reasons;
    if (verdict.basicFarmland)
        reasons << tr("basic farmland");
    if (verdict.cultivated)
        reasons << tr("cultivated land");
    QString text = reasons.isEmpty() ? tr("no") : tr("★ yes (%1)").arg(reasons.join(tr(", ")));
    if (verdict.borderline)
        text += QStringLiteral(", ") + core::Borderline::text(verdict, m_context.rules);
    return text;
}

QString AnalyzeFormatter::incidentTable() const
{
    const gis::AreaMethod method = m_context.method;
    const bool net = std::any_of(m_report.incidents.begin(), m_report.incidents.end(),
        [](const gis::IncidentResult &i) { return i.occupation.netKnown; });
    QStringList header { tr("ID"), tr("Party"), tr("Incident (mu)"), tr("Approved (mu)"), tr("Basic farmland (m²)"),
        tr("Basic farmland (mu)"), tr("Cultivated (m²)"), tr("Cultivated (mu)") };
    if (net)
        header << tr("Cultivated net of 田坎 (mu)");
    header << tr("Outside basic farmland (mu)") << tr("Land classes (mu)") << tr("Accountability");
    std::vector<QStringList> rows { header };
    for (const gis::IncidentResult &i : m_report.incidents) {
        const core::OccupiedAreas a = gis::occupiedAreas(i.occupation, method);
        QStringList classes;
        for (const gis::ClassArea &c : i.occupation.cultivatedByClass)
            classes << QStringLiteral("%1 %2").arg(
                c.name.isEmpty() ? c.code : c.name, fixed(mu(c.areas.of(method))));
        QStringList row { (i.verdict.accountability() ? QStringLiteral("★ ") : QString()) + i.id,
            i.party.isEmpty() ? QStringLiteral("-") : i.party,
            fixed(mu(i.occupation.area.of(method) + i.approved.area.of(method))),
            i.approved.area.of(method) > 0 ? fixed(mu(i.approved.area.of(method))) : QStringLiteral("-"),
            fixed(m2(a.basicFarmlandM2)), fixed(mu(a.basicFarmlandM2)), fixed(m2(a.cultivatedM2)),
            fixed(mu(a.cultivatedM2)) };
        if (net)
            row << (a.netKnown ? fixed(mu(a.cultivatedNetM2)) : QStringLiteral("-"));
        row << fixed(mu(a.cultivatedOutsideBasicFarmlandM2))
            << (classes.isEmpty() ? QStringLiteral("-") : classes.join(QLatin1Char(' ')))
            << (m_context.nonOccupation.contains(i.id) ? tr("not an occupation: no threshold") : flagText(i.verdict));
        rows.push_back(row);
    }
    return layOut(rows);
}

QString AnalyzeFormatter::partyTable() const
{
    const gis::AreaMethod method = m_context.method;
    std::vector<QStringList> rows { { tr("Party"), tr("Incidents"), tr("Basic farmland (mu)"),
        tr("Cultivated (mu)"), tr("Outside basic farmland (mu)"), tr("Accountability") } };
    for (const gis::PartyResult &p : m_report.parties) {
        const core::OccupiedAreas a = gis::occupiedAreas(p.occupation, method);
        rows.push_back({ (p.verdict.accountability() ? QStringLiteral("★ ") : QString()) + p.party,
            p.incidentIds.join(QLatin1Char(' ')), fixed(mu(a.basicFarmlandM2)), fixed(mu(a.cultivatedM2)),
            fixed(mu(a.cultivatedOutsideBasicFarmlandM2)), flagText(p.verdict) });
    }
    return layOut(rows);
}

QString AnalyzeFormatter::summaryLine() const
{
    const auto flaggedIn = [](const auto &items) {
        return static_cast<int>(std::count_if(
            items.begin(), items.end(), [](const auto &x) { return x.verdict.accountability(); }));
    };
    return tr("%1 incidents, %2 reach the accountability thresholds; %3 parties, %4 reach them "
              "when their incidents are accumulated.")
        .arg(m_report.incidents.size())
        .arg(flaggedIn(m_report.incidents))
        .arg(m_report.parties.size())
        .arg(flaggedIn(m_report.parties));
}

QString AnalyzeFormatter::possibleText() const
{
    if (m_context.possibleSameParties.isEmpty())
        return {};
    const auto name = [](const core::PartyRef &r) {
        return r.idNumber.isEmpty() ? r.name : QStringLiteral("%1（%2）").arg(r.name, r.idNumber);
    };
    QString text = tr("Possibly the same party (not added up until a person confirms: 'project same-party'):")
        + QLatin1Char('\n');
    for (const core::PossibleSameParty &p : m_context.possibleSameParties)
        text += QStringLiteral("  %1 — %2: %3\n").arg(name(p.a), name(p.b), p.reason);
    return text;
}

QString AnalyzeFormatter::provenanceText() const
{
    if (!m_context.provenance)
        return {};
    QString text = tr("Provenance:") + QLatin1Char('\n');
    for (const QString &line : m_context.provenance->lines())
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    return text;
}

QString AnalyzeFormatter::splitPlotText() const
{
    if (m_report.splitPlots.empty())
        return {};
    QString text = tr("疑似化整为零 (suspected split plots: each below the thresholds, together over; within %1 m and "
                      "%2 days):")
                       .arg(m_context.rules.splitPlotDistanceM())
                       .arg(m_context.rules.splitPlotPeriodDays())
        + QLatin1Char('\n');
    for (const gis::SplitPlotGroup &g : m_report.splitPlots)
        text += QStringLiteral("  ")
            + tr("%1 (%2): %3 — together %4 mu basic farmland, %5 mu cultivated land")
                  .arg(g.name, g.party.isEmpty() ? tr("no party") : g.party, g.incidentIds.join(QStringLiteral(", ")),
                      fixed(g.verdict.basicFarmlandMu), fixed(g.verdict.cultivatedMu))
            + QLatin1Char('\n');
    return text;
}

QString AnalyzeFormatter::table() const
{
    const core::Rules &rules = m_context.rules;
    QString methodLabel;
    switch (m_context.method) {
    case gis::AreaMethod::Ellipsoidal:
        methodLabel = tr("ellipsoidal (CGCS2000, TD/T 1055-2019)");
        break;
    case gis::AreaMethod::Geodesic:
        methodLabel = tr("geodesic (GeographicLib, CGCS2000)");
        break;
    case gis::AreaMethod::Planar:
        methodLabel = tr("planar (Gauss-Krüger plane)");
        break;
    }
    const QString reading = rules.reading() == core::Reading::Notice
        ? tr("notice reading: all cultivated land counts")
        : tr("judicial reading: only cultivated land outside basic farmland counts");
    QString text;
    text += tr("Area method: %1").arg(methodLabel) + QLatin1Char('\n');
    text += tr("Working CRS: EPSG:%1 (%2)").arg(m_context.workingEpsg).arg(m_context.workingCrsHow)
        + QLatin1Char('\n');
    if (m_context.logHead)
        text += tr("Audit log head %1").arg(core::anchorText(*m_context.logHead)) + QLatin1Char('\n');
    text += tr("Thresholds: basic farmland ≥ %1 mu or cultivated land ≥ %2 mu (%3)")
                .arg(rules.basicFarmlandMu())
                .arg(rules.cultivatedMu())
                .arg(reading)
        + QStringLiteral("\n\n");
    text += incidentTable();
    if (!m_report.parties.empty())
        text += QLatin1Char('\n') + tr("Parties, incidents accumulated (overlaps counted once):")
            + QLatin1Char('\n') + partyTable();
    text += QLatin1Char('\n') + summaryLine() + QLatin1Char('\n');
    if (!m_context.accumulation.isEmpty())
        text += m_context.accumulation + QLatin1Char('\n');
    if (!m_context.outsideWindow.isEmpty())
        text += tr("Not added up (outside the time window): %1").arg(m_context.outsideWindow.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    text += possibleText();
    text += splitPlotText();
    if (!m_context.warnings.isEmpty()) {
        text += tr("Warnings:") + QLatin1Char('\n');
        for (const QString &w : m_context.warnings)
            text += QStringLiteral("  ") + w + QLatin1Char('\n');
    }
    return text + provenanceText();
}

} // namespace fg::app
