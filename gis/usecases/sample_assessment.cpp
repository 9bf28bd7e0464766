// SPDX-License-Identifier: MIT
#include "gis/usecases/sample_assessment.h"

#include "core/input_error.h"
#include "core/units.h"
#include "gis/store/assessment_records.h"
#include "gis/store/project_store.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace fg::gis {

void SampleAssessment::add(ProjectStore &store, const QString &sampleDir, const QDateTime &now)
{
    const QString path = QDir(sampleDir).filePath(QStringLiteral("targets.csv"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::InputError(path, tr("cannot read the sample's targets: %1").arg(file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int year = now.date().year();
    for (int k = 1; k < lines.size(); ++k) {
        const QStringList cells = lines[k].split(QLatin1Char(','));
        bool cultivatedOk = false, basicOk = false;
        core::TownshipTarget target;
        target.township = cells.value(0).trimmed();
        target.year = year;
        target.unit = core::TargetUnit::Mu;
        target.cultivatedM2 = core::muToSquareMetres(cells.value(1).toDouble(&cultivatedOk));
        target.basicFarmlandM2 = core::muToSquareMetres(cells.value(2).toDouble(&basicOk));
        if (cells.size() != 3 || !cultivatedOk || !basicOk)
            throw core::InputError(
                path, tr("line %1 is not township,cultivated_mu,basic_farmland_mu").arg(k + 1));
        store.assessment().setTarget(target);
    }
    core::TownshipMeasure interview;
    interview.township = interviewedTownship();
    interview.kind = core::MeasureKind::Interview;
    // A few days ago, but in the year assessed.
    interview.date = std::max(now.date().addDays(-3), QDate(year, 1, 1));
    interview.issuedBy = QStringLiteral("县人民政府");
    interview.documentNo = QStringLiteral("平政约〔%1〕1号").arg(year);
    interview.note = tr("threshold case PS2024-005 left past its stop-order deadline");
    store.assessment().addMeasure(interview);
}

} // namespace fg::gis
