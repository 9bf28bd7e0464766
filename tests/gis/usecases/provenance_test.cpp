// SPDX-License-Identifier: MIT
// Provenance (issue 16 item 6): the input files' hashes are what sha256sum prints; a project's
// reference layers are hashed by content; the log head and the rules' hash are carried.
#include "sample_projects.h"

#include "core/cases/log_receipt.h"
#include "core/input_error.h"
#include "gis/store/project_tables.h"
#include "gis/usecases/project_rules.h"
#include "gis/usecases/provenance.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace fg;
using namespace fg::gis;
using fg::gis::test::SampleProjects;

namespace {

/// The hash sha256sum prints for @p path: an independent computation.
QString sha256sum(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("sha256sum"), { path });
    REQUIRE(process.waitForFinished(30000));
    return QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("provenance of layer files: every member of a shapefile set, hashed as sha256sum does", "[usecases]")
{
    QTemporaryDir dir;
    for (const char *name : { "parcels.shp", "parcels.shx", "parcels.DBF", "parcels.prj", "parcels.cpg", "other.shp",
             "parcels.txt" })
        write(dir.filePath(QString::fromLatin1(name)), QByteArray("content of ") + name);
    write(dir.filePath(QStringLiteral("sites.geojson")), "{}");
    // Named by its .dbf: the set is the same, the named file first, others by name.
    const QStringList set = ProvenanceBuilder::fileSet(dir.filePath(QStringLiteral("parcels.DBF")));
    CHECK(set.size() == 5);
    CHECK(set.first().endsWith(QStringLiteral("parcels.DBF")));
    CHECK_FALSE(set.join(QLatin1Char(' ')).contains(QStringLiteral("other.shp")));
    CHECK_FALSE(set.join(QLatin1Char(' ')).contains(QStringLiteral("parcels.txt")));
    const core::RulesRecord rules = core::RulesRecord::defaults();
    const Provenance p = ProvenanceBuilder::ofFiles(
        { dir.filePath(QStringLiteral("parcels.shp")), dir.filePath(QStringLiteral("sites.geojson")) }, rules,
        AreaMethod::Ellipsoidal, 4547);
    REQUIRE(p.files.size() == 6);
    for (const ProvenanceFile &f : p.files) {
        CHECK(f.sha256 == sha256sum(f.path));
        CHECK(f.bytes == QFileInfo(f.path).size());
    }
    CHECK(p.rulesSha256 == rules.sha256());
    CHECK(p.softwareVersion == QStringLiteral("0.1.0"));
    const QJsonObject json = p.json();
    CHECK(json.value(QStringLiteral("working_crs")).toString() == QStringLiteral("EPSG:4547"));
    CHECK(json.value(QStringLiteral("area_method")).toString() == QStringLiteral("ellipsoidal"));
    CHECK(json.value(QStringLiteral("files")).toArray().size() == 6);
    CHECK(json.value(QStringLiteral("log_head")).isNull());
    // An unreadable file is named, not skipped.
    CHECK_THROWS_AS(ProvenanceBuilder::ofFiles({ dir.filePath(QStringLiteral("missing.geojson")) }, rules,
                        AreaMethod::Ellipsoidal, 4547),
        core::InputError);
}

TEST_CASE("provenance of a project: reference layers by content, the same on both backends, with the rules and the log head",
    "[usecases]")
{
    SampleProjects projects;
    QStringList hashes;
    for (const auto &[backend, store] : projects.stores) {
        const Provenance p = ProvenanceBuilder::ofProject(*store, ProjectRules::record(*store), AreaMethod::Ellipsoidal);
        CHECK(p.layers.size() == int(store->referenceLayers().size()));
        REQUIRE(p.logHead);
        CHECK(p.logHead->hash == store->logHead()->hash);
        CHECK(p.rulesSha256 == ProjectRules::record(*store).sha256());
        CHECK(p.workingEpsg == 4547);
        QStringList each;
        for (const ProvenanceLayer &l : p.layers) {
            CHECK(l.sha256.size() == 64);
            CHECK(l.features > 0);
            each << l.table + QLatin1Char('=') + l.sha256;
        }
        hashes << each.join(QLatin1Char(';'));
        // The text every report prints names the log head.
        CHECK(p.lines().join(QLatin1Char('\n')).contains(core::anchorText(*p.logHead)));
    }
    // GeoPackage and memory hold the same layers: the same content hashes.
    REQUIRE(hashes.size() == 2);
    CHECK(hashes[0] == hashes[1]);
}
