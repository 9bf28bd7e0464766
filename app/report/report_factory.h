// SPDX-License-Identifier: MIT
#pragma once

#include "app/report/prepared_report.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace fg::app {

class MapLayerSet;
class ProjectSession;

/// Gathers what each report of the Report menu needs — from the open project through
/// gis::ReportInputs (the use case `farmguard-cli report` calls; the layers the map holds), or,
/// for the case report without a project, from the layers on the map — and measures and lays it
/// out into a PreparedReport. Every function throws core::InputError naming the file
/// or layer when the report cannot be made. UI thread (the stores are the session's).
class ReportFactory
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ReportFactory)

public:
    /// The case report of a case id or incident id of the open project. `date` invalid = today.
    static PreparedReport caseReport(const ProjectSession &session, const QString &id, QDate date = {});
    /// The case report of an incident of the map's incident layer (ids from its BH, JCBH or ID field).
    static PreparedReport caseReport(const MapLayerSet &layers, const QString &id, QDate date = {});
    /// The township statistics report (考核) of every township of the project at `date` (invalid = now).
    static PreparedReport townshipReport(const ProjectSession &session, QDate date = {});
    /// The major-case report (重大案件报告) of a case of the open project; deadlines as of the end
    /// of @p date (invalid = today). Refuses a case that is not major.
    static PreparedReport majorCaseReport(const ProjectSession &session, const QString &caseId, QDate date = {});
    /// The project's major cases (over a threshold or declared major), in case order.
    static QStringList majorCases(const ProjectSession &session);
    /// The public basic-farmland map (永久基本农田公告图) of one township.
    static PreparedReport publicMap(const ProjectSession &session, const QString &township, QDate date = {});
    /// The patrol plan report of one township over [from, to] (invalid: the whole period of the
    /// project's current plan): one map per officer and day.
    static PreparedReport patrolReport(const ProjectSession &session, const QString &township, QDate from = {},
                                       QDate to = {});
    /// The period of the project's current patrol plan (invalid dates when it has none).
    static std::pair<QDate, QDate> patrolPeriod(const ProjectSession &session);

    /// The joint-discipline notice (联合惩戒通知书) of a case of the open project.
    static PreparedReport jointDiscipline(const ProjectSession &session, const QString &caseId, QDate date = {});

    /// Incident ids the case report can be made for: the project's, else the map incident layer's.
    static QStringList incidentIds(const ProjectSession *session, const MapLayerSet &layers);
    /// Township names of the project's township boundaries, in layer order.
    static QStringList townships(const ProjectSession &session);
    /// Townships the project's patrol grid has cells in (the only ones a patrol report can show).
    static QStringList patrolTownships(const ProjectSession &session);
};

} // namespace fg::app
