// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "app/project/project_opener.h"
#include "gis/usecases/project_builder.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace fg::app {

/// A project built and then read by a worker: the opened project (as ProjectOpener gives it)
/// and what the build had to say.
struct CreatedProject
{
    std::shared_ptr<OpenedProject> opened; ///< never null; its store is null when building failed
    QStringList warnings; ///< reading and reprojecting warnings, each naming its file
};

/// Builds a project file from reference layers (gis::ProjectBuilder) and reads it back (readProject),
/// progress 0..1 over both. A cancelled or failed build leaves no file behind; a cancel while
/// reading it back removes the finished file too, so Cancel always means "no new project".
/// Never throws. Any thread.
std::shared_ptr<CreatedProject> buildProject(const QString &path, const gis::ProjectSources &sources,
    const gis::OperatorIdentity &who, const std::function<bool(double, const QString &)> &progress = {});

/// Builds new projects in the background (BackgroundJob), reporting progress on the UI thread,
/// the way ProjectOpener opens them.
class ProjectCreator : public QObject
{
    Q_OBJECT

public:
    explicit ProjectCreator(QObject *parent = nullptr);
    ~ProjectCreator() override;

    /// Starts building @p path; ignored (returns false) while another build runs.
    bool create(const QString &path, const gis::ProjectSources &sources, const gis::OperatorIdentity &who);
    void cancel();
    /// A build runs or its finished() has not been emitted yet.
    bool isBusy() const { return m_busy; }

signals:
    void progress(double fraction, const QString &what);
    /// The outcome on the UI thread; the receiver may take the store and layers out of it.
    void finished(const std::shared_ptr<fg::app::CreatedProject> &result);

private:
    BackgroundJob<std::shared_ptr<CreatedProject>> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
};

} // namespace fg::app
