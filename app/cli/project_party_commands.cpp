// SPDX-License-Identifier: MIT
#include "app/cli/project_party_commands.h"

#include "app/cli/project_command.h"
#include "gis/store/project_stores.h"
#include "gis/usecases/case_flags.h"
#include "gis/usecases/party_identities.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fg::app {

namespace {

QString refText(const core::PartyRef &ref)
{
    return ref.idNumber.isEmpty() ? ref.name : QStringLiteral("%1（%2）").arg(ref.name, ref.idNumber);
}

QJsonObject refJson(const core::PartyRef &ref)
{
    return { { QStringLiteral("name"), ref.name },
        { QStringLiteral("id_number"), ref.idNumber.isEmpty() ? QJsonValue() : QJsonValue(ref.idNumber) } };
}

QJsonObject matchingJson(const core::PartyMatching &m)
{
    QMap<QString, QStringList> incidents;
    for (auto it = m.labelOfIncident.cbegin(); it != m.labelOfIncident.cend(); ++it)
        incidents[it.value()] << it.key();
    QJsonArray parties;
    for (const core::MatchedParty &p : m.parties) {
        QJsonArray refs;
        for (const core::PartyRef &ref : p.refs)
            refs.append(refJson(ref));
        QStringList ids = incidents.value(p.label);
        ids.sort();
        parties.append(QJsonObject { { QStringLiteral("party"), p.label }, { QStringLiteral("recorded_as"), refs },
            { QStringLiteral("incidents"), QJsonArray::fromStringList(ids) } });
    }
    QJsonArray possible;
    for (const core::PossibleSameParty &p : m.possible)
        possible.append(QJsonObject { { QStringLiteral("a"), refJson(p.a) }, { QStringLiteral("b"), refJson(p.b) },
            { QStringLiteral("reason"), p.reason } });
    return { { QStringLiteral("parties"), parties }, { QStringLiteral("possible_same_parties"), possible } };
}

void printMatching(const core::PartyMatching &m, QTextStream &out)
{
    QMap<QString, int> counts;
    for (const QString &label : m.labelOfIncident)
        ++counts[label];
    out << ProjectPartyCommands::tr("%n party(ies)", nullptr, int(m.parties.size())) << '\n';
    for (const core::MatchedParty &p : m.parties) {
        QStringList recorded;
        for (const core::PartyRef &ref : p.refs)
            recorded << refText(ref);
        out << QStringLiteral("  %1  ").arg(p.label)
            << ProjectPartyCommands::tr("%n incident(s)", nullptr, counts.value(p.label));
        if (recorded.size() > 1 || recorded.value(0) != p.label)
            out << ProjectPartyCommands::tr("; recorded as %1").arg(recorded.join(QStringLiteral(" / ")));
        out << '\n';
    }
    if (m.possible.isEmpty())
        return;
    out << '\n' << ProjectPartyCommands::tr("Possibly the same party (decide with 'project same-party'):") << '\n';
    for (const core::PossibleSameParty &p : m.possible)
        out << QStringLiteral("  %1 — %2: %3").arg(refText(p.a), refText(p.b), p.reason) << '\n';
}

} // namespace

int ProjectPartyCommands::parties(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the project's parties as the accumulation (累计计算) matches them — by "
                                        "name and, when recorded, ID number — and the recorded parties that may be "
                                        "one, which are never added up until a person decides."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (path or postgresql:// URI)."));
    parser.addOption({ QStringLiteral("format"), tr("Output format: table or json (default table)."), tr("FORMAT"),
        QStringLiteral("table") });
    const auto check = [](const QCommandLineParser &p) -> QString {
        const QString format = p.value(QStringLiteral("format"));
        return format == QLatin1String("table") || format == QLatin1String("json")
            ? QString()
            : tr("--format must be table or json, not '%1'").arg(format);
    };
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("parties"), args, 1, out, err, check))
        return *done;
    const auto store = ProjectCommand::open(parser.positionalArguments().at(0),
        { QStringLiteral("farmguard-cli"), QStringLiteral("cli") }, gis::OpenMode::ReadOnly);
    const core::PartyMatching matching = gis::PartyIdentities::match(*store);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
        out << QJsonDocument(matchingJson(matching)).toJson(QJsonDocument::Indented);
    else
        printMatching(matching, out);
    return ExitOk;
}

int ProjectPartyCommands::sameParty(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record a person's decision on two recorded parties that may be one: "
                                        "--same adds their incidents up from now on, --different keeps them apart "
                                        "and stops asking. Logged with the operator, the time and the note; a later "
                                        "decision on the same pair replaces it."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project (path or postgresql:// URI)."));
    parser.addPositionalArgument(QStringLiteral("NAME_A"), tr("The first party's name as recorded."));
    parser.addPositionalArgument(QStringLiteral("NAME_B"), tr("The second party's name as recorded."));
    parser.addOptions({
        { QStringLiteral("same"), tr("They are the same party.") },
        { QStringLiteral("different"), tr("They are different parties.") },
        { QStringLiteral("a-id"), tr("The first party's ID number, when recorded with one."), tr("ID") },
        { QStringLiteral("b-id"), tr("The second party's ID number, when recorded with one."), tr("ID") },
        { QStringLiteral("note"), tr("Why (e.g. the business licence seen)."), tr("TEXT") },
    });
    ProjectCommand::addOperatorOptions(parser);
    const auto check = [](const QCommandLineParser &p) -> QString {
        return p.isSet(QStringLiteral("same")) == p.isSet(QStringLiteral("different"))
            ? tr("say --same or --different")
            : QString();
    };
    if (const std::optional<int> done = ProjectCommand::parse(parser, QStringLiteral("same-party"), args, 3, out, err, check))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const auto store = ProjectCommand::open(positional.at(0), ProjectCommand::operatorFrom(parser), gis::OpenMode::ReadWrite);
    const core::PartyRef a { positional.at(1), parser.value(QStringLiteral("a-id")) };
    const core::PartyRef b { positional.at(2), parser.value(QStringLiteral("b-id")) };
    const bool same = parser.isSet(QStringLiteral("same"));
    gis::PartyIdentities::decide(*store, a, b, same, parser.value(QStringLiteral("note")));
    out << (same ? tr("Recorded: %1 and %2 are the same party; their incidents accumulate together.")
                 : tr("Recorded: %1 and %2 are different parties."))
               .arg(refText(a), refText(b))
        << '\n';
    // The accumulation changed: every case's flag follows its figures again (logged old → new).
    const gis::RejudgeResult rejudged
        = gis::CaseFlags::rejudge(*store, {}, tr("parties %1 and %2 decided").arg(refText(a), refText(b)));
    for (const gis::FlagChange &change : rejudged.changed)
        out << tr("Case %1: threshold flag %2 → %3")
                   .arg(change.caseId, core::thresholdFlagCode(change.from), core::thresholdFlagCode(change.to))
            << '\n';
    return ExitOk;
}

} // namespace fg::app
