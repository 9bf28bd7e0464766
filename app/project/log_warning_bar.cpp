// SPDX-License-Identifier: MIT
#include "app/project/log_warning_bar.h"

#include <QLabel>

namespace fg::app {

LogWarningBar::LogWarningBar(QWidget *parent)
    : QToolBar(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("logWarningBar"));
    setWindowTitle(tr("Audit log warning"));
    setMovable(false);
    setFloatable(false);
    // A toolbar's context menu would let the user hide the warning: it must stay while it holds.
    setContextMenuPolicy(Qt::PreventContextMenu);
    toggleViewAction()->setEnabled(false);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; }"));
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(m_label);
    hide();
}

void LogWarningBar::showFor(bool broken, const QString &reason)
{
    if (!broken) {
        m_label->clear();
        hide();
        return;
    }
    m_label->setText(tr("This project failed its audit log check and is open read-only: %1").arg(reason));
    show();
}

QString LogWarningBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace fg::app
