// SPDX-License-Identifier: MIT
#include "app/cli/analyze_command.h"

#include "app/cli/analyze_formatter.h"
#include "core/input_error.h"
#include "core/json_writer.h"
#include "gis/analysis/encroachment_analysis.h"
#include "gis/io/crs_detection.h"
#include "gis/io/vector_layer.h"
#include "gis/io/working_crs.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/layer_files.h"
#include "gis/usecases/project_analysis_job.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/provenance.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <future>

#include <memory>
#include <optional>

namespace fg::app {

namespace {

const QString kIncidents = QStringLiteral("incidents");
const QString kBasic = QStringLiteral("basic-farmland");
const QString kCultivated = QStringLiteral("cultivated");
const QString kIdField = QStringLiteral("id-field");
const QString kPartyField = QStringLiteral("party-field");
const QString kDateField = QStringLiteral("date-field");
const QString kClassField = QStringLiteral("class-field");
const QString kMethod = QStringLiteral("area-method");
const QString kCrs = QStringLiteral("crs");
const QString kEncoding = QStringLiteral("encoding");
const QString kRules = QStringLiteral("rules");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kProject = QStringLiteral("project");

/// What an analysis gave, for the formatter.
struct Analysed
{
    gis::EncroachmentReport report;
    AnalyzeContext context;
    /// The layers read, freed on a thread of their own while the output is written (the
    /// future's destructor waits for it: nothing outlives the command).
    std::future<void> released {};
};

/// The rules file given with --rules as a record (its hash as given), or nullopt.
std::optional<core::RulesRecord> givenRules(const QCommandLineParser &parser)
{
    if (!parser.isSet(kRules))
        return std::nullopt;
    QFile file(parser.value(kRules));
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(file.fileName(), AnalyzeCommand::tr("cannot read the rules file: %1").arg(file.errorString()));
    core::RulesRecord record = core::RulesRecord::fromText(file.readAll(), file.fileName());
    record.setSource(file.fileName());
    return record;
}

/// True when every file of every layer's set is a regular file (not a FIFO, device or folder).
bool onlyRegularFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        for (const QString &member : gis::ProvenanceBuilder::fileSet(path))
            if (!QFileInfo(member).isFile())
                return false;
    return true;
}

/// A project analysed and then its cases judged again: one store for both, and the analysis's
/// measurements and reads for the judging (gis::ProjectAnalysisJob, as the GUI's F5).
struct ProjectJob
{
    std::unique_ptr<gis::ProjectStore> store;
    QString notWritable; ///< why the project could not be opened for the judging (empty: it could)
    gis::ProjectAnalysisJob analysis;
};

/// Opens the project once for the analysis and the judging that follows (not with --rules: then
/// nothing is judged and it is opened read-only), so its open check (the log, the data against
/// it) runs once. A project that cannot be opened for writing is analysed read-only, as before;
/// the judging then says why it did not run.
void openProject(const QCommandLineParser &parser, ProjectJob &job)
{
    const gis::ProjectLocation location = gis::ProjectLocation::parse(parser.value(kProject));
    const gis::OperatorIdentity who { QStringLiteral("analyze"), QStringLiteral("cli") };
    if (!parser.isSet(kRules)) {
        try {
            job.store = gis::ProjectStores::open(location, who, gis::OpenMode::ReadWrite);
            return;
        } catch (const core::InputError &error) {
            job.notWritable = error.message();
        }
    }
    job.store = gis::ProjectStores::open(location, who, gis::OpenMode::ReadOnly);
}

/// The project's incidents through the project analysis use case (its rules unless --rules);
/// its measurements and reads stay in the job for the cases' judging that follows.
Analysed analyzeProject(const QCommandLineParser &parser, gis::AreaMethod method, ProjectJob &job)
{
    openProject(parser, job);
    const std::unique_ptr<gis::ProjectStore> &store = job.store;
    gis::ProjectAnalysisOptions options;
    const std::optional<core::RulesRecord> given = givenRules(parser);
    if (given)
        options.rules = given->rules();
    options.method = method;
    options.classField = parser.value(kClassField);
    // The provenance is built while the analysis runs: it needs nothing the analysis computes.
    // A project keeps its layers' hashes (schema 11) and that is a small read; one without them
    // (older, opened read-only) has every parcel hashed, a quarter of the CPU at county scale, on
    // one core. The store serialises the two threads' calls; the layers are written once, so the
    // hashes do not depend on when they are read. The log head is read afterwards.
    const core::RulesRecord rulesRecord = given ? *given : gis::ProjectRules::record(*store);
    std::future<gis::Provenance> provenance = std::async(std::launch::async,
        [&store, &rulesRecord, method] { return gis::ProvenanceBuilder::ofProject(*store, rulesRecord, method); });
    gis::ProjectAnalysisResult result = job.analysis.analyse(*store, options);
    AnalyzeContext context;
    context.method = method;
    context.workingEpsg = result.workingEpsg;
    context.workingCrsHow = AnalyzeCommand::tr("the project's working CRS");
    context.rules = result.rules;
    context.warnings = result.report.warnings;
    context.project = true;
    context.accumulation = result.rules.accumulationText();
    context.possibleSameParties = result.possibleSameParties;
    context.outsideWindow = result.outsideWindow;
    for (size_t i = 0; i < result.incidents.size(); ++i)
        if (!result.incidents[i].occupation)
            context.nonOccupation.insert(result.report.incidents[i].id);
    for (size_t i = 0; i < result.incidents.size(); ++i) {
        QJsonArray used;
        for (const QString &number : result.incidents[i].approvals)
            for (const gis::ApprovalRecord &record : result.approvals)
                if (record.approval.documentNumber == number)
                    used.append(record.attributesJson());
        if (!used.isEmpty())
            context.approvalsUsed.insert(result.report.incidents[i].id, used);
    }
    if (const gis::StoreRights rights = store->rights(); rights.logBroken)
        context.warnings.prepend(
            AnalyzeCommand::tr("the project failed its audit log check: %1").arg(rights.readOnlyReason));
    context.logHead = store->logHead();
    context.unmeasured = result.unmeasured;
    context.provenance = provenance.get();
    context.provenance->logHead = context.logHead; // as at the end of the analysis, like before
    context.provenance->logBroken = store->rights().logBroken;
    return { std::move(result.report), std::move(context) };
}

/// Layer files: read into one working CRS, then the overlay engine.
Analysed analyzeFiles(const QCommandLineParser &parser, gis::AreaMethod method)
{
    const core::RulesRecord record = givenRules(parser).value_or(core::RulesRecord::defaults());
    const core::Rules &rules = record.rules();
    QStringList paths { parser.value(kIncidents) };
    for (const QString &option : { kBasic, kCultivated })
        if (parser.isSet(option))
            paths << parser.value(option);
    // The files are hashed for the provenance while they are read and measured: the read runs on
    // one core, and the hashing (every byte of the parcel layers) used to follow the analysis.
    // The future waits in its destructor, so a read error still comes first and nothing leaks.
    // Only regular files: a FIFO or device named as a layer must fail in the reader, not block
    // the hashing thread (the reader then fails first and the hashing is never reached).
    // First, on the same thread, PROJ's database search for the reads' CRS check (tens of
    // milliseconds): when it is done before the reader asks, the reader takes a clone instead of
    // searching on the critical path (gis::prepareCrsChecks; no answer depends on it).
    auto hash = [&paths, &record, method] {
        gis::prepareCrsChecks(paths);
        return gis::ProvenanceBuilder::ofFiles(paths, record, method, 0);
    };
    std::future<gis::Provenance> provenance
        = std::async(onlyRegularFiles(paths) ? std::launch::async : std::launch::deferred, hash);
    gis::LayerFileOptions read { parser.value(kEncoding), parser.value(kCrs) };
    read.onlyNearFirst = true; // the parcels far from every incident change no figure: left unread
    gis::LayerFiles files = gis::readLayerFiles(paths, read);
    gis::EncroachmentRequest request;
    request.incidents = files.layers.front().get();
    request.basicFarmland = parser.isSet(kBasic) ? files.layers.at(1).get() : nullptr;
    request.cultivated = parser.isSet(kCultivated) ? files.layers.back().get() : nullptr;
    request.workingEpsg = files.working.epsg;
    request.idField = parser.value(kIdField);
    request.partyField = parser.value(kPartyField);
    request.splitPlots.dateField = parser.value(kDateField);
    request.overlay.classField = parser.value(kClassField);
    request.overlay.cultivatedClasses = rules.cultivatedClasses();
    request.rules = rules;
    request.method = method;
    gis::EncroachmentReport report = gis::analyzeEncroachment(request);
    AnalyzeContext context;
    context.method = method;
    context.workingEpsg = files.working.epsg;
    context.workingCrsHow = files.working.how;
    context.rules = rules;
    context.warnings = files.warnings + report.warnings;
    context.provenance = provenance.get();
    context.provenance->workingEpsg = files.working.epsg;
    context.accumulation = request.partyField.isEmpty()
        ? QString()
        : AnalyzeCommand::tr("Accumulated (累计计算): every incident of a party in the layer (a layer file holds no case "
                             "records).");
    // 150k parcels' GEOS geometries take tens of milliseconds to free: not on the critical path.
    auto release = [layers = std::make_shared<gis::LayerFiles>(std::move(files))]() mutable { layers.reset(); };
    return { std::move(report), std::move(context), std::async(std::launch::async, std::move(release)) };
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(AnalyzeCommand::tr(
        "For each incident: the permanent basic farmland and cultivated land it occupies (m² and mu, "
        "by land class), and whether it reaches the accountability thresholds (≥ 5 mu basic farmland "
        "or ≥ 10 mu cultivated land by default). Incidents of one party accumulate."));
    parser.addHelpOption();
    parser.addOptions({
        { kIncidents, AnalyzeCommand::tr("Incident (监测图斑) polygon layer."), AnalyzeCommand::tr("PATH") },
        { kBasic, AnalyzeCommand::tr("Permanent basic farmland polygon layer."), AnalyzeCommand::tr("PATH") },
        { kCultivated, AnalyzeCommand::tr("Cultivated land or land-use (DLTB) polygon layer."),
            AnalyzeCommand::tr("PATH") },
        { kIdField, AnalyzeCommand::tr("Incident id field (default: the source FID)."),
            AnalyzeCommand::tr("NAME") },
        { kPartyField, AnalyzeCommand::tr("Party field; incidents of one party accumulate."),
            AnalyzeCommand::tr("NAME") },
        { kDateField, AnalyzeCommand::tr("Discovery date field (e.g. FXRQ), for the split-plot period (化整为零); "
                                         "without it incidents count as undated."),
            AnalyzeCommand::tr("NAME") },
        { kClassField, AnalyzeCommand::tr("Land-class code field of the cultivated layer (default DLBM)."),
            AnalyzeCommand::tr("NAME"), QStringLiteral("DLBM") },
        { kMethod, AnalyzeCommand::tr("Area method: ellipsoidal, geodesic or planar (default ellipsoidal)."),
            AnalyzeCommand::tr("METHOD"), QStringLiteral("ellipsoidal") },
        { kCrs,
            AnalyzeCommand::tr(
                "Working CRS (a CGCS2000 Gauss-Krüger zone), also assumed for layers without a CRS, "
                "e.g. EPSG:4547."),
            AnalyzeCommand::tr("CRS") },
        { kEncoding, AnalyzeCommand::tr("Attribute text encoding (overrides detection)."),
            AnalyzeCommand::tr("NAME") },
        { kRules, AnalyzeCommand::tr("JSON rules file (thresholds, reading, cultivated classes); with --project it "
                                     "replaces the project's own rules."),
            AnalyzeCommand::tr("PATH") },
        { kFormat, AnalyzeCommand::tr("Output format: table, json or csv (default table)."),
            AnalyzeCommand::tr("FORMAT"), QStringLiteral("table") },
        { kOutput, AnalyzeCommand::tr("Write the output to this file instead of standard output."),
            AnalyzeCommand::tr("PATH") },
        { kProject, AnalyzeCommand::tr("Analyse a project's incidents instead, with the project's rules; parties "
                                       "accumulate the incidents whose cases are not yet decided."),
            AnalyzeCommand::tr("PROJECT") },
    });
}

/// What is wrong with the command line, or an empty string.
QString usageProblem(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return AnalyzeCommand::tr("unexpected argument '%1' (see --help)")
            .arg(parser.positionalArguments().first());
    if (!parser.isSet(kIncidents) && !parser.isSet(kProject))
        return AnalyzeCommand::tr("--incidents PATH is required (see --help)");
    if (!parser.isSet(kProject) && !parser.isSet(kBasic) && !parser.isSet(kCultivated))
        return AnalyzeCommand::tr("give at least one of --basic-farmland and --cultivated");
    gis::AreaMethod method;
    if (!gis::parseAreaMethod(parser.value(kMethod), &method))
        return AnalyzeCommand::tr("--area-method must be ellipsoidal, geodesic or planar, not '%1'")
            .arg(parser.value(kMethod));
    const QString format = parser.value(kFormat);
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return AnalyzeCommand::tr("--format must be table, json or csv, not '%1'").arg(format);
    if (parser.isSet(kCrs) && gis::parseEpsgCode(parser.value(kCrs)) == 0)
        return AnalyzeCommand::tr("--crs must be an EPSG code such as EPSG:4547, not '%1'")
            .arg(parser.value(kCrs));
    return {};
}

/// Where the output goes, as UTF-8 bytes: --output's file (opened when the first bytes come,
/// after the analysis, as before) or standard output.
class Destination
{
public:
    Destination(const QCommandLineParser &parser, QTextStream &out)
        : m_out(out)
        , m_path(parser.value(kOutput))
    {
    }

    /// Text for people (table, CSV), as before: through the stream to stdout, UTF-8 to a file.
    void write(const QString &text)
    {
        if (m_path.isEmpty())
            m_out << text;
        else
            write(text.toUtf8());
    }

    /// Throws core::InputError naming the file when it cannot be written.
    void write(const QByteArray &bytes)
    {
        if (m_path.isEmpty()) {
            writeOut(bytes);
            return;
        }
        if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            failed();
        if (m_file.write(bytes) < 0)
            failed();
    }

private:
    void writeOut(const QByteArray &bytes)
    {
        // Bytes straight to the stream's device (stdout); a stream without one takes the text.
        m_out.flush();
        if (QIODevice *device = m_out.device())
            device->write(bytes);
        else
            m_out << QString::fromUtf8(bytes);
    }

    [[noreturn]] void failed()
    {
        throw core::InputError(m_file.fileName(), AnalyzeCommand::tr("cannot write the output: %1").arg(m_file.errorString()));
    }

    QTextStream &m_out;
    QString m_path;
    QFile m_file { m_path };
};

/// Reads and analyses; throws core::InputError for bad input.
Analysed analyze(const QCommandLineParser &parser, ProjectJob &job)
{
    gis::AreaMethod method = gis::AreaMethod::Ellipsoidal;
    gis::parseAreaMethod(parser.value(kMethod), &method);
    return parser.isSet(kProject) ? analyzeProject(parser, method, job) : analyzeFiles(parser, method);
}

/// Formats @p analysed into @p destination. JSON is written as it is built (its bytes those of
/// QJsonDocument's indented form).
void writeOutput(const QCommandLineParser &parser, const Analysed &analysed, Destination &destination)
{
    const AnalyzeFormatter formatter(analysed.report, analysed.context);
    const QString format = parser.value(kFormat);
    if (format == QLatin1String("json")) {
        core::JsonWriter writer([&destination](const QByteArray &bytes) { destination.write(bytes); });
        formatter.writeJson(writer);
        return;
    }
    destination.write(format == QLatin1String("csv") ? formatter.csv() : formatter.table());
}

/// The JSON's bytes made on a thread of their own: they read only @p analysed (the analysis's
/// figures and context), which the cases' judging does not change, so they are made while the
/// judging runs and written after its lines, as before. @p analysed outlives the future.
std::future<QByteArray> jsonBeside(const Analysed &analysed)
{
    return std::async(std::launch::async, [&analysed] {
        QByteArray bytes;
        core::JsonWriter writer([&bytes](const QByteArray &piece) { bytes += piece; });
        AnalyzeFormatter(analysed.report, analysed.context).writeJson(writer);
        return bytes;
    });
}

/// After analysing a project with its own rules, its cases' flags follow the figures: each change
/// is logged (CaseFlags) and named on @p err. A read-only project, or a login without the right
/// to change its cases, keeps its flags: said on @p err, the analysis stands. The judging takes
/// the analysis's measurements and reads where provably the same (gis::ProjectAnalysisJob)
/// instead of reading and measuring all incidents a second time.
void rejudgeProject(ProjectJob &job, QTextStream &err)
{
    const gis::ProjectJudging judging = job.notWritable.isEmpty()
        ? job.analysis.judge(*job.store, AnalyzeCommand::tr("project analysed (analyze --project)"))
        : gis::ProjectJudging { std::nullopt, job.notWritable };
    if (!judging.rejudged) {
        err << AnalyzeCommand::tr("the cases' flags were not judged again: %1").arg(judging.notJudged) << '\n';
        return;
    }
    for (const gis::FlagChange &c : judging.rejudged->changed)
        err << AnalyzeCommand::tr("case %1: threshold flag %2 → %3 (%4)")
                   .arg(c.caseId, core::thresholdFlagCode(c.from), core::thresholdFlagCode(c.to), c.figures.text())
            << '\n';
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("measure incidents on basic farmland and cultivated land; accountability verdicts");
}

int AnalyzeCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err, usageProblem))
        return *done;
    auto job = std::make_unique<ProjectJob>();
    const Analysed analysed = analyze(parser, *job);
    // CSV has no room for warnings: they go to stderr, one line each, before the judging's lines;
    // the output comes after both, as before.
    if (parser.value(kFormat) == QLatin1String("csv"))
        for (const QString &warning : analysed.context.warnings)
            err << tr("warning: %1").arg(warning) << '\n';
    const bool judged = parser.isSet(kProject) && !parser.isSet(kRules);
    std::future<QByteArray> json
        = judged && parser.value(kFormat) == QLatin1String("json") ? jsonBeside(analysed) : std::future<QByteArray>();
    if (judged)
        rejudgeProject(*job, err);
    // The job's parcels, memo and store are freed and closed on a thread of their own while the
    // output is written (tens of milliseconds at county scale, last on the critical path before).
    // The future's destructor waits: nothing outlives the command.
    const std::future<void> closed = job->store
        ? std::async(std::launch::async, [done = std::move(job)]() mutable { done.reset(); })
        : std::future<void>();
    Destination destination(parser, out);
    if (json.valid())
        destination.write(json.get());
    else
        writeOutput(parser, analysed, destination);
    return ExitOk;
}

} // namespace fg::app
