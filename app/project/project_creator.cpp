// SPDX-License-Identifier: MIT
#include "app/project/project_creator.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/project_stores.h"


namespace fg::app {

namespace {
/// Building takes most of the time; reading the new file back is the rest.
constexpr double kBuildShare = 0.7;
} // namespace

std::shared_ptr<CreatedProject> buildProject(const QString &path, const gis::ProjectSources &sources,
    const gis::OperatorIdentity &who, const std::function<bool(double, const QString &)> &progress)
{
    auto result = std::make_shared<CreatedProject>();
    auto unopened = [&path, &who] {
        auto opened = std::make_shared<OpenedProject>();
        opened->path = path;
        opened->who = who;
        return opened;
    };
    try {
        gis::ProjectCreated created = gis::ProjectBuilder::create(gis::ProjectLocation::parse(path), sources, who,
            [&progress](double fraction, const QString &what) { return !progress || progress(kBuildShare * fraction, what); });
        result->warnings = created.warnings;
    } catch (const core::InputError &error) {
        result->opened = unopened();
        result->opened->error = error.message();
        return result;
    } catch (const gis::ReadCancelled &) {
        result->opened = unopened();
        result->opened->cancelled = true;
        return result;
    }
    result->opened = readProject(path, who, [&progress](double fraction, const QString &what) {
        return !progress || progress(kBuildShare + (1 - kBuildShare) * fraction, what);
    });
    // readProject keeps the store only on success, so a cancelled read has closed the file.
    if (result->opened->cancelled)
        gis::ProjectStores::discard(gis::ProjectLocation::parse(path));
    return result;
}

ProjectCreator::ProjectCreator(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJobBase::finished, this, [this] {
        m_busy = false;
        emit finished(m_job.result());
    });
    connect(&m_job, &BackgroundJobBase::progress, this, &ProjectCreator::progress);
}

ProjectCreator::~ProjectCreator()
{
    cancel();
    m_job.waitForFinished();
}

bool ProjectCreator::create(const QString &path, const gis::ProjectSources &sources, const gis::OperatorIdentity &who)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    // The destructor waits for the task.
    m_job.start([path, sources, who, flag](const BackgroundReport &report) {
        return buildProject(path, sources, who, [flag, &report](double fraction, const QString &what) {
            report(fraction, what);
            return !flag->load();
        });
    });
    return true;
}

void ProjectCreator::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fg::app
