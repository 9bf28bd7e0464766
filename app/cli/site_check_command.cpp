// SPDX-License-Identifier: MIT
#include "app/cli/site_check_command.h"

#include "app/cli/site_check_format.h"
#include "app/project/boundary_point_parser.h"
#include "core/input_error.h"
#include "core/site/site_kind.h"
#include "gis/io/working_crs.h"
#include "gis/report/site_check_report.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/site_check.h"
#include "gis/usecases/site_input.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>

#include <memory>

namespace fg::app {

namespace {

const QString kSite = QStringLiteral("site");
const QString kPoints = QStringLiteral("points");
const QString kProject = QStringLiteral("project");
const QString kKind = QStringLiteral("kind");
const QString kFormat = QStringLiteral("format");
const QString kPdf = QStringLiteral("pdf");
const QString kCrs = QStringLiteral("crs");
const QString kBureau = QStringLiteral("bureau");
const QString kDate = QStringLiteral("date");

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(SiteCheckCommand::tr(
        "Checks a proposed site before approval (选址核查, 源头严控): the permanent basic farmland and "
        "cultivated "
        "land it would occupy (ellipsoidal, m² and mu, with the analysis' overlay), the open cases and "
        "approvals "
        "it overlaps, and the procedures it needs with the departments that must not proceed without them. "
        "Reads the project only."));
    parser.addHelpOption();
    const QString path = SiteCheckCommand::tr("PATH");
    parser.addOptions({
        { kSite,
            SiteCheckCommand::tr("The site: a GeoJSON, shapefile or GeoPackage with one polygon feature."),
            path },
        { kPoints,
            SiteCheckCommand::tr("The site as boundary points (界址点坐标): a text file, one \"X Y\" or "
                                 "\"point,X,Y\" a line, X the northing, in the project's CRS."),
            path },
        { kProject, SiteCheckCommand::tr("The project (GeoPackage file or postgresql:// URI)."),
            SiteCheckCommand::tr("PROJECT") },
        { kKind,
            SiteCheckCommand::tr("What the site is for: construction (建设项目), homestead (宅基地), "
                                 "facility_agriculture (设施农业), "
                                 "burial (殡葬/墓地) or other (default construction)."),
            SiteCheckCommand::tr("KIND"), QStringLiteral("construction") },
        { kFormat, SiteCheckCommand::tr("Output: text or json (default text)."),
            SiteCheckCommand::tr("FORMAT"), QStringLiteral("text") },
        { kPdf, SiteCheckCommand::tr("Also write the one-page site check opinion (选址核查意见) as PDF."),
            path },
        { kCrs, SiteCheckCommand::tr("CRS of a site file that declares none, e.g. EPSG:4547."),
            SiteCheckCommand::tr("CRS") },
        { kBureau, SiteCheckCommand::tr("Issuing bureau in the PDF's page header."),
            SiteCheckCommand::tr("NAME"), QStringLiteral("平顺县自然资源局") },
        { kDate, SiteCheckCommand::tr("Date of the PDF, YYYY-MM-DD (default today)."),
            SiteCheckCommand::tr("DATE") },
    });
}

QString usageProblem(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return SiteCheckCommand::tr("unexpected argument '%1' (see --help)")
            .arg(parser.positionalArguments().first());
    if (parser.isSet(kSite) == parser.isSet(kPoints))
        return SiteCheckCommand::tr("give the site once: --site FILE or --points FILE");
    if (!parser.isSet(kProject))
        return SiteCheckCommand::tr("--project PROJECT is required");
    const QString format = parser.value(kFormat);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return SiteCheckCommand::tr("--format must be text or json, not '%1'").arg(format);
    if (parser.isSet(kCrs) && gis::parseEpsgCode(parser.value(kCrs)) == 0)
        return SiteCheckCommand::tr("--crs must be an EPSG code such as EPSG:4547, not '%1'")
            .arg(parser.value(kCrs));
    if (parser.isSet(kDate) && !QDate::fromString(parser.value(kDate), Qt::ISODate).isValid())
        return SiteCheckCommand::tr("--date must be a date such as 2024-05-20, not '%1'")
            .arg(parser.value(kDate));
    return {};
}

/// The site in the project's working CRS, checked (valid, inside the county).
/// @p name receives what the site is called: its feature's name and the file's base name.
gis::GeosGeometryPtr readSite(const QCommandLineParser &parser, const gis::ProjectStore &store, QString *name)
{
    const int epsg = store.info().workingEpsg;
    gis::GeosGeometryPtr site;
    QString source;
    if (parser.isSet(kSite)) {
        source = parser.value(kSite);
        QString featureName;
        site = gis::SiteInput::fromFile(source, epsg, parser.value(kCrs), &featureName);
        *name = QFileInfo(source).completeBaseName();
        if (!featureName.isEmpty())
            *name = QStringLiteral("%1 (%2)").arg(featureName, *name);
    } else {
        source = parser.value(kPoints);
        *name = QFileInfo(source).completeBaseName();
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            throw core::InputError(source,
                QCoreApplication::translate("fg::app::SiteCheckCommand", "cannot read the file: %1")
                    .arg(file.errorString()));
        try {
            site = gis::SiteInput::fromRing(
                BoundaryPointParser::parse(QString::fromUtf8(file.readAll()), epsg), source);
        } catch (const core::InputError &e) {
            // The parser names its source 界址点坐标: name the file the user gave instead.
            throw core::InputError(source, e.problem(), e.feature());
        }
    }
    gis::SiteInput::checkPlace(store, site.get(), source);
    return site;
}

int writePdf(const QCommandLineParser &parser, const gis::ProjectStore &store,
    const gis::SiteCheckResult &result, QTextStream &err)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << SiteCheckCommand::tr(
            "farmguard-cli site-check: fonts need a GUI application object (internal error)")
            << '\n';
        return ExitFailure;
    }
    const gis::CaseMapLayers layers = gis::SiteCheck::mapLayers(store, result.site.get());
    gis::ReportOptions options;
    options.bureau = parser.value(kBureau);
    options.date = QDate::fromString(parser.value(kDate), Qt::ISODate);
    const int pages = gis::SiteCheckReport(result, layers, options).write(parser.value(kPdf));
    err << SiteCheckCommand::tr("Wrote the site check opinion of %1 (%2 page(s)) to %3")
               .arg(result.siteName)
               .arg(pages)
               .arg(parser.value(kPdf))
        << '\n';
    return ExitOk;
}

} // namespace

QString SiteCheckCommand::summary() const
{
    return tr("check a proposed site before approval: farmland it takes, overlaps, procedures (选址核查)");
}

int SiteCheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err, usageProblem))
        return *done;
    core::SiteKind kind = core::SiteKind::Construction;
    try {
        kind = core::siteKindFromText(parser.value(kKind));
    } catch (const core::InputError &e) {
        return usageError(err, name(), e.problem());
    }
    const std::unique_ptr<gis::ProjectStore> store
        = gis::ProjectStores::open(gis::ProjectLocation::parse(parser.value(kProject)),
            { QStringLiteral("farmguard-cli site-check"), QStringLiteral("site-check") },
            gis::OpenMode::ReadOnly);
    gis::SiteCheckRequest request;
    const gis::GeosGeometryPtr site = readSite(parser, *store, &request.siteName);
    request.site = site.get();
    request.kind = kind;
    const gis::SiteCheckResult result = gis::SiteCheck::run(*store, request);
    if (parser.value(kFormat) == QLatin1String("json"))
        out << QString::fromUtf8(
            QJsonDocument(SiteCheckFormat::json(result)).toJson(QJsonDocument::Indented));
    else
        out << SiteCheckFormat::text(result);
    out.flush();
    return parser.isSet(kPdf) ? writePdf(parser, *store, result, err) : ExitOk;
}

} // namespace fg::app
