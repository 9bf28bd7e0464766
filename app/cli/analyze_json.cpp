// SPDX-License-Identifier: MIT
// `analyze --format json`, written straight as UTF-8 while it is built (core::JsonWriter). The
// bytes are those QJsonDocument wrote from the same values; QJsonObject sorts its keys, so every
// object here writes its keys in that (ascending) order — the writer refuses any other.
#include "app/cli/analyze_formatter.h"

#include "core/json_writer.h"
#include "core/units.h"
#include "gis/usecases/case_json.h"
#include "gis/usecases/edges_json.h"

namespace fg::app {

namespace {

using core::JsonWriter;

QLatin1String k(const char *key)
{
    return QLatin1String(key);
}

/// FARMGUARD_EXACT_FIGURES=1: the measured m² and 亩 as computed, not rounded to the printed 0.01,
/// so that two builds can be compared to 1e-6 m² (scripts/compare-analysis.py); verdicts and the
/// judged figures are the same either way.
bool exactFigures()
{
    static const bool exact = qEnvironmentVariableIntValue("FARMGUARD_EXACT_FIGURES") == 1;
    return exact;
}

double printedM2(double squareMetres)
{
    return exactFigures() ? squareMetres : core::roundToHundredths(squareMetres);
}

double printedMu(double squareMetres)
{
    return exactFigures() ? core::squareMetresToMu(squareMetres) : core::roundedMu(squareMetres);
}

void m2(JsonWriter &w, const char *key, double value)
{
    w.member(k(key), printedM2(value));
}

void mu(JsonWriter &w, const char *key, double squareMetres)
{
    w.member(k(key), printedMu(squareMetres));
}

void strings(JsonWriter &w, const char *key, const QStringList &list)
{
    w.key(k(key));
    w.beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

/// A figure net of 田坎, null when the land-use layer gives no KCXS.
void net(JsonWriter &w, const char *key, const core::OccupiedAreas &a, double value, bool inMu)
{
    w.key(k(key));
    if (!a.netKnown)
        w.null();
    else
        w.value(inMu ? printedMu(value) : printedM2(value));
}

void basic(JsonWriter &w, const core::OccupiedAreas &a)
{
    m2(w, "basic_farmland_m2", a.basicFarmlandM2);
    mu(w, "basic_farmland_mu", a.basicFarmlandM2);
}

/// 临界 and its two reasons apart (issues 12 and 16).
void borderline(JsonWriter &w, const core::Verdict &v)
{
    w.member(k("borderline"), v.borderline);
    w.member(k("borderline_net"), v.netBorderline);
    w.member(k("borderline_tolerance"), v.tolerance.flips);
}

void cultivated(JsonWriter &w, const core::OccupiedAreas &a)
{
    m2(w, "cultivated_m2", a.cultivatedM2);
    mu(w, "cultivated_mu", a.cultivatedM2);
    net(w, "cultivated_net_m2", a, a.cultivatedNetM2, false);
    net(w, "cultivated_net_mu", a, a.cultivatedNetM2, true);
    m2(w, "cultivated_outside_basic_farmland_m2", a.cultivatedOutsideBasicFarmlandM2);
    mu(w, "cultivated_outside_basic_farmland_mu", a.cultivatedOutsideBasicFarmlandM2);
    net(w, "cultivated_outside_basic_farmland_net_m2", a, a.cultivatedOutsideBasicFarmlandNetM2, false);
    net(w, "cultivated_outside_basic_farmland_net_mu", a, a.cultivatedOutsideBasicFarmlandNetM2, true);
}

void flags(JsonWriter &w, const core::Verdict &v)
{
    w.key(k("flags"));
    w.beginArray();
    if (v.basicFarmland)
        w.value(k("basic_farmland"));
    if (v.cultivated)
        w.value(k("cultivated"));
    w.endArray();
}

void judged(JsonWriter &w, const core::OccupiedAreas &a, const core::Verdict &v)
{
    w.member(k("judged_cultivated_mu"), v.cultivatedMu);
    w.member(k("net_known"), a.netKnown);
}

void tolerance(JsonWriter &w, const core::Verdict &v)
{
    w.key(k("tolerance"));
    if (v.tolerance.checked)
        w.value(QJsonValue(gis::EdgesJson::tolerance(v.tolerance)));
    else
        w.null();
}

void classes(JsonWriter &w, const char *key, const std::vector<gis::ClassArea> &list, gis::AreaMethod method)
{
    w.key(k(key));
    w.beginArray();
    for (const gis::ClassArea &c : list) {
        const double value = c.areas.of(method);
        w.beginObject();
        w.member(k("code"), c.code);
        m2(w, "m2", value);
        mu(w, "mu", value);
        w.member(k("name"), c.name);
        w.endObject();
    }
    w.endArray();
}

void ref(JsonWriter &w, const char *key, const core::PartyRef &r)
{
    w.key(k(key));
    w.beginObject();
    w.key(k("id_number"));
    if (r.idNumber.isEmpty())
        w.null();
    else
        w.value(r.idNumber);
    w.member(k("name"), r.name);
    w.endObject();
}

} // namespace

void AnalyzeFormatter::writeIncident(core::JsonWriter &w, const gis::IncidentResult &i) const
{
    const gis::AreaMethod method = m_context.method;
    const gis::Occupation &o = i.occupation;
    const core::OccupiedAreas a = gis::occupiedAreas(o, method);
    // Approved land (issue 16 item 1): every figure but area_* is of the unlawful part; the part
    // inside valid approvals of the matching use is shown beside it, with the documents used.
    const double approved = i.approved.area.of(method);
    w.beginObject();
    w.member(k("accountability"), i.verdict.accountability());
    w.key(k("approved"));
    w.beginObject();
    m2(w, "area_m2", approved);
    mu(w, "area_mu", approved);
    m2(w, "basic_farmland_m2", i.approved.basicFarmland.of(method));
    m2(w, "cultivated_m2", i.approved.cultivated.of(method));
    w.key(k("documents"));
    w.value(QJsonValue(m_context.approvalsUsed.value(i.id)));
    w.endObject();
    m2(w, "area_m2", o.area.of(method) + approved);
    mu(w, "area_mu", o.area.of(method) + approved);
    basic(w, a);
    borderline(w, i.verdict);
    classes(w, "by_class", o.cultivatedByClass, method);
    cultivated(w, a);
    flags(w, i.verdict);
    w.member(k("id"), i.id);
    judged(w, a, i.verdict);
    w.member(k("occupation"), !m_context.nonOccupation.contains(i.id));
    classes(w, "other_classes", o.otherByClass, method);
    w.key(k("party"));
    if (i.party.isEmpty())
        w.null();
    else
        w.value(i.party);
    tolerance(w, i.verdict);
    m2(w, "unlawful_area_m2", o.area.of(method));
    mu(w, "unlawful_area_mu", o.area.of(method));
    w.endObject();
}

void AnalyzeFormatter::writeParty(core::JsonWriter &w, const gis::PartyResult &p) const
{
    const core::OccupiedAreas a = gis::occupiedAreas(p.occupation, m_context.method);
    w.beginObject();
    w.member(k("accountability"), p.verdict.accountability());
    basic(w, a);
    borderline(w, p.verdict);
    cultivated(w, a);
    flags(w, p.verdict);
    strings(w, "incidents", p.incidentIds);
    judged(w, a, p.verdict);
    w.member(k("party"), p.party);
    tolerance(w, p.verdict);
    w.endObject();
}

void AnalyzeFormatter::writeRules(core::JsonWriter &w) const
{
    const core::Rules &rules = m_context.rules;
    w.key(k("rules"));
    w.beginObject();
    w.member(k("accumulation_policy"), QString::fromLatin1(core::accumulationPolicyName(rules.accumulationPolicy())));
    w.member(k("accumulation_window_months"), rules.accumulationWindowMonths());
    w.member(k("basic_farmland_mu"), rules.basicFarmlandMu());
    w.member(k("cultivated_area"), QString::fromLatin1(core::cultivatedAreaName(rules.cultivatedArea())));
    strings(w, "cultivated_classes", rules.cultivatedClasses());
    w.member(k("cultivated_mu"), rules.cultivatedMu());
    w.member(k("reading"), QString::fromLatin1(core::readingName(rules.reading())));
    w.endObject();
}

void AnalyzeFormatter::writeSummary(core::JsonWriter &w) const
{
    const gis::AreaMethod method = m_context.method;
    double basicTotal = 0, cultivatedTotal = 0;
    int flagged = 0, borderline = 0, partiesFlagged = 0;
    for (const gis::IncidentResult &i : m_report.incidents) {
        const core::OccupiedAreas a = gis::occupiedAreas(i.occupation, method);
        basicTotal += a.basicFarmlandM2;
        cultivatedTotal += a.cultivatedM2;
        flagged += i.verdict.accountability() ? 1 : 0;
        borderline += i.verdict.borderline ? 1 : 0;
    }
    for (const gis::PartyResult &p : m_report.parties)
        partiesFlagged += p.verdict.accountability() ? 1 : 0;
    w.key(k("summary"));
    w.beginObject();
    w.member(k("accountability"), flagged);
    m2(w, "basic_farmland_m2", basicTotal);
    w.member(k("borderline"), borderline);
    m2(w, "cultivated_m2", cultivatedTotal);
    w.member(k("incidents"), static_cast<int>(m_report.incidents.size()));
    w.member(k("parties"), static_cast<int>(m_report.parties.size()));
    w.member(k("parties_accountability"), partiesFlagged);
    w.endObject();
}

void AnalyzeFormatter::writeJson(core::JsonWriter &w) const
{
    w.beginObject();
    w.member(k("accumulation"), m_context.accumulation);
    w.member(k("area_method"), QString::fromLatin1(gis::areaMethodName(m_context.method)));
    w.key(k("incidents"));
    w.beginArray();
    for (const gis::IncidentResult &i : m_report.incidents)
        writeIncident(w, i);
    w.endArray();
    if (m_context.project)
        w.member(k("log_head"), gis::CaseJson::logHead(m_context.logHead));
    strings(w, "outside_window", m_context.outsideWindow);
    w.key(k("parties"));
    w.beginArray();
    for (const gis::PartyResult &p : m_report.parties)
        writeParty(w, p);
    w.endArray();
    w.key(k("possible_same_parties"));
    w.beginArray();
    for (const core::PossibleSameParty &p : m_context.possibleSameParties) {
        w.beginObject();
        ref(w, "a", p.a);
        ref(w, "b", p.b);
        w.member(k("reason"), p.reason);
        w.endObject();
    }
    w.endArray();
    if (m_context.provenance)
        w.member(k("provenance"), QJsonValue(m_context.provenance->json()));
    writeRules(w);
    w.member(k("split_plots"), QJsonValue(gis::EdgesJson::splitPlots(m_report.splitPlots)));
    writeSummary(w);
    if (m_context.project)
        strings(w, "unmeasured_incidents", m_context.unmeasured);
    strings(w, "warnings", m_context.warnings);
    w.member(k("working_crs"), QStringLiteral("EPSG:%1").arg(m_context.workingEpsg));
    w.endObject();
    w.finish();
}

} // namespace fg::app
