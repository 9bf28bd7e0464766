// SPDX-License-Identifier: MIT
#include "app/project/project_opener.h"

#include "core/input_error.h"
#include "gis/io/layer_reader.h"
#include "gis/store/project_stores.h"

#include <QCoreApplication>

namespace fg::app {

namespace {

/// Reads @p store's records and layers into @p result and hands the store over.
void readOpened(std::unique_ptr<gis::ProjectStore> store, OpenedProject &result,
    const std::function<bool(double, const QString &)> &go)
{
    result.incidents = store->incidents();
    result.cases = store->cases();
    result.mapLayers = readProjectMapLayers(
        *store, [&go](double fraction, const QString &table) { return go(0.1 + 0.9 * fraction, table); });
    result.store = std::move(store);
}

QString recordsStep()
{
    return QCoreApplication::translate("fg::app::ProjectOpener", "project records");
}

} // namespace

std::shared_ptr<OpenedProject> readProject(const QString &path, const gis::OperatorIdentity &who,
    const std::function<bool(double, const QString &)> &progress)
{
    auto result = std::make_shared<OpenedProject>();
    result->path = path;
    result->who = who;
    auto go = [&progress](double fraction, const QString &what) { return !progress || progress(fraction, what); };
    try {
        // The store and its records are a small share of the time; the layers are the rest.
        if (!go(0, recordsStep())) {
            result->cancelled = true;
            return result;
        }
        readOpened(gis::ProjectStores::open(gis::ProjectLocation::parse(path), who), *result, go);
    } catch (const core::InputError &error) {
        result->error = error.message();
    } catch (const gis::ReadCancelled &) {
        result->cancelled = true;
    }
    return result;
}

std::shared_ptr<OpenedProject> readProject(
    std::unique_ptr<gis::ProjectStore> store, const std::function<bool(double, const QString &)> &progress)
{
    auto result = std::make_shared<OpenedProject>();
    result->path = store->info().location;
    result->who = store->operatorIdentity();
    auto go = [&progress](double fraction, const QString &what) { return !progress || progress(fraction, what); };
    try {
        if (!go(0, recordsStep())) {
            result->cancelled = true;
            return result;
        }
        readOpened(std::move(store), *result, go);
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
    connect(&m_job, &BackgroundJobBase::finished, this, [this] {
        m_busy = false;
        emit finished(m_job.result());
    });
    connect(&m_job, &BackgroundJobBase::progress, this, &ProjectOpener::progress);
}

ProjectOpener::~ProjectOpener()
{
    cancel();
    m_job.waitForFinished();
}

bool ProjectOpener::open(const QString &path, const gis::OperatorIdentity &who)
{
    return start([path, who](const std::function<bool(double, const QString &)> &progress) {
        return readProject(path, who, progress);
    });
}

bool ProjectOpener::open(std::unique_ptr<gis::ProjectStore> store)
{
    // std::function wants a copyable callable: the store rides in a shared holder.
    auto holder = std::make_shared<std::unique_ptr<gis::ProjectStore>>(std::move(store));
    return start([holder](const std::function<bool(double, const QString &)> &progress) {
        return readProject(std::move(*holder), progress);
    });
}

bool ProjectOpener::start(Reader reader)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> flag = m_cancel;
    // The destructor waits for the task.
    m_job.start([reader = std::move(reader), flag](const BackgroundReport &report) {
        return reader([flag, &report](double fraction, const QString &what) {
            report(fraction, what);
            return !flag->load();
        });
    });
    return true;
}

void ProjectOpener::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace fg::app
