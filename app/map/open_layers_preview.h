// SPDX-License-Identifier: MIT
#pragma once

#include "app/background_job.h"
#include "app/map/layer_loader.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace fg::app {

/// What the open-with-options dialog shows before opening: the reader's decisions on one file
/// with the chosen overrides (text encoding and its evidence, CRS and how it was decided, the
/// features, the first feature's text values, the warnings), read in the background. A newer
/// request cancels the one running. UI thread only.
class OpenLayersPreview : public QObject
{
    Q_OBJECT

public:
    explicit OpenLayersPreview(QObject *parent = nullptr);
    ~OpenLayersPreview() override;

    /// Reads @p path with @p overrides in the background; ready() follows.
    void request(const QString &path, const ReadOverrides &overrides);
    bool isBusy() const { return m_job.isRunning(); }
    /// The text of a read layer (or of the error) as the dialog shows it. Pure.
    static QString describe(const QString &path, const ReadOverrides &overrides);

signals:
    void ready(const QString &path, const QString &text);

private:
    BackgroundJob<QString> m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
    QString m_pendingPath;
    ReadOverrides m_pending;
    bool m_hasPending = false;
};

} // namespace fg::app
