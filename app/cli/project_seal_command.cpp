// SPDX-License-Identifier: MIT
#include "app/cli/project_seal_command.h"

#include "app/cli/project_command.h"
#include "core/cases/log_key.h"
#include "core/cases/log_receipt.h"
#include "core/input_error.h"
#include "gis/store/project_stores.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>

namespace fg::app {

namespace {

const QString kOutput = QStringLiteral("output");
const QString kKeyFile = QStringLiteral("key-file");

std::optional<core::LogKey> keyFrom(const QCommandLineParser &parser)
{
    return parser.isSet(kKeyFile) ? std::optional<core::LogKey>(core::LogKey::fromFile(parser.value(kKeyFile)))
                                  : core::LogKey::fromEnvironment();
}

void writeReceipt(const QString &path, const QByteArray &json)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        throw core::InputError(path, ProjectSealCommands::tr("cannot write the receipt: %1").arg(file.errorString()));
}

} // namespace

int ProjectSealCommands::seal(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write a receipt of the project's audit log as it is now: the project, the head event's number and hash, "
        "the number of events, the time and this FarmGuard's version; signed (HMAC-SHA256) with the office key when "
        "one is given. Keep it OUTSIDE the project (another disk, a printout, the county archive): a receipt is "
        "evidence only there. 'farmguard-cli verify-log PROJECT --receipt R' later proves the log still holds that "
        "head, so a log rewritten, cut or rebuilt since is caught. A copy is also kept in the project's receipts "
        "table (on a shared PostGIS project, by the server). A project that fails its check is not sealed."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file or postgresql:// URI."));
    parser.addOptions({
        { kOutput, tr("Write the receipt to this file (default: print it)."), tr("R.json") },
        { kKeyFile,
            tr("The office key, kept outside the project, to sign the receipt (default: the file named by "
               "FARMGUARD_LOG_KEY_FILE; none: unsigned)."),
            tr("K") },
    });
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("seal"), args, 1, out, err))
        return *done;
    const std::optional<core::LogKey> key = keyFrom(parser);
    const QString project = parser.positionalArguments().first();
    const std::unique_ptr<gis::ProjectStore> store = gis::ProjectStores::open(
        gis::ProjectLocation::parse(project), ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadWrite, key);
    const core::LogReceipt receipt = store->seal(key);
    const QByteArray json = QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(kOutput))
        writeReceipt(parser.value(kOutput), json);
    else
        out << QString::fromUtf8(json);
    const QString head = core::anchorText({ receipt.headSeq, receipt.headHash });
    (parser.isSet(kOutput) ? out : err)
        << tr("Sealed %1 at %2 (%n event(s)), %3", nullptr, int(receipt.events))
               .arg(project, head, receipt.mac.isEmpty() ? tr("unsigned") : tr("signed with key %1").arg(receipt.macKeyId))
        << '\n';
    if (store->rights().readOnly)
        err << tr("warning: the project is read-only: no copy of the receipt was kept in it") << '\n';
    return ExitOk;
}

int ProjectSealCommands::keyLog(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Key the project's audit log: from now on every event is chained with HMAC-SHA256 under the office key "
        "instead of plain SHA-256, so someone with the file but without the key cannot re-hash a rewritten log. "
        "The key stays outside the project (a file only the office reads); every later write and check needs it "
        "(FARMGUARD_LOG_KEY_FILE or --key-file). Logged; a keyed log keeps its key. Seal the project before and "
        "after."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file or postgresql:// URI."));
    parser.addOption({ kKeyFile, tr("The office key file (at least 16 bytes, e.g. openssl rand -hex 32 > K)."), tr("K") });
    ProjectCommand::addOperatorOptions(parser);
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("key-log"), args, 1, out, err))
        return *done;
    if (!parser.isSet(kKeyFile))
        return usageError(err, QStringLiteral("project key-log"), tr("--key-file K is required (see --help)"));
    const core::LogKey key = core::LogKey::fromFile(parser.value(kKeyFile));
    const QString project = parser.positionalArguments().first();
    const std::unique_ptr<gis::ProjectStore> store = gis::ProjectStores::open(
        gis::ProjectLocation::parse(project), ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadWrite, key);
    store->keyLog(key);
    out << tr("The audit log of %1 is keyed from %2 on (key %3)")
               .arg(project, core::anchorText(*store->logHead()), key.id())
        << '\n';
    return ExitOk;
}

} // namespace fg::app
