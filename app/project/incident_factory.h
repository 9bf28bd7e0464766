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

/// Creates incidents in an open project from a polygon in the working CRS: measures it against
/// the project's basic farmland and land use (ellipsoidal areas, the notice's verdict), names its
/// township and village from the boundaries, stores the attachments, then stores the incident
/// with its case (the clue step carries the attachments) in one edit. UI thread.
class IncidentFactory
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::IncidentFactory)

public:
    /// Returns the stored incident's id (session.incidents() has it). Throws core::InputError for an empty or
    /// duplicate id, an invalid polygon, an unreadable attachment or a refused edit.
    static QString create(ProjectSession &session, const IncidentDraft &draft, const QList<QPointF> &ring);
    /// Measures @p incident's polygon against the project's basic farmland and land use (areas, verdict).
    static gis::IncidentMeasures measure(const ProjectSession &session, const gis::IncidentRecord &incident);
    /// Fills @p incident's township and village from the project's boundaries (empty when outside).
    static void placeIn(const ProjectSession &session, gis::IncidentRecord &incident);
    /// A fresh incident number after the project's highest "PREFIX-NNN" one ("PS2024-021").
    static QString nextId(const ProjectSession &session);
};

} // namespace fg::app
