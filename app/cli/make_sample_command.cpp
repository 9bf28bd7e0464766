// SPDX-License-Identifier: MIT
#include "app/cli/make_sample_command.h"

#include "core/units.h"
#include "gis/sample/sample_generator.h"

#include <QCommandLineParser>

namespace fg::app {

namespace {

QString kindText(gis::DesignKind kind)
{
    switch (kind) {
    case gis::DesignKind::BasicFarmlandThreshold:
        return MakeSampleCommand::tr("basic farmland at the 5 mu threshold");
    case gis::DesignKind::CultivatedThreshold:
        return MakeSampleCommand::tr("cultivated land at the 10 mu threshold");
    case gis::DesignKind::LiteralVersusJudicial:
        return MakeSampleCommand::tr("notice wording and judicial reading differ");
    case gis::DesignKind::PartyAccumulation:
        return MakeSampleCommand::tr("one party, crosses 5 mu only accumulated");
    case gis::DesignKind::TwoTownships:
        return MakeSampleCommand::tr("spans two townships");
    case gis::DesignKind::OverlappingFarmland:
        return MakeSampleCommand::tr("over two overlapping basic farmland parcels");
    case gis::DesignKind::SplitPlot:
        return MakeSampleCommand::tr("疑似化整为零: one party's three small pieces together over 5 mu");
    }
    return {};
}

void printCases(const std::vector<gis::DesignedCase> &cases, QTextStream &out)
{
    out << MakeSampleCommand::tr("Designed incidents (intended ellipsoidal areas):") << '\n';
    for (const gis::DesignedCase &c : cases) {
        out << "  " << c.id << "  " << c.party << "  "
            << MakeSampleCommand::tr("basic farmland %1 mu, cultivated %2 mu")
                   .arg(core::formatJudgedMu(c.basicFarmlandMu), core::formatJudgedMu(c.cultivatedMu));
        if (c.naiveBasicFarmlandMu > c.basicFarmlandMu + 0.005)
            out << MakeSampleCommand::tr(" (naive sum %1 mu)").arg(core::formatJudgedMu(c.naiveBasicFarmlandMu));
        out << "  " << c.townships.join(QStringLiteral("/")) << "  " << kindText(c.kind) << '\n';
    }
}

} // namespace

QString MakeSampleCommand::summary() const
{
    return tr("write the sample county (shapefiles in GBK and a GeoPackage) into a directory");
}

int MakeSampleCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generate the sample county over Pingshun (EPSG:4547): townships, villages, land-use parcels, "
           "basic farmland with flaws, and incidents with designed threshold cases. The same seed always "
           "gives the same data."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("seed"),
        tr("Random seed (default %1).").arg(gis::SampleGenerator::kDefaultSeed), tr("N") });
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Output directory (created if missing)."));
    if (const std::optional<int> done = parseOrExit(parser, name(), args, out, err))
        return *done;
    const QStringList dirs = parser.positionalArguments();
    if (dirs.size() != 1)
        return usageError(err, tr("farmguard-cli make-sample: give exactly one DIR (see --help)"));
    quint64 seed = gis::SampleGenerator::kDefaultSeed;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(err, tr("farmguard-cli make-sample: --seed wants a non-negative integer"));
    }
    const gis::SampleSummary summary = gis::SampleGenerator(seed).generate(dirs.first());
    out << tr("Sample county written to %1 (seed %2, EPSG:%3):")
               .arg(dirs.first())
               .arg(seed)
               .arg(gis::SampleGenerator::kWorkingEpsg)
        << '\n';
    for (const auto &layer : summary.layers)
        out << "  " << layer.name.leftJustified(16) << tr("%1 features").arg(layer.features) << '\n';
    out << "  " << gis::SampleGenerator::geoPackageName() << '\n';
    printCases(summary.cases, out);
    return ExitOk;
}

} // namespace fg::app
