// SPDX-License-Identifier: MIT
// The sample's designed proposed sites (data/sample/sites, issue 16 item 2) are the generator's
// output: regenerating gives the committed files byte for byte.
#include "gis/sample/proposed_sites.h"
#include "gis/sample/sample_generator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace fg::gis;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Regenerating the sample gives the committed proposed sites", "[sample][site]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const SampleSummary summary = SampleGenerator().generate(dir.path());
    const QDir committed(QDir(QStringLiteral(FG_SAMPLE_DIR)).filePath(sample::proposedSitesFolder()));
    const QDir generated(QDir(dir.path()).filePath(sample::proposedSitesFolder()));
    const QStringList files = committed.entryList({ QStringLiteral("*.geojson") }, QDir::Files, QDir::Name);
    CHECK(files
        == QStringList { "site_approved.geojson", "site_basic_farmland.geojson", "site_clear.geojson" });
    CHECK(generated.entryList({ QStringLiteral("*.geojson") }, QDir::Files, QDir::Name) == files);
    for (const QString &file : files) {
        INFO(file.toStdString());
        CHECK(summary.files.contains(generated.absoluteFilePath(file)));
        CHECK(bytesOf(generated.filePath(file)) == bytesOf(committed.filePath(file)));
    }
}
