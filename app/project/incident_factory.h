// SPDX-License-Identifier: MIT
#pragma once

#include "gis/store/incident_record.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace fg::app {

class ProjectSession;

/// What an officer enters for a new incident; township, village, areas and verdict are the
/// factory's to compute.
struct IncidentDraft
{
    QString id;
    gis::IncidentSource source = gis::IncidentSource::Patrol;
    QDate discoveryDate;
    QString party;
    core::ViolationType violationType = core::ViolationType::Other;
    QString description;
    QStringList attachmentPaths; ///< photos and documents to store inside the project
};

/// Creates incidents in an open project from a polygon in the working CRS: measures it with
/// gis::IncidentMeasurer (the project's parcels and boundaries near it, its rules: areas,
/// verdict, township and village), stores the attachments, then stores the incident with its
/// case (the clue step carries the attachments) in one edit. UI thread.
class IncidentFactory
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::IncidentFactory)

public:
    /// Returns the stored incident's id (session.incidents() has it). Throws core::InputError for an empty or
    /// duplicate id, an invalid polygon, an unreadable attachment or a refused edit.
    static QString create(ProjectSession &session, const IncidentDraft &draft, const QList<QPointF> &ring);
    /// A fresh incident number after the project's highest "PREFIX-NNN" one ("PS2024-021").
    static QString nextId(const ProjectSession &session);
};

} // namespace fg::app
