// SPDX-License-Identifier: MIT
#include "core/cases/official_calendar.h"

#include "core/input_error.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

namespace fg::core {

namespace {

const char *const kBuiltIn = ":/calendar/cn_official_days.csv";

/// One data line "date,holiday,kind" read into @p off / @p work; throws naming the line.
void readLine(const QString &line, int number, const QString &source, QSet<QDate> &off, QSet<QDate> &work,
    QSet<int> &years)
{
    const auto fail = [&](const QString &problem) {
        throw InputError(source, OfficialCalendar::tr("line %1: %2").arg(number).arg(problem));
    };
    const QStringList fields = line.split(QLatin1Char(','));
    if (fields.size() != 3)
        fail(OfficialCalendar::tr("expected date,holiday,kind"));
    const QDate date = QDate::fromString(fields[0].trimmed(), Qt::ISODate);
    if (!date.isValid())
        fail(OfficialCalendar::tr("'%1' is not a date such as 2025-10-01").arg(fields[0].trimmed()));
    if (off.contains(date) || work.contains(date))
        fail(OfficialCalendar::tr("%1 is listed twice").arg(date.toString(Qt::ISODate)));
    const QString kind = fields[2].trimmed();
    if (kind == QLatin1String("off")) {
        off.insert(date);
    } else if (kind == QLatin1String("work")) {
        // A weekday listed as worked (2020-02-03 after the extended Spring Festival) only
        // restates the ordinary week; it is kept, it changes nothing.
        work.insert(date);
    } else {
        fail(OfficialCalendar::tr("kind '%1' is neither off nor work").arg(kind));
    }
    years.insert(date.year());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, OfficialCalendar::tr("cannot read the holiday notice file"));
    return file.readAll();
}

} // namespace

WorkingCalendar OfficialCalendar::parse(const QByteArray &csv, const QString &source)
{
    QSet<QDate> off, work;
    QSet<int> years;
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    int number = 0;
    for (QString line : lines) {
        ++number;
        line = line.trimmed();
        if (number == 1) {
            line.remove(QChar(0xFEFF)); // a BOM written by spreadsheet programs
            if (line != QLatin1String("date,holiday,kind"))
                throw InputError(source, tr("line 1: expected the header date,holiday,kind"));
            continue;
        }
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            readLine(line, number, source, off, work, years);
    }
    return WorkingCalendar(off, work, years);
}

WorkingCalendar OfficialCalendar::merged(const WorkingCalendar &base, const WorkingCalendar &notice)
{
    const auto keep = [&notice](const QSet<QDate> &days) {
        QSet<QDate> kept;
        for (const QDate &day : days) {
            if (!notice.isPublished(day.year()))
                kept.insert(day);
        }
        return kept;
    };
    return WorkingCalendar(keep(base.holidays()).unite(notice.holidays()),
        keep(base.workingWeekendDays()).unite(notice.workingWeekendDays()),
        QSet<int>(base.publishedYears()).unite(notice.publishedYears()));
}

WorkingCalendar OfficialCalendar::load(const QString &userFolder)
{
    WorkingCalendar calendar = parse(readFile(QString::fromLatin1(kBuiltIn)), QString::fromLatin1(kBuiltIn));
    if (userFolder.isEmpty())
        return calendar;
    const QDir folder(userFolder);
    for (const QString &name : folder.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        calendar = merged(calendar, parse(readFile(path), path));
    }
    return calendar;
}

QString OfficialCalendar::standardFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/calendar");
}

const WorkingCalendar &OfficialCalendar::standard()
{
    static const WorkingCalendar calendar = [] {
        try {
            return load(standardFolder());
        } catch (const InputError &error) {
            // The built-in notices are still right; a user's broken file must not stop every deadline.
            std::fprintf(stderr, "%s\n", qUtf8Printable(tr("warning: holiday notice skipped: %1").arg(error.message())));
            return load();
        }
    }();
    return calendar;
}

} // namespace fg::core
