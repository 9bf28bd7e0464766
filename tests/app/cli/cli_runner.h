// SPDX-License-Identifier: MIT
// Runs the built farmguard-cli as a child process, as a user or a script would.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int exitCode = -1; ///< -1: crashed, or killed at the deadline (timedOut)
    QString out;
    QString err;
    bool timedOut = false;
};

/// Runs farmguard-cli with @p args in @p language; kills it after @p deadlineMs.
inline CliResult runCliWithin(const QStringList &args, int deadlineMs, const QByteArray &language = "en")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FARMGUARD_LANG"), QString::fromLatin1(language));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FG_CLI_PATH), args);
    CliResult r;
    if (!process.waitForFinished(deadlineMs)) {
        r.timedOut = true;
        process.kill();
        process.waitForFinished();
    }
    r.exitCode = !r.timedOut && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline CliResult runCli(const QStringList &args, const QByteArray &language = "en")
{
    return runCliWithin(args, 300000, language);
}
