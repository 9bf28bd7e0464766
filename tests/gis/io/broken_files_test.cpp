// SPDX-License-Identifier: MIT
// Each way a file is broken gives one InputError naming the file and the problem.
#include "core/input_error.h"
#include "fixture_writer.h"
#include "gis/io/layer_reader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace fg::gis;

namespace {

const QString kShared = QStringLiteral(FG_SHARED_DATA_DIR "/");

/// Copies a shapefile set from shared data into dir; returns the copied .shp.
QString copySet(const QTemporaryDir &dir, const QString &sharedBase)
{
    QString shp;
    for (const QString &ext : { QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
             QStringLiteral("prj"), QStringLiteral("cpg") }) {
        const QString from = kShared + sharedBase + QLatin1Char('.') + ext;
        const QString to = dir.filePath(QStringLiteral("set.") + ext);
        if (QFile::exists(from)) {
            REQUIRE(QFile::copy(from, to));
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        }
        if (ext == QLatin1String("shp"))
            shp = to;
    }
    return shp;
}

/// The InputError readLayer throws for path; fails the test when it throws none.
fg::core::InputError readError(const QString &path, const ReadOptions &options = {})
{
    try {
        readLayer(path, options);
    } catch (const fg::core::InputError &e) {
        return e;
    }
    FAIL("expected an InputError for " << path.toStdString());
    return fg::core::InputError({}, {});
}

void truncate(const QString &path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(size));
}

} // namespace

TEST_CASE("a missing .shx is refused with an offer to rebuild it in a copy, never beside the data")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("synthetic-small/townships"));
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("set.shx"))));
    const fg::core::InputError e = readError(shp);
    CHECK(e.file() == shp);
    CHECK(e.problem().contains(QStringLiteral("set.shx is missing")));
    CHECK(e.problem().contains(QStringLiteral("--restore-shx")));

    ReadOptions restore;
    restore.restoreMissingShx = true;
    const VectorLayer layer = readLayer(shp, restore);
    CHECK(layer.featureCount() == 12);
    CHECK(layer.warnings.filter(QStringLiteral("temporary copy")).size() == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("set.shx"))));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 4); // shp, dbf, prj, cpg
}

TEST_CASE("a missing .dbf names the file and the problem")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("synthetic-small/townships"));
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("set.dbf"))));
    CHECK(readError(shp).problem().contains(QStringLiteral("set.dbf is missing")));
    CHECK(readError(kShared + QStringLiteral("gdal-autotest-shp/polygonm_with_m.shp"))
              .problem()
              .contains(QStringLiteral(".dbf")));
}

TEST_CASE("a truncated .shp is refused, not read short")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("gdal-autotest-shp/testpoly"));
    truncate(shp, 300);
    const fg::core::InputError e = readError(shp);
    CHECK(e.file() == shp);
    CHECK(e.problem().contains(QStringLiteral("truncated")));
    truncate(shp, 60);
    CHECK(readError(shp).problem().contains(QStringLiteral("shorter than the 100-byte header")));
}

TEST_CASE("zero-byte files, folders and missing files each get their own message")
{
    QTemporaryDir dir;
    const QString empty = fixture::writeBytes(dir.filePath(QStringLiteral("empty.shp")), {});
    CHECK(readError(empty).problem().contains(QStringLiteral("0 bytes")));
    const QString json = fixture::writeBytes(dir.filePath(QStringLiteral("empty.geojson")), {});
    CHECK(readError(json).problem().contains(QStringLiteral("0 bytes")));
    CHECK(readError(dir.path()).problem().contains(QStringLiteral("folder")));
    CHECK(readError(dir.filePath(QStringLiteral("nothing.shp")))
              .problem()
              .contains(QStringLiteral("not found")));
    const QString garbage
        = fixture::writeBytes(dir.filePath(QStringLiteral("garbage.geojson")), "hello, not json");
    CHECK(readError(garbage).file() == garbage);
}

TEST_CASE("record counts that differ between .shx and .dbf are refused")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("gdal-autotest-shp/testpoly"));
    REQUIRE(QFile::remove(dir.filePath(QStringLiteral("set.dbf"))));
    REQUIRE(QFile::copy(kShared + QStringLiteral("gdal-autotest-shp/gjmultipoly.dbf"),
        dir.filePath(QStringLiteral("set.dbf"))));
    const fg::core::InputError e = readError(shp);
    CHECK(e.problem().contains(QStringLiteral("record counts differ")));
    CHECK(e.problem().contains(QStringLiteral("14 shapes")));
    CHECK(e.problem().contains(QStringLiteral("1 records")));
}

TEST_CASE("a truncated .dbf is refused")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("synthetic-small/townships"));
    const QString dbf = dir.filePath(QStringLiteral("set.dbf"));
    truncate(dbf, QFileInfo(dbf).size() - 200);
    const fg::core::InputError e = readError(shp);
    CHECK(e.file() == dbf);
    CHECK(e.problem().contains(QStringLiteral("truncated")));
}

TEST_CASE("shared data: no file of the GDAL corpus crashes the reader, broken ones say why")
{
    const QDir corpus(kShared + QStringLiteral("gdal-autotest-shp"));
    int read = 0, refused = 0;
    for (const QString &name :
        corpus.entryList({ QStringLiteral("*.shp"), QStringLiteral("*.dbf") }, QDir::Files)) {
        try {
            readLayer(corpus.filePath(name));
            ++read;
        } catch (const fg::core::InputError &e) {
            INFO(e.message().toStdString());
            CHECK_FALSE(e.problem().isEmpty());
            CHECK(e.file().startsWith(corpus.path()));
            ++refused;
        }
    }
    CHECK(read > 0);
    // The four .shp without a .dbf (buggymultipoly, extentnan, polygonm_with_m, polygonm_without_m).
    CHECK(refused == 4);
}

TEST_CASE("records marked deleted in the .dbf are reported, not silently left out")
{
    QTemporaryDir dir;
    const QString shp = copySet(dir, QStringLiteral("synthetic-small/townships"));
    QFile dbf(dir.filePath(QStringLiteral("set.dbf")));
    REQUIRE(dbf.open(QIODevice::ReadWrite));
    const QByteArray head = dbf.read(12);
    const int headerLength = static_cast<unsigned char>(head[8]) | static_cast<unsigned char>(head[9]) << 8;
    const int recordLength = static_cast<unsigned char>(head[10]) | static_cast<unsigned char>(head[11]) << 8;
    dbf.seek(headerLength + 3 * recordLength); // the deletion flag of the fourth record
    dbf.write("*", 1);
    dbf.close();
    const VectorLayer layer = readLayer(shp);
    CHECK(layer.featureCount() == 11);
    CHECK(layer.warnings.filter(QStringLiteral("1 of 12 records in the .dbf were not read")).size() == 1);
}
