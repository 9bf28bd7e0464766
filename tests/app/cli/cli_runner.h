// SPDX-License-Identifier: MIT
// Runs the built farmguard-cli as a child process, as a user or a script would.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList &args, const QByteArray &language = "en")
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FARMGUARD_LANG"), QString::fromLatin1(language));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FG_CLI_PATH), args);
    process.waitForFinished(300000);
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
