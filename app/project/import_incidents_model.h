// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "gis/usecases/incident_importer.h"
#include "gis/store/project_store.h"

#include <QObject>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>

namespace fg::app {

/// What the import-incidents dialog edits: the source layer, which of its fields hold which
/// incident attributes, a preview of the mapped values, and the import itself, run in the
/// background through gis::IncidentImporter on the open project's store (the store serialises
/// its calls, so the UI thread may read it meanwhile). UI thread.
class ImportIncidentsModel : public QObject
{
    Q_OBJECT

public:
    enum class Role { Id, Party, ViolationType, Source, Date, Description };
    static constexpr int kRoleCount = 6;
    /// Display name of a role through tr().
    static QString roleName(Role role);

    explicit ImportIncidentsModel(QObject *parent = nullptr);
    ~ImportIncidentsModel() override;

    /// Reads the layer (for its fields and preview) and guesses the mapping from the usual field
    /// names. Throws core::InputError for an unreadable layer.
    void load(const QString &layerPath);
    QString layerPath() const { return m_path; }
    QStringList fields() const { return m_fields; }
    int featureCount() const { return int(m_rows.size()); }

    /// The field holding @p role; empty = none (the importer then leaves the attribute empty or
    /// uses its default). Throws core::InputError for a field the layer lacks.
    void setField(Role role, const QString &field);
    QString field(Role role) const { return m_mapping[size_t(role)]; }
    /// The mapped values of the first @p count features, one list per feature in Role order.
    QList<QStringList> preview(int count) const;
    /// How far outside the townships and how large an incident may be (ImportGuard's defaults
    /// until set): the same limits the CLI takes as --outside-tolerance and --max-county-share.
    void setLimits(const gis::ImportLimits &limits) { m_limits = limits; }
    gis::ImportLimits limits() const { return m_limits; }
    gis::IncidentImportOptions options() const;

    /// Starts the import into @p store (which must outlive the import) as its operator; false
    /// while one runs.
    bool start(gis::ProjectStore &store);
    bool running() const { return m_job.isRunning(); }
    /// Cancels the running import: the file is one edit, so nothing of it is stored; failed()
    /// then says so. Nothing happens once the import's commit has begun.
    void cancel() { m_cancel->store(true); }

signals:
    /// @p done of @p total incidents written, not yet committed (queued from the worker).
    void progress(int done, int total);
    void finished(const QStringList &imported, const QStringList &warnings);
    void failed(const QString &message);

private:
    struct Outcome
    {
        gis::IncidentImportResult result;
        QString error;
    };
    void onFinished();

    QString m_path;
    QStringList m_fields;
    std::vector<QStringList> m_rows; ///< every feature's field values as text
    std::array<QString, kRoleCount> m_mapping;
    gis::ImportLimits m_limits;
    BackgroundJob<Outcome> m_job;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace fg::app
