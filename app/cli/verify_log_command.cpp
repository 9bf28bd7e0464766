// SPDX-License-Identifier: MIT
#include "app/cli/verify_log_command.h"

#include "core/cases/log_receipt.h"
#include "core/input_error.h"
#include "gis/store/project_stores.h"

#include <QCommandLineParser>

namespace fg::app {

namespace {

const QString kFull = QStringLiteral("full");
const QString kReceipt = QStringLiteral("receipt");
const QString kHead = QStringLiteral("head");
const QString kKeyFile = QStringLiteral("key-file");

/// At most this many differing rows are printed one by one.
constexpr int kFindingsShown = 50;

/// The options of the check from the command line. A key (given, or FARMGUARD_LOG_KEY_FILE)
/// means the office keys its logs: a plain log is then a finding, unless a receipt whose
/// signature checks says the log was plain when it was sealed.
gis::LogCheckOptions optionsFrom(const QCommandLineParser &parser)
{
    gis::LogCheckOptions options;
    options.fullIntegrity = parser.isSet(kFull);
    options.layerContent = parser.isSet(kFull);
    options.key = parser.isSet(kKeyFile) ? std::optional<core::LogKey>(core::LogKey::fromFile(parser.value(kKeyFile)))
                                         : core::LogKey::fromEnvironment();
    bool sealedPlain = false;
    for (const QString &path : parser.values(kReceipt)) {
        options.receipts.push_back(core::LogReceipt::read(path));
        const core::LogReceipt &receipt = options.receipts.back();
        const core::LogKey *key = options.key ? &*options.key : nullptr;
        sealedPlain = sealedPlain || (receipt.chainKeyId.isEmpty() && !receipt.mac.isEmpty()
                                         && receipt.signatureProblem(key).isEmpty());
    }
    options.requireKeyed = options.key.has_value() && !sealedPlain;
    for (const QString &text : parser.values(kHead)) {
        const std::optional<core::ChainAnchor> anchor = core::parseAnchor(text);
        if (!anchor)
            throw core::InputError(QString(),
                // lupdate files X::tr() in a function with a qualified return type under a bare context.
                QCoreApplication::translate("fg::app::VerifyLogCommand", "--head takes a printed log head, \"#SEQ HASH\" or SEQ:HASH (12 to 64 hex "
                                     "digits): '%1'")
                    .arg(text));
        options.anchors.push_back(*anchor);
    }
    return options;
}

} // namespace

QString VerifyLogCommand::summary() const
{
    return tr("check a project's audit log, its data against the log, the file and receipts");
}

void VerifyLogCommand::printChain(const QString &path, const gis::LogCheck &check, QTextStream &out)
{
    const QString chain = check.report.keyId.isEmpty()
        ? tr("SHA-256 chain")
        : tr("keyed chain (HMAC-SHA256, key %1)").arg(check.report.keyId);
    const bool damaged = check.integrity != QLatin1String("ok");
    if (damaged) {
        const QStringList lines = check.integrity.split(QLatin1Char('\n'));
        out << tr("%1: the project file is DAMAGED (%n problem(s) found):", nullptr, int(lines.size())).arg(path) << '\n';
        for (qsizetype i = 0; i < lines.size() && i < 10; ++i)
            out << "  " << lines.at(i) << '\n';
    }
    if (!check.report.intact())
        out << tr("%1: audit log BROKEN at event %2: %3").arg(path).arg(check.report.seq).arg(check.report.message)
            << '\n';
    else if (!damaged || check.events > 0)
        out << tr("%1: audit log intact (%n event(s), %2)", nullptr, int(check.events)).arg(path, chain) << '\n';
    if (check.head)
        out << tr("%1: log head %2").arg(path, core::anchorText(*check.head)) << '\n';
}

void VerifyLogCommand::printData(const QString &path, const gis::LogCheck &check, QTextStream &out)
{
    if (check.dataChecked && check.findings.empty()) {
        QStringList counts;
        for (auto it = check.rowsChecked.begin(); it != check.rowsChecked.end(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        out << tr("%1: the data matches the log (%2)").arg(path, counts.join(QStringLiteral(", "))) << '\n';
    } else if (check.dataChecked) {
        out << tr("%1: the DATA DIFFERS FROM THE LOG (%n difference(s)):", nullptr, int(check.findings.size())).arg(path)
            << '\n';
        for (size_t i = 0; i < check.findings.size() && i < size_t(kFindingsShown); ++i)
            out << "  " << check.findings[i].message() << '\n';
        if (check.findings.size() > size_t(kFindingsShown))
            out << "  " << tr("… and %n more", nullptr, int(check.findings.size()) - kFindingsShown) << '\n';
    }
    for (const QString &problem : check.anchorProblems)
        out << tr("%1: ANCHOR FAILED: %2").arg(path, problem) << '\n';
    if (check.receiptsKept > 0 && check.anchorProblems.isEmpty())
        out << tr("%1: %n receipt(s) given or kept in the project hold", nullptr, check.receiptsKept).arg(path) << '\n';
    for (const QString &note : check.notes)
        out << tr("%1: note: %2").arg(path, note) << '\n';
}

int VerifyLogCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Check a project's record without changing it: the audit log's chain and recorded head, the file's "
        "integrity, the data re-derived from the log against every incident, case, step, transfer, "
        "accountability record, setting and attachment (each row that differs is named), and the receipts and "
        "printed log heads given. A receipt (farmguard-cli project seal) is evidence only when it is kept outside "
        "the project: a log rewritten, cut or rebuilt after it is caught against it. Exit 0 when everything "
        "passed, 4 when anything failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file or postgresql:// URI."));
    parser.addOptions({
        { kFull, tr("Run SQLite's full integrity_check instead of quick_check and recompute each reference layer's content "
                    "hash from its rows (slow on a big county).") },
        { kReceipt, tr("A receipt written by 'project seal': the log must still hold its head. Repeatable."), tr("R.json") },
        { kHead, tr("A log head printed on a report, \"#SEQ HASH\": the log must still hold it. Repeatable."), tr("HEAD") },
        { kKeyFile,
            tr("The office key (kept outside the project; default: the file named by FARMGUARD_LOG_KEY_FILE): checks a "
               "keyed log and signed receipts. With a key, a plain log fails unless a signed receipt says it was "
               "plain."),
            tr("K") },
    });
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("verify-log"), tr("give one project file (see --help)"));
    const QString path = parser.positionalArguments().first();
    const gis::LogCheck check = gis::ProjectStores::verify(gis::ProjectLocation::parse(path), optionsFrom(parser));
    printChain(path, check, out);
    printData(path, check, out);
    return check.passed() ? ExitOk : ExitBroken;
}

} // namespace fg::app
