// SPDX-License-Identifier: MIT
// The cost of proving a project's record (issue 13): the open check every command pays and the
// parts of verify-log, on the sample project and on a project given in FG_BENCH_PROJECT (e.g. a
// 150k county: gen_county.py, then `project create` + `project import-incidents`).
//   FG_BENCH_PROJECT=/tmp/ev-county/p150k.gpkg build/bench/farmguard_bench_log_check
#include "gis/store/project_stores.h"
#include "gis/usecases/sample_project.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fg::gis;

namespace {

/// Median of five runs, in milliseconds.
double medianMs(const std::function<void()> &run)
{
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

void measure(const QString &path)
{
    const ProjectLocation location = ProjectLocation::parse(path);
    const OperatorIdentity who { QStringLiteral("bench"), QStringLiteral("bench") };
    LogCheckOptions chainOnly;
    chainOnly.data = false;
    LogCheckOptions openChain = chainOnly;
    openChain.recordTablesOnly = true;
    LogCheckOptions openCheck;
    openCheck.attachmentContent = false;
    openCheck.recordTablesOnly = true;
    LogCheckOptions verifyLog;
    LogCheckOptions full;
    full.fullIntegrity = true;
    const LogCheck check = ProjectStores::verify(location, full);
    std::printf("%s: %lld events, %d incidents, %d cases, %d steps\n", qPrintable(path), qint64(check.events),
        check.rowsChecked.value(QStringLiteral("incidents")), check.rowsChecked.value(QStringLiteral("cases")),
        check.rowsChecked.value(QStringLiteral("case_events")));
    std::printf("  chain + head + quick_check of the record's tables %8.1f ms\n",
        medianMs([&] { ProjectStores::verify(location, openChain); }));
    std::printf("  + data re-derived from the log (the open check)   %8.1f ms\n",
        medianMs([&] { ProjectStores::verify(location, openCheck); }));
    std::printf("  chain + head + quick_check of the whole file      %8.1f ms\n",
        medianMs([&] { ProjectStores::verify(location, chainOnly); }));
    std::printf("  verify-log (whole quick_check, data, attachments) %8.1f ms\n",
        medianMs([&] { ProjectStores::verify(location, verifyLog); }));
    std::printf("  verify-log --full (integrity_check)               %8.1f ms\n",
        medianMs([&] { ProjectStores::verify(location, full); }));
    std::printf("  open read-only (with the open check)              %8.1f ms\n",
        medianMs([&] { ProjectStores::open(location, who, OpenMode::ReadOnly); }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.gpkg"));
    SampleProject::create(ProjectLocation::parse(sample), QStringLiteral(FARMGUARD_SAMPLE_DIR), QDateTime::currentDateTime());
    measure(sample);
    const QString county = qEnvironmentVariable("FG_BENCH_PROJECT");
    if (!county.isEmpty())
        measure(county);
    else
        std::printf("FG_BENCH_PROJECT not set: no county measured\n");
    return 0;
}
