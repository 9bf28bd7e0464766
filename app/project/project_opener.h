// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "app/project/project_session.h"
#include "gis/store/project_store.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace fg::app {

/// A project read by a worker, ready for a ProjectSession on the UI thread. The store was opened
/// on the worker and is handed over whole: nothing else uses it meanwhile.
struct OpenedProject
{
    QString path;
    gis::OperatorIdentity who;
    std::unique_ptr<gis::ProjectStore> store;  ///< null when the open failed or was cancelled
    std::vector<gis::IncidentRecord> incidents;
    QList<core::CaseFile> cases;
    std::vector<ProjectMapLayer> mapLayers;
    QString error;           ///< set when the open failed (file, feature, problem)
    bool cancelled = false;
};

/// Opens the store of @p path (a file or a postgresql:// URI) for @p who, reads its incidents,
/// cases and map layers. progress(fraction 0..1, what) returning false cancels. Never throws.
/// Any thread.
std::shared_ptr<OpenedProject> readProject(const QString &path, const gis::OperatorIdentity &who,
    const std::function<bool(double, const QString &)> &progress = {});
/// The same for a store already open (another backend, a test's in-memory store): reads its
/// incidents, cases and map layers; the store is handed back in the result (or dropped when
/// cancelled or failed). Never throws. Any thread the store may be used on.
std::shared_ptr<OpenedProject> readProject(std::unique_ptr<gis::ProjectStore> store,
    const std::function<bool(double, const QString &)> &progress = {});

/// Opens projects in the background (BackgroundJob), reporting progress on the UI thread.
class ProjectOpener : public QObject
{
    Q_OBJECT

public:
    explicit ProjectOpener(QObject *parent = nullptr);
    ~ProjectOpener() override;

    /// Starts opening; ignored (returns false) while another open runs.
    bool open(const QString &path, const gis::OperatorIdentity &who);
    /// Starts reading a store that is open already (readProject(store)).
    bool open(std::unique_ptr<gis::ProjectStore> store);
    void cancel();
    /// An open runs or its finished() has not been emitted yet.
    bool isBusy() const { return m_busy; }

signals:
    void progress(double fraction, const QString &what);
    /// The outcome on the UI thread; the receiver may take the store and layers out of it.
    void finished(const std::shared_ptr<fg::app::OpenedProject> &result);

private:
    using Reader = std::function<std::shared_ptr<OpenedProject>(const std::function<bool(double, const QString &)> &)>;
    bool start(Reader reader);

    BackgroundJob<std::shared_ptr<OpenedProject>> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
};

} // namespace fg::app
