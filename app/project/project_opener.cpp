// SPDX-License-Identifier: MIT
#include "app/project/project_opener.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/project_stores.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace fg::app {

std::shared_ptr<OpenedProject> readProject(const QString &path, const gis::OperatorIdentity &who,
    const std::function<bool(double, const QString &)> &progress)
{
    auto result = std::make_shared<OpenedProject>();
    result->path = path;
    result->who = who;
    auto go = [&progress](double fraction, const QString &what) { return !progress || progress(fraction, what); };
    try {
        // The store and its records are a small share of the time; the layers are the rest.
        if (!go(0, QCoreApplication::translate("fg::app::ProjectOpener", "project records"))) {
            result->cancelled = true;
            return result;
        }
        std::unique_ptr<gis::ProjectStore> store = gis::ProjectStores::open(gis::ProjectLocation::parse(path), who);
        result->incidents = store->incidents();
        result->cases = store->cases();
        result->mapLayers = readProjectMapLayers(
            *store, [&go](double fraction, const QString &table) { return go(0.1 + 0.9 * fraction, table); });
        result->store = std::move(store);
    } catch (const core::InputError &error) {
        result->error = error.message();
    } catch (const gis::ReadCancelled &) {
        result->cancelled = true;
    }
    return result;
}

ProjectOpener::ProjectOpener(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        emit finished(m_watcher.result());
    });
}

ProjectOpener::~ProjectOpener()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ProjectOpener::open(const QString &path, const gis::OperatorIdentity &who)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    ProjectOpener *self = this; // the destructor waits for the task
    m_watcher.setFuture(QtConcurrent::run([path, who, flag, self] {
        return readProject(path, who, [flag, self](double fraction, const QString &what) {
            QMetaObject::invokeMethod(
                self, [self, fraction, what] { emit self->progress(fraction, what); }, Qt::QueuedConnection);
            return !flag->load();
        });
    }));
    return true;
}

void ProjectOpener::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fg::app
