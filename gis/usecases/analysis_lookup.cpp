// SPDX-License-Identifier: MIT
#include "gis/usecases/analysis_lookup.h"

#include "gis/usecases/project_analysis.h"

#include <QSet>

namespace fg::gis {

AnalysisLookup::AnalysisLookup(const ProjectAnalysisResult &analysis)
{
    const QSet<QString> outside(analysis.outsideWindow.begin(), analysis.outsideWindow.end());
    for (size_t i = 0; i < analysis.report.incidents.size(); ++i) {
        const QString &id = analysis.report.incidents[i].id;
        if (!m_positions.contains(id)) // the first one, as indexOf's scan finds it
            m_positions.insert(id, int(i));
        const QString &party = i < analysis.incidents.size() ? analysis.incidents[i].partyLabel : QString();
        if (!party.isEmpty() && outside.contains(id))
            m_outsideWindow[party].append(id);
    }
}

} // namespace fg::gis
