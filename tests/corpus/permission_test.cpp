// SPDX-License-Identifier: MIT
// Issue 13, item 5 (permission): a layer file, or one member of a shapefile set, that the user
// may not read is refused with one `error:` line naming that file and the reason — not called
// "missing", never a crash. Root reads mode-000 files anyway, so when the tests run as root (CI)
// the CLI runs as `nobody` through setpriv, from a copy of the binary in a world-readable folder.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kNobody = 65534;
const QFile::Permissions kWorldReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

/// farmguard-cli as an ordinary user: itself when the tests are not root, else `nobody`.
class UnprivilegedCli
{
public:
    explicit UnprivilegedCli(const QString &dir)
    {
        if (::geteuid() != 0)
            return;
        m_copy = QDir(dir).filePath(QStringLiteral("farmguard-cli"));
        REQUIRE(QFile::copy(QStringLiteral(FG_CLI_PATH), m_copy));
        REQUIRE(QFile::setPermissions(m_copy, kWorldReadable));
    }

    CliResult run(const QStringList &args) const
    {
        if (m_copy.isEmpty())
            return runCliWithin(args, 30000);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FARMGUARD_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath()); // nobody's home does not exist
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("setpriv"),
            QStringList { QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                QStringLiteral("--clear-groups"), QStringLiteral("--"), m_copy }
                + args);
        CliResult r;
        r.timedOut = !process.waitForFinished(30000);
        r.exitCode = !r.timedOut && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private:
    QString m_copy; ///< empty: run the built CLI directly
};

/// The sample's incidents set copied to @p dir, every member readable by all.
QString copyIncidents(const QDir &dir)
{
    for (const char *suffix : { "shp", "shx", "dbf", "prj" }) {
        const QString target = dir.filePath(QStringLiteral("incidents.") + QLatin1String(suffix));
        REQUIRE(QFile::copy(QStringLiteral(FG_SAMPLE_DIR "/incidents.") + QLatin1String(suffix), target));
        REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    return dir.filePath(QStringLiteral("incidents.shp"));
}

void lock(const QString &path)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0) == 0);
}

/// Exit 3, one `error:` line that names @p file and says the file cannot be read.
void checkRefusal(const CliResult &r, const QString &file)
{
    INFO(r.err.toStdString());
    REQUIRE_FALSE(r.timedOut);
    CHECK(r.exitCode == 3);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(QStringLiteral("error: ")));
    CHECK(lines.first().contains(file));
    CHECK(lines.first().contains(QStringLiteral("ermission denied")));
    CHECK_FALSE(lines.first().contains(QStringLiteral("missing")));
}

} // namespace

TEST_CASE("A layer file or shapefile member the user may not read is refused naming it, not called missing",
    "[corpus][permission]")
{
    QTemporaryDir temp;
    REQUIRE(QFile::setPermissions(temp.path(), kWorldReadable));
    const QDir dir(temp.path());
    const UnprivilegedCli cli(temp.path());
    const QString shp = copyIncidents(dir);

    // Readable: the ordinary user reads the set (so the refusals below are the permissions' doing).
    const CliResult readable = cli.run({ QStringLiteral("info"), shp });
    INFO(readable.err.toStdString());
    REQUIRE(readable.exitCode == 0);

    SECTION("the attribute table (.dbf), named through the .shp or the .shx")
    {
        lock(dir.filePath(QStringLiteral("incidents.dbf")));
        checkRefusal(cli.run({ QStringLiteral("info"), shp }), QStringLiteral("incidents.dbf"));
        checkRefusal(cli.run({ QStringLiteral("info"), dir.filePath(QStringLiteral("incidents.shx")) }),
            QStringLiteral("incidents.dbf"));
    }
    SECTION("the shape index (.shx)")
    {
        lock(dir.filePath(QStringLiteral("incidents.shx")));
        checkRefusal(cli.run({ QStringLiteral("info"), shp }), QStringLiteral("incidents.shx"));
    }
    SECTION("the shape file itself, named through the .dbf")
    {
        lock(shp);
        checkRefusal(cli.run({ QStringLiteral("info"), dir.filePath(QStringLiteral("incidents.dbf")) }),
            QStringLiteral("incidents.shp"));
    }
    SECTION("a basic-farmland layer given to analyze")
    {
        const QString basic = dir.filePath(QStringLiteral("basic.geojson"));
        QFile file(basic);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[]})");
        file.close();
        lock(basic);
        checkRefusal(cli.run({ QStringLiteral("analyze"), QStringLiteral("--incidents"), shp,
                         QStringLiteral("--basic-farmland"), basic }),
            QStringLiteral("basic.geojson"));
    }
}
