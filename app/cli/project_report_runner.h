// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QCommandLineParser;
class QTextStream;

#include <QDate>
#include <QStringList>

#include <vector>

namespace fg::core {
struct CoverageRow;
}

namespace fg::gis {
class ProjectStore;
class VectorLayer;
}

namespace fg::app {

/// The project reports of `farmguard-cli report`: township (乡镇考核统计), public-map (永久基本农田
/// 公告图) and patrol (巡查计划). ReportCommand parses the command line and hands over here.
class ProjectReportRunner
{
    Q_DECLARE_TR_FUNCTIONS(fg::app::ProjectReportRunner)

public:
    /// What is wrong with the command line of a township, public-map or patrol report; empty if fine.
    static QString usageProblem(const QCommandLineParser &parser);
    /// Writes the report; returns the exit code. Throws core::InputError on bad input.
    static int run(const QCommandLineParser &parser, QTextStream &out);

    /// A reference layer of a project (already in its working CRS), index built; null when the
    /// project has no such layer. ProjectTables::kIncidents gives the incidents as a layer.
    static std::shared_ptr<gis::VectorLayer> projectLayer(const gis::ProjectStore &store, const char *table);
    /// Opens a report's project read-only (a file path or a postgresql:// URI).
    static std::unique_ptr<gis::ProjectStore> openProject(const QString &project);
    /// A polygon layer file read with the command line's --encoding, and --crs for a layer
    /// without one.
    static std::shared_ptr<gis::VectorLayer> readPolygons(const QString &path, const QCommandLineParser &parser);

private:
    static int township(const QCommandLineParser &parser, QTextStream &out);
    static int publicMap(const QCommandLineParser &parser, QTextStream &out);
    static int patrol(const QCommandLineParser &parser, QTextStream &out);
};

} // namespace fg::app
