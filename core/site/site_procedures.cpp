// SPDX-License-Identifier: MIT
#include "core/site/site_procedures.h"

#include "core/units.h"

#include <vector>

namespace fg::core {

namespace {

/// Kinds a row applies to, as bits.
enum KindBits : unsigned {
    kConstruction = 1u << unsigned(SiteKind::Construction),
    kHomestead = 1u << unsigned(SiteKind::Homestead),
    kFacility = 1u << unsigned(SiteKind::FacilityAgriculture),
    kBurial = 1u << unsigned(SiteKind::Burial),
    kOther = 1u << unsigned(SiteKind::Other),
    kAll = kConstruction | kHomestead | kFacility | kBurial | kOther,
};

/// The finding that calls for a row; its figure fills the reason's %1.
enum class When { Always, OnCultivated, OnBasicFarmland, OpenCases, Approvals };

struct DutyRow
{
    Department department;
    const char *duty;
};

struct Row
{
    const char *code;
    unsigned kinds;
    When when;
    Department grantedBy;
    const char *name;
    const char *reason;
    std::vector<DutyRow> duties;
    bool prohibitive = false;
};

/// The table (DOMAIN.md §8 and the land law behind it). Reasons speak carefully: the tool says what
/// the law requires of such a site, not what an authority will decide.
const std::vector<Row> &table()
{
    using D = Department;
    static const std::vector<Row> rows = {
        { "land_pre_review", kConstruction, When::Always, D::NaturalResources,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "Land pre-review and site selection opinion (用地预审与选址意见书)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "A construction project's land is pre-reviewed and its site approved by the natural "
                "resources "
                "bureau before the project itself may be approved."),
            { { D::DevelopmentReform,
                QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                    "approves no feasibility study (可研), and approves or files no project, before "
                    "it") } } },
        { "construction_land_approval", kConstruction | kOther, When::Always, D::NaturalResources,
            QT_TRANSLATE_NOOP(
                "fg::core::SiteProcedures", "Construction land approval (农用地转用、土地征收、供地)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "Building on the site needs its land approved first: agricultural land converted "
                "(农用地转用), "
                "collective land expropriated (土地征收) and the land supplied. Until then the land may not "
                "be "
                "built on."),
            { { D::Transport,
                  QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                      "issues no construction permit (施工许可) for a transport project before it") },
                { D::HousingConstruction,
                    QT_TRANSLATE_NOOP(
                        "fg::core::SiteProcedures", "allows no start of work (开工) before it") } } },
        { "cultivated_balance", kConstruction | kOther, When::OnCultivated, D::NaturalResources,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "Cultivated land compensation (耕地占补平衡)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of cultivated land. Its conversion is approved only when as "
                "much "
                "cultivated land of the same quality has been made up (占一补一、占优补优)."),
            { { D::NaturalResources,
                QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                    "submits no conversion before the compensation is secured") } } },
        { "basic_farmland_state_council", kConstruction | kOther, When::OnBasicFarmland, D::NaturalResources,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "Occupation of permanent basic farmland (State Council approval)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of permanent basic farmland. Ordinary construction may not "
                "occupy "
                "it: only a key project that cannot avoid it may, after a demonstration that it cannot, and "
                "the "
                "conversion then needs the State Council's approval. The site should be moved off permanent "
                "basic farmland wherever it can be."),
            { { D::DevelopmentReform,
                  QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                      "approves nothing for the project before that approval exists") },
                { D::NaturalResources,
                    QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                        "cannot approve it at county level; reports the demonstration") } } },
        { "homestead_approval", kHomestead, When::Always, D::Township,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "Homestead approval (宅基地审批)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "A rural household's homestead is approved by the township after the village's review, "
                "within "
                "the village plan: one household, one homestead, within the province's area limit."),
            { { D::AgricultureRural,
                  QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                      "guides the village's homestead layout and checks the approval") },
                { D::Township,
                    QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                        "issues no rural construction planning permit (乡村建设规划许可证) without it") } } },
        { "homestead_conversion", kHomestead, When::OnCultivated, D::NaturalResources,
            QT_TRANSLATE_NOOP(
                "fg::core::SiteProcedures", "Conversion of cultivated land for the homestead (农用地转用)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of cultivated land. A homestead on cultivated land needs its "
                "conversion approved first; building on cultivated land without it is what the eight "
                "prohibitions (八不准) forbid."),
            { { D::Township,
                QT_TRANSLATE_NOOP(
                    "fg::core::SiteProcedures", "approves no homestead before the conversion") } } },
        { "homestead_basic_farmland", kHomestead, When::OnBasicFarmland, D::Township,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "No homestead on permanent basic farmland"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of permanent basic farmland. The eight prohibitions forbid "
                "building "
                "houses on it and no procedure allows a homestead there: another site is needed."),
            { { D::Township, QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "approves no homestead on it") },
                { D::AgricultureRural,
                    QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "guides the household to another site") } },
            true },
        { "facility_filing", kFacility, When::Always, D::Township,
            QT_TRANSLATE_NOOP(
                "fg::core::SiteProcedures", "Facility agricultural land filing (设施农业用地备案)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "Facility agricultural land is filed with the township before building, and the natural "
                "resources bureau checks and maps it (上图入库). Without the filing, buildings on farmland "
                "are "
                "unlawful (\"大棚房\")."),
            { { D::AgricultureRural,
                  QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                      "checks that the facility serves agricultural production") },
                { D::NaturalResources,
                    QT_TRANSLATE_NOOP(
                        "fg::core::SiteProcedures", "checks and maps the filing (上图入库)") } } },
        { "facility_cultivated", kFacility, When::OnCultivated, D::Township,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "Making up cultivated land taken by facility agriculture (进出平衡)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of cultivated land. Facility agriculture should avoid it; where "
                "it "
                "cannot, as much cultivated land must be made up, and the filing must say how."),
            { { D::AgricultureRural,
                QT_TRANSLATE_NOOP(
                    "fg::core::SiteProcedures", "accepts no filing without the make-up plan") } } },
        { "facility_basic_farmland", kFacility, When::OnBasicFarmland, D::Township,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "Facility agriculture on permanent basic farmland"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of permanent basic farmland. Only planting facilities that "
                "leave "
                "the plough layer intact may use it; livestock sheds, storage and other facilities may not. "
                "The "
                "facility's type must be checked before the filing."),
            { { D::AgricultureRural,
                QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                    "files only planting facilities that leave the plough layer intact") } } },
        { "burial_site", kBurial, When::Always, D::CivilAffairs,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "Burial site selection (殡葬选址)"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "Cemeteries follow the county's funeral facility plan: the civil affairs bureau guides the "
                "site "
                "selection and approves public cemeteries."),
            { { D::CivilAffairs,
                QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                    "guides the selection; approves no cemetery outside the plan") } } },
        { "burial_farmland", kBurial, When::OnCultivated, D::CivilAffairs,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "No graves or cemeteries on cultivated land"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site would occupy %1 mu of cultivated land. The Funeral Regulations forbid building "
                "cemeteries and graves on cultivated land: another site is needed."),
            { { D::CivilAffairs, QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "approves no cemetery here") },
                { D::Township, QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "stops burials here") } },
            true },
        { "open_case", kAll, When::OpenCases, D::NaturalResources,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "Open enforcement case on the land"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site overlaps %1 open case(s): the land is under enforcement. No approval, permit, "
                "licence "
                "or connection may be granted for it until the case is dealt with (源头严控)."),
            { { D::NaturalResources,
                  QT_TRANSLATE_NOOP(
                      "fg::core::SiteProcedures", "deals with the case before any land procedure") },
                { D::HousingConstruction,
                    QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                        "allows no start of work (开工) while the case is open") } } },
        { "approved_land", kAll, When::Approvals, D::NaturalResources,
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures", "Approvals already on the land"),
            QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                "The site overlaps %1 approval(s) on record (listed above). An approval covers only its own "
                "use, area and period: the project must match them, and anything beyond them needs its own "
                "procedures."),
            { { D::NaturalResources,
                QT_TRANSLATE_NOOP("fg::core::SiteProcedures",
                    "checks the project against the approved use, area and period") } } },
    };
    return rows;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("fg::core::SiteProcedures", text);
}

} // namespace

QList<SiteProcedure> SiteProcedures::forSite(SiteKind kind, const SiteFindings &findings)
{
    const double basicMu = roundedMu(findings.basicFarmlandM2);
    const double cultivatedMu = roundedMu(findings.cultivatedM2);
    QList<SiteProcedure> procedures;
    for (const Row &row : table()) {
        if ((row.kinds & (1u << unsigned(kind))) == 0)
            continue;
        QString reason = translated(row.reason);
        switch (row.when) {
        case When::Always:
            break;
        case When::OnCultivated:
            if (cultivatedMu <= 0)
                continue;
            reason = reason.arg(formatJudgedMu(cultivatedMu));
            break;
        case When::OnBasicFarmland:
            if (basicMu <= 0)
                continue;
            reason = reason.arg(formatJudgedMu(basicMu));
            break;
        case When::OpenCases:
            if (findings.openCases <= 0)
                continue;
            reason = reason.arg(findings.openCases);
            break;
        case When::Approvals:
            if (findings.approvals <= 0)
                continue;
            reason = reason.arg(findings.approvals);
            break;
        }
        SiteProcedure procedure { QString::fromLatin1(row.code), translated(row.name), row.grantedBy, {},
            reason, row.prohibitive };
        for (const DutyRow &duty : row.duties)
            procedure.duties.append({ duty.department, translated(duty.duty) });
        procedures.append(procedure);
    }
    return procedures;
}

QList<Department> SiteProcedures::departments(const QList<SiteProcedure> &procedures)
{
    QList<Department> all;
    for (const SiteProcedure &procedure : procedures) {
        for (const SiteDuty &duty : procedure.duties) {
            if (!all.contains(duty.department))
                all.append(duty.department);
        }
    }
    return all;
}

} // namespace fg::core
