// SPDX-License-Identifier: MIT
#include "memory_assessment_records.h"

#include "gis/store/assessment_json.h"

#include <algorithm>

namespace fg::test {

MemoryAssessmentRecords::MemoryAssessmentRecords(const MemorySession &session)
    : m_session(session)
{
}

core::TownshipTarget MemoryAssessmentRecords::setTarget(const core::TownshipTarget &given)
{
    given.validate(m_session.location());
    m_session.rights.requireBureau(given.key());
    return m_session.project->write([&](MemoryState &state) {
        core::TownshipTarget target = given;
        auto old
            = std::find_if(state.targets.begin(), state.targets.end(), [&](const core::TownshipTarget &t) {
                  return t.township == given.township && t.year == given.year;
              });
        QJsonValue before;
        if (old != state.targets.end()) {
            before = gis::AssessmentJson::target(*old);
            if (!target.cultivatedM2)
                target.cultivatedM2 = old->cultivatedM2;
            if (!target.basicFarmlandM2)
                target.basicFarmlandM2 = old->basicFarmlandM2;
        }
        const core::AuditEvent event
            = m_session.log(state, MemorySession::now(), QStringLiteral("township_target"), target.key(),
                QStringLiteral("set"), before, gis::AssessmentJson::target(target));
        target.setAt = QDateTime::fromString(event.when, Qt::ISODateWithMs);
        target.setBy = event.who;
        if (old != state.targets.end())
            *old = target;
        else
            state.targets.push_back(target);
        return target;
    });
}

std::vector<core::TownshipTarget> MemoryAssessmentRecords::targets(std::optional<int> year) const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<core::TownshipTarget> result;
        for (const core::TownshipTarget &t : state.targets)
            if ((!year || t.year == *year) && m_session.rights.readsTownship(t.township))
                result.push_back(t);
        std::sort(
            result.begin(), result.end(), [](const core::TownshipTarget &a, const core::TownshipTarget &b) {
                return a.year != b.year ? a.year < b.year : a.township < b.township;
            });
        return result;
    });
}

core::TownshipMeasure MemoryAssessmentRecords::addMeasure(const core::TownshipMeasure &given)
{
    given.validate(m_session.location());
    m_session.rights.requireBureau(given.township);
    return m_session.project->write([&](MemoryState &state) {
        core::TownshipMeasure measure = given;
        measure.id = qint64(state.measures.size()) + 1;
        const core::AuditEvent event = m_session.log(state, MemorySession::now(),
            QStringLiteral("township_measure"), QString::number(measure.id), QStringLiteral("add"),
            QJsonValue(), gis::AssessmentJson::measure(measure));
        measure.recordedAt = QDateTime::fromString(event.when, Qt::ISODateWithMs);
        measure.recordedBy = event.who;
        state.measures.push_back(measure);
        return measure;
    });
}

std::vector<core::TownshipMeasure> MemoryAssessmentRecords::measures() const
{
    return m_session.project->read([&](const MemoryState &state) {
        std::vector<core::TownshipMeasure> result;
        for (const core::TownshipMeasure &m : state.measures)
            if (m_session.rights.readsTownship(m.township))
                result.push_back(m);
        return result;
    });
}

} // namespace fg::test
