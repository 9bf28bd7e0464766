// SPDX-License-Identifier: MIT
#pragma once

#include <QToolBar>

class QLabel;

namespace fg::app {

/// The red bar across the top of the window while the open project failed its open check (a
/// broken or cut audit log, data that differs from the log, a damaged file, a keyed log without
/// its key): the project is read-only and the bar says why (gis::StoreRights::readOnlyReason).
/// Hidden otherwise. Not movable, not closable: the warning lasts as long as the session.
class LogWarningBar : public QToolBar
{
    Q_OBJECT

public:
    explicit LogWarningBar(QWidget *parent = nullptr);

    /// Shows the bar with @p reason, or hides it when @p broken is false.
    void showFor(bool broken, const QString &reason);
    /// The text shown (empty while hidden).
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace fg::app
