// SPDX-License-Identifier: MIT
#include "app/map/message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fg::app {

namespace {

constexpr int kMaxRows = 3; // more would squeeze the map on a laptop
constexpr int kInfoMs = 15000;
const char *const kKey = "fgMessageKey";

QString rowStyle(MessageBar::Level level)
{
    switch (level) {
    case MessageBar::Level::Warning:
        return QStringLiteral("QFrame#messageRow { background: #fff4d6; border: 1px solid #e0b040; }");
    case MessageBar::Level::Success:
        return QStringLiteral("QFrame#messageRow { background: #e6f4e4; border: 1px solid #8cc084; }");
    case MessageBar::Level::Info:
        break;
    }
    return QStringLiteral("QFrame#messageRow { background: #e8f0fb; border: 1px solid #8fb0dd; }");
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("MessageBar"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(1);
    hide();
}

void MessageBar::post(Level level, const QString &text, const QList<Action> &actions, const QString &key)
{
    if (!key.isEmpty())
        dismiss(key);
    auto *row = new QFrame(this);
    row->setObjectName(QStringLiteral("messageRow"));
    row->setProperty(kKey, key);
    row->setStyleSheet(rowStyle(level));
    auto *line = new QHBoxLayout(row);
    line->setContentsMargins(8, 3, 4, 3);
    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("messageText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->addWidget(label, 1);
    for (const Action &action : actions) {
        auto *button = new QPushButton(action.first, row);
        connect(button, &QPushButton::clicked, row, [row, run = action.second] {
            row->deleteLater();
            row->hide();
            run();
        });
        line->addWidget(button);
    }
    auto *close = new QToolButton(row);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, row, [row] {
        row->hide();
        row->deleteLater();
    });
    line->addWidget(close);
    m_rows->insertWidget(0, row);
    row->show(); // now, not when the layout gets to it: texts() and the tests see it at once
    while (m_rows->count() > kMaxRows) {
        QWidget *oldest = m_rows->itemAt(m_rows->count() - 1)->widget();
        m_rows->removeWidget(oldest);
        delete oldest;
    }
    if (level != Level::Warning)
        QTimer::singleShot(kInfoMs, row, [row] {
            row->hide();
            row->deleteLater();
        });
    connect(row, &QObject::destroyed, this,
        [this] { QTimer::singleShot(0, this, [this] { setVisible(!texts().isEmpty()); }); });
    show();
}

void MessageBar::dismiss(const QString &keyPrefix)
{
    for (QFrame *row : findChildren<QFrame *>(QStringLiteral("messageRow"), Qt::FindDirectChildrenOnly))
        if (keyPrefix.isEmpty() || row->property(kKey).toString().startsWith(keyPrefix)) {
            m_rows->removeWidget(row);
            delete row;
        }
    setVisible(!texts().isEmpty());
}

QStringList MessageBar::texts() const
{
    QStringList out;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        if (row && !row->isHidden())
            if (auto *label = row->findChild<QLabel *>(QStringLiteral("messageText")))
                out << label->text();
    }
    return out;
}

QStringList MessageBar::actions(const QString &text) const
{
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        auto *label = row ? row->findChild<QLabel *>(QStringLiteral("messageText")) : nullptr;
        if (!label || row->isHidden() || !label->text().contains(text))
            continue;
        QStringList labels;
        for (QPushButton *button : row->findChildren<QPushButton *>())
            labels << button->text();
        return labels;
    }
    return {};
}

bool MessageBar::trigger(const QString &label)
{
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        if (!row || row->isHidden())
            continue;
        for (QPushButton *button : row->findChildren<QPushButton *>())
            if (button->text() == label) {
                button->click();
                return true;
            }
    }
    return false;
}

} // namespace fg::app
