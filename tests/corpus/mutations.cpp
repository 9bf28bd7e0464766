// SPDX-License-Identifier: MIT
#include "mutations.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <sys/stat.h>

namespace fg::test {

namespace {

/// Copies the sample's incidents set (.shp .shx .dbf .prj) to @p dir as @p base.*; returns the .shp.
QString copySet(const QString &dir, const QString &sampleDir, const QString &base)
{
    for (const char *suffix : { "shp", "shx", "dbf", "prj" }) {
        const QString target = QDir(dir).filePath(base + QLatin1Char('.') + QLatin1String(suffix));
        REQUIRE(QFile::copy(
            QDir(sampleDir).filePath(QStringLiteral("incidents.") + QLatin1String(suffix)), target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return QDir(dir).filePath(base + QStringLiteral(".shp"));
}

QString sibling(const QString &shp, const char *suffix)
{
    return shp.left(shp.size() - 3) + QLatin1String(suffix);
}

void truncate(const QString &path, double share)
{
    QFile file(path);
    REQUIRE(file.resize(static_cast<qint64>(file.size() * share)));
}

/// Overwrites 4 bytes at @p offset with @p value, little- or big-endian.
void patch(const QString &path, qint64 offset, quint32 value, bool bigEndian)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    char bytes[4];
    for (int i = 0; i < 4; ++i)
        bytes[bigEndian ? 3 - i : i] = static_cast<char>((value >> (8 * i)) & 0xFF);
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes, 4) == 4);
}

QString write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray deepJson(int depth)
{
    QByteArray text
        = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":)";
    text += QByteArray(depth, '[') + QByteArray(depth, ']') + "}}]}";
    return text;
}

} // namespace

std::vector<Mutation> writeMutations(const QString &dir, const QString &sampleDir, const QString &sharedDir)
{
    const QDir out(dir);
    std::vector<Mutation> m;
    QString shp = copySet(dir, sampleDir, QStringLiteral("trunc_shp"));
    truncate(shp, 0.6);
    m.push_back({ QStringLiteral(".shp truncated to 60 %"), shp });
    shp = copySet(dir, sampleDir, QStringLiteral("trunc_dbf"));
    truncate(sibling(shp, "dbf"), 0.5);
    m.push_back({ QStringLiteral(".dbf truncated to 50 %"), shp });
    shp = copySet(dir, sampleDir, QStringLiteral("trunc_shx"));
    truncate(sibling(shp, "shx"), 0.3);
    m.push_back({ QStringLiteral(".shx truncated to 30 %"), shp });
    QFile county(QDir(sharedDir).filePath(QStringLiteral("boundaries/datav_geomapdata_cn/140425.json")));
    REQUIRE(county.open(QIODevice::ReadOnly));
    const QByteArray json = county.readAll();
    m.push_back({ QStringLiteral("GeoJSON cut in half"),
        write(out.filePath(QStringLiteral("half.json")), json.left(json.size() / 2)) });

    m.push_back({ QStringLiteral("NaN and infinite coordinates"),
        write(out.filePath(QStringLiteral("nan.geojson")),
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"BH":"N1"},"geometry":{"type":"Polygon","coordinates":[[[113.5,36.2],[113.501,36.2],[NaN,NaN],[113.5,36.201],[113.5,36.2]]]}},)"
            R"({"type":"Feature","properties":{"BH":"N2"},"geometry":{"type":"Polygon","coordinates":[[[113.5,36.2],[Infinity,36.2],[113.501,-Infinity],[113.5,36.2]]]}}]})") });

    shp = copySet(dir, sampleDir, QStringLiteral("huge_records"));
    patch(sibling(shp, "dbf"), 4, 0x7FFFFFFF, false); // DBF record count
    m.push_back({ QStringLiteral("DBF header claims 2^31 records"), shp });
    shp = copySet(dir, sampleDir, QStringLiteral("huge_points"));
    patch(shp, 100 + 8 + 40, 0x3FFFFFFF, false); // the first polygon's point count
    m.push_back({ QStringLiteral("a .shp record claims 2^30 points"), shp });
    shp = copySet(dir, sampleDir, QStringLiteral("huge_parts"));
    patch(shp, 100 + 8 + 36, 0x7FFFFFFF, false); // the first polygon's part count
    m.push_back({ QStringLiteral("a .shp record claims 2^31 parts"), shp });
    shp = copySet(dir, sampleDir, QStringLiteral("huge_length"));
    patch(sibling(shp, "shx"), 24, 0x7FFFFFFF, true); // .shx file length (16-bit words)
    patch(shp, 24, 0x7FFFFFFF, true);
    m.push_back({ QStringLiteral(".shp and .shx headers claim 4 GB"), shp });

    m.push_back({ QStringLiteral("GeoJSON nested 100,000 deep"),
        write(out.filePath(QStringLiteral("deep.geojson")), deepJson(100000)) });

    for (const char *name : { "fifo.shp", "fifo.geojson" }) {
        const QString path = out.filePath(QLatin1String(name));
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        m.push_back({ QStringLiteral("a FIFO"), path });
    }
    for (const char *name : { "folder.shp", "folder.geojson" }) {
        REQUIRE(out.mkdir(QLatin1String(name)));
        m.push_back({ QStringLiteral("a folder"), out.filePath(QLatin1String(name)) });
    }
    const QString locked = write(out.filePath(QStringLiteral("locked.geojson")), json);
    REQUIRE(::chmod(QFile::encodeName(locked).constData(), 0) == 0);
    m.push_back({ QStringLiteral("mode 000"), locked });
    m.push_back({ QStringLiteral("an empty .shp"), write(out.filePath(QStringLiteral("zero.shp")), {}) });
    m.push_back(
        { QStringLiteral("an empty GeoJSON"), write(out.filePath(QStringLiteral("zero.geojson")), {}) });
    shp = copySet(dir, sampleDir, QStringLiteral("noise"));
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator random(13); // fixed: a failure can be reproduced
    for (char &byte : noise)
        byte = static_cast<char>(random.bounded(256));
    write(shp, noise);
    m.push_back({ QStringLiteral("a .shp of random bytes"), shp });
    return m;
}

} // namespace fg::test
